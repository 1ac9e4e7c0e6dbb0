import { describe, expect, it } from "vitest";
import { marked } from "marked";
import { parse as parseHtml } from "node-html-parser";
import { renderReportMarkdown } from "../../../lib/reports/render-report-markdown";
import { reportFileName } from "../../../lib/reports/report-file-name";
import type { ArticleReport } from "../../../lib/reports/report.types";
import { XSS_CORPUS, XSS_URLS } from "../../fixtures/xss-corpus";
import { report, workingReport } from "./fixture";

describe("renderReportMarkdown", () => {
  const md = renderReportMarkdown(report);

  it("carries the metadata, the summary, the verdict, its evidence, flags and corrections", () => {
    expect(md).toContain("# Verdict report: Tariffs \\*cut\\* \\| 57% → 47%");
    expect(md).toContain("- **Rating:** True");
    expect(md).toContain("  - supports: [Notice](<https://gov.example/notice>), Gov, 2025-10-31 — “cut to 47%”");
    expect(md).toContain("| True | 1 |");
    expect(md).toContain("| Citation residue | 1 |");
    expect(md).toMatch(/Corrected 2025-11-01: previously Mostly true/);
    expect(md).not.toMatch(/confidence|rule /i);
  });

  it("escapes the article's own text so it cannot format or inject HTML", () => {
    expect(md).toContain("Per the \\<b\\>notice\\</b\\>.");
    expect(md).toContain("“Tariffs fell to 47% \\[1\\] on Friday.”");
  });

  it("the working report adds status, confidence, rule ids and proposed verdicts", () => {
    const working = renderReportMarkdown(workingReport);
    expect(working).toContain("# Working report:");
    expect(working).toContain("(confidence 90%)");
    expect(working).toContain("\\[rule citation.residue\\]");
    expect(working).toContain("False (confidence 40%) by Sam: UNPUBLISHED rationale");
  });
});

describe("reportFileName", () => {
  it("keeps download names to safe ASCII", () => {
    expect(reportFileName('Xi’s "upper hand": 57% → 47%', "md")).toBe("factdesk-report-xis-upper-hand-57-47.md");
    expect(reportFileName("***", "json")).toBe("factdesk-report-article.json");
  });
});

describe("Markdown with hostile URLs and text, through a Markdown renderer", () => {
  const hostile = (url: string, text: string): ArticleReport => ({
    ...workingReport,
    organisation: { name: text, url },
    article: { ...report.article, title: text, url, publisher: text, author: text },
    claims: workingReport.claims.map((c) => ({
      ...c,
      text,
      sentence: `${text} ${text}`,
      url,
      verdict: c.verdict && { ...c.verdict, rationale: text, reviewer: text, rating: { ...c.verdict.rating, label: text } },
      evidence: [{ ...report.claims[0]!.evidence[0]!, url, title: text, publisher: text, excerpt: text }],
      corrections: c.corrections.map((k) => ({ ...k, reason: text, previousRationale: text })),
    })),
    flags: workingReport.flags.map((f) => ({ ...f, explanation: text, quote: text, ruleId: text })),
  });

  it.each(XSS_URLS.flatMap((url) => [...XSS_CORPUS, "plain words"].map((text) => [url, text] as const)))("a URL %s with the text %s renders no HTML of its own and no javascript: link", async (url, text) => {
    const html = await marked.parse(renderReportMarkdown(hostile(url, text)));
    const dom = parseHtml(html);
    const allowed = new Set(["h1", "h2", "h3", "p", "ul", "li", "strong", "em", "a", "code", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "br", "hr"]);
    for (const element of dom.querySelectorAll("*")) {
      expect(allowed, `<${element.tagName}> in ${html}`).toContain(element.tagName.toLowerCase());
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(["href", "align", "title"], `${element.tagName} ${name}`).toContain(name);
        if (name === "href") expect(value).toMatch(/^https?:\/\/[^\s"'<>()]*$/);
      }
    }
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it("does not link a javascript: URL at all", async () => {
    const html = await marked.parse(renderReportMarkdown(hostile(`javascript:alert("x")`, "Title")));
    expect(parseHtml(html).querySelectorAll("a").map((a) => a.getAttribute("href"))).not.toContainEqual(expect.stringMatching(/^javascript/i));
  });
});
