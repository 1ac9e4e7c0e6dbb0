import type { ArticleReport } from "./build-article-report";

// Markdown control characters in article text or rationales would otherwise turn into formatting.
function md(text: string): string {
  return text.replace(/([\\`*_{}\[\]<>#|])/g, "\\$1").replace(/\r?\n/g, " ");
}

/**
 * A URL as a Markdown link destination: http(s) only, and every character that could end the destination
 * or open markup (`)`, `<`, `>`, quotes, spaces, backslashes, brackets) percent-encoded, so a hostile URL
 * can neither become a `javascript:` link nor raw HTML. Anything else is not linked.
 */
function mdUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.href.replace(/[\s<>()"'`\\[\]*_|{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

/** The verdict report as Markdown, for editors and newsroom wikis. */
export function renderReportMarkdown(report: ArticleReport): string {
  const { article, summary } = report;
  const out: string[] = [];
  out.push(`# Verdict report: ${md(article.title)}`, "");
  out.push(`- **Publisher:** ${md(article.publisher ?? "—")}`);
  out.push(`- **Author:** ${md(article.author ?? "—")}`);
  out.push(`- **Published:** ${day(article.publishedAt)}`);
  const articleUrl = article.url ? mdUrl(article.url) : null;
  if (article.url) out.push(`- **URL:** ${articleUrl ? `<${articleUrl}>` : md(article.url)}`);
  out.push(`- **Language:** ${article.language}`);
  out.push(`- **Version:** ${article.version} (SHA-256 \`${article.sha256}\`)`);
  out.push(`- **Generated:** ${report.generatedAt}${report.scope === "published" ? " (published verdicts only)" : ""}`, "");

  out.push("## Summary", "");
  out.push(`${summary.claims} claims, ${summary.withFinalVerdict} with a final verdict.`, "");
  const agreement = summary.agreement;
  if (agreement?.rate != null) {
    out.push(`Reviewer agreement: ${Math.round(agreement.rate * 100)}% of ${agreement.pairs} reviewer pairs gave the same rating, over ${agreement.claims} claims rated independently by several reviewers.`, "");
  }
  if (summary.byRating.length) {
    out.push("| Rating | Claims |", "| --- | ---: |");
    for (const r of summary.byRating) out.push(`| ${md(r.rating)} | ${r.count} |`);
    out.push("");
  }
  if (summary.flagsByKind.length) {
    out.push("| Flag kind | Flags |", "| --- | ---: |");
    for (const f of summary.flagsByKind) out.push(`| ${f.label} | ${f.count} |`);
    out.push("");
  }

  out.push("## Claims", "");
  report.claims.forEach((claim, i) => {
    out.push(`### ${i + 1}. “${md(claim.text)}”`, "");
    out.push(`- **Status:** ${claim.status.replace(/_/g, " ")}${claim.anchorState === "orphaned" ? " — its text is no longer in the article" : ""}`);
    const v = claim.finalVerdict;
    if (v) {
      out.push(`- **Verdict:** **${md(v.rating)}** (confidence ${v.confidence}%), by ${md(v.reviewer)}${v.approvedBy ? `, approved by ${md(v.approvedBy)} on ${day(v.approvedAt)}` : ""}`);
      out.push(`- **Rationale:** ${md(v.rationale)}`);
    } else {
      out.push("- **Verdict:** none yet");
    }
    if (claim.evidence.length) {
      out.push("- **Evidence:**");
      for (const e of claim.evidence) {
        const href = mdUrl(e.url);
        out.push(`  - ${e.stance}: ${href ? `[${md(e.title)}](${href})` : `${md(e.title)} (${md(e.url)})`}${e.publisher ? `, ${md(e.publisher)}` : ""}${e.publishedAt ? `, ${day(e.publishedAt)}` : ""}${e.excerpt ? ` — “${md(e.excerpt)}”` : ""}`);
      }
    }
    if (claim.flags.length) {
      out.push("- **Flags:**");
      for (const f of claim.flags) out.push(`  - ${f.kindLabel} (${f.severity}, ${f.status}): ${md(f.explanation)}`);
    }
    out.push("");
  });

  if (report.flags.length) {
    out.push("## Flags", "");
    out.push("| Kind | Severity | Status | Text | Explanation | Source |", "| --- | --- | --- | --- | --- | --- |");
    for (const f of report.flags) {
      out.push(`| ${f.kindLabel} | ${f.severity} | ${f.status} | “${md(f.quote)}” | ${md(f.explanation)} | ${md(f.source)} |`);
    }
    out.push("");
  }
  return out.join("\n");
}
