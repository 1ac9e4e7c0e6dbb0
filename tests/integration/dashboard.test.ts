// Issue 9, measures and dashboard: the figures of GET /api/dashboard on a desk whose every number is known.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import type { ClaimStatus } from "../../lib/db/generated/enums";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim } from "../../lib/claims/create-claim";
import { getDashboard } from "../../lib/dashboard/get-dashboard";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";
import { callRoute } from "./helpers/http";

const TEXT = `Mayor opens new bridge.

The city of Riverton opened its new bridge on March 3, 2024, after four years of work. The bridge cost $120 million, according to the city council. Officials said traffic would fall by 30 percent.`;
const NOW = new Date("2026-12-02T12:00:00Z"); // a Wednesday: its week starts on Monday 30 November

let editor: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let ratings: Map<string, string>;

beforeAll(async () => {
  await resetDatabase();
  ratings = await seedRatings();
  editor = await createUser("editor");
  reviewer = await createUser("reviewer");
  reviewer2 = await createUser("reviewer");
  await createUser("viewer");
  const db = getDb();
  const { articleId } = await importArticle(editor, ImportArticleInput.parse({ title: "Bridge", text: TEXT }), { proposeClaims: false, detectFlags: false });
  await db.article.update({ where: { id: articleId }, data: { createdAt: new Date("2026-11-20T00:00:00Z") } });
  const claim = async () => (await createClaim(editor, articleId, { start: 25, end: 60 })).id;
  const [a, b, c, d, e] = [await claim(), await claim(), await claim(), await claim(), await claim()];
  const rate = async (claimId: string, who: Actor, slug: string) =>
    (await db.verdict.create({ data: { claimId, reviewerId: who.id, ratingId: ratings.get(slug)!, rationale: "—", confidence: 80, ratedAt: new Date("2026-11-15T10:00:00Z") } })).id;
  // Pairs: A true/true, B true/mostly true, C false/false; D one verdict only (not pairable).
  const finalA = await rate(a!, reviewer, "true");
  await rate(a!, reviewer2, "true");
  await rate(b!, reviewer, "true");
  await rate(b!, reviewer2, "mostly-true");
  const finalC = await rate(c!, reviewer, "false");
  await rate(c!, reviewer2, "false");
  await rate(d!, reviewer, "misleading");
  const set = (id: string, data: { status: ClaimStatus; finalVerdictId?: string; publishedAt?: Date; assigneeId?: string }) => db.claim.update({ where: { id }, data });
  await set(a!, { status: "published", finalVerdictId: finalA, publishedAt: new Date("2026-11-25T00:00:00Z") }); // 120 h after import
  await set(c!, { status: "published", finalVerdictId: finalC, publishedAt: new Date("2026-12-01T00:00:00Z") }); // 264 h
  await set(b!, { status: "needs_second_review", assigneeId: reviewer.id });
  await set(d!, { status: "in_review" });
  await set(e!, { status: "new", assigneeId: reviewer2.id });

  const flag = (kind: "misquote" | "editorial" | "entity_mixup", status: "open" | "confirmed" | "dismissed" | "resolved") =>
    db.flag.create({ data: { articleId, kind, status, severity: "low", explanation: "—", start: 0, end: 5, exact: "Mayor", prefix: "", suffix: " opens", spans: [] } });
  await flag("misquote", "open");
  await flag("misquote", "resolved");
  await flag("editorial", "dismissed");
  await flag("entity_mixup", "confirmed");
});

