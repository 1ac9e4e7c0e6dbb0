import { stringify } from "csv-stringify/sync";
import type { ArticleReport, ReportKind } from "./report.types";

/** The columns of the `csv` format, one row per claim; the working report adds the desk's columns. */
export function csvColumns(kind: ReportKind): string[] {
  const columns = [
    "article_id",
    "article_title",
    "article_url",
    "publisher",
    "article_published",
    "claim_id",
    "claim_text",
    "status",
    "rating",
    "rating_value",
    "rationale",
    "evidence_urls",
    "flags",
    "verdict_published",
    "verdict_url",
    "corrections",
  ];
  return kind === "working" ? [...columns, "confidence", "reviewer", "proposed_verdicts"] : columns;
}

/**
 * OWASP's rule against spreadsheet formula injection: a cell that begins with `=`, `+`, `-`, `@`, a tab or
 * a carriage return is prefixed with a single quote, so a spreadsheet shows it as text instead of running it.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const day = (value: string | null) => (value ? value.slice(0, 10) : "");

/** A correction in one line: when, the rating before and after, why, and the sources the earlier verdict rested on. */
function correctionCell(k: ArticleReport["claims"][number]["corrections"][number]): string {
  const restedOn = k.previousEvidence.map((e) => `${e.url}${e.removed ? " (since removed)" : ""}`).join(", ");
  return `${k.publishedAt ? day(k.publishedAt) : "under way"}: ${k.previousRating} → ${k.newRating ?? "…"} (${k.reason})${restedOn ? `; it rested on ${restedOn}` : ""}`;
}

/** The CSV rows (cells as text, formulas neutralised) of one article's report, in the order of csvColumns. */
export function csvRows(report: ArticleReport): string[][] {
  const working = report.kind === "working";
  const { article } = report;
  const flagById = new Map(report.flags.map((f) => [f.id, f]));
  return report.claims.map((c) => {
    const v = c.verdict;
    const flags = c.flagIds.flatMap((id) => {
      const f = flagById.get(id);
      return f ? [`${f.kindLabel}: ${f.quote}`] : [];
    });
    const row = [
      article.id,
      article.title,
      article.url ?? "",
      article.publisher ?? "",
      day(article.publishedAt),
      c.id,
      c.text,
      c.status,
      v?.rating.label ?? "",
      v?.rating.value?.toString() ?? "",
      v?.rationale ?? "",
      c.evidence.map((e) => e.url).join("\n"),
      flags.join("\n"),
      day(c.publishedAt),
      c.url ?? "",
      c.corrections.map(correctionCell).join("\n"),
    ];
    if (working) row.push(v?.confidence?.toString() ?? "", v?.reviewer ?? "", (c.proposedVerdicts ?? []).map((p) => `${p.reviewer ?? ""}: ${p.rating.label}`).join("\n"));
    return row.map(neutraliseFormula);
  });
}

/**
 * csv-stringify's options for RFC 4180: CRLF between records, quotes doubled, a field quoted when it holds a
 * comma, a quote or a line break (csv-stringify alone quotes only the record delimiter, not a lone LF or CR).
 */
export const CSV_OPTIONS = { record_delimiter: "windows", eof: true, quoted_match: /[\r\n]/ } as const;

/** One article's report as CSV (RFC 4180, UTF-8), with a header row. */
export function renderReportCsv(report: ArticleReport, { bom = false } = {}): string {
  return stringify([csvColumns(report.kind), ...csvRows(report)], { ...CSV_OPTIONS, bom });
}
