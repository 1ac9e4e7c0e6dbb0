import { getSharedReport } from "@/lib/reports/get-shared-report";
import { publicReportResponse } from "@/lib/reports/public-report-response";
import { publicBaseUrl } from "@/lib/reports/public-url";

// Public, signed out: the published report of a live share link; unknown or revoked = 404.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return publicReportResponse(await getSharedReport(token, publicBaseUrl()), { index: false });
}
