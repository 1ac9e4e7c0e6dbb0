import { stringify } from "csv-stringify/sync";
import type { ArticleReport, ReportCorrection, ReportKind } from "./report.types";

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

/** The article columns of a row. */
export type CsvArticle = Pick<ArticleReport["article"], "id" | "title" | "url" | "publisher" | "publishedAt">;

/** A correction as the CSV writes it. */
type CsvCorrection = Pick<ReportCorrection, "publishedAt" | "previousRating" | "newRating" | "reason"> & { previousEvidence: readonly { url: string; removed: boolean }[] };

/**
 * What one row is made of: a claim of the report model, or the cross-article export's own projection of one
 * (lib/reports/read-report-csv-rows.ts) — both written by csvRow, so the two cannot drift apart.
 */
export interface CsvClaim {
  id: string;
  text: string;
  status: string;
  publishedAt: string | null;
  url: string | null;
  verdict: { rating: { label: string; value: number | null }; rationale: string; reviewer: string | null; confidence?: number } | null;
  evidence: readonly { url: string }[];
  corrections: readonly CsvCorrection[];
  proposedVerdicts?: readonly { reviewer: string | null; rating: { label: string } }[];
}

/** A correction in one line: when, the rating before and after, why, and the sources the earlier verdict rested on. */
function correctionCell(k: CsvCorrection): string {
  const restedOn = k.previousEvidence.map((e) => `${e.url}${e.removed ? " (since removed)" : ""}`).join(", ");
  return `${k.publishedAt ? day(k.publishedAt) : "under way"}: ${k.previousRating} → ${k.newRating ?? "…"} (${k.reason})${restedOn ? `; it rested on ${restedOn}` : ""}`;
}

/** One claim's row (cells as text, formulas neutralised), in the order of csvColumns; `flags` are the claim's own. */
export function csvRow(article: CsvArticle, c: CsvClaim, flags: readonly { kindLabel: string; quote: string }[], working: boolean): string[] {
  const v = c.verdict;
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
    flags.map((f) => `${f.kindLabel}: ${f.quote}`).join("\n"),
    day(c.publishedAt),
    c.url ?? "",
    c.corrections.map(correctionCell).join("\n"),
  ];
  if (working) row.push(v?.confidence?.toString() ?? "", v?.reviewer ?? "", (c.proposedVerdicts ?? []).map((p) => `${p.reviewer ?? ""}: ${p.rating.label}`).join("\n"));
  return row.map(neutraliseFormula);
}

/** The CSV rows of one article's report, in the order of csvColumns. */
export function csvRows(report: ArticleReport): string[][] {
  const working = report.kind === "working";
  const flagById = new Map(report.flags.map((f) => [f.id, f]));
  return report.claims.map((c) => csvRow(report.article, c, c.flagIds.flatMap((id) => flagById.get(id) ?? []), working));
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
