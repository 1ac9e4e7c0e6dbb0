import { apiRoute } from "@/lib/http/api-route";
import { DashboardResponse, getDashboard } from "@/lib/dashboard/get-dashboard";

export const GET = apiRoute({ permission: "dashboard.read", response: DashboardResponse }, async ({ actor }) => ({ dashboard: await getDashboard(actor) }));
