import "server-only";
import { sqlRows } from "../db/client";
import type { Actor } from "../auth/actor";
import type { ClaimStatus, FlagKind } from "../db/generated/enums";
import { FLAG_KIND_LABELS } from "../flags/flag-kinds";
import { isBlindTo } from "../verdicts/verdict-visibility";
import { previousEvidenceOf, type ReportScaleRating } from "./build-article-reports";
import type { ExportReportsQuery } from "./export-reports.types";
import { findFlagClaim } from "./find-flag-claim";
import { groupBy } from "./group-by";
import { verdictUrl } from "./public-url";
import { csvRow, type CsvClaim } from "./report-csv";

/** An article of the export's keyset page, with the columns its rows repeat. */
export interface CsvExportArticle {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: Date | null;
}

export interface CsvRowsOptions {
  query: Pick<ExportReportsQuery, "kind" | "status" | "rating" | "reviewer">;
  baseUrl: string;
  /** The whole rating scale (a verdict's rating is looked up in it). */
  ratings: readonly ReportScaleRating[];
  /** Who reads it: a reviewer's working export keeps blind second review (isBlindTo). */
  reader?: Pick<Actor, "id" | "role">;
}

/** A claim with its final verdict and what the CSV aggregates of it, one row of the statement. */
interface ClaimRow {
  id: string;
  articleId: string;
  text: string;
  status: ClaimStatus;
  start: number;
  end: number;
  publishedAt: Date | null;
  verdictId: string | null;
  ratingId: string | null;
  rationale: string | null;
  confidence: number | null;
  reviewer: string | null;
  evidenceUrls: string[] | null;
  /** Every verdict of the claim (working only): [reviewerId, reviewer's name, ratingId]. */
  proposed: [string, string | null, string][] | null;
  /** [publishedAt, previousRatingLabel, newRatingLabel, reason, previousEvidence]. */
  corrections: [string | null, string, string | null, string, unknown][] | null;
}

interface FlagRow {
  id: string;
  articleId: string;
  claimId: string | null;
  kind: FlagKind;
  exact: string;
  start: number;
  end: number;
}

/**
 * The claims the export keeps, in SQL: the same rule as exportClaimWhere and buildArticleReports' published
 * rule (tests/integration/reports-export.test.ts checks that this export and the report model's CSV agree
 * for every kind and filter).
 */
function claimFilterSql(query: CsvRowsOptions["query"], param: (value: unknown) => string): string {
  const where: string[] = [];
  if (query.kind === "published") where.push(`c."status" = 'published' AND c."finalVerdictId" IS NOT NULL`);
  if (query.status) where.push(`c."status" = ${param(query.status)}::"ClaimStatus"`);
  if (query.rating) where.push(`EXISTS (SELECT 1 FROM "Rating" r WHERE r."id" = v."ratingId" AND r."slug" = ${param(query.rating)})`);
  if (query.reviewer) where.push(`v."reviewerId" = ${param(query.reviewer)}`);
  return where.map((w) => ` AND ${w}`).join("");
}

/**
 * The CSV rows of a batch of articles (in the order given), read for the CSV alone: ONE statement for the
 * claims with their final verdict, evidence URLs, verdicts and corrections aggregated per claim, and one for
 * the flags, in plain SQL (sqlRows). The report model (buildArticleReports) reads every column of seven
 * tables through Prisma — the article text, evidence titles and excerpts, every rationale — and builds
 * objects the CSV never writes; that was most of the export's time. The published kind reads only
 * published claims, the evidence their final verdict rests on, published corrections and confirmed flags,
 * as the model does. Rows are written by csvRow, the same cells as the model's CSV.
 */
