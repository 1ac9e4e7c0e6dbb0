import { getPublishedVerdict } from "@/lib/reports/get-shared-report";
import { publicReportResponse } from "@/lib/reports/public-report-response";
import { publicBaseUrl } from "@/lib/reports/public-url";

// Public, signed out: the stable page of one published verdict (ClaimReview's `url`); 404 unless published.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return publicReportResponse(await getPublishedVerdict(id, publicBaseUrl()), { index: true });
}
