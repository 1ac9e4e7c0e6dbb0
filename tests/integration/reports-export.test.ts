// GET /api/reports: every article's report in one streamed file, filtered; who may ask for what.
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "../../lib/db/client";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import type { Actor } from "../../lib/auth/actor";
import { exportClaimWhere, exportReports } from "../../lib/reports/export-reports";
import { buildArticleReports } from "../../lib/reports/build-article-reports";
import { csvColumns, csvRows, CSV_OPTIONS } from "../../lib/reports/report-csv";
import { stringify } from "csv-stringify/sync";
import { ExportReportsQuery } from "../../lib/reports/export-reports.types";
import { createUser, resetDatabase } from "./helpers/db";
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

const collect = async (query: Record<string, string>, batchSize = 2, reader?: Actor) => {
  let out = "";
  const batches: number[] = [];
  for await (const chunk of exportReports(ExportReportsQuery.parse(query), { batchSize, baseUrl: "https://desk.example", onProgress: (n) => batches.push(n), reader })) out += chunk;
  return { out, batches };
};

/** The CSV of the full report model of every article, with the export's claim filters: what the export must write. */
const modelCsv = async (query: Record<string, string>, reader?: Actor) => {
  const parsed = ExportReportsQuery.parse(query);
  const ids = (await getDb().article.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } })).map((a) => a.id);
  const full = await buildArticleReports(ids, { kind: parsed.kind, baseUrl: "https://desk.example", claimWhere: exportClaimWhere(parsed), reader });
  return stringify([csvColumns(parsed.kind)], CSV_OPTIONS) + full.map(({ report }) => (report.claims.length ? stringify(csvRows(report), CSV_OPTIONS) : "")).join("");
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

  it("the csv export (its own SQL projection) writes the same bytes as the csv of the full report model", async () => {
    for (const kind of ["working", "published"] as const) {
      const { out } = await collect({ format: "csv", kind });
      expect(out).toBe(await modelCsv({ format: "csv", kind }));
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

describe("the csv export's projection on the hard cases", () => {
  it("writes what the report model writes: every kind, claim filter and reader, deleted evidence, corrections with their sources, flags owned by a containing claim, blind second review", async () => {
    const db = getDb();
    const article = await db.article.findUniqueOrThrow({ where: { id: desk.articleId } });
    const claims = await db.claim.findMany({ where: { articleId: desk.articleId }, orderBy: [{ start: "asc" }, { id: "asc" }], include: { verdicts: true, evidence: true } });
    const published = claims.find((c) => c.status === "published" && c.finalVerdictId)!;
    // A cited piece of evidence deleted since, and a live one the final verdict does not rest on.
    const live = await db.evidence.create({ data: { claimId: published.id, url: "https://source.test/uncited", title: "Uncited", stance: "context" } });
    const gone = await db.evidence.create({ data: { claimId: published.id, url: "=HYPERLINK(\"https://source.test/gone\")", title: "Gone", stance: "refutes", deletedAt: new Date() } });
    await db.verdictEvidence.create({ data: { verdictId: published.finalVerdictId!, evidenceId: gone.id } });
    // A published correction resting on a live and a deleted source, and one under way (working only).
    const snapshot = [live, gone].map((e) => ({ id: e.id, url: e.url, title: e.title, publisher: null, stance: e.stance }));
    await db.correction.create({ data: { claimId: published.id, previousRatingLabel: "False", previousRationale: "Earlier.", reason: "New, sources, \"quoted\"", previousEvidence: snapshot, newRatingLabel: "True", publishedAt: new Date("2025-11-05T23:30:00-05:00") } });
    await db.correction.create({ data: { claimId: published.id, previousRatingLabel: "True", previousRationale: "Later.", reason: "Under review", previousEvidence: snapshot } });
    // A person's flag with no claim, inside a claim's words; and one raised on a claim a filter leaves out.
    const other = claims.find((c) => c.id !== published.id && c.status !== "published")!;
    await db.flag.create({ data: { articleId: article.id, kind: "misquote", severity: "low", status: "confirmed", explanation: "Inside.", start: published.start, end: published.start + 3, exact: article.text.slice(published.start, published.start + 3), prefix: "", suffix: "", spans: [] } });
    await db.flag.create({ data: { articleId: article.id, claimId: other.id, kind: "editorial", severity: "low", status: "open", explanation: "On another.", start: published.start, end: published.end, exact: "+1 words", prefix: "", suffix: "", spans: [] } });
    // Blind second review: a claim with someone else's verdict, read by a reviewer with none on it.
    const rated = claims.find((c) => c.status !== "published" && c.verdicts.length)!;
    await db.claim.update({ where: { id: rated.id }, data: { status: "needs_second_review" } });
    const blind = await createUser("reviewer");

    const finals = await db.verdict.findMany({ where: { finalOf: { isNot: null } }, include: { rating: true } });
    const queries: Record<string, string>[] = [{ kind: "working" }, { kind: "published" }, { kind: "working", status: "needs_second_review" }, { kind: "working", status: "published" }];
    for (const v of finals) queries.push({ kind: "published", rating: v.rating.slug }, { kind: "working", rating: v.rating.slug }, { kind: "working", reviewer: v.reviewerId });
    for (const query of queries) {
      for (const reader of [undefined, desk.editor, blind]) {
        const { out } = await collect({ format: "csv", ...query }, 3, reader);
        expect(out, JSON.stringify(query)).toBe(await modelCsv({ format: "csv", ...query }, reader));
      }
    }
    // The cases are in the file, not only equal in both.
    const working = (await collect({ format: "csv", kind: "working" })).out;
    expect(working).toContain("https://source.test/uncited");
    expect(working).toContain("under way: True → …");
    expect(working).toContain("(since removed)");
    const publishedCsv = (await collect({ format: "csv", kind: "published" })).out;
    const publishedRow = (parseCsv(publishedCsv, { columns: true }) as Record<string, string>[]).find((r) => r.claim_id === published.id)!;
    expect(publishedRow.evidence_urls).not.toContain("https://source.test/uncited");
    expect(publishedRow.evidence_urls).not.toContain("source.test/gone");
    expect(publishedCsv).not.toContain("Under review");
    expect(publishedCsv).toContain("Misquote: ");
    const blindRows = parseCsv((await collect({ format: "csv", kind: "working" }, 3, blind)).out, { columns: true }) as Record<string, string>[];
    expect(blindRows.find((r) => r.claim_id === rated.id)!.proposed_verdicts).toBe("");
  });
});