describe("the dashboard's figures", () => {
  it("claims by status, verdicts and published verdicts by rating", async () => {
    const d = await getDashboard(editor, { now: NOW });
    expect(d.claimsByStatus).toEqual([
      { status: "new", count: 1 },
      { status: "in_review", count: 1 },
      { status: "needs_second_review", count: 1 },
      { status: "approved", count: 0 },
      { status: "published", count: 2 },
      { status: "dismissed", count: 0 },
    ]);
    const byRating = Object.fromEntries(d.verdictsByRating.map((r) => [r.slug, [r.verdicts, r.published]]));
    expect(byRating).toEqual({ true: [3, 1], "mostly-true": [1, 0], mixed: [0, 0], misleading: [1, 0], "mostly-false": [0, 0], false: [2, 1], unverifiable: [0, 0], "not-a-claim": [0, 0] });
  });

  it("claims published per week (Monday weeks, last twelve) and the median time from import to published", async () => {
    const d = await getDashboard(editor, { now: NOW });
    expect(d.publishedPerWeek).toHaveLength(12);
    expect(d.publishedPerWeek.at(-1)).toEqual({ week: "2026-11-30", count: 1 });
    expect(d.publishedPerWeek.at(-2)).toEqual({ week: "2026-11-23", count: 1 });
    expect(d.publishedPerWeek[0]).toEqual({ week: "2026-09-14", count: 0 });
    expect(d.publishedPerWeek.reduce((s, w) => s + w.count, 0)).toBe(2);
    expect(d.timeToPublish).toEqual({ medianHours: 192, claims: 2 });
  });

  it("flags by kind, resolved ones counted as closed", async () => {
    const d = await getDashboard(editor, { now: NOW });
    const byKind = Object.fromEntries(d.flagsByKind.filter((f) => f.open + f.closed > 0).map((f) => [f.kind, [f.open, f.closed]]));
    expect(byKind).toEqual({ misquote: [1, 1], editorial: [0, 1], entity_mixup: [0, 1] });
  });

  it("Krippendorff's alpha over the three claims rated twice, worked by hand", async () => {
    // Values: true ×3, mostly true ×1, false ×2 (n = 6); observed disagreement: the one true/mostly-true pair.
    // Nominal: 1 − 5·2/22 = 6/11. Ordinal (true < mostly true < false in rank order; δ² 4, 12.25, 2.25): 1 − 5·8/180 = 7/9.
    const d = await getDashboard(editor, { now: NOW });
    expect(d.agreement.nominal.claims).toBe(3);
    expect(d.agreement.nominal.alpha).toBeCloseTo(6 / 11, 10);
    expect(d.agreement.ordinal).toEqual({ alpha: expect.closeTo(7 / 9, 10), claims: 3 });
    expect(d.agreement.byMonth.map((m) => m.month)).toEqual(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    const november = d.agreement.byMonth.find((m) => m.month === "2026-11")!;
    expect(november.ordinal).toEqual(d.agreement.ordinal);
    expect(d.agreement.byMonth.find((m) => m.month === "2026-12")!.ordinal).toEqual({ alpha: null, claims: 0 });
    // The one pair, on the same three claims.
    expect(d.agreement.byPair).toHaveLength(1);
    expect(d.agreement.byPair[0]!.reviewers.map((r) => r.id).sort()).toEqual([reviewer.id, reviewer2.id].sort());
    expect(d.agreement.byPair[0]!.nominal).toEqual({ alpha: expect.closeTo(6 / 11, 10), claims: 3 });
  });

  it("each person of the desk: verdicts given, published, open claims assigned", async () => {
    const d = await getDashboard(editor, { now: NOW });
    const people = Object.fromEntries(d.reviewers.map((r) => [r.id, [r.verdicts, r.published, r.assigned]]));
    expect(people).toEqual({ [editor.id]: [0, 0, 0], [reviewer.id]: [4, 2, 1], [reviewer2.id]: [3, 0, 1] });
  });

  it("is for editors and admins: GET /api/dashboard answers them and refuses reviewers and viewers", async () => {
    const res = await callRoute("/api/dashboard", "GET", { as: editor });
    expect(res.status).toBe(200);
    expect(res.json.dashboard.agreement.nominal.claims).toBe(3);
    expect((await callRoute("/api/dashboard", "GET", { as: reviewer })).status).toBe(403);
    expect((await callRoute("/api/dashboard", "GET", { as: await createUser("viewer") })).status).toBe(403);
  });
});

describe("agreement per article and over a date range", () => {
  let bridgeId: string;
  let portId: string;
  beforeAll(async () => {
    const db = getDb();
    bridgeId = (await db.article.findFirstOrThrow({ where: { title: "Bridge" } })).id;
    portId = (await importArticle(editor, ImportArticleInput.parse({ title: "Port", text: TEXT.replaceAll("bridge", "harbour wall") }), { proposeClaims: false, detectFlags: false })).articleId;
    const rate = async (claimId: string, who: Actor, slug: string) =>
      db.verdict.create({ data: { claimId, reviewerId: who.id, ratingId: ratings.get(slug)!, rationale: "—", confidence: 80, ratedAt: new Date("2026-10-05T10:00:00Z") } });
    // In October, on the second article: F true/false, G false/false — alpha 0 (as much disagreement as chance).
    const [f, g] = [(await createClaim(editor, portId, { start: 25, end: 60 })).id, (await createClaim(editor, portId, { start: 61, end: 90 })).id];
    await rate(f, reviewer, "true");
    await rate(f, reviewer2, "false");
    await rate(g, reviewer, "false");
    await rate(g, reviewer2, "false");
  });

  it("per article, the articles with most claims rated twice first", async () => {
    const d = await getDashboard(editor, { now: NOW });
    expect(d.agreement.nominal.claims).toBe(5);
    expect(d.agreement.byArticle.map((a) => [a.article.title, a.nominal.claims])).toEqual([
      ["Bridge", 3],
      ["Port", 2],
    ]);
    expect(d.agreement.byArticle[0]!.nominal.alpha).toBeCloseTo(6 / 11, 10);
    expect(d.agreement.byArticle[1]!.nominal.alpha).toBeCloseTo(0, 10);
    expect(d.agreement.scope).toEqual({ article: null, from: null, to: null });
  });

  it("scoped to one article: the figures, the pairs and the months rest on its claims only", async () => {
    const d = await getDashboard(editor, { now: NOW, scope: { article: portId } });
    expect(d.agreement.nominal).toEqual({ alpha: expect.closeTo(0, 10), claims: 2 });
    expect(d.agreement.byPair[0]!.nominal.claims).toBe(2);
    expect(d.agreement.byMonth.find((m) => m.month === "2026-10")!.nominal.claims).toBe(2);
    expect(d.agreement.byMonth.find((m) => m.month === "2026-11")!.nominal.claims).toBe(0);
    expect(d.agreement.scope.article).toEqual({ id: portId, title: "Port" });
    // The rest of the dashboard is still the whole desk.
    expect(d.timeToPublish.claims).toBe(2);
  });

  it("over a date range of the claims' last verdict, both ends inclusive", async () => {
    const november = await getDashboard(editor, { now: NOW, scope: { from: new Date("2026-11-01"), to: new Date("2026-11-15") } });
    expect(november.agreement.nominal).toEqual({ alpha: expect.closeTo(6 / 11, 10), claims: 3 });
    expect(november.agreement.byArticle.map((a) => a.article.id)).toEqual([bridgeId]);
    expect(november.agreement.byPair[0]!.nominal.claims).toBe(3);
    const october = await getDashboard(editor, { now: NOW, scope: { to: new Date("2026-10-31") } });
    expect(october.agreement.nominal.claims).toBe(2);
    const none = await getDashboard(editor, { now: NOW, scope: { from: new Date("2026-12-01"), article: bridgeId } });
    expect(none.agreement.nominal).toEqual({ alpha: null, claims: 0 });
    expect(none.agreement.byPair).toEqual([]);
  });

  it("GET /api/dashboard takes the scope as parameters and names a bad one", async () => {
    const res = await callRoute("/api/dashboard", "GET", { as: editor, query: { article: portId, from: "2026-10-01" } });
    expect(res.status).toBe(200);
    expect(res.json.dashboard.agreement.nominal.claims).toBe(2);
    const backwards = await callRoute("/api/dashboard", "GET", { as: editor, query: { from: "2026-12-05", to: "2026-12-01" } });
    expect(backwards.status).toBe(400);
    expect(backwards.json.error.field).toBe("to");
    const bad = await callRoute("/api/dashboard", "GET", { as: editor, query: { from: "last tuesday" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe("from");
    expect((await callRoute("/api/dashboard", "GET", { as: editor, query: { article: "no-such-article" } })).status).toBe(404);
  });
});
