import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { buildArticleReport } from "@/lib/reports/build-article-report";
import { renderArticleReport } from "@/lib/reports/render-article-report";
import { reportFileName } from "@/lib/reports/report-file-name";
import { ReportFormat, ReportKind } from "@/lib/reports/report.types";
import { publicBaseUrl } from "@/lib/reports/public-url";

const Flag = z.enum(["0", "1"], { error: "must be 0 or 1" });
const ReportQuery = z.object({
  format: ReportFormat.default("json"),
  /** The published report unless asked otherwise; the working one needs the permission to export it (403). */
  kind: ReportKind.default("published"),
  download: Flag.optional(),
  bom: Flag.optional(),
});

export const GET = apiRoute({ permission: "report.export", params: IdParams, query: ReportQuery }, async ({ actor, params, query }) => {
  const baseUrl = publicBaseUrl();
  const loaded = await buildArticleReport(actor, params.id, { kind: query.kind, baseUrl });
  const rendered = renderArticleReport(loaded, query.format, { bom: query.bom === "1", baseUrl });
  const headers = new Headers({ "Content-Type": rendered.contentType, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" });
  if (query.download === "1") headers.set("Content-Disposition", `attachment; filename="${reportFileName(loaded.report.article.title, `${query.kind}.${rendered.extension}`)}"`);
  return new Response(rendered.body, { headers });
});
