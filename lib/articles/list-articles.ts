import { sqlRows } from "../db/client";
import { InvalidInputError } from "../errors";
import { encodeCursor } from "../pagination/keyset-cursor";
import type { ArticleSort, ListArticlesOptions } from "./list-articles.types";
export { ARTICLE_SORT_LABELS, ARTICLE_SORTS, ListArticlesQuery } from "./list-articles.types";
export type { ArticleFilters, ArticleSort } from "./list-articles.types";

export interface ArticleListItem {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: string;
  versionNumber: number;
  createdAt: Date;
  claimCount: number;
  publishedCount: number;
  openFlagCount: number;
  openClaimCount: number;
}

export interface ArticleListPage {
  articles: ArticleListItem[];
  /** Pass as `after` for the next page (same filters and order); null on the last page. */
  nextCursor: string | null;
}

const OPEN_CLAIM = `c."status" IN ('new', 'in_review', 'needs_second_review', 'approved')`;

/**
 * Each order as (the sort expression, its type, the direction): rows after the cursor are one row
 * comparison, `(key, id) < (…)` or `> (…)`, never an OFFSET. NULL published dates are folded to -infinity,
 * so they come last in "newest published" and the comparison stays total.
 */
const ORDERS: Record<ArticleSort, { key: string; cast: "timestamptz" | "text"; dir: "ASC" | "DESC"; value: (a: ArticleListItem) => string | null }> = {
  imported_desc: { key: `a."createdAt"`, cast: "timestamptz", dir: "DESC", value: (a) => a.createdAt.toISOString() },
  imported_asc: { key: `a."createdAt"`, cast: "timestamptz", dir: "ASC", value: (a) => a.createdAt.toISOString() },
  published_desc: { key: `COALESCE(a."publishedAt", '-infinity'::timestamptz)`, cast: "timestamptz", dir: "DESC", value: (a) => a.publishedAt?.toISOString() ?? null },
  // A title can be too long for a cursor: the cursor names the row, whose title the statement reads.
  title_asc: { key: `a."title" COLLATE "C"`, cast: "text", dir: "ASC", value: () => null },
};

/** The statement of one page: exported for the test that checks it pages by keyset (no OFFSET). */
export function listArticlesSql(options: ListArticlesOptions = {}): { text: string; values: unknown[] } {
  const { after, take = 200, sort = "imported_desc" } = options;
  const order = ORDERS[sort];
  const values: unknown[] = [take + 1];
  const where: string[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  if (options.publisher) where.push(`lower(a."publisher") = lower(${param(options.publisher)})`);
  if (options.from) where.push(`a."publishedAt" >= ${param(`${options.from}T00:00:00Z`)}::timestamptz`);
  if (options.to) where.push(`a."publishedAt" < (${param(`${options.to}T00:00:00Z`)}::timestamptz + interval '1 day')`);
  if (options.openClaims) where.push(`EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a."id" AND ${OPEN_CLAIM})`);
  if (options.openFlags) where.push(`EXISTS (SELECT 1 FROM "Flag" f WHERE f."articleId" = a."id" AND f."status" = 'open')`);
  if (after) {
    const [key, id] = after;
    if (order.cast === "timestamptz" && key !== null && Number.isNaN(Date.parse(key))) throw new InvalidInputError("after", "after: is not a cursor of this order (use nextCursor of the previous page)");
    const idParam = param(id);
    let keyExpr: string;
    if (order.cast === "text") keyExpr = `(SELECT b."title" COLLATE "C" FROM "Article" b WHERE b."id" = ${idParam})`;
    // A published_desc cursor's null key is -infinity, like the rows it came from.
    else if (key !== null || sort === "published_desc") keyExpr = `${param(key ?? "-infinity")}::timestamptz`;
    else throw new InvalidInputError("after", "after: is not a cursor of this order (use nextCursor of the previous page)");
    where.push(`(${order.key}, a."id") ${order.dir === "DESC" ? "<" : ">"} (${keyExpr}, ${idParam})`);
  }
  const text = `SELECT a."id", a."title", a."publisher", a."author", a."url", a."publishedAt", a."language", a."versionNumber", a."createdAt",
            (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = a."id" AND c."status" <> 'dismissed') AS "claimCount",
            (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = a."id" AND c."status" = 'published') AS "publishedCount",
            (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = a."id" AND ${OPEN_CLAIM}) AS "openClaimCount",
            (SELECT count(*)::int FROM "Flag" f WHERE f."articleId" = a."id" AND f."status" = 'open') AS "openFlagCount"
     FROM "Article" a
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY ${order.key} ${order.dir}, a."id" ${order.dir}
     LIMIT $1`;
  return { text, values };
}

/**
 * Articles, filtered (publisher, published date range, has open claims, has open flags) and ordered,
 * one keyset page at a time, with the counts a desk scans for. ONE statement: the counts are index
 * lookups per article of the page.
 */
export async function listArticles(options: ListArticlesOptions = {}): Promise<ArticleListPage> {
  const { take = 200, sort = "imported_desc" } = options;
  const { text, values } = listArticlesSql(options);
  const rows = await sqlRows<ArticleListItem>(text, values);
  const page = rows.slice(0, take);
  const last = page[page.length - 1];
  return { articles: page, nextCursor: rows.length > take && last ? encodeCursor([ORDERS[sort].value(last), last.id]) : null };
}

/** The publishers the filter offers: every distinct name, A–Z (at most 500). */
export async function listPublishers(): Promise<string[]> {
  const rows = await sqlRows<{ publisher: string }>(
    `SELECT DISTINCT a."publisher" FROM "Article" a WHERE a."publisher" IS NOT NULL AND a."publisher" <> '' ORDER BY a."publisher" LIMIT 500`,
    [],
  );
  return rows.map((r) => r.publisher);
}
