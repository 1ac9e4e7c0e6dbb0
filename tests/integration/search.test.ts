// Issue 9, finding things: full-text search of claims and articles over GET /api/search — ranking, highlighted
// snippets, filters, keyset pages, the search types (type=claim|evidence|comment|article), the triggers that
// keep the vectors up to date, and what each role may match on (viewers only published verdicts, comments
// never; a reviewer blind to a claim not its verdicts).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, recordQueries } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim } from "../../lib/claims/create-claim";
import { changeClaimStatus } from "../../lib/claims/change-claim-status";
import { addEvidence, AddEvidenceInput } from "../../lib/evidence/add-evidence";
import { addComment } from "../../lib/comments/add-comment";
import { proposeVerdict } from "../../lib/verdicts/propose-verdict";
import { approveVerdict } from "../../lib/verdicts/approve-verdict";
import { searchClaims, SearchClaimsQuery } from "../../lib/search/search-claims";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";
import { callRoute } from "./helpers/http";

const BRIDGE = `Mayor opens new bridge.

The city of Riverton opened its new bridge on March 3, 2024, after four years of work. The bridge cost $120 million, according to the city council. Officials said traffic would fall by 30 percent.`;
const HARBOUR = `Harbour dredging begins.

Dredging of the harbour will remove 2 million tonnes of silt, the port authority said. The work will take 18 months.`;

let editor: Actor;
let editor2: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let viewer: Actor;
let ratings: Map<string, string>;
let bridgeId: string;
let harbourId: string;
const claims = {} as Record<"cost" | "traffic" | "silt" | "months", string>;

