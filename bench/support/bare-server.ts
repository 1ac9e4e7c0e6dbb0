/**
 * The baseline of the load benchmark: a bare Node `http` server with `pg` answering the same reads as
 * Factdesk's API, as JSON, with the same pool size — the practical limit of a JSON API on this machine.
 * It looks up the requesting user by primary key like the app does, but decrypts no cookie.
 *
 *   DATABASE_URL=… PORT=… BENCH_USER_ID=… npx tsx --conditions=react-server bench/support/bare-server.ts
 */
import http from "node:http";
import pg from "pg";
import { CONNECTION_OPTIONS } from "../../lib/db/session-settings";
import { searchClaimsSql, toSearchPage, type SearchRow } from "../../lib/search/search-claims-sql";
import { SearchClaimsQuery } from "../../lib/search/search-claims.types";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.FACTDESK_DB_POOL_SIZE ?? 8), options: CONNECTION_OPTIONS });
const userId = process.env.BENCH_USER_ID ?? "";

async function user() {
  const { rows } = await pool.query(`SELECT id, role, name, email, disabled FROM "User" WHERE id = $1`, [userId]);
  return rows[0];
}

async function articleClaims(articleId: string, limit: number) {
  const { rows } = await pool.query(
    `SELECT c."id", c."start", c."end", c."exact", c."status", c."anchorState", c."score", c."assigneeId", c."revision",
            r."slug" AS "ratingSlug", r."label" AS "ratingLabel", r."color" AS "ratingColor"
     FROM "Claim" c LEFT JOIN "Verdict" v ON v."id" = c."finalVerdictId" LEFT JOIN "Rating" r ON r."id" = v."ratingId"
     WHERE c."articleId" = $1 ORDER BY c."start", c."id" LIMIT $2`,
    [articleId, limit + 1],
  );
  const page = rows.slice(0, limit);
  return {
    claims: page.map(({ ratingSlug, ratingLabel, ratingColor, ...c }) => ({ ...c, rating: ratingSlug ? { slug: ratingSlug, label: ratingLabel, color: ratingColor } : null })),
    nextCursor: rows.length > limit ? "more" : null,
  };
}

async function claimDetail(claimId: string) {
  const { rows } = await pool.query(
    `SELECT c.*, json_build_object('id', a.id, 'title', a.title, 'versionNumber', a."versionNumber") AS article,
            CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS assignee
     FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" LEFT JOIN "User" u ON u.id = c."assigneeId" WHERE c.id = $1`,
    [claimId],
  );
  const claim = rows[0];
  if (!claim) return null;
  const [evidence, verdicts, comments, flags, merges] = await Promise.all([
    pool.query(`SELECT e.*, u.name AS "addedByName" FROM "Evidence" e LEFT JOIN "User" u ON u.id = e."addedById" WHERE e."claimId" = $1 ORDER BY e."createdAt"`, [claimId]),
    pool.query(
      `SELECT v.*, row_to_json(r) AS rating, json_build_object('id', rv.id, 'name', rv.name) AS reviewer, ap.name AS "approvedByName",
              coalesce((SELECT array_agg(ve."evidenceId") FROM "VerdictEvidence" ve WHERE ve."verdictId" = v.id), '{}') AS "evidenceIds"
       FROM "Verdict" v JOIN "Rating" r ON r.id = v."ratingId" JOIN "User" rv ON rv.id = v."reviewerId" LEFT JOIN "User" ap ON ap.id = v."approvedById"
       WHERE v."claimId" = $1 ORDER BY v."createdAt"`,
      [claimId],
    ),
    pool.query(`SELECT m.*, u.name AS "authorName" FROM "Comment" m JOIN "User" u ON u.id = m."authorId" WHERE m."claimId" = $1 ORDER BY m."createdAt"`, [claimId]),
    pool.query(
      `SELECT * FROM "Flag" WHERE "articleId" = $1 AND ("claimId" = $2 OR ("start" < $3 AND "end" > $4 AND "anchorState" <> 'orphaned')) ORDER BY "start"`,
      [claim.articleId, claimId, claim.end, claim.start],
    ),
    pool.query(`SELECT "after" FROM "AuditLog" WHERE "action" = 'claim.merge' AND "entityType" = 'claim' AND "entityId" = ANY($1)`, [[claimId]]),
  ]);
  const partIds = [...evidence.rows.map((e) => e.id), ...verdicts.rows.map((v) => v.id), ...comments.rows.map((c) => c.id)];
  const history = await pool.query(
    `SELECT l.id::text, l.action, coalesce(u.name, 'system') AS actor, l."createdAt", l.before, l.after FROM "AuditLog" l LEFT JOIN "User" u ON u.id = l."actorId"
     WHERE (l."entityType" = 'claim' AND l."entityId" = ANY($1)) OR l."entityId" = ANY($2) ORDER BY l."createdAt" DESC LIMIT 100`,
    [[claimId], partIds],
  );
  void merges;
  return { ...claim, evidence: evidence.rows, verdicts: verdicts.rows, comments: comments.rows, flags: flags.rows, history: history.rows };
}

async function articles(limit: number) {
  const { rows } = await pool.query(
    `SELECT a.id, a.title, a.publisher, a.author, a.url, a."publishedAt", a.language, a."versionNumber", a."createdAt",
            (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = a.id AND c.status <> 'dismissed') AS "claimCount",
            (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = a.id AND c.status = 'published') AS "publishedCount",
            (SELECT count(*)::int FROM "Flag" f WHERE f."articleId" = a.id AND f.status = 'open') AS "openFlagCount"
     FROM "Article" a ORDER BY a."createdAt" DESC, a.id DESC LIMIT $1`,
    [limit],
  );
  return { articles: rows };
}

async function ratings() {
  const { rows } = await pool.query(`SELECT id, slug, label, value, color, "isDismissal", description FROM "Rating" WHERE active ORDER BY position`);
  return { ratings: rows };
}

/** The claim search: the very statement of lib/search/search-claims-sql.ts, the query parsed by the same schema. */
async function search(actor: { id: string; role: "admin" | "editor" | "reviewer" | "viewer" }, params: URLSearchParams) {
  const query = SearchClaimsQuery.parse(Object.fromEntries(params));
  const { text, values } = searchClaimsSql(actor, query);
  const { rows } = await pool.query<SearchRow>(text, values);
  return toSearchPage(rows, query);
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const actor = await user();
    if (!actor) {
      res.writeHead(401).end();
      return;
    }
    let body: unknown = null;
    let m: RegExpExecArray | null;
    if ((m = /^\/api\/articles\/([^/]+)\/claims$/.exec(url.pathname))) body = await articleClaims(m[1] as string, Number(url.searchParams.get("limit") ?? 500));
    else if ((m = /^\/api\/claims\/([^/]+)$/.exec(url.pathname))) body = await claimDetail(m[1] as string);
    else if (url.pathname === "/api/articles") body = await articles(Number(url.searchParams.get("take") ?? 50));
    else if (url.pathname === "/api/ratings") body = await ratings();
    else if (url.pathname === "/api/search") body = await search(actor, url.searchParams);
    if (body === null) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`bare server ready on ${process.env.PORT}`));
