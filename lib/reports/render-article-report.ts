import type { LoadedReport } from "./build-article-reports";
import { renderReportCsv } from "./report-csv";
import { renderReportHtml } from "./render-report-html";
import { renderReportMarkdown } from "./render-report-markdown";
import type { ReportFormat } from "./report.types";
import { toClaimReviews } from "./to-claim-review";
import { annotationCollection, toWebAnnotations } from "./to-web-annotations";

export interface RenderedReport {
  body: string;
  contentType: string;
  extension: string;
}

export const REPORT_CONTENT_TYPES: Record<ReportFormat, { contentType: string; extension: string }> = {
  html: { contentType: "text/html; charset=utf-8", extension: "html" },
  md: { contentType: "text/markdown; charset=utf-8", extension: "md" },
  csv: { contentType: "text/csv; charset=utf-8; header=present", extension: "csv" },
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
  claimreview: { contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" },
  annotations: { contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8', extension: "annotations.jsonld" },
};

/** One article's report in one format. */
export function renderArticleReport({ report, text, bounds }: LoadedReport, format: ReportFormat, options: { bom?: boolean; baseUrl: string }): RenderedReport {
  const body = (() => {
    switch (format) {
      case "html":
        return renderReportHtml(report, toClaimReviews(report, bounds));
      case "md":
        return renderReportMarkdown(report);
      case "csv":
        return renderReportCsv(report, { bom: options.bom });
      case "json":
        return JSON.stringify(report, null, 2) + "\n";
      case "claimreview":
        return JSON.stringify(toClaimReviews(report, bounds), null, 2) + "\n";
      case "annotations":
        return (
          JSON.stringify(
            annotationCollection(`${options.baseUrl}/annotations/articles/${encodeURIComponent(report.article.id)}/${report.kind}`, `${report.kind === "working" ? "Claims and flags" : "Published verdicts and confirmed errors"}: ${report.article.title}`, toWebAnnotations(report, text, options.baseUrl)),
            null,
            2,
          ) + "\n"
        );
    }
  })();
  return { body, ...REPORT_CONTENT_TYPES[format] };
}
