import type { ReportFormat, ReportKind } from "@/lib/reports/report.types";
import { ShareLinks } from "./share-links";
import { buttonClasses } from "@/components/ui/button";

export const FORMAT_LABELS: Record<ReportFormat, string> = {
  html: "HTML (print to PDF)",
  md: "Markdown",
  csv: "CSV",
  json: "JSON",
  claimreview: "ClaimReview JSON-LD",
  annotations: "Web Annotations",
};
const FORMATS = Object.keys(FORMAT_LABELS) as ReportFormat[];

/**
 * The article's report in every format and kind: HTML opens in a new tab (the browser prints it to PDF),
 * the others download. The working kind is offered only to roles the server gives it to.
 */
export function ExportMenu({ articleId, canExportWorking, canShare }: { articleId: string; canExportWorking: boolean; canShare: boolean }) {
  const kinds: ReportKind[] = canExportWorking ? ["published", "working"] : ["published"];
  const href = (format: ReportFormat, kind: ReportKind, download: boolean) =>
    `/api/articles/${encodeURIComponent(articleId)}/report?format=${format}&kind=${kind}${download ? "&download=1" : ""}${format === "csv" ? "&bom=1" : ""}`;
  return (
    <details className="versions-menu export-menu">
      <summary className={buttonClasses({ size: "sm" })} data-testid="export-button">
        Export report ▾
      </summary>
      <div className="versions-pop export-pop" role="menu" aria-label="Export report">
        {kinds.map((kind) => (
          <section key={kind} aria-label={kind === "published" ? "Published report" : "Working report"}>
            <h3 className="export-kind">{kind === "published" ? "Published report" : "Working report (desk only)"}</h3>
            <div className="export-formats">
              <a role="menuitem" className={buttonClasses({ size: "sm" })} href={href("html", kind, false)} target="_blank" rel="noopener" data-testid={`report-${kind}-html-view`}>
                View HTML
              </a>
              {FORMATS.map((format) => (
                <a key={format} role="menuitem" className={buttonClasses({ size: "sm" })} href={href(format, kind, true)} download data-testid={`report-${kind}-${format}`}>
                  {FORMAT_LABELS[format]}
                </a>
              ))}
            </div>
          </section>
        ))}
        {canShare && <ShareLinks articleId={articleId} />}
      </div>
    </details>
  );
}
