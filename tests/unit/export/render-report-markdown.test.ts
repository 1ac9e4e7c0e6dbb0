import { describe, expect, it } from "vitest";
import type { ArticleReport } from "../../../lib/export/build-article-report";
import { renderReportMarkdown } from "../../../lib/export/render-report-markdown";
import { reportFileName } from "../../../lib/export/report-file-name";
import { marked } from "marked";
import { parse as parseHtml } from "node-html-parser";
import { XSS_CORPUS, XSS_URLS } from "../../fixtures/xss-corpus";

const report: ArticleReport = {
  generatedAt: "2026-01-01T00:00:00.000Z",
  scope: "all",
  article: { id: "a", title: "Tariffs *cut* | 57% → 47%", url: "https://example.org/a", publisher: "Desk", author: null, publishedAt: "2025-10-30T00:00:00.000Z", language: "en", sha256: "f".repeat(64), version: 2 },
  summary: { claims: 1, withFinalVerdict: 1, byRating: [{ rating: "True", slug: "true", count: 1 }], byStatus: [], flagsByKind: [{ kind: "citation_residue", label: "Citation residue", count: 1 }], agreement: { claims: 2, pairs: 4, agreeingPairs: 3, rate: 0.75 } },
  claims: [
    {
      id: "c",
      text: "Tariffs fell to 47% [1]",
      status: "published",
      start: 0,
      end: 10,
      anchorState: "anchored",
      finalVerdict: { rating: "True", ratingSlug: "true", ratingValue: 6, rationale: "Per the <b>notice</b>.", confidence: 90, reviewer: "Ravi", approvedBy: "Elena", approvedAt: "2025-11-01T10:00:00.000Z" },
      evidence: [{ url: "https://gov.example/notice", title: "Notice", publisher: "Gov", publishedAt: "2025-10-31T00:00:00.000Z", stance: "supports", excerpt: "cut to 47%", accessedAt: "2025-11-01T00:00:00.000Z" }],
      flags: [],
    },
  ],
  flags: [{ id: "f", claimId: null, kind: "citation_residue", kindLabel: "Citation residue", severity: "medium", status: "open", source: "rule citation.residue", explanation: "A pasted counter.", quote: "[1]", start: 20, end: 23 }],
};

describe("renderReportMarkdown", () => {
  const md = renderReportMarkdown(report);

  it("carries the metadata, the verdict, its evidence and the summary", () => {
    expect(md).toContain("- **Version:** 2");
    expect(md).toContain("- **Verdict:** **True** (confidence 90%), by Ravi, approved by Elena on 2025-11-01");
    expect(md).toContain("  - supports: [Notice](https://gov.example/notice), Gov, 2025-10-31 — “cut to 47%”");
    expect(md).toContain("| True | 1 |");
    expect(md).toContain("| Citation residue | 1 |");
    expect(md).toContain("Reviewer agreement: 75% of 4 reviewer pairs gave the same rating, over 2 claims");
  });

  it("escapes the article's own text so it cannot format or inject HTML", () => {
    expect(md).toContain("# Verdict report: Tariffs \\*cut\\* \\| 57% → 47%");
    expect(md).toContain("Per the \\<b\\>notice\\</b\\>.");
    expect(md).toContain("“Tariffs fell to 47% \\[1\\]”");
  });
});

describe("reportFileName", () => {
  it("keeps download names to safe ASCII", () => {
    expect(reportFileName('Xi’s "upper hand": 57% → 47%', "md")).toBe("factdesk-report-xis-upper-hand-57-47.md");
    expect(reportFileName("***", "json")).toBe("factdesk-report-article.json");
  });
});

describe("renderReportMarkdown against injection (issue 10, hole 5)", () => {
  const hostile = (url: string, text: string): ArticleReport => ({
    ...report,
    article: { ...report.article, title: text, url, publisher: text, author: text },
    claims: [
      {
        ...report.claims[0]!,
        text,
        finalVerdict: { ...report.claims[0]!.finalVerdict!, rationale: text, reviewer: text },
        evidence: [{ ...report.claims[0]!.evidence[0]!, url, title: text, publisher: text, excerpt: text }],
      },
    ],
  });

  it.each(XSS_URLS.flatMap((url) => XSS_CORPUS.map((text) => [url, text] as const)))("a URL %s with the text %s renders no script, handler or javascript: link", async (url, text) => {
    const html = await marked.parse(renderReportMarkdown(hostile(url, text)));
    const dom = parseHtml(html);
    for (const element of dom.querySelectorAll("*")) {
      expect(["script", "iframe", "svg", "img", "details", "b"]).not.toContain(element.tagName.toLowerCase());
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name.startsWith("on"), `${element.tagName} ${name}`).toBe(false);
        if (name === "href" || name === "src") expect(value).toMatch(/^https?:\/\//);
      }
    }
  });
});
