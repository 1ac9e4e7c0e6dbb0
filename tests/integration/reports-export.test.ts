// GET /api/reports: every article's report in one streamed file, filtered; who may ask for what.
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "../../lib/db/client";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { exportReports } from "../../lib/reports/export-reports";
import { buildArticleReports } from "../../lib/reports/build-article-reports";
import { csvColumns, csvRows, CSV_OPTIONS } from "../../lib/reports/report-csv";
import { stringify } from "csv-stringify/sync";
import { ExportReportsQuery } from "../../lib/reports/export-reports.types";
import { resetDatabase } from "./helpers/db";
import { callRoute } from "./helpers/http";
import { prepareDemoDesk, type DemoDesk } from "./helpers/demo-reports";

let desk: DemoDesk;

beforeAll(async () => {
  await resetDatabase();
  desk = await prepareDemoDesk();
  // More articles than one batch, none with a published verdict, from another publisher.
  for (let n = 0; n < 7; n++) {
    await importArticle(desk.editor, ImportArticleInput.parse({ title: `Council budget ${n}`, text: `The council approved ${n + 10} projects worth $${n + 3} million on May ${n + 1}, 2025.`, publisher: "Town Gazette", publishedAt: `2025-05-0${n + 1}` }), { proposeClaims: true, detectFlags: false });
  }
}, 120_000);

const collect = async (query: Record<string, string>, batchSize = 2) => {
  let out = "";
  const batches: number[] = [];
  for await (const chunk of exportReports(ExportReportsQuery.parse(query), { batchSize, baseUrl: "https://desk.example", onProgress: (n) => batches.push(n) })) out += chunk;
  return { out, batches };
};

describe("the cross-article export", () => {
  it("streams in keyset batches: every article once, in order, progress after each batch", async () => {
    const { out, batches } = await collect({ format: "csv", kind: "working" });
    const rows = parseCsv(out, { columns: true }) as Record<string, string>[];
    const articles = await getDb().article.count();
    expect(new Set(rows.map((r) => r.article_id)).size).toBe(articles);
    expect(batches).toEqual([2, 4, 6, 8]);
    const claims = await getDb().claim.count();
    expect(rows).toHaveLength(claims);
  });

  it("the csv export (which skips sentence segmentation) writes the same bytes as the csv of the full report model", async () => {
    for (const kind of ["working", "published"] as const) {
      const { out } = await collect({ format: "csv", kind });
      const ids = (await getDb().article.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } })).map((a) => a.id);
      const full = await buildArticleReports(ids, { kind, baseUrl: "https://desk.example", sentences: true });
      const expected = stringify([csvColumns(kind)], CSV_OPTIONS) + full.map(({ report }) => (report.claims.length ? stringify(csvRows(report), CSV_OPTIONS) : "")).join("");
      expect(out).toBe(expected);
    }
  });

  it("a published export holds only published verdicts, whatever the batch", async () => {
    const { out } = await collect({ format: "json", kind: "published" }, 1);
    const json = JSON.parse(out);
    const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../lib/reports/report.schema.json"), "utf8"));
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.reports).toHaveLength(1);
    expect(json.reports[0].claims.every((c: { status: string }) => c.status === "published")).toBe(true);
    for (const claim of desk.unpublished) for (const rationale of claim.rationales) expect(out).not.toContain(rationale.slice(0, 40));
  });

  it("filters by publisher, date range, rating and status", async () => {
    const byPublisher = parseCsv((await collect({ format: "csv", kind: "working", publisher: "town gazette" })).out, { columns: true }) as Record<string, string>[];
    expect(new Set(byPublisher.map((r) => r.publisher))).toEqual(new Set(["Town Gazette"]));
    const byDate = JSON.parse((await collect({ format: "json", kind: "working", from: "2025-05-02", to: "2025-05-03" })).out);
    expect(byDate.reports.map((r: { article: { title: string } }) => r.article.title).sort()).toEqual(["Council budget 1", "Council budget 2"]);
    const falseOnly = JSON.parse((await collect({ format: "json", kind: "published", rating: "false" })).out);
    expect(falseOnly.reports[0].claims.map((c: { verdict: { rating: { slug: string } } }) => c.verdict.rating.slug)).toEqual(["false"]);
    const approved = JSON.parse((await collect({ format: "json", kind: "working", status: "approved" })).out);
    expect(approved.reports).toHaveLength(1);
    expect(approved.reports[0].claims.map((c: { status: string }) => c.status)).toEqual(["approved"]);
  });

  it("every format closes well-formed, claimreview and annotations included", async () => {
    const reviews = JSON.parse((await collect({ format: "claimreview", kind: "working" })).out);
    expect(reviews).toHaveLength(2);
    const annotations = JSON.parse((await collect({ format: "annotations", kind: "published" })).out);
    expect(annotations.type).toBe("AnnotationCollection");
    expect(annotations.total).toBe(annotations.first.items.length);
    const html = (await collect({ format: "html", kind: "published" })).out;
    expect(html.startsWith("<!doctype html>") && html.trimEnd().endsWith("</html>")).toBe(true);
    expect((await collect({ format: "md", kind: "working" })).out.split("\n---\n").length).toBe(8);
  });
});

describe("GET /api/reports", () => {
  it("streams the file with its article count; viewers get the published kind only and may not filter by reviewer", async () => {
    const response = await callRoute("/api/reports", "GET", { as: desk.viewer, query: { format: "csv" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-report-articles")).toBe("1");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="factdesk-reports-\d{4}-\d{2}-\d{2}\.published\.csv"$/);
    const refused = await callRoute("/api/reports", "GET", { as: desk.viewer, query: { format: "csv", kind: "working" } });
    expect(refused.status).toBe(403);
    const byReviewer = await callRoute("/api/reports", "GET", { as: desk.viewer, query: { format: "csv", reviewer: desk.reviewer.id } });
    expect(byReviewer.status).toBe(403);
    const desks = await callRoute("/api/reports", "GET", { as: desk.editor, query: { format: "json", kind: "published", reviewer: desk.reviewer.id } });
    expect(desks.status).toBe(200);
    expect(desks.json.reports[0].claims.length).toBe(2);
  });

  it("bad filters are a 400 naming the field", async () => {
    for (const [query, field] of [
      [{ format: "xlsx" }, "format"],
      [{ from: "2025-13-01" }, "from"],
      [{ from: "2025-05-03", to: "2025-05-01" }, "to"],
      [{ kind: "published", status: "approved" }, "status"],
      [{ reviewer: "x y" }, "reviewer"],
    ] as const) {
      const response = await callRoute("/api/reports", "GET", { as: desk.editor, query });
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(response.json.error.field).toBe(field);
    }
  });
});
