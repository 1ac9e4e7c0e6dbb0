import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { sqlRows } from "../db/client";
import { encodeCursor } from "../pagination/keyset-cursor";
import { articleFiltersOf, keysetOf, parseHighlight, START, STOP, WHOLE } from "./search-claims-sql";
import type { ArticleSearchHit, SearchClaimsQuery } from "./search-claims.types";

/** Up to two passages of an article's text around its matches (the marks of the claim search). */
const PASSAGES = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "`;

function snippetOf(marked: string) {
  const parts = parseHighlight(marked);
  return parts.some((p) => p.match) ? parts : [];
}

interface ArticleRow {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  rank: number;
  claimCount: number;
  snippet: string;
}

/**
 * Full-text search of articles (type=article): title (A), author and publisher (B) and the current text (D),
 * one tsvector kept by a trigger (migration article_search_trigger) — everyone who may search may read every
 * article. Ranked with ts_rank (or newest first), keyset-paginated, the title and up to two passages marked.
 */
export async function searchArticles(actor: Actor, query: SearchClaimsQuery): Promise<{ results: ArticleSearchHit[]; nextCursor: string | null }> {
  assertCan(actor, "search.read");
  assertCan(actor, "article.read");
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const q = `websearch_to_tsquery('english', ${param(query.q)})`;
  const filters = [`a."searchArticle" @@ ${q}`, ...articleFiltersOf(query, param)];
  const byRank = query.sort === "relevance";
  const { order, cursor } = keysetOf(query, param);
  const clean = (expr: string) => `translate(${expr}, E'\\u0002\\u0003', '')`;
  const rows = await sqlRows<ArticleRow>(
    `WITH hits AS (
       SELECT * FROM (
         SELECT a."id", a."createdAt", ts_rank(a."searchArticle", ${q})::float8 AS "rank"
         FROM "Article" a
         WHERE ${filters.join(" AND ")}
       ) m
       ${cursor}
       ORDER BY ${order}
       LIMIT ${param(query.take + 1)}
     )
     SELECT h."id", h."createdAt", h."rank", a."publisher", a."author", a."publishedAt",
            ts_headline('english', ${clean(`a."title"`)}, ${q}, ${param(WHOLE)}) AS "title",
            ts_headline('english', ${clean(`a."text"`)}, ${q}, ${param(PASSAGES)}) AS "snippet",
            (SELECT count(*) FROM "Claim" c WHERE c."articleId" = h."id")::int AS "claimCount"
     FROM hits h JOIN "Article" a ON a."id" = h."id"
     ORDER BY ${order.replaceAll("m.", "h.")}`,
    values,
  );
  const page = rows.slice(0, query.take);
  const last = page.at(-1);
  return {
    results: page.map((r) => ({
      type: "article" as const,
      id: r.id,
      title: parseHighlight(r.title),
      publisher: r.publisher,
      author: r.author,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      rank: r.rank,
      claimCount: r.claimCount,
      // ts_headline marks nothing when only the title or byline matched: then there is no passage to show.
      snippet: snippetOf(r.snippet),
    })),
    nextCursor: rows.length > query.take && last ? encodeCursor([byRank ? last.rank : last.createdAt.toISOString(), last.id]) : null,
  };
}
