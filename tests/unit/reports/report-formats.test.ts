import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseHtml } from "node-html-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import { renderArticleReport } from "../../../lib/reports/render-article-report";
import { csvColumns, neutraliseFormula, renderReportCsv } from "../../../lib/reports/report-csv";
import { reportJsonSchema } from "../../../lib/reports/report-json-schema";
import type { ArticleReport } from "../../../lib/reports/report.types";
import { XSS_CORPUS, XSS_URLS } from "../../fixtures/xss-corpus";
import { loaded, report, TEXT, workingReport } from "./fixture";

const BASE = "https://desk.example";

describe("csv", () => {
  const tricky = ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1+2", "-3", "@SUM(A1)", "\tTabbed", "\rReturn", 'He said "no", then left\nfor good', "plain, with comma", "ça va — ünïcode"];
  const withCells = (text: string): ArticleReport => ({ ...report, article: { ...report.article, title: text }, claims: report.claims.map((c) => ({ ...c, text, verdict: { ...c.verdict!, rationale: text } })) });

  it.each(tricky)("round-trips %j through a CSV parser, formulas neutralised", (text) => {
    const csv = renderReportCsv(withCells(text));
    const [header, row, ...rest] = parseCsv(csv, { relax_column_count: false, bom: true }) as string[][];
    expect(rest).toEqual([]);
    expect(header).toEqual(csvColumns("published"));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell("claim_text")).toBe(neutraliseFormula(text));
    expect(cell("rationale")).toBe(neutraliseFormula(text));
    expect(cell("article_title")).toBe(neutraliseFormula(text));
    if (/^[=+\-@\t\r]/.test(text)) expect(cell("claim_text")).toBe(`'${text}`);
    else expect(cell("claim_text")).toBe(text);
  });

  it("is RFC 4180: CRLF between records, quotes doubled, a BOM only when asked", () => {
    const csv = renderReportCsv(withCells('say "hi"\nthere'));
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv).toContain('"say ""hi""\nthere"');
    expect(csv.startsWith("\uFEFF")).toBe(false);
    expect(renderReportCsv(report, { bom: true }).startsWith("\uFEFFarticle_id,")).toBe(true);
  });

  it("lists one row per claim with its evidence URLs and flags; the working kind adds the desk's columns", () => {
    const rows = parseCsv(renderReportCsv(workingReport), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ rating: "True", rating_value: "6", evidence_urls: "https://gov.example/notice", flags: "Citation residue: [1]", verdict_published: "2025-11-01", confidence: "90", reviewer: "Ravi" });
    expect(rows[1]).toMatchObject({ status: "in_review", rating: "", proposed_verdicts: "Sam: False" });
  });
});

describe("json", () => {
  const schemaFile = path.resolve(import.meta.dirname, "../../../lib/reports/report.schema.json");
  const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as Record<string, unknown>;
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

  it("the committed JSON Schema is the one the report's zod schemas give (run scripts/write-report-schema.mts)", () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });

  it("published and working reports validate against the committed schema; a broken one does not", () => {
    for (const r of [report, workingReport]) {
      const json = JSON.parse(renderArticleReport(loaded(r), "json", { baseUrl: BASE }).body);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(json.schemaVersion).toBe(1);
    }
    expect(validate({ ...report, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...report, claims: [{ ...report.claims[0], status: "maybe" }] })).toBe(false);
    expect(validate({ schemaVersion: 1, kind: "published", generatedAt: report.generatedAt, reports: [report] })).toBe(true);
  });
});

