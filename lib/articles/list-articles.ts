import "server-only";
import { z } from "zod";
import { sqlRows } from "../db/client";
import { cursorParam, encodeCursor, pageSizeParam } from "../pagination/keyset-cursor";

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
}

/** The query of GET /api/articles: `after` = the previous page's nextCursor, `take` rows. */
export const ListArticlesQuery = z.object({
  after: cursorParam(z.tuple([z.iso.datetime(), z.string().max(64)])).optional(),
  take: pageSizeParam(200, 500),
});
export type ListArticlesQuery = Partial<z.output<typeof ListArticlesQuery>>;

export interface ArticleListPage {
  articles: ArticleListItem[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * Articles, newest first, one keyset page at a time ((createdAt, id) before the cursor, on its index),
 * with the counts a desk scans for. ONE statement: the counts are index lookups per article of the page.
 */
export async function listArticles(options: ListArticlesQuery = {}): Promise<ArticleListPage> {
  const { after, take = 200 } = options;
  const values: unknown[] = [take + 1];
  if (after) values.push(new Date(after[0]), after[1]);
  const rows = await sqlRows<ArticleListItem>(
    `SELECT a."id", a."title", a."publisher", a."author", a."url", a."publishedAt", a."language", a."versionNumber", a."createdAt",
            (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = a."id" AND c."status" <> 'dismissed') AS "claimCount",
            (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = a."id" AND c."status" = 'published') AS "publishedCount",
            (SELECT count(*)::int FROM "Flag" f WHERE f."articleId" = a."id" AND f."status" = 'open') AS "openFlagCount"
     FROM "Article" a
     ${after ? `WHERE (a."createdAt", a."id") < ($2, $3)` : ""}
     ORDER BY a."createdAt" DESC, a."id" DESC
     LIMIT $1`,
    values,
  );
  const page = rows.slice(0, take);
  const last = page[page.length - 1];
  return { articles: page, nextCursor: rows.length > take && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
}
