// Issue 9, the Articles list: filters (publisher, published date range, has open claims / open flags),
// every order, keyset pages that add up to the filtered list exactly once and never an OFFSET.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, recordQueries } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { listArticles, ListArticlesQuery, ARTICLE_SORTS, type ArticleSort } from "../../lib/articles/list-articles";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";
import { callRoute } from "./helpers/http";

let editor: Actor;
let viewer: Actor;

interface Made {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  openClaim: boolean;
  openFlag: boolean;
}
const made: Made[] = [];

const PUBLISHERS = ["Riverton Gazette", "Elsby Courier", null];

beforeAll(async () => {
  await resetDatabase();
  await seedRatings();
  editor = await createUser("editor");
  viewer = await createUser("viewer");
  const db = getDb();
  for (let i = 0; i < 14; i++) {
    const publisher = PUBLISHERS[i % 3]!;
    // Some share a publication day (ties broken by id), some have none.
    const publishedAt = i % 5 === 4 ? null : `2025-0${1 + (i % 4)}-1${i % 3}`;
    // Titles that sort differently by code point than by locale, and two the same.
    const title = i === 3 || i === 9 ? "Same title" : `${i % 2 ? "b" : "B"}ridge report ${String.fromCharCode(65 + ((i * 7) % 14))}`;
    const text = `Report ${i}. The council said the bridge cost ${i + 10} million euros in 2024.`;
    const { articleId } = await importArticle(editor, ImportArticleInput.parse({ title, text, publisher: publisher ?? undefined, publishedAt: publishedAt ?? undefined }), { proposeClaims: false, detectFlags: false });
    const openClaim = i % 3 !== 1;
    const openFlag = i % 4 === 0;
    const start = text.indexOf("The council");
    await db.claim.create({
      data: { articleId, text: text.slice(start), start, end: text.length, exact: text.slice(start), prefix: "", suffix: "", status: openClaim ? (i % 2 ? "in_review" : "new") : "published" },
    });
    if (i % 3 === 1) await db.claim.create({ data: { articleId, text: "Report", start: 0, end: 6, exact: "Report", prefix: "", suffix: "", status: "dismissed" } });
    await db.flag.create({
      data: { articleId, kind: "numeric_inconsistency", severity: "low", explanation: "Numbers disagree.", start, end: start + 5, exact: "The c", prefix: "", suffix: "", spans: [], status: openFlag ? "open" : "dismissed" },
    });
    const row = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    made.push({ id: articleId, title, publisher, publishedAt: row.publishedAt, createdAt: row.createdAt, openClaim, openFlag });
  }
});

/** The expected list: the filters applied to what was made, in the order's own terms (code-point titles, NULL dates last). */
function expected(filters: { publisher?: string; from?: string; to?: string; openClaims?: boolean; openFlags?: boolean }, sort: ArticleSort): string[] {
  const from = filters.from ? Date.parse(`${filters.from}T00:00:00Z`) : -Infinity;
  const to = filters.to ? Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000 : Infinity;
  const rows = made.filter(
    (a) =>
      (!filters.publisher || a.publisher?.toLowerCase() === filters.publisher.toLowerCase()) &&
      (!(filters.from || filters.to) || (a.publishedAt !== null && a.publishedAt.getTime() >= from && a.publishedAt.getTime() < to)) &&
      (!filters.openClaims || a.openClaim) &&
      (!filters.openFlags || a.openFlag),
  );
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  const key = (a: Made): string | number =>
    sort === "title_asc" ? a.title : sort === "published_desc" ? (a.publishedAt?.getTime() ?? -Infinity) : a.createdAt.getTime();
  const sign = sort === "imported_asc" || sort === "title_asc" ? 1 : -1;
  return rows.sort((a, b) => sign * (cmp(key(a), key(b)) || cmp(a.id, b.id))).map((a) => a.id);
}

