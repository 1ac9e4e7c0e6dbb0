import { countOf } from "../format/count";
import type { ArticleReport, ReportClaim, ReportFlag } from "./report.types";
import { escapeMarkdown as md, isoDay, safeHref } from "./safe-text";

/** A link when the URL is http(s), else the URL as escaped text: a hostile URL never becomes a link or HTML. */
function link(text: string, url: string): string {
  const href = safeHref(url);
  return href ? `[${md(text)}](<${href}>)` : `${md(text)} (${md(url)})`;
}

const flagLine = (f: ReportFlag, working: boolean) =>
  `${md(f.kindLabel)} (${f.severity}${working ? `, ${f.status}` : ""}): “${md(f.quote)}” — ${md(f.explanation)}${working && f.ruleId ? ` \\[rule ${md(f.ruleId)}\\]` : ""}`;

/** One article's report as Markdown (the same content as the HTML report), every text and URL written safely. */
export function renderReportMarkdown(report: ArticleReport): string {
  const { article, summary } = report;
  const working = report.kind === "working";
  const out: string[] = [];
  out.push(`# ${working ? "Working report" : "Verdict report"}: ${md(article.title)}`, "");
  if (article.publisher) out.push(`- **Publisher:** ${md(article.publisher)}`);
  if (article.author) out.push(`- **Author:** ${md(article.author)}`);
  out.push(`- **Published:** ${isoDay(article.publishedAt)}`);
  if (article.url) out.push(`- **Article:** ${link(article.url, article.url)}`);
  out.push(`- **Checked by:** ${link(report.organisation.name, report.organisation.url)}`);
  if (working) out.push(`- **Version:** ${article.version} (SHA-256 \`${article.sha256}\`)`);
  out.push(`- **Report generated:** ${isoDay(report.generatedAt)}${working ? " — working report, for the desk only" : ""}`, "");

  out.push("## Summary", "", md(summary.text), "");
  if (summary.verdicts.length) {
    out.push("| Rating | Claims |", "| --- | ---: |", ...summary.verdicts.map((r) => `| ${md(r.label)} | ${r.count} |`), "");
  }
  if (summary.flagsByKind.length) {
    out.push("| Error | Count |", "| --- | ---: |", ...summary.flagsByKind.map((f) => `| ${md(f.label)} | ${f.count} |`), "");
  }
  if (working && summary.agreement?.rate != null) {
    const a = summary.agreement;
    out.push(`Reviewer agreement: ${Math.round(a.rate! * 100)}% of ${countOf(a.pairs, { one: "reviewer pair", other: "reviewer pairs" })} gave the same rating, over ${countOf(a.claims, { one: "claim", other: "claims" })} rated independently.`, "");
  }

  out.push(working ? "## Claims" : "## Verdicts", "");
  if (!report.claims.length) out.push(working ? "No claims yet." : "No published verdicts yet.", "");
  report.claims.forEach((claim, i) => out.push(...claimMarkdown(report, claim, i + 1), ""));

  const articleFlags = report.flags.filter((f) => working || f.claimId === null);
  if (articleFlags.length) {
    out.push(working ? "## Flags" : "## Other errors in the article", "");
    for (const f of articleFlags) out.push(`- ${flagLine(f, working)}`);
    out.push("");
  }
  return out.join("\n");
}

function claimMarkdown(report: ArticleReport, claim: ReportClaim, n: number): string[] {
  const working = report.kind === "working";
  const v = claim.verdict;
  const out = [`### ${n}. ${v ? `${md(v.rating.label)}: ` : ""}“${md(claim.text)}”`, ""];
  if (claim.sentence !== claim.text) out.push(`> ${md(claim.sentence)}`, "");
  if (working) out.push(`- **Status:** ${claim.status.replace(/_/g, " ")}${claim.anchorState === "orphaned" ? " — its words are no longer in the article" : ""}`);
  if (v) {
    out.push(`- **Rating:** ${md(v.rating.label)}${working && v.confidence !== undefined ? ` (confidence ${v.confidence}%)` : ""}`);
    out.push(`- **Rationale:** ${md(v.rationale)}`);
    if (v.reviewer) out.push(`- **Reviewed by:** ${md(v.reviewer)}${v.approvedBy ? `, approved by ${md(v.approvedBy)}` : ""}`);
    if (v.removedEvidence.length) out.push(`- **Cited evidence since removed:** ${v.removedEvidence.map((e) => link(e.title, e.url)).join("; ")}`);
  } else out.push("- **Verdict:** none yet");
  if (claim.publishedAt) out.push(`- **Published:** ${isoDay(claim.publishedAt)}`);
  if (claim.url) out.push(`- **Permalink:** ${link(claim.url, claim.url)}`);
  if (claim.evidence.length) {
    out.push("- **Evidence:**");
    for (const e of claim.evidence) {
      out.push(`  - ${e.stance}: ${link(e.title, e.url)}${e.publisher ? `, ${md(e.publisher)}` : ""}${e.publishedAt ? `, ${isoDay(e.publishedAt)}` : ""}${e.excerpt ? ` — “${md(e.excerpt)}”` : ""}`);
    }
  }
  const flags = report.flags.filter((f) => f.claimId === claim.id);
  if (flags.length) {
    out.push("- **Errors found here:**");
    for (const f of flags) out.push(`  - ${flagLine(f, working)}`);
  }
  if (claim.corrections.length) {
    out.push("- **Corrections:**");
    for (const k of claim.corrections) {
      out.push(`  - ${k.publishedAt ? `Corrected ${isoDay(k.publishedAt)}` : "Correction under way"}: previously ${md(k.previousRating)} — ${md(k.previousRationale)}${k.newRating ? `; now ${md(k.newRating)}` : ""}. Reason: ${md(k.reason)}${
          k.previousEvidence.length ? `. It rested on: ${k.previousEvidence.map((e) => `${link(e.title, e.url)}${e.removed ? " (since removed)" : ""}`).join("; ")}` : ""
        }`);
    }
  }
  if (working && claim.proposedVerdicts?.length) {
    out.push("- **Verdicts proposed:**");
    for (const p of claim.proposedVerdicts) out.push(`  - ${md(p.rating.label)} (confidence ${p.confidence ?? "—"}%) by ${md(p.reviewer ?? "—")}: ${md(p.rationale)}`);
  }
  return out;
}
