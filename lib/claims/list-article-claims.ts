import "server-only";
import { z } from "zod";
import { getDb, sqlRows } from "../db/client";
import type { AnchorState, ClaimStatus } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { cursorParam, encodeCursor, pageSizeParam } from "../pagination/keyset-cursor";

/** The query of GET /api/articles/{id}/claims: `after` = the previous page's nextCursor, `limit` rows. */
export const ListArticleClaimsQuery = z.object({
  after: cursorParam(z.tuple([z.number().int(), z.string().max(64)])).optional(),
  limit: pageSizeParam(500, 1000),
});
export type ListArticleClaimsQuery = z.output<typeof ListArticleClaimsQuery>;

export interface ArticleClaimRow {
  id: string;
  start: number;
  end: number;
  exact: string;
  status: ClaimStatus;
  anchorState: AnchorState;
  score: number | null;
  assigneeId: string | null;
  revision: number;
  /** The final verdict's rating, once an editor approved one. */
  rating: { slug: string; label: string; color: string } | null;
}

export interface ArticleClaimsPage {
  claims: ArticleClaimRow[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A row of the query: the claim's columns and its rating's, flat. */
interface Row extends Omit<ArticleClaimRow, "rating"> {
  ratingSlug: string | null;
  ratingLabel: string | null;
  ratingColor: string | null;
}

/**
 * An article's claims in text order, one keyset page at a time: just what a reviewer's list needs (no
 * reasons, no prefix/suffix), the final rating joined in. ONE statement on the (articleId, start, id)
 * index, in plain SQL (sqlRows): Prisma would fetch the final verdict and its rating in two more queries,
 * and compiling them costs more CPU than the statement itself.
 * An unknown article is a 404 (checked only when the page comes back empty).
 */
export async function listArticleClaims(articleId: string, query: ListArticleClaimsQuery): Promise<ArticleClaimsPage> {
  const values: unknown[] = [articleId, query.limit + 1];
  if (query.after) values.push(query.after[0], query.after[1]);
  const rows = await sqlRows<Row>(
    `SELECT c."id", c."start", c."end", c."exact", c."status", c."anchorState", c."score", c."assigneeId", c."revision",
            r."slug" AS "ratingSlug", r."label" AS "ratingLabel", r."color" AS "ratingColor"
     FROM "Claim" c
     LEFT JOIN "Verdict" v ON v."id" = c."finalVerdictId"
     LEFT JOIN "Rating" r ON r."id" = v."ratingId"
     WHERE c."articleId" = $1 ${query.after ? `AND (c."start", c."id") > ($3, $4)` : ""}
     ORDER BY c."start", c."id"
     LIMIT $2`,
    values,
  );
  if (rows.length === 0 && !query.after) {
    const article = await getDb().article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw new NotFoundError("Article");
  }
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    claims: page.map(({ ratingSlug, ratingLabel, ratingColor, ...claim }) => ({
      ...claim,
      rating: ratingSlug && ratingLabel && ratingColor ? { slug: ratingSlug, label: ratingLabel, color: ratingColor } : null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.start, last.id]) : null,
  };
}