const revisionOf = async (claimId: string) => (await getDb().claim.findUniqueOrThrow({ where: { id: claimId } })).revision;
async function claimOf(articleId: string, text: string, quote: string) {
  const start = text.indexOf(quote);
  return (await createClaim(reviewer, articleId, { start, end: start + quote.length })).id;
}
async function search(as: Actor, query: Record<string, string>) {
  const res = await callRoute("/api/search", "GET", { as, query });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as { results: { id: string; rank: number; text: { text: string; match: boolean }[]; snippets: { field: string; text: { text: string; match: boolean }[] }[]; rating: { slug: string } | null; assignee: unknown }[]; nextCursor: string | null };
}
const ids = async (as: Actor, query: Record<string, string>) => (await search(as, query)).results.map((r) => r.id);
const marked = (parts: { text: string; match: boolean }[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join("");

beforeAll(async () => {
  await resetDatabase();
  ratings = await seedRatings();
  editor = await createUser("editor");
  editor2 = await createUser("editor");
  reviewer = await createUser("reviewer");
  reviewer2 = await createUser("reviewer");
  viewer = await createUser("viewer");
  bridgeId = (await importArticle(editor, ImportArticleInput.parse({ title: "Mayor opens bridge", text: BRIDGE, publisher: "Riverton Courier", publishedAt: "2024-03-04" }), { proposeClaims: false, detectFlags: false })).articleId;
  harbourId = (await importArticle(editor, ImportArticleInput.parse({ title: "Harbour works", text: HARBOUR, publisher: "Port Gazette", publishedAt: "2024-06-01" }), { proposeClaims: false, detectFlags: false })).articleId;

  // cost: in its own words; traffic: a published verdict that says "congestion"; silt: an unpublished verdict
  // that says "congestion" too, evidence about "tonnage" and a comment about "barges".
  claims.cost = await claimOf(bridgeId, BRIDGE, "The bridge cost $120 million, according to the city council.");
  claims.traffic = await claimOf(bridgeId, BRIDGE, "Officials said traffic would fall by 30 percent.");
  claims.silt = await claimOf(harbourId, HARBOUR, "Dredging of the harbour will remove 2 million tonnes of silt, the port authority said.");
  claims.months = await claimOf(harbourId, HARBOUR, "The work will take 18 months.");

  const evidence = await addEvidence(reviewer, claims.traffic, AddEvidenceInput.parse({ url: "https://riverton.example/traffic", title: "Traffic counts 2024", stance: "refutes" }));
  const verdict = await proposeVerdict(reviewer, claims.traffic, { ratingId: ratings.get("false")!, rationale: "Congestion rose after the opening, the counts show.", confidence: 80, evidenceIds: [evidence.id] });
  await approveVerdict(editor2, verdict.id, { claimRevision: await revisionOf(claims.traffic) });
  await changeClaimStatus(editor, claims.traffic, { status: "published", revision: await revisionOf(claims.traffic) });

  const siltEvidence = await addEvidence(reviewer, claims.silt, AddEvidenceInput.parse({ url: "https://port.example/plan", title: "Dredging plan tonnage", stance: "supports", excerpt: "Two million tonnes over eighteen months." }));
  await proposeVerdict(reviewer, claims.silt, { ratingId: ratings.get("true")!, rationale: "The plan confirms it; no congestion expected in the harbour.", confidence: 70, evidenceIds: [siltEvidence.id] });
  await changeClaimStatus(reviewer, claims.silt, { status: "needs_second_review", revision: await revisionOf(claims.silt) });
  await addComment(reviewer, claims.silt, { body: "Ask the port about the barges." });
  await getDb().claim.update({ where: { id: claims.months }, data: { assigneeId: reviewer2.id } });
});

describe("search: matching, ranking and snippets", () => {
  it("finds a claim by its words, stemmed, and marks them", async () => {
    const res = await search(editor, { q: "costs" });
    expect(res.results.map((r) => r.id)).toEqual([claims.cost]);
    expect(marked(res.results[0]!.text)).toBe("The bridge [cost] $120 million, according to the city council.");
    expect(res.nextCursor).toBeNull();
  });

  it("ranks a match in the claim's own words above one in its article's title or its evidence", async () => {
    // "bridge": the cost claim's words and the traffic claim's article title; "traffic": claim words vs evidence.
    const bridge = await search(editor, { q: "bridge" });
    expect(bridge.results.map((r) => r.id)).toEqual([claims.cost, claims.traffic]);
    expect(bridge.results[0]!.rank).toBeGreaterThan(bridge.results[1]!.rank);
    const dredging = await search(editor, { q: "dredging" });
    expect(dredging.results[0]!.id).toBe(claims.silt);
    // months: its own words; silt: only its evidence excerpt says "months".
    const months = await search(editor, { q: "months" });
    expect(months.results.map((r) => r.id)).toEqual([claims.months, claims.silt]);
    expect(months.results[1]!.snippets.map((s) => [s.field, marked(s.text)])).toEqual([["evidence", "Dredging plan tonnage — Two million tonnes over eighteen [months]."]]);
  });

  it("shows where else the words were found: a verdict, a comment", async () => {
    const res = await search(editor, { q: "barges" });
    expect(res.results.map((r) => r.id)).toEqual([claims.silt]);
    expect(res.results[0]!.snippets).toEqual([{ field: "comment", text: [{ text: "Ask the port about the ", match: false }, { text: "barges", match: true }, { text: ".", match: false }] }]);
    const congestion = await search(editor, { q: "congestion" });
    expect(congestion.results.map((r) => r.id).sort()).toEqual([claims.traffic, claims.silt].sort());
    expect(congestion.results.flatMap((r) => r.snippets.map((s) => s.field))).toEqual(["verdict", "verdict"]);
  });

  it("reads search syntax: phrases, or, and minus", async () => {
    expect(await ids(editor, { q: '"city council"' })).toEqual([claims.cost]);
    expect(await ids(editor, { q: '"council city"' })).toEqual([]);
    expect((await ids(editor, { q: "silt or traffic" })).sort()).toEqual([claims.silt, claims.traffic].sort());
    expect(await ids(editor, { q: "bridge -cost" })).toEqual([claims.traffic]);
    expect(await ids(editor, { q: "the of" })).toEqual([]); // stop words only
  });

  it("answers in one statement whatever the number of hits", async () => {
    const { queries } = await recordQueries(() => searchClaims(editor, SearchClaimsQuery.parse({ q: "bridge or harbour or months" })));
    expect(queries).toHaveLength(1);
  });
});

describe("search: who may match on what", () => {
  it("viewers match a published verdict's rationale and evidence, never an unpublished one nor comments", async () => {
    const congestion = await search(viewer, { q: "congestion" });
    expect(congestion.results.map((r) => r.id)).toEqual([claims.traffic]);
    expect(congestion.results[0]!.rating?.slug).toBe("false");
    expect(congestion.results[0]!.assignee).toBeNull();
    expect(await ids(viewer, { q: "tonnage" })).toEqual([]);
    expect(await ids(viewer, { q: "barges" })).toEqual([]);
    expect(await ids(viewer, { q: "counts" })).toEqual([claims.traffic]);
    // The claim itself they find, but none of its unpublished work comes with it.
    const silt = await search(viewer, { q: "silt" });
    expect(silt.results.map((r) => r.id)).toEqual([claims.silt]);
    expect(silt.results[0]!.rating).toBeNull();
    expect(JSON.stringify(silt)).not.toMatch(/congestion|tonnage|barges/i);
  });

  it("viewers filter by rating on published verdicts only, and never by assignee", async () => {
    expect(await ids(viewer, { q: "silt or traffic", rating: "false" })).toEqual([claims.traffic]);
    expect(await ids(viewer, { q: "silt or traffic", rating: "true" })).toEqual([]);
    const res = await callRoute("/api/search", "GET", { as: viewer, query: { q: "months", assignee: reviewer2.id } });
    expect(res.status).toBe(403);
  });

  it("a reviewer blind to a claim in second review does not match its verdict until theirs is in; editors do", async () => {
    expect(await ids(reviewer2, { q: "congestion" })).toEqual([claims.traffic]);
    expect(await ids(reviewer2, { q: "congestion", rating: "true" })).toEqual([]);
    expect((await ids(editor, { q: "congestion" })).sort()).toEqual([claims.silt, claims.traffic].sort());
    expect(await ids(reviewer, { q: "congestion" })).toContain(claims.silt); // their own verdict
    const blindSilt = await search(reviewer2, { q: "silt" });
    expect(JSON.stringify(blindSilt)).not.toMatch(/congestion/i);
    expect(blindSilt.results[0]!.snippets.map((s) => s.field)).toEqual([]);

    await proposeVerdict(reviewer2, claims.silt, { ratingId: ratings.get("mostly-true")!, rationale: "Likely, per the port.", confidence: 60, evidenceIds: [] });
    expect((await ids(reviewer2, { q: "congestion" })).sort()).toEqual([claims.silt, claims.traffic].sort());
  });
});

describe("search: filters and pages", () => {
  it("filters by status, article, publisher, the article's date and assignee", async () => {
    const q = "bridge or harbour or months or silt or traffic or cost";
    expect((await ids(editor, { q })).length).toBe(4);
    expect(await ids(editor, { q, status: "published" })).toEqual([claims.traffic]);
    expect((await ids(editor, { q, article: harbourId })).sort()).toEqual([claims.silt, claims.months].sort());
    expect((await ids(editor, { q, publisher: "riverton courier" })).sort()).toEqual([claims.cost, claims.traffic].sort());
    expect((await ids(editor, { q, from: "2024-05-01" })).sort()).toEqual([claims.silt, claims.months].sort());
    expect((await ids(editor, { q, to: "2024-03-04" })).sort()).toEqual([claims.cost, claims.traffic].sort());
    expect(await ids(editor, { q, assignee: reviewer2.id })).toEqual([claims.months]);
  });

  for (const sort of ["relevance", "newest"]) {
    it(`pages by keyset, sorted by ${sort}: every hit once, in the order of one big page`, async () => {
      const q = "bridge or harbour or months or silt or traffic or cost";
      const all = await ids(editor, { q, sort, take: "100" });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof search>> = await search(editor, { q, sort, take: "1", ...(after ? { after } : {}) });
        seen.push(...page.results.map((r) => r.id));
        after = page.nextCursor;
      } while (after);
      expect(seen).toEqual(all);
      expect(all).toHaveLength(4);
    });
  }

  it("refuses a missing query, a bad filter and another sort's cursor, naming the field", async () => {
    const none = await callRoute("/api/search", "GET", { as: editor, query: {} });
    expect(none.status).toBe(400);
    expect(none.json.error.field).toBe("q");
    const bad = await callRoute("/api/search", "GET", { as: editor, query: { q: "x", status: "lost" } });
    expect(bad.json.error.field).toBe("status");
    const page = await search(editor, { q: "bridge", take: "1" });
    const other = await callRoute("/api/search", "GET", { as: editor, query: { q: "bridge", sort: "newest", after: page.nextCursor! } });
    expect(other.status).toBe(400);
    expect(other.json.error.field).toBe("after");
    expect((await callRoute("/api/search", "GET", { query: { q: "bridge" } })).status).toBe(401);
  });
});

describe("search: by type", () => {
  it("type=claim matches a claim's own words and visible verdicts, not its evidence or comments", async () => {
    expect(await ids(editor, { q: "months", type: "claim" })).toEqual([claims.months]);
    expect((await ids(editor, { q: "congestion", type: "claim" })).sort()).toEqual([claims.silt, claims.traffic].sort());
    expect(await ids(editor, { q: "barges", type: "claim" })).toEqual([]);
    expect(await ids(viewer, { q: "congestion", type: "claim" })).toEqual([claims.traffic]);
    expect(await ids(editor, { q: "tonnage", type: "claim" })).toEqual([]); // only its evidence says it
  });

  it("type=evidence finds claims by their evidence, that snippet first; viewers only on published claims", async () => {
    const months = await search(editor, { q: "months", type: "evidence" });
    expect(months.results.map((r) => r.id)).toEqual([claims.silt]);
    expect(months.results[0]!.snippets[0]!.field).toBe("evidence");
    expect(await ids(editor, { q: "congestion", type: "evidence" })).toEqual([]);
    expect(await ids(viewer, { q: "counts", type: "evidence" })).toEqual([claims.traffic]);
    expect(await ids(viewer, { q: "tonnage", type: "evidence" })).toEqual([]);
  });

  it("type=comment finds claims by their comments, for the desk only", async () => {
    const barges = await search(editor, { q: "barges", type: "comment" });
    expect(barges.results.map((r) => r.id)).toEqual([claims.silt]);
    expect(barges.results[0]!.snippets[0]!.field).toBe("comment");
    expect(await ids(editor, { q: "months", type: "comment" })).toEqual([]);
    const refused = await callRoute("/api/search", "GET", { as: viewer, query: { q: "barges", type: "comment" } });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/comments/);
  });

  it("type=article finds articles by title, byline and text, a title match first, the words marked", async () => {
    type ArticleHits = { results: { type: string; id: string; rank: number; claimCount: number; title: { text: string; match: boolean }[]; snippet: { text: string; match: boolean }[] }[]; nextCursor: string | null };
    const found = (await search(viewer, { q: "silt or bridge", type: "article" })) as unknown as ArticleHits;
    expect(found.results.map((r) => [r.type, r.id])).toEqual([
      ["article", bridgeId],
      ["article", harbourId],
    ]);
    expect(found.results[0]!.rank).toBeGreaterThan(found.results[1]!.rank);
    expect(marked(found.results[0]!.title)).toBe("Mayor opens [bridge]");
    expect(marked(found.results[1]!.snippet)).toContain("2 million tonnes of [silt]");
    expect(found.results[1]!.claimCount).toBe(2);
    const council = (await search(editor, { q: "council", type: "article" })) as unknown as ArticleHits;
    expect(council.results.map((r) => r.id)).toEqual([bridgeId]);
    expect(marked(council.results[0]!.title)).toBe("Mayor opens bridge");
    expect(marked(council.results[0]!.snippet)).toContain("[council]");
    expect(await ids(editor, { q: "courier", type: "article" })).toEqual([bridgeId]); // the publisher
    expect(await ids(editor, { q: "silt or bridge", type: "article", publisher: "port gazette" })).toEqual([harbourId]);
    expect(await ids(editor, { q: "silt or bridge", type: "article", from: "2024-05-01" })).toEqual([harbourId]);
    const pages: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof search>> = await search(editor, { q: "silt or bridge", type: "article", sort: "newest", take: "1", ...(after ? { after } : {}) });
      pages.push(...page.results.map((r) => r.id));
      after = page.nextCursor;
    } while (after);
    expect(pages).toEqual([harbourId, bridgeId]);
  });

  it("refuses an unknown type and claim filters with type=article, naming the field", async () => {
    const unknown = await callRoute("/api/search", "GET", { as: editor, query: { q: "silt", type: "everything" } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.field).toBe("type");
    const status = await callRoute("/api/search", "GET", { as: editor, query: { q: "silt", type: "article", status: "published" } });
    expect(status.status).toBe(400);
    expect(status.json.error.field).toBe("status");
  });
});

