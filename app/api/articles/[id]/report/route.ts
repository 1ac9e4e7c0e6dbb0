import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { reportScopeFor } from "@/lib/verdicts/verdict-visibility";
import { buildArticleReport } from "@/lib/export/build-article-report";
import { renderReportMarkdown } from "@/lib/export/render-report-markdown";
import { reportFileName } from "@/lib/export/report-file-name";

const ReportQuery = z.object({
  format: z.enum(["md", "json"], { error: "must be md or json" }).default("json"),
  download: z.enum(["0", "1"]).optional(),
});

export const GET = apiRoute({ permission: "report.export", params: IdParams, query: ReportQuery }, async ({ actor, params, query }) => {
  // Those who may not read unpublished verdicts get the published report.
  const report = await buildArticleReport(params.id, reportScopeFor(actor));
  const name = reportFileName(report.article.title, query.format);
  const headers = new Headers({ "Content-Type": query.format === "md" ? "text/markdown; charset=utf-8" : "application/json; charset=utf-8" });
  if (query.download === "1") headers.set("Content-Disposition", `attachment; filename="${name}"`);
  const body = query.format === "md" ? renderReportMarkdown(report) : JSON.stringify(report, null, 2);
  return new Response(body, { headers });
});