/** Follows nextCursor through GET /api/articles to the end, recording every statement run. */
async function pageThrough(query: Record<string, string>, take = 3) {
  const ids: string[] = [];
  const statements: string[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const { result, queries } = await recordQueries(() => callRoute("/api/articles", "GET", { as: viewer, query: { ...query, take: String(take), ...(after ? { after } : {}) } }));
    expect(result.status, JSON.stringify(result.json)).toBe(200);
    expect(result.json.articles.length).toBeLessThanOrEqual(take);
    statements.push(...queries);
    ids.push(...result.json.articles.map((a: { id: string }) => a.id));
    after = result.json.nextCursor ?? undefined;
    pages++;
    expect(pages).toBeLessThan(20);
  } while (after);
  return { ids, statements, pages };
}

describe("the article list's filters and keyset pages", () => {
  it.each(ARTICLE_SORTS)("sorted %s, the pages hold every article once, in order, with no OFFSET", async (sort) => {
    const { ids, statements, pages } = await pageThrough({ sort });
    expect(ids).toEqual(expected({}, sort));
    expect(new Set(ids).size).toBe(made.length);
    expect(pages).toBe(Math.ceil(made.length / 3));
    const listing = statements.filter((s) => s.includes(`FROM "Article" a`));
    expect(listing).toHaveLength(pages);
    for (const s of statements) expect(s).not.toMatch(/\bOFFSET\b/i);
    // Every page after the first starts after the previous page's last row (a row comparison), not by skipping rows.
    for (const s of listing.slice(1)) expect(s).toMatch(/\(.*a\."id"\) [<>] \(/);
  });

  const FILTERS: { name: string; query: Record<string, string>; filters: Parameters<typeof expected>[0] }[] = [
    { name: "publisher (any case)", query: { publisher: "riverton gazette" }, filters: { publisher: "Riverton Gazette" } },
    { name: "published date range", query: { from: "2025-02-01", to: "2025-03-11" }, filters: { from: "2025-02-01", to: "2025-03-11" } },
    { name: "has open claims", query: { openClaims: "1" }, filters: { openClaims: true } },
    { name: "has open flags", query: { openFlags: "1" }, filters: { openFlags: true } },
    { name: "all at once", query: { publisher: "Elsby Courier", from: "2025-01-01", openClaims: "1", openFlags: "true" }, filters: { publisher: "Elsby Courier", from: "2025-01-01", openClaims: true, openFlags: true } },
  ];
  it.each(FILTERS)("filtered by $name, in every order, pages add up to the filtered list", async ({ query, filters }) => {
    for (const sort of ARTICLE_SORTS) {
      const want = expected(filters, sort);
      expect(want.length, "the fixture must give the filter something to keep and something to drop").toBeLessThan(made.length);
      const { ids, statements } = await pageThrough({ ...query, sort }, 2);
      expect(ids, sort).toEqual(want);
      for (const s of statements) expect(s).not.toMatch(/\bOFFSET\b/i);
    }
  });

  it("counts open claims and open flags per article", async () => {
    const { articles } = await listArticles({ take: 50 });
    for (const a of made) {
      const row = articles.find((r) => r.id === a.id)!;
      expect(row.openClaimCount).toBe(a.openClaim ? 1 : 0);
      expect(row.openFlagCount).toBe(a.openFlag ? 1 : 0);
    }
  });

  it("refuses bad filters with 400 naming the field", async () => {
    for (const [query, field] of [
      [{ from: "2025-13-01" }, "from"],
      [{ to: "yesterday" }, "to"],
      [{ from: "2025-05-01", to: "2025-01-01" }, "from"],
      [{ sort: "random" }, "sort"],
      [{ openFlags: "maybe" }, "openFlags"],
      [{ after: "not-a-cursor" }, "after"],
      [{ sort: "imported_desc", after: Buffer.from(JSON.stringify([null, "x"])).toString("base64url") }, "after"],
    ] as const) {
      const res = await callRoute("/api/articles", "GET", { as: viewer, query });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.json.error.field, JSON.stringify(query)).toBe(field);
    }
    expect(ListArticlesQuery.safeParse({ take: "501" }).success).toBe(false);
  });
});
