import { beforeAll, describe, expect, it } from "vitest";
import { getDb, recordQueries } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { getArticleWorkspace } from "../../lib/articles/get-article-workspace";
import { listArticles } from "../../lib/articles/list-articles";
import { listArticleClaims, ListArticleClaimsQuery } from "../../lib/claims/list-article-claims";
import { getClaimDetail } from "../../lib/claims/get-claim-detail";
import { buildArticleReport } from "../../lib/reports/build-article-report";
import { NotFoundError } from "../../lib/errors";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";

let reviewers: Actor[];
let editor: Actor;
let ratingIds: string[];
let articleId: string;
let text: string;

const SENTENCE = "The council said 40 percent of the budget went to roads in 2024. ";

/** Adds `count` claims to the article, each reviewed: two verdicts (one final), evidence, a comment, a flag. */
async function addReviewedClaims(count: number): Promise<void> {
  const db = getDb();
  const existing = await db.claim.count({ where: { articleId } });
  for (let i = existing; i < existing + count; i++) {
    const start = i * SENTENCE.length;
    const claim = await db.claim.create({
      data: { articleId, text: SENTENCE.trim(), start, end: start + SENTENCE.length - 1, exact: SENTENCE.trim(), prefix: "", suffix: "", status: "published" },
    });
    const evidence = await db.evidence.create({ data: { claimId: claim.id, url: `https://source.test/${i}`, title: `Source ${i}`, stance: "supports", addedById: reviewers[0]!.id } });
    const verdicts = await Promise.all(
      reviewers.map((r, k) =>
        db.verdict.create({ data: { claimId: claim.id, reviewerId: r.id, ratingId: ratingIds[k]!, rationale: "Budget papers.", confidence: 80, evidence: { create: { evidenceId: evidence.id } } } }),
      ),
    );
    await db.verdict.update({ where: { id: verdicts[0]!.id }, data: { approvedById: editor.id, approvedAt: new Date() } });
    await db.claim.update({ where: { id: claim.id }, data: { finalVerdictId: verdicts[0]!.id } });
    await db.comment.create({ data: { claimId: claim.id, authorId: reviewers[1]!.id, body: "Checked." } });
    await db.flag.create({
      data: { articleId, claimId: claim.id, kind: "numeric_inconsistency", severity: "low", explanation: "Numbers disagree.", start, end: start + 10, exact: SENTENCE.slice(0, 10), prefix: "", suffix: "", spans: [], status: "confirmed" },
    });
  }
}

async function statementsOf(fn: () => Promise<unknown>): Promise<number> {
  return (await recordQueries(fn)).queries.length;
}

beforeAll(async () => {
  await resetDatabase();
  const ratings = await seedRatings();
  ratingIds = [...ratings.values()];
  reviewers = [await createUser("reviewer"), await createUser("reviewer")];
  editor = await createUser("editor");
  text = SENTENCE.repeat(60);
  const result = await importArticle(editor, ImportArticleInput.parse({ title: "Budget", text, publisher: "Town Gazette" }), { proposeClaims: false, detectFlags: false });
  articleId = result.articleId;
  await addReviewedClaims(2);
});

describe("reads run a bounded number of statements whatever the number of claims (no N+1)", () => {
  it("the article page, an article's claims, a claim's detail, the report and the article list", async () => {
    const reads = {
      articlePage: () => getArticleWorkspace(editor, articleId),
      articleClaims: () => listArticleClaims(articleId, ListArticleClaimsQuery.parse({})),
      claimDetail: async () => getClaimDetail(editor, (await getDb().claim.findFirstOrThrow({ where: { articleId }, orderBy: { start: "desc" } })).id),
      report: () => buildArticleReport(editor, articleId, { kind: "working" }),
      articleList: () => listArticles({ take: 50 }),
    };
    // Measured one at a time: the counts must not mix.
    const few: Record<string, number> = {};
    for (const [name, read] of Object.entries(reads)) few[name] = await statementsOf(read);
    await addReviewedClaims(25);
    const many: Record<string, number> = {};
    for (const [name, read] of Object.entries(reads)) many[name] = await statementsOf(read);
    expect(many).toEqual(few);
    // And small in absolute terms: one statement for the page's data, one for a page of claims.
    expect(few.articlePage).toBe(1);
    expect(few.articleClaims).toBe(1);
    expect(few.claimDetail).toBeLessThanOrEqual(5); // the lookup of the claim id above is one of them
  });
});

describe("GET /api/articles/{id}/claims pages by keyset", () => {
  it("walks every claim once, in text order, page after page", async () => {
    const all = await getDb().claim.findMany({ where: { articleId }, orderBy: [{ start: "asc" }, { id: "asc" }], select: { id: true } });
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listArticleClaims(articleId, ListArticleClaimsQuery.parse({ limit: "4", ...(after ? { after } : {}) }));
      seen.push(...page.claims.map((c) => c.id));
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after);
    expect(seen).toEqual(all.map((c) => c.id));
    expect(pages).toBe(Math.ceil(all.length / 4));
  });

  it("gives each claim its final rating", async () => {
    const page = await listArticleClaims(articleId, ListArticleClaimsQuery.parse({ limit: "1" }));
    expect(page.claims[0]?.rating?.slug).toBeTruthy();
    expect(page.claims[0]?.status).toBe("published");
  });

  it("refuses a cursor it did not give out, naming the field, and 404s an unknown article", () => {
    const bad = ListArticleClaimsQuery.safeParse({ after: "not-a-cursor" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["after"]);
    expect(ListArticleClaimsQuery.safeParse({ limit: "5000" }).success).toBe(false);
    return expect(listArticleClaims("no-such-article", ListArticleClaimsQuery.parse({}))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the article list pages by keyset", () => {
  it("returns every article once across pages, newest first", async () => {
    for (let i = 0; i < 4; i++) await importArticle(editor, ImportArticleInput.parse({ title: `Extra ${i}`, text: `Extra article ${i}. The mayor said 12 percent.` }), { proposeClaims: false, detectFlags: false });
    const first = await listArticles({ take: 2 });
    expect(first.articles).toHaveLength(2);
    const ids = first.articles.map((a) => a.id);
    let after = first.nextCursor;
    while (after) {
      const [createdAt, id] = JSON.parse(Buffer.from(after, "base64url").toString()) as [string, string];
      const page = await listArticles({ take: 2, after: [createdAt, id] });
      ids.push(...page.articles.map((a) => a.id));
      after = page.nextCursor;
    }
    const expected = await getDb().article.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(ids).toEqual(expected.map((a) => a.id));
    const budget = (await listArticles({ take: 50 })).articles.find((a) => a.id === articleId);
    expect(budget?.claimCount).toBe(27);
    expect(budget?.publishedCount).toBe(27);
  });
});
