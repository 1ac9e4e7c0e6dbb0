import type { ArticleReport, ReportClaim, ReportFlag } from "./report.types";
import { renderBarChartSvg } from "./render-bar-chart-svg";
import { escapeHtml as h, isoDay, jsonForScript, safeHref } from "./safe-text";
import type { ClaimReviewJsonLd } from "./to-claim-review";

/** The report's stylesheet: a readable page on screen, and a clean PDF from the browser's print. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); background: #f6f8fa; }
.report { max-width: 860px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; overflow-wrap: anywhere; }
.report + .report { margin-top: 24px; }
header.report-head { border-bottom: 2px solid var(--ink); margin-bottom: 20px; padding-bottom: 12px; }
.org { font: 600 13px/1.2 system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: var(--accent); }
h1 { font-size: 28px; line-height: 1.2; margin: 8px 0; }
h2 { font: 700 18px/1.3 system-ui, sans-serif; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font: 600 16px/1.35 system-ui, sans-serif; margin: 0 0 8px; }
.meta { font: 14px/1.5 system-ui, sans-serif; color: var(--muted); display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; padding: 0; list-style: none; }
.working-banner { font: 600 14px system-ui, sans-serif; background: #fff8c5; border: 1px solid #d4a72c; padding: 8px 12px; border-radius: 6px; }
.summary { font-size: 17px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px 32px; }
.charts figure { margin: 0; }
.charts figcaption { font: 600 13px system-ui, sans-serif; color: var(--muted); margin-bottom: 4px; }
.chart { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.chart-label { fill: var(--ink); } .chart-value { fill: var(--muted); font-weight: 600; }
.claim { border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 14px 0; break-inside: avoid; page-break-inside: avoid; }
.rating { display: inline-block; font: 700 13px/1 system-ui, sans-serif; color: #fff; padding: 5px 9px; border-radius: 4px; margin-right: 6px; vertical-align: 2px; }
blockquote { margin: 8px 0 12px; padding: 4px 0 4px 14px; border-left: 3px solid var(--line); color: #32383f; }
mark { background: #fff1b3; padding: 0 1px; }
.label { font: 600 13px system-ui, sans-serif; color: var(--muted); }
ul.evidence, ul.flags, ul.corrections { padding-left: 20px; margin: 4px 0 8px; }
.small { font: 13px/1.45 system-ui, sans-serif; color: var(--muted); }
.status { font: 600 12px system-ui, sans-serif; text-transform: uppercase; color: var(--muted); }
a { color: var(--accent); }
footer.report-foot { margin-top: 32px; border-top: 1px solid var(--line); padding-top: 8px; }
@media (max-width: 600px) { .report { padding: 20px 16px 32px; } h1 { font-size: 23px; } .claim { padding: 12px 14px; } }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { background: #fff; font-size: 11pt; }
  .report { max-width: none; padding: 0; }
  .report + .report { break-before: page; }
  .claim, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .rating { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .claim a[href^="http"]::after { content: " <" attr(href) ">"; font: 9pt system-ui, sans-serif; color: var(--muted); overflow-wrap: anywhere; }
}
`;

function anchorOrText(text: string, url: string): string {
  const href = safeHref(url);
  return href ? `<a href="${h(href)}" rel="noopener noreferrer">${h(text)}</a>` : h(text);
}

const ratingBadge = (label: string, color: string) => `<span class="rating" style="background:${/^#[0-9a-f]{3,8}$/i.test(color) ? color : "#59636e"}">${h(label)}</span>`;

function flagItem(f: ReportFlag, working: boolean): string {
  const extra = working ? ` · ${f.status}${f.ruleId ? ` · rule ${h(f.ruleId)}` : ""}${f.dismissalReason ? ` · dismissed: ${h(f.dismissalReason)}` : ""}` : "";
  return `<li><strong>${h(f.kindLabel)}</strong> <span class="small">(${f.severity}${extra})</span>: “${h(f.quote)}” — ${h(f.explanation)}</li>`;
}

function claimSection(report: ArticleReport, claim: ReportClaim, n: number): string {
  const working = report.kind === "working";
  const v = claim.verdict;
  const parts: string[] = [];
  parts.push(`<article class="claim" id="claim-${h(claim.id)}">`);
  parts.push(`<h3>${v ? ratingBadge(v.rating.label, v.rating.color) : ""}${n}. “${h(claim.text)}”</h3>`);
  if (working) parts.push(`<div class="status">${h(claim.status.replace(/_/g, " "))}${claim.anchorState === "orphaned" ? " · its words are no longer in the article" : ""}</div>`);
  // The claim quoted in its sentence, its own words marked.
  const at = claim.sentence.indexOf(claim.text);
  const sentence = at >= 0 ? `${h(claim.sentence.slice(0, at))}<mark>${h(claim.text)}</mark>${h(claim.sentence.slice(at + claim.text.length))}` : h(claim.sentence);
  parts.push(`<blockquote>${sentence}</blockquote>`);
  if (v) {
    parts.push(`<p><span class="label">Rating</span> ${h(v.rating.label)}${working && v.confidence !== undefined ? ` <span class="small">(confidence ${v.confidence}%)</span>` : ""}</p>`);
    parts.push(`<p><span class="label">Rationale</span> ${h(v.rationale)}</p>`);
    if (v.reviewer) parts.push(`<p class="small">Reviewed by ${h(v.reviewer)}${v.approvedBy ? `, approved by ${h(v.approvedBy)}` : ""}</p>`);
    if (v.removedEvidence.length) parts.push(`<p class="removed-evidence"><span class="label">Cited evidence since removed</span> ${v.removedEvidence.map((e) => anchorOrText(e.title, e.url)).join("; ")}</p>`);
  } else parts.push(`<p class="small">No verdict yet.</p>`);
  if (claim.evidence.length) {
    parts.push(`<div class="label">Evidence</div><ul class="evidence">`);
    for (const e of claim.evidence) {
      parts.push(`<li>${h(e.stance)}: ${anchorOrText(e.title, e.url)}${e.publisher ? `, ${h(e.publisher)}` : ""}${e.publishedAt ? `, ${isoDay(e.publishedAt)}` : ""}${e.excerpt ? ` — “${h(e.excerpt)}”` : ""}</li>`);
    }
    parts.push(`</ul>`);
  }
  const flags = report.flags.filter((f) => f.claimId === claim.id);
  if (flags.length) parts.push(`<div class="label">Errors found here</div><ul class="flags">${flags.map((f) => flagItem(f, working)).join("")}</ul>`);
  if (claim.corrections.length) {
    parts.push(`<div class="label">Corrections</div><ul class="corrections">`);
    for (const k of claim.corrections) {
      parts.push(`<li>${k.publishedAt ? `<strong>Corrected ${isoDay(k.publishedAt)}</strong>` : "<strong>Correction under way</strong>"}: previously rated ${h(k.previousRating)} — ${h(k.previousRationale)}${k.newRating ? `; now ${h(k.newRating)}` : ""}. Reason: ${h(k.reason)}${
          k.previousEvidence.length ? `. It rested on: ${k.previousEvidence.map((e) => `${anchorOrText(e.title, e.url)}${e.removed ? " (since removed)" : ""}`).join("; ")}` : ""
        }</li>`);
    }
    parts.push(`</ul>`);
  }
  if (working && claim.proposedVerdicts?.length) {
    parts.push(`<div class="label">Verdicts proposed</div><ul class="evidence">${claim.proposedVerdicts.map((p) => `<li>${h(p.rating.label)} (confidence ${p.confidence ?? "—"}%) by ${h(p.reviewer ?? "—")}: ${h(p.rationale)}</li>`).join("")}</ul>`);
  }
  const meta = [claim.publishedAt ? `Published ${isoDay(claim.publishedAt)}` : null, claim.url ? `Permalink: ${anchorOrText(claim.url, claim.url)}` : null].filter(Boolean);
  if (meta.length) parts.push(`<p class="small">${meta.join(" · ")}</p>`);
  parts.push(`</article>`);
  return parts.join("\n");
}

/** One article's report as an HTML section: header, summary with its two charts, the verdicts, the ClaimReview JSON-LD. */
export function renderReportSection(report: ArticleReport, claimReviews: readonly ClaimReviewJsonLd[]): string {
  const { article, summary } = report;
  const working = report.kind === "working";
  const meta = [
    article.publisher ? `<li>${h(article.publisher)}</li>` : "",
    article.author ? `<li>By ${h(article.author)}</li>` : "",
    `<li>Published ${isoDay(article.publishedAt)}</li>`,
    article.url ? `<li>${anchorOrText("Original article", article.url)}</li>` : "",
    working ? `<li>Version ${article.version}</li>` : "",
  ].join("");
  const otherFlags = report.flags.filter((f) => working || f.claimId === null);
  return [
    `<section class="report" aria-label="${h(`Report on ${article.title}`)}">`,
    `<header class="report-head"><div class="org">${h(report.organisation.name)} · ${working ? "Working report" : "Fact-check report"}</div><h1>${h(article.title)}</h1><ul class="meta">${meta}</ul></header>`,
    working ? `<p class="working-banner">Working report for the desk: it includes unpublished verdicts, open flags and rule ids. Do not send it out.</p>` : "",
    `<h2>Summary</h2><p class="summary">${h(summary.text)}</p>`,
    `<div class="charts"><figure><figcaption>Verdicts</figcaption>${renderBarChartSvg("Verdicts", summary.verdicts)}</figure><figure><figcaption>${working ? "Flags by kind" : "Errors by kind"}</figcaption>${renderBarChartSvg(working ? "Flags by kind" : "Errors by kind", summary.flagsByKind, "#8250df")}</figure></div>`,
    `<h2>${working ? "Claims" : "Verdicts"}</h2>`,
    report.claims.length ? report.claims.map((c, i) => claimSection(report, c, i + 1)).join("\n") : `<p>${working ? "No claims yet." : "No published verdicts yet."}</p>`,
    otherFlags.length ? `<h2>${working ? "Flags" : "Other errors in the article"}</h2><ul class="flags">${otherFlags.map((f) => flagItem(f, working)).join("")}</ul>` : "",
    `<footer class="report-foot small">Checked by ${anchorOrText(report.organisation.name, report.organisation.url)} · report generated ${isoDay(report.generatedAt)}</footer>`,
    claimReviews.length ? `<script type="application/ld+json">${jsonForScript(claimReviews.length === 1 ? claimReviews[0] : claimReviews)}</script>` : "",
    `</section>`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** The document around one or more report sections (a cross-article export streams its sections between the two). */
export function htmlDocumentStart(title: string, language = "en"): string {
  return `<!doctype html>\n<html lang="${h(language)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="robots" content="noindex">\n<title>${h(title)}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n<main>\n`;
}

export const HTML_DOCUMENT_END = "\n</main>\n</body>\n</html>\n";

/** One article's report as a whole HTML document. */
export function renderReportHtml(report: ArticleReport, claimReviews: readonly ClaimReviewJsonLd[]): string {
  const title = `${report.kind === "working" ? "Working report" : "Fact-check"}: ${report.article.title}`;
  return htmlDocumentStart(title, report.article.language) + renderReportSection(report, claimReviews) + HTML_DOCUMENT_END;
}