describe("html", () => {
  const html = renderArticleReport(loaded(), "html", { baseUrl: BASE }).body;
  const dom = parseHtml(html);

  it("is a whole document with a print stylesheet and both charts as inline SVG", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(dom.querySelector("style")!.text).toContain("@media print");
    const charts = dom.querySelectorAll("svg.chart");
    expect(charts).toHaveLength(2);
    expect(charts[0]!.querySelector("title")!.text).toBe("Verdicts: True: 1");
    expect(charts[1]!.querySelector("title")!.text).toBe("Errors by kind: Citation residue: 1");
    expect(charts[0]!.querySelectorAll("rect")).toHaveLength(1);
  });

  it("embeds the ClaimReview JSON-LD of its published verdicts", () => {
    const scripts = dom.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute("type")).toBe("application/ld+json");
    const jsonLd = JSON.parse(scripts[0]!.text);
    expect(jsonLd["@type"]).toBe("ClaimReview");
    expect(jsonLd.url).toBe("https://desk.example/v/c1");
  });

  it.each(XSS_URLS.flatMap((url) => XSS_CORPUS.map((text) => [url, text] as const)))("a URL %s with the text %s adds no element, handler or javascript: link", (url, text) => {
    const hostile: ArticleReport = {
      ...workingReport,
      article: { ...report.article, title: text, url, publisher: text },
      claims: workingReport.claims.map((c) => ({ ...c, text, sentence: text, verdict: c.verdict && { ...c.verdict, rationale: text }, evidence: [{ ...report.claims[0]!.evidence[0]!, url, title: text }] })),
      flags: workingReport.flags.map((f) => ({ ...f, explanation: text, quote: text })),
    };
    const page = parseHtml(renderArticleReport(loaded(hostile), "html", { baseUrl: BASE }).body);
    const tags = new Set(page.querySelectorAll("*").map((e) => e.tagName.toLowerCase()));
    for (const bad of ["iframe", "img", "details", "b"]) expect(tags.has(bad)).toBe(false);
    for (const script of page.querySelectorAll("script")) {
      expect(script.getAttribute("type")).toBe("application/ld+json");
      expect(() => JSON.parse(script.text)).not.toThrow();
    }
    for (const element of page.querySelectorAll("*")) {
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name.startsWith("on"), `${element.tagName} ${name}`).toBe(false);
        if (name === "href") expect(value).toMatch(/^https?:\/\//);
      }
    }
  });
});

describe("claimreview", () => {
  it("one ClaimReview per published verdict with every required schema.org field; none for unpublished ones", () => {
    const reviews = JSON.parse(renderArticleReport(loaded(workingReport), "claimreview", { baseUrl: BASE }).body);
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://desk.example/v/c1",
      claimReviewed: "Tariffs fell to 47% [1] on Friday.",
      reviewBody: "Per the <b>notice</b>.",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Ann Writer" },
        datePublished: "2025-10-30",
        appearance: { "@type": "CreativeWork", headline: report.article.title, url: "https://example.org/a", author: { "@type": "Person", name: "Ann Writer" }, publisher: { "@type": "Organization", name: "Daily" }, datePublished: "2025-10-30" },
      },
      reviewRating: { "@type": "Rating", ratingValue: 6, bestRating: 6, worstRating: 1, alternateName: "True" },
      author: { "@type": "Organization", name: "Desk Checks", url: "https://desk.example" },
      datePublished: "2025-11-01",
      inLanguage: "en",
    });
  });
});

describe("annotations", () => {
  it("is an AnnotationCollection whose selectors select exactly each claim's and flag's words", () => {
    const collection = JSON.parse(renderArticleReport(loaded(workingReport), "annotations", { baseUrl: BASE }).body);
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    const items = collection.first.items as { id: string; motivation: string; body?: { value: string }[]; target: { source: string; selector: { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }[] } }[];
    expect(collection.total).toBe(items.length);
    expect(items.map((a) => a.motivation)).toEqual(["assessing", "highlighting", "commenting"]);
    expect(items[0]!.body![0]!.value).toBe("True: Per the <b>notice</b>.");
    const expected = ["Tariffs fell to 47% [1] on Friday.", "drew 300 reporters", "[1]"];
    items.forEach((a, i) => {
      expect(a.id).toMatch(/^https:\/\/desk\.example\/annotations\//);
      expect(a.target.source).toBe("https://example.org/a");
      const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector")!;
      const position = a.target.selector.find((s) => s.type === "TextPositionSelector")!;
      expect(TEXT.slice(position.start, position.end)).toBe(expected[i]);
      expect(quote.exact).toBe(expected[i]);
      expect(TEXT.slice(0, position.start).endsWith(quote.prefix!)).toBe(true);
      expect(TEXT.slice(position.end).startsWith(quote.suffix!)).toBe(true);
    });
  });
});
