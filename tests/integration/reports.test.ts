// Verdict reports on the demo data: golden files of every format and kind, the JSON against its schema,
// ClaimReview and Web Annotation checks, and who gets what through the route.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { getDb } from "../../lib/db/client";
import { buildArticleReport } from "../../lib/reports/build-article-report";
import { renderArticleReport } from "../../lib/reports/render-article-report";
import { REPORT_FORMATS, type ReportKind } from "../../lib/reports/report.types";
import { resetDatabase } from "./helpers/db";
import { callRoute } from "./helpers/http";
import { normaliseReport, prepareDemoDesk, type DemoDesk } from "./helpers/demo-reports";

const BASE = "https://desk.example";
const NOW = new Date("2026-01-15T12:00:00.000Z");
const GOLDEN = path.resolve(import.meta.dirname, "golden/reports");

let desk: DemoDesk;
let text: string;

beforeAll(async () => {
  await resetDatabase();
  desk = await prepareDemoDesk();
  text = (await getDb().article.findUniqueOrThrow({ where: { id: desk.articleId } })).text;
}, 120_000);

const render = async (kind: ReportKind, format: (typeof REPORT_FORMATS)[number]) => {
  const loaded = await buildArticleReport(desk.editor, desk.articleId, { kind, now: NOW, baseUrl: BASE });
  return renderArticleReport(loaded, format, { baseUrl: BASE }).body;
};

describe("golden files of every format on the demo data", () => {
  it.each((["published", "working"] as const).flatMap((kind) => REPORT_FORMATS.map((format) => [kind, format] as const)))("%s %s", async (kind, format) => {
    const body = await render(kind, format);
    const ext = { html: "html", md: "md", csv: "csv", json: "json", claimreview: "claimreview.json", annotations: "annotations.json" }[format];
    await expect(normaliseReport(body)).toMatchFileSnapshot(path.join(GOLDEN, `${kind}.${ext}`));
  });
});

describe("the published report on the demo data", () => {
  it("has the two published verdicts, the confirmed flags and the correction; nothing unpublished", async () => {
    const { report } = await buildArticleReport(desk.viewer, desk.articleId, { kind: "published", baseUrl: BASE });
    expect(report.claims).toHaveLength(2);
    expect(report.claims.every((c) => c.status === "published" && c.verdict && c.url === `${BASE}/v/${c.id}`)).toBe(true);
    expect(report.flags.map((f) => f.status)).toEqual(["confirmed", "confirmed"]);
    expect(report.summary.corrections).toBe(1);
    expect(report.summary.text).toMatch(/^Factdesk checked 2 claims in this article: 1 True, 1 False\. It found 2 errors in the article: temporal inconsistency \(1\), entity mix-up \(1\)\./);
    // Reviewer names are hidden by default.
    expect(report.claims.every((c) => c.verdict!.reviewer === null && c.verdict!.approvedBy === null)).toBe(true);
  });

  it("names reviewers when the organisation says so", async () => {
    await getDb().organisation.upsert({ where: { id: "default" }, create: { reportsNameReviewers: true }, update: { reportsNameReviewers: true } });
    const { report } = await buildArticleReport(desk.viewer, desk.articleId, { kind: "published", baseUrl: BASE });
    expect(report.claims[0]!.verdict!.reviewer).toBe("Ravi Menon");
    await getDb().organisation.update({ where: { id: "default" }, data: { reportsNameReviewers: false } });
  });

  it("json: validates against the committed JSON Schema, and a flag's claim is the same everywhere", async () => {
    const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../lib/reports/report.schema.json"), "utf8"));
    const validate = new Ajv2020({ strict: true }).compile(schema);
    for (const kind of ["published", "working"] as const) {
      const json = JSON.parse(await render(kind, "json"));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      for (const claim of json.claims) for (const id of claim.flagIds) expect(json.flags.find((f: { id: string }) => f.id === id).claimId).toBe(claim.id);
      for (const flag of json.flags) if (flag.claimId) expect(json.claims.find((c: { id: string }) => c.id === flag.claimId).flagIds).toContain(flag.id);
    }
  });

  it("claimreview: every required field, for published verdicts only", async () => {
    const reviews = JSON.parse(await render("working", "claimreview"));
    const published = await getDb().claim.findMany({ where: { articleId: desk.articleId, status: "published" } });
    expect(reviews.map((r: { claimReviewed: string }) => r.claimReviewed).sort()).toEqual(published.map((c) => c.text).sort());
    for (const r of reviews) {
      expect(r["@context"]).toBe("https://schema.org");
      expect(r["@type"]).toBe("ClaimReview");
      expect(r.url).toMatch(/^https:\/\/desk\.example\/v\/c[a-z0-9]{24}$/);
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.author).toEqual({ "@type": "Organization", name: "Factdesk", url: "https://factdesk.example" });
      expect(r.itemReviewed["@type"]).toBe("Claim");
      expect(r.itemReviewed.appearance).toMatchObject({ "@type": "CreativeWork", author: { "@type": "Person", name: "Staff writer" }, datePublished: "2025-11-02" });
      expect(r.reviewRating).toMatchObject({ "@type": "Rating", bestRating: 6, worstRating: 1 });
      expect(typeof r.reviewRating.ratingValue).toBe("number");
      expect(["True", "False"]).toContain(r.reviewRating.alternateName);
    }
  });

  it("annotations: each selector selects exactly the claim's or flag's words in the article", async () => {
    for (const kind of ["published", "working"] as const) {
      const collection = JSON.parse(await render(kind, "annotations"));
      const { report } = await buildArticleReport(desk.editor, desk.articleId, { kind, baseUrl: BASE });
      expect(collection.total).toBe(report.claims.length + report.flags.length);
      for (const a of collection.first.items) {
        const quote = a.target.selector.find((s: { type: string }) => s.type === "TextQuoteSelector");
        const position = a.target.selector.find((s: { type: string }) => s.type === "TextPositionSelector");
        expect(text.slice(position.start, position.end)).toBe(quote.exact);
        expect(text.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
        expect(text.slice(position.end).startsWith(quote.suffix)).toBe(true);
      }
    }
  });
});

