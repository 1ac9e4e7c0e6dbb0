import { apiRoute } from "@/lib/http/api-route";
import { DashboardQuery, DashboardResponse, getDashboard } from "@/lib/dashboard/get-dashboard";

export const GET = apiRoute({ permission: "dashboard.read", query: DashboardQuery, response: DashboardResponse }, async ({ actor, query }) => ({ dashboard: await getDashboard(actor, { scope: query }) }));
