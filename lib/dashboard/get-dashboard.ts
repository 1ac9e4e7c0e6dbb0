import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { OPEN_CLAIM_STATUSES, CLAIM_STATUSES } from "../claims/claim-status";
import { sqlRows } from "../db/client";
import type { ClaimStatus, FlagKind } from "../db/generated/enums";
import { FLAG_KINDS } from "../flags/flag-kinds";
import { krippendorffAlphaOfGroups } from "../verdicts/krippendorff-alpha";
import { NotFoundError } from "../errors";
import type { DashboardQuery, DashboardView } from "./get-dashboard.types";
export { DashboardQuery, DashboardResponse, DashboardView } from "./get-dashboard.types";

export const WEEKS = 12;
export const MONTHS = 6;
const DAY = 86_400_000;

/** Monday 00:00 UTC of the week `at` is in (PostgreSQL's date_trunc('week') in UTC). */
export function weekStart(at: Date): Date {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

interface RatingRow {
  id: string;
  slug: string;
  label: string;
  color: string;
  value: number | null;
  verdicts: number;
  published: number;
}

/** Agreement of groups of identically rated claims: nominal over rating ids, ordinal over the ranks of the rated scale. */
function agreementOf(groups: { ratingIds: string[]; count: number }[], ranks: Map<string, number>) {
  const nominal = krippendorffAlphaOfGroups(groups.map((g) => ({ values: g.ratingIds, count: g.count })), "nominal");
  // Ratings outside the scale's order (Unverifiable, Not a claim) are missing values for the ordinal measure.
  const ordinal = krippendorffAlphaOfGroups(groups.map((g) => ({ values: g.ratingIds.flatMap((id) => (ranks.has(id) ? [ranks.get(id)!] : [])), count: g.count })), "ordinal");
  return { nominal: { alpha: nominal.alpha, claims: nominal.pairableUnits }, ordinal: { alpha: ordinal.alpha, claims: ordinal.pairableUnits } };
}

/** Agreement of each pair of reviewers over the claims both rated, the pairs sharing most claims first. */
function pairAgreement(rows: { a: string; b: string; aName: string; bName: string; ra: string; rb: string; count: number }[], ranks: Map<string, number>) {
  const byPair = new Map<string, typeof rows>();
  for (const row of rows) byPair.set(`${row.a} ${row.b}`, [...(byPair.get(`${row.a} ${row.b}`) ?? []), row]);
  return [...byPair.values()]
    .map((group) => {
      const first = group[0]!;
      return {
        reviewers: [
          { id: first.a, name: first.aName },
          { id: first.b, name: first.bName },
        ].sort((x, y) => x.name.localeCompare(y.name)) as [{ id: string; name: string }, { id: string; name: string }],
        ...agreementOf(group.map((g) => ({ ratingIds: [g.ra, g.rb], count: g.count })), ranks),
      };
    })
    .sort((x, y) => y.nominal.claims - x.nominal.claims || x.reviewers[0].name.localeCompare(y.reviewers[0].name) || x.reviewers[1].name.localeCompare(y.reviewers[1].name));
}

/** Agreement per article over its claims rated by two or more, the articles with most such claims first (50 at most). */
function articleAgreement(groups: { ratingIds: string[]; articleId: string; title: string; count: number }[], ranks: Map<string, number>) {
  const byArticle = new Map<string, typeof groups>();
  for (const group of groups) byArticle.set(group.articleId, [...(byArticle.get(group.articleId) ?? []), group]);
  return [...byArticle.values()]
    .map((g) => ({ article: { id: g[0]!.articleId, title: g[0]!.title }, ...agreementOf(g, ranks) }))
    .sort((x, y) => y.nominal.claims - x.nominal.claims || x.article.title.localeCompare(y.article.title))
    .slice(0, 50);
}

/**
 * The desk's dashboard: claims by status, verdicts by rating, claims published per week, the median time from
 * import to publication, flags by kind, inter-annotator agreement (Krippendorff's alpha) and each person's
 * load. Aggregates in PostgreSQL: a fixed number of statements whatever the size of the desk.
 */
export async function getDashboard(actor: Actor, options: { now?: Date; scope?: Partial<DashboardQuery> } = {}): Promise<DashboardView> {
  assertCan(actor, "dashboard.read");
  const now = options.now ?? new Date();
  const scope: Partial<DashboardQuery> = options.scope ?? {};
  const scopedArticle = scope.article ? await sqlRows<{ id: string; title: string }>(`SELECT "id", "title" FROM "Article" WHERE "id" = $1`, [scope.article]) : null;
  if (scopedArticle && !scopedArticle[0]) throw new NotFoundError("No such article (article)");
  // The claims rated by two or more, by their last verdict's day (the date range) and their article.
  const lastVerdict = `($1::timestamptz IS NULL OR max(v."ratedAt") >= $1) AND ($2::timestamptz IS NULL OR max(v."ratedAt") < $2)`;
  const dated = Boolean(scope.from || scope.to);
  const rangeValues = [scope.from ?? null, scope.to ? new Date(scope.to.getTime() + DAY) : null];
  const firstWeek = new Date(weekStart(now).getTime() - (WEEKS - 1) * 7 * DAY);
  const firstMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS - 1), 1));

  const [statuses, ratings, weeks, time, flags, groups, people, pairs] = await Promise.all([
    sqlRows<{ status: ClaimStatus; count: number }>(`SELECT "status", count(*)::int AS "count" FROM "Claim" GROUP BY "status"`, []),
    sqlRows<RatingRow>(
      `SELECT r."id", r."slug", r."label", r."color", r."value",
              (SELECT count(*)::int FROM "Verdict" v WHERE v."ratingId" = r."id") AS "verdicts",
              (SELECT count(*)::int FROM "Verdict" v JOIN "Claim" c ON c."finalVerdictId" = v."id" WHERE v."ratingId" = r."id" AND c."status" = 'published') AS "published"
       FROM "Rating" r ORDER BY r."position", r."id"`,
      [],
    ),
    sqlRows<{ week: Date; count: number }>(
      `SELECT date_trunc('week', c."publishedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS "week", count(*)::int AS "count"
       FROM "Claim" c WHERE c."status" = 'published' AND c."publishedAt" >= $1 AND c."publishedAt" < $2 GROUP BY 1`,
      [firstWeek, new Date(weekStart(now).getTime() + 7 * DAY)],
    ),
    sqlRows<{ median: number | null; claims: number }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."publishedAt" - a."createdAt")) AS "median", count(*)::int AS "claims"
       FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."status" = 'published' AND c."publishedAt" IS NOT NULL`,
      [],
    ),
    sqlRows<{ kind: FlagKind; open: number; closed: number }>(
      `SELECT "kind", count(*) FILTER (WHERE "status" = 'open')::int AS "open", count(*) FILTER (WHERE "status" <> 'open')::int AS "closed" FROM "Flag" GROUP BY "kind"`,
      [],
    ),
    // Claims with two or more verdicts (in the date range), grouped by their ratings (sorted), the month of their
    // last verdict and their article.
    sqlRows<{ ratingIds: string[]; month: Date; articleId: string; title: string; count: number }>(
      `SELECT s."ratingIds", s."month", s."articleId", a."title", count(*)::int AS "count" FROM (
         SELECT array_agg(v."ratingId" ORDER BY v."ratingId") AS "ratingIds", date_trunc('month', max(v."ratedAt") AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS "month", c."articleId"
         FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
         GROUP BY v."claimId", c."articleId" HAVING count(*) >= 2 AND ${lastVerdict}
       ) s JOIN "Article" a ON a."id" = s."articleId"
       GROUP BY s."ratingIds", s."month", s."articleId", a."title"`,
      rangeValues,
    ),
    sqlRows<{ id: string; name: string; role: string; verdicts: number; published: number; assigned: number }>(
      `SELECT u."id", u."name", u."role"::text AS "role",
              (SELECT count(*)::int FROM "Verdict" v WHERE v."reviewerId" = u."id") AS "verdicts",
              (SELECT count(*)::int FROM "Verdict" v JOIN "Claim" c ON c."finalVerdictId" = v."id" WHERE v."reviewerId" = u."id" AND c."status" = 'published') AS "published",
              (SELECT count(*)::int FROM "Claim" c WHERE c."assigneeId" = u."id" AND c."status"::text = ANY($1::text[])) AS "assigned"
       FROM "User" u WHERE u."role" <> 'viewer' AND NOT u."disabled" ORDER BY u."name", u."id"`,
      [[...OPEN_CLAIM_STATUSES]],
    ),
    // Every two reviewers of one claim, grouped by the pair and the two ratings they gave.
    sqlRows<{ a: string; b: string; aName: string; bName: string; ra: string; rb: string; count: number }>(
      `SELECT v1."reviewerId" AS "a", v2."reviewerId" AS "b", u1."name" AS "aName", u2."name" AS "bName", v1."ratingId" AS "ra", v2."ratingId" AS "rb", count(*)::int AS "count"
       FROM "Verdict" v1 JOIN "Verdict" v2 ON v2."claimId" = v1."claimId" AND v2."reviewerId" > v1."reviewerId"
       JOIN "User" u1 ON u1."id" = v1."reviewerId" JOIN "User" u2 ON u2."id" = v2."reviewerId"
       ${
         scope.article || dated
           ? `WHERE v1."claimId" IN (SELECT v."claimId" FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
                WHERE ($3::text IS NULL OR c."articleId" = $3) GROUP BY v."claimId" HAVING count(*) >= 2 AND ${lastVerdict})`
           : ""
       }
       GROUP BY 1, 2, 3, 4, 5, 6`,
      scope.article || dated ? [...rangeValues, scope.article ?? null] : [],
    ),
  ]);

  const scoped = scope.article ? groups.filter((g) => g.articleId === scope.article) : groups;
  // The scale's order as the admin arranged it (ratings come by position); only ratings with a ClaimReview number are on it.
  const ranks = new Map(ratings.filter((r) => r.value !== null).map((r, i) => [r.id, i]));
  const byStatus = new Map(statuses.map((s) => [s.status, s.count]));
  const byWeek = new Map(weeks.map((w) => [w.week.toISOString().slice(0, 10), w.count]));
  const byKind = new Map(flags.map((f) => [f.kind, f]));
  const months = Array.from({ length: MONTHS }, (_, i) => new Date(Date.UTC(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth() + i, 1)).toISOString().slice(0, 7));

  return {
    claimsByStatus: CLAIM_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    verdictsByRating: ratings.map(({ slug, label, color, verdicts, published }) => ({ slug, label, color, verdicts, published })),
    publishedPerWeek: Array.from({ length: WEEKS }, (_, i) => {
      const week = new Date(firstWeek.getTime() + i * 7 * DAY).toISOString().slice(0, 10);
      return { week, count: byWeek.get(week) ?? 0 };
    }),
    timeToPublish: { medianHours: time[0]?.median === null || time[0]?.median === undefined ? null : Number(time[0].median) / 3600, claims: time[0]?.claims ?? 0 },
    flagsByKind: FLAG_KINDS.map((kind) => ({ kind, open: byKind.get(kind)?.open ?? 0, closed: byKind.get(kind)?.closed ?? 0 })),
    agreement: {
      ...agreementOf(scoped, ranks),
      byPair: pairAgreement(pairs, ranks),
      byMonth: months.map((month) => ({ month, ...agreementOf(scoped.filter((g) => g.month.toISOString().slice(0, 7) === month), ranks) })),
      byArticle: articleAgreement(groups, ranks),
      scope: { article: scopedArticle?.[0] ?? null, from: scope.from?.toISOString().slice(0, 10) ?? null, to: scope.to?.toISOString().slice(0, 10) ?? null },
    },
    reviewers: people,
  };
}
