import { apiRoute } from "@/lib/http/api-route";
import { assertCanExportReports, countExportArticles, exportReports } from "@/lib/reports/export-reports";
import { ExportReportsQuery } from "@/lib/reports/export-reports.types";
import { REPORT_CONTENT_TYPES } from "@/lib/reports/render-article-report";
import { textStream } from "@/lib/reports/report-stream";

/** Every article's report the filters select, in one file, streamed in keyset batches. */
export const GET = apiRoute({ permission: "report.export", query: ExportReportsQuery }, async ({ actor, query }) => {
  assertCanExportReports(actor, query);
  const total = await countExportArticles(query);
  const { contentType, extension } = REPORT_CONTENT_TYPES[query.format];
  const name = `factdesk-reports-${new Date().toISOString().slice(0, 10)}.${query.kind}.${extension}`;
  return new Response(textStream(exportReports(query, { reader: actor })), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // The progress total for the Reports page: how many articles the file will hold.
      "X-Report-Articles": String(total),
    },
  });
});