describe("who gets which report, through GET /api/articles/{id}/report", () => {
  const get = (as: DemoDesk["viewer"] | null, query: Record<string, string>) => callRoute("/api/articles/[id]/report", "GET", { as, params: { id: desk.articleId }, query });

  it.each(REPORT_FORMATS)("a viewer's %s report has no unpublished claim, verdict, rule id or open flag", async (format) => {
    const response = await get(desk.viewer, { format });
    expect(response.status).toBe(200);
    const body = format === "csv" || format === "md" || format === "html" ? response.text : JSON.stringify(response.json);
    for (const claim of desk.unpublished) {
      // The claim's sentence may stand in the report as another claim's context; its verdicts never do.
      for (const rationale of claim.rationales) expect(body).not.toContain(rationale.slice(0, 40));
    }
    for (const ruleId of desk.ruleIds) expect(body).not.toContain(ruleId);
    for (const explanation of desk.hiddenFlagExplanations) expect(body).not.toContain(explanation);
    expect(body).not.toMatch(/confidence/i);
  });

  it.each(REPORT_FORMATS)("a viewer asking for the working %s report is refused (403)", async (format) => {
    const response = await get(desk.viewer, { format, kind: "working" });
    expect(response.status).toBe(403);
    expect(response.json.error.message).toBe("Your role (viewer) may not export working reports");
  });

  it("the desk gets the working report; signed out gets 401; bad input 400 naming the field; unknown 404", async () => {
    const working = await get(desk.reviewer, { format: "json", kind: "working" });
    expect(working.status).toBe(200);
    expect(working.json.kind).toBe("working");
    expect(working.json.claims.length).toBeGreaterThan(2);
    expect((await get(null, { format: "json" })).status).toBe(401);
    const bad = await get(desk.editor, { format: "pdf" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe("format");
    expect((await get(desk.editor, { kind: "all" })).json.error.field).toBe("kind");
    const missing = await callRoute("/api/articles/[id]/report", "GET", { as: desk.editor, params: { id: "cmissing000000000000000000" }, query: { format: "html" } });
    expect(missing.status).toBe(404);
  });

  it("serves each format with its type, and as a download when asked", async () => {
    const html = await get(desk.viewer, { format: "html" });
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csv = await get(desk.viewer, { format: "csv", bom: "1", download: "1" });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    // (the test's text decoding drops a BOM: the renderer's is checked on the bytes)
    const loaded = await buildArticleReport(desk.viewer, desk.articleId, { kind: "published", baseUrl: BASE });
    expect(new TextEncoder().encode(renderArticleReport(loaded, "csv", { bom: true, baseUrl: BASE }).body).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="factdesk-report-at-trump-trade-talks[a-z-]*\.published\.csv"$/);
    expect((await get(desk.viewer, { format: "claimreview" })).headers.get("content-type")).toMatch(/^application\/ld\+json/);
  });
});