export async function readReportCsvRows(articles: readonly CsvExportArticle[], options: CsvRowsOptions): Promise<string[][]> {
  if (!articles.length) return [];
  const published = options.query.kind === "published";
  const ids = articles.map((a) => a.id);
  const values: unknown[] = [ids];
  const param = (value: unknown) => `$${values.push(value)}`;
  const filter = claimFilterSql(options.query, param);
  const [claims, flags] = await Promise.all([
    sqlRows<ClaimRow>(
      `SELECT c."id", c."articleId", c."text", c."status", c."start", c."end", c."publishedAt",
              v."id" AS "verdictId", v."ratingId", v."rationale", v."confidence", u."name" AS "reviewer",
              (SELECT json_agg(e."url" ORDER BY e."createdAt", e."id") FROM "Evidence" e
                WHERE e."claimId" = c."id" AND e."deletedAt" IS NULL
                ${published ? `AND EXISTS (SELECT 1 FROM "VerdictEvidence" ve WHERE ve."verdictId" = v."id" AND ve."evidenceId" = e."id")` : ""}) AS "evidenceUrls",
              ${
                published
                  ? "NULL"
                  : `(SELECT json_agg(json_build_array(p."reviewerId", pu."name", p."ratingId") ORDER BY p."ratedAt", p."id")
                       FROM "Verdict" p LEFT JOIN "User" pu ON pu."id" = p."reviewerId" WHERE p."claimId" = c."id")`
              } AS "proposed",
              (SELECT json_agg(json_build_array(k."publishedAt", k."previousRatingLabel", k."newRatingLabel", k."reason", k."previousEvidence") ORDER BY k."createdAt", k."id")
                FROM "Correction" k WHERE k."claimId" = c."id" ${published ? `AND k."publishedAt" IS NOT NULL` : ""}) AS "corrections"
       FROM "Claim" c
       LEFT JOIN "Verdict" v ON v."id" = c."finalVerdictId"
       LEFT JOIN "User" u ON u."id" = v."reviewerId"
       WHERE c."articleId" = ANY($1)${filter}
       ORDER BY c."start", c."id"`,
      values,
    ),
    sqlRows<FlagRow>(
      `SELECT f."id", f."articleId", f."claimId", f."kind", f."exact", f."start", f."end" FROM "Flag" f
       WHERE f."articleId" = ANY($1) ${published ? `AND f."status" = 'confirmed'` : ""}
       ORDER BY f."start", f."id"`,
      [ids],
    ),
  ]);
  if (!claims.length) return [];

  // A correction marks the evidence of its snapshot removed unless it is still live evidence of a claim of
  // the batch (as the report model does); looked up only when a correction has a snapshot.
  const snapshotIds = claims.flatMap((c) => (c.corrections ?? []).flatMap(([, , , , snapshot]) => (Array.isArray(snapshot) ? snapshot.flatMap((e: { id?: unknown } | null) => (typeof e?.id === "string" ? [e.id] : [])) : [])));
  const live = new Set(
    snapshotIds.length
      ? (await sqlRows<{ id: string }>(`SELECT e."id" FROM "Evidence" e WHERE e."id" = ANY($1) AND e."claimId" = ANY($2) AND e."deletedAt" IS NULL`, [[...new Set(snapshotIds)], claims.map((c) => c.id)])).map((e) => e.id)
      : [],
  );

  const ratingOf = new Map(options.ratings.map((r) => [r.id, r]));
  const claimsOf = groupBy(claims, (c) => c.articleId);
  const flagsOf = groupBy(flags, (f) => f.articleId);
  const working = !published;
  return articles.flatMap((article) => {
    const rows = claimsOf.get(article.id);
    if (!rows) return [];
    const claimIds = new Set(rows.map((c) => c.id));
    const flagsOfClaim = groupBy(flagsOf.get(article.id) ?? [], (f) => findFlagClaim(f, rows, claimIds) ?? "");
    const csvArticle = { id: article.id, title: article.title, url: article.url, publisher: article.publisher, publishedAt: article.publishedAt?.toISOString() ?? null };
    return rows.map((c) => {
      const rating = c.ratingId ? ratingOf.get(c.ratingId) : undefined;
      const proposed = c.proposed ?? [];
      const claim: CsvClaim = {
        id: c.id,
        text: c.text,
        status: c.status,
        publishedAt: c.publishedAt?.toISOString() ?? null,
        url: c.status === "published" ? verdictUrl(options.baseUrl, c.id) : null,
        verdict: c.verdictId && rating ? { rating, rationale: c.rationale ?? "", reviewer: c.reviewer ?? "", confidence: c.confidence ?? undefined } : null,
        evidence: (c.evidenceUrls ?? []).map((url) => ({ url })),
        corrections: (c.corrections ?? []).map(([publishedAt, previousRating, newRating, reason, snapshot]) => ({
          publishedAt: publishedAt ? new Date(publishedAt).toISOString() : null,
          previousRating,
          newRating,
          reason,
          previousEvidence: previousEvidenceOf(snapshot, live),
        })),
        proposedVerdicts:
          working && !(options.reader && isBlindTo(options.reader, c.status, proposed.map((p) => p[0]))) ? proposed.map(([, reviewer, ratingId]) => ({ reviewer: reviewer ?? "", rating: ratingOf.get(ratingId)! })) : [],
      };
      const own = (flagsOfClaim.get(c.id) ?? []).map((f) => ({ kindLabel: FLAG_KIND_LABELS[f.kind], quote: f.exact }));
      return csvRow(csvArticle, claim, own, working);
    });
  });
}
