// The SQL of the claim search (lib/search/search-claims.ts), apart from the database so the benchmark's bare
// baseline (bench/support/bare-server.ts) runs exactly the same statement.
import { can } from "../auth/permissions";
import type { ClaimStatus, Role } from "../db/generated/enums";
import { encodeCursor } from "../pagination/keyset-cursor";
import type { Highlighted, SearchClaimsQuery, SearchHit } from "./search-claims.types";

/** ts_headline marks matches with these (stripped from the texts first, so no text can fake a mark). */
export const START = "\u0002";
export const STOP = "\u0003";
/** ts_headline options that mark the matches of the whole text (titles, claims). */
export const WHOLE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
const FRAGMENTS = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12`;

/** A ts_headline result as parts, the marked ones `match`. */
export function parseHighlight(marked: string): Highlighted {
  const parts: Highlighted = [];
  for (const [i, piece] of marked.split(START).entries()) {
    const [hit, rest] = i === 0 ? [null, piece] : [piece.slice(0, Math.max(0, piece.indexOf(STOP))), piece.slice(piece.indexOf(STOP) + 1)];
    if (hit) parts.push({ text: hit, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  // Adjacent plain parts (a mark with no stop) are joined so the text reads as it was.
  return parts.reduce<Highlighted>((out, part) => {
    const last = out.at(-1);
    if (last && !last.match && !part.match) last.text += part.text;
    else out.push({ ...part });
    return out;
  }, []);
}

export interface SearchRow {
  id: string;
  status: ClaimStatus;
  text: string;
  articleId: string;
  articleTitle: string;
  publisher: string | null;
  articlePublishedAt: Date | null;
  ratingSlug: string | null;
  ratingLabel: string | null;
  ratingColor: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  createdAt: Date;
  rank: number;
  snippets: { field: SearchHit["snippets"][number]["field"]; text: string }[];
}

/** The article filters of a search (alias `a`): publisher, and the article's publication day from/to. */
export function articleFiltersOf(query: SearchClaimsQuery, param: (value: unknown) => string): string[] {
  const filters: string[] = [];
  if (query.publisher) filters.push(`lower(a."publisher") = lower(${param(query.publisher)})`);
  if (query.from) filters.push(`a."publishedAt" >= ${param(query.from)}`);
  if (query.to) filters.push(`a."publishedAt" < ${param(new Date(query.to.getTime() + 86_400_000))}`);
  return filters;
}

/** The order of a search's hits (alias `m`: rank or created at, then id) and the keyset condition of its `after`. */
export function keysetOf(query: SearchClaimsQuery, param: (value: unknown) => string): { order: string; cursor: string } {
  const byRank = query.sort === "relevance";
  const order = byRank ? `m."rank" DESC, m."id" DESC` : `m."createdAt" DESC, m."id" DESC`;
  if (!query.after) return { order, cursor: "" };
  const [key, id] = query.after;
  const cursor = byRank ? `WHERE (m."rank", m."id") < (${param(key)}::float8, ${param(id)})` : `WHERE (m."createdAt", m."id") < (${param(key)}::timestamptz, ${param(id)})`;
  return { order, cursor };
}

/**
 * Which claims a search of this type finds. The GIN-indexed vectors narrow first; evidence and comments share
 * the desk's notes vector, so those types then check the rows themselves.
 */
function matchOf(type: SearchClaimsQuery["type"], desk: boolean, q: string, verdictsVisible: string): string {
  switch (type) {
    case "all":
      return desk
        ? `(c."searchClaim" @@ ${q} OR c."searchNotes" @@ ${q} OR (c."searchVerdicts" @@ ${q} AND ${verdictsVisible}))`
        : `(c."searchClaim" @@ ${q} OR c."searchPublished" @@ ${q})`;
    case "claim":
      return desk
        ? `(c."searchClaim" @@ ${q} OR (c."searchVerdicts" @@ ${q} AND ${verdictsVisible}))`
        : `(c."searchClaim" @@ ${q} OR (c."searchPublished" @@ ${q} AND EXISTS (SELECT 1 FROM "Verdict" tv JOIN "Rating" tr ON tr."id" = tv."ratingId" WHERE tv."id" = c."finalVerdictId" AND to_tsvector('english', tr."label" || ' ' || tv."rationale") @@ ${q})))`;
    case "evidence":
      // A viewer's vector holds evidence only once the claim is published.
      return `(${desk ? `c."searchNotes"` : `c."searchPublished"`} @@ ${q} AND EXISTS (SELECT 1 FROM "Evidence" te WHERE te."claimId" = c."id" AND te."deletedAt" IS NULL AND to_tsvector('english', concat_ws(' ', te."title", te."publisher", te."excerpt")) @@ ${q}))`;
    case "comment":
      if (!desk) return "FALSE";
      return `(c."searchNotes" @@ ${q} AND EXISTS (SELECT 1 FROM "Comment" tm WHERE tm."claimId" = c."id" AND to_tsvector('english', tm."body") @@ ${q}))`;
    case "article":
      throw new Error("searchClaimsSql: type=article is a search of articles (searchArticles)");
  }
}

/**
 * The one statement of a search by this reader: the hits of the page (one more, to know if there is a next),
 * ranked, with their highlights and snippets. Values are always parameters.
 */
export function searchClaimsSql(actor: { id: string; role: Role }, query: SearchClaimsQuery): { text: string; values: unknown[] } {
  const desk = can(actor.role, "verdict.read_unpublished");
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const q = `websearch_to_tsquery('english', ${param(query.q)})`;

  // Whether the reader sees this claim's verdicts: editors always; a reviewer unless blind to it (second review, none of their own).
  const visibility = !desk
    ? `c."status" = 'published'`
    : can(actor.role, "verdict.read_blind")
      ? "TRUE"
      : `NOT (c."status" = 'needs_second_review' AND NOT EXISTS (SELECT 1 FROM "Verdict" ov WHERE ov."claimId" = c."id" AND ov."reviewerId" = ${param(actor.id)}))`;
  // Worked out once per candidate (in the fenced query below) and read as a column after: written into the
  // match, the rank and the output, the planner evaluates it up to three times for each of thousands of matches.
  const verdictsVisible = `c."verdictsVisible"`;
  // The rank is the sum of each visible vector's own rank (their weights A–D keep the claim's words first):
  // concatenating the vectors first builds a new one for every match, the costliest step at a million claims.
  const rankOf = (vector: string) => `coalesce(ts_rank(c."${vector}", ${q}), 0)`;
  const rank = desk
    ? `${rankOf("searchClaim")} + ${rankOf("searchNotes")} + CASE WHEN ${verdictsVisible} THEN ${rankOf("searchVerdicts")} ELSE 0 END`
    : `${rankOf("searchClaim")} + ${rankOf("searchPublished")}`;

  // The candidates: what the GIN indexes find (a verdict match counted whoever may see it) and the cheap filters.
  const anyMatch = matchOf(query.type, desk, q, "TRUE");
  const candidates: string[] = [anyMatch];
  if (query.status) candidates.push(`c."status" = ${param(query.status)}::"ClaimStatus"`);
  if (query.article) candidates.push(`c."articleId" = ${param(query.article)}`);
  if (query.assignee) candidates.push(`c."assigneeId" = ${param(query.assignee)}`);
  // Then what needs the reader's visibility.
  // (Only where the match reads visibility: for editors and for most types it is the candidates' match again.)
  const visibleMatch = visibility === "TRUE" ? anyMatch : matchOf(query.type, desk, q, verdictsVisible);
  const filters: string[] = visibleMatch === anyMatch ? [] : [visibleMatch];
  if (query.rating) {
    filters.push(`${verdictsVisible} AND EXISTS (SELECT 1 FROM "Verdict" fv JOIN "Rating" fr ON fr."id" = fv."ratingId" WHERE fv."id" = c."finalVerdictId" AND fr."slug" = ${param(query.rating)})`);
  }
  // The article is joined only when a filter needs it: a common word matches many claims.
  const articleFilters = articleFiltersOf(query, param);
  if (articleFilters.length) filters.push(`EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = c."articleId" AND ${articleFilters.join(" AND ")})`);

  const { order, cursor } = keysetOf(query, param);
  const take = query.take;
  const limit = param(take + 1);
  const whole = param(WHOLE);
  const fragments = param(FRAGMENTS);
  const clean = (expr: string) => `translate(${expr}, E'\\u0002\\u0003', '')`;
  const headline = (expr: string, options: string) => `ts_headline('english', ${clean(expr)}, ${q}, ${options})`;

  const visibleVerdict = desk ? `h."verdictsVisible"` : `v."id" = h."finalVerdictId"`;
  const visibleEvidence = desk ? "TRUE" : `h."status" = 'published'`;
  const comments = can(actor.role, "comment.read")
    ? `UNION ALL SELECT 4, m."id", 'comment', m."body" FROM "Comment" m WHERE m."claimId" = h."id"`
    : "";
  const text =
    `WITH hits AS (
       SELECT * FROM (
         SELECT c."id", c."status", c."articleId", c."createdAt", c."finalVerdictId", c."assigneeId", c."verdictsVisible",
                (${rank})::float8 AS "rank"
         FROM (
           SELECT c."id", c."status", c."articleId", c."createdAt", c."finalVerdictId", c."assigneeId",
                  c."searchClaim", c."searchNotes", c."searchVerdicts", c."searchPublished",
                  ${visibility} AS "verdictsVisible"
           FROM "Claim" c
           WHERE ${candidates.join("\n AND ")}
           OFFSET 0 -- a fence: keeps "verdictsVisible" one computed column, not an expression copied into each use
         ) c
         ${filters.length ? `WHERE ${filters.join("\n AND ")}` : ""}
       ) m
       ${cursor}
       ORDER BY ${order}
       LIMIT ${limit}
     )
     SELECT h."id", h."status", h."articleId", h."createdAt", h."rank",
            ${headline(`ct."text"`, whole)} AS "text",
            ${headline(`a."title"`, whole)} AS "articleTitle",
            a."publisher", a."publishedAt" AS "articlePublishedAt",
            fr."slug" AS "ratingSlug", fr."label" AS "ratingLabel", fr."color" AS "ratingColor",
            ${desk ? `u."id"` : "NULL"} AS "assigneeId", ${desk ? `u."name"` : "NULL"} AS "assigneeName",
            (SELECT coalesce(json_agg(json_build_object('field', s."field", 'text', ${headline(`s."body"`, fragments)}) ORDER BY s."field" = ${param(query.type)} DESC, s."kind", s."id"), '[]'::json)
               FROM (
                 SELECT * FROM (
                   SELECT 1 AS "kind", '' AS "id", 'quote' AS "field", ct."exact" AS "body" WHERE NOT to_tsvector('english', ct."text") @@ ${q}
                   UNION ALL SELECT 2, v."id", 'verdict', r."label" || ': ' || v."rationale" FROM "Verdict" v JOIN "Rating" r ON r."id" = v."ratingId" WHERE v."claimId" = h."id" AND ${visibleVerdict}
                   UNION ALL SELECT 3, e."id", 'evidence', concat_ws(' — ', e."title", e."publisher", e."excerpt") FROM "Evidence" e WHERE e."claimId" = h."id" AND e."deletedAt" IS NULL AND ${visibleEvidence}
                   ${comments}
                 ) found
                 WHERE to_tsvector('english', found."body") @@ ${q}
                 ORDER BY found."field" = ${param(query.type)} DESC, found."kind", found."id"
                 LIMIT 3
               ) s) AS "snippets"
     FROM hits h
     -- The claim's words are read for the page's hits only, not carried through the ranking of every match.
     JOIN "Claim" ct ON ct."id" = h."id"
     JOIN "Article" a ON a."id" = h."articleId"
     LEFT JOIN "Verdict" fv ON fv."id" = h."finalVerdictId" AND ${desk ? `h."verdictsVisible"` : `h."status" = 'published'`}
     LEFT JOIN "Rating" fr ON fr."id" = fv."ratingId"
     LEFT JOIN "User" u ON u."id" = h."assigneeId"
     ORDER BY ${order.replaceAll("m.", "h.")}`;
  return { text, values };
}

/** The rows of searchClaimsSql as the API's page: highlights as parts, the cursor of the last hit. */
export function toSearchPage(rows: SearchRow[], query: SearchClaimsQuery): { results: SearchHit[]; nextCursor: string | null } {
  const take = query.take;
  const byRank = query.sort === "relevance";

  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    results: page.map((r) => ({
      type: "claim" as const,
      id: r.id,
      status: r.status,
      text: parseHighlight(r.text),
      articleId: r.articleId,
      articleTitle: parseHighlight(r.articleTitle),
      publisher: r.publisher,
      articlePublishedAt: r.articlePublishedAt?.toISOString() ?? null,
      rating: r.ratingSlug && r.ratingLabel && r.ratingColor ? { slug: r.ratingSlug, label: r.ratingLabel, color: r.ratingColor } : null,
      assignee: r.assigneeId && r.assigneeName ? { id: r.assigneeId, name: r.assigneeName } : null,
      createdAt: r.createdAt.toISOString(),
      rank: r.rank,
      snippets: r.snippets.map((s) => ({ field: s.field, text: parseHighlight(s.text) })),
    })),
    nextCursor: rows.length > take && last ? encodeCursor([byRank ? last.rank : last.createdAt.toISOString(), last.id]) : null,
  };
}