describe("search: the vectors follow the data (triggers)", () => {
  it("an article's new text is searchable at once, its old words no longer", async () => {
    const before = await getDb().article.findUniqueOrThrow({ where: { id: bridgeId } });
    await getDb().article.update({ where: { id: bridgeId }, data: { text: before.text.replace("four years of work", "five winters of work") } });
    expect(await ids(editor, { q: "winters", type: "article" })).toEqual([bridgeId]);
    expect(await ids(editor, { q: "years", type: "article" })).toEqual([]);
    await getDb().article.update({ where: { id: bridgeId }, data: { text: before.text } });
  });

  it("an article's new title, deleted evidence, an edited comment and a renamed rating", async () => {
    await getDb().article.update({ where: { id: harbourId }, data: { title: "Port dredging contract" } });
    expect((await ids(editor, { q: "contract" })).sort()).toEqual([claims.silt, claims.months].sort());

    const evidence = await getDb().evidence.findFirstOrThrow({ where: { claimId: claims.silt } });
    await getDb().evidence.update({ where: { id: evidence.id }, data: { deletedAt: new Date() } });
    expect(await ids(editor, { q: "tonnage" })).toEqual([]);

    const comment = await getDb().comment.findFirstOrThrow({ where: { claimId: claims.silt } });
    await getDb().comment.update({ where: { id: comment.id }, data: { body: "Ask the port about the tugboats." } });
    expect(await ids(editor, { q: "barges" })).toEqual([]);
    expect(await ids(editor, { q: "tugboats" })).toEqual([claims.silt]);

    await getDb().rating.update({ where: { slug: "false" }, data: { label: "Fabricated" } });
    expect(await ids(viewer, { q: "fabricated" })).toEqual([claims.traffic]);
    await getDb().rating.update({ where: { slug: "false" }, data: { label: "False" } });
  });
});
