// The contract of GET /api/dashboard and the Dashboard page (client-safe, no database).
import { z } from "zod";
import { CLAIM_STATUSES } from "../claims/claim-status";
import { FLAG_KINDS } from "../flags/flag-kinds";
import { Id, optionalDate } from "../validation/common";

/**
 * What the agreement measures rest on (GET /api/dashboard?article=&from=&to=, the Dashboard's form): one
 * article's claims, and/or the claims whose last verdict was given between two days (inclusive, UTC).
 * Everything else on the dashboard is the whole desk.
 */
export const DashboardQuery = z
  .object({
    article: z
      .union([z.literal(""), Id])
      .optional()
      .transform((v) => v || undefined),
    from: optionalDate,
    to: optionalDate,
  })
  .refine((q) => !(q.from && q.to && q.from > q.to), { path: ["to"], message: "must not be before from" });
export type DashboardQuery = z.output<typeof DashboardQuery>;

const Alpha = z.object({
  /** Krippendorff's alpha, null when nothing is pairable or there is no variation. */
  alpha: z.number().nullable(),
  /** Claims rated by two or more reviewers that alpha rests on. */
  claims: z.number(),
});

export const DashboardView = z.object({
  claimsByStatus: z.array(z.object({ status: z.enum(CLAIM_STATUSES), count: z.number() })),
  /** Every verdict given, and the final verdicts of published claims, per rating of the scale (in its order). */
  verdictsByRating: z.array(z.object({ slug: z.string(), label: z.string(), color: z.string(), verdicts: z.number(), published: z.number() })),
  /** Claims published per week (weeks start on Monday, UTC), the last WEEKS weeks, oldest first. */
  publishedPerWeek: z.array(z.object({ week: z.string(), count: z.number() })),
  /** The median time from an article's import to the publication of its claims' verdicts, over published claims. */
  timeToPublish: z.object({ medianHours: z.number().nullable(), claims: z.number() }),
  /** Flags per kind: open, and closed (confirmed, dismissed or resolved by a new version). */
  flagsByKind: z.array(z.object({ kind: z.enum(FLAG_KINDS), open: z.number(), closed: z.number() })),
  /** Inter-annotator agreement over claims with two or more verdicts: nominal over the ratings, ordinal on the scale's order. */
  agreement: z.object({
    nominal: Alpha,
    ordinal: Alpha,
    /** Each pair of reviewers over the claims both rated (the pairs that share at least one), most shared first. */
    byPair: z.array(z.object({ reviewers: z.tuple([z.object({ id: z.string(), name: z.string() }), z.object({ id: z.string(), name: z.string() })]), nominal: Alpha, ordinal: Alpha })),
    /** By the month of a claim's last verdict, the last MONTHS months, oldest first. */
    byMonth: z.array(z.object({ month: z.string(), nominal: Alpha, ordinal: Alpha })),
    /** Per article (within the date range, whatever the article filter), most claims rated by two or more first; at most 50. */
    byArticle: z.array(z.object({ article: z.object({ id: z.string(), title: z.string() }), nominal: Alpha, ordinal: Alpha })),
    /** The scope the figures above rest on (none: the whole desk, all time). */
    scope: z.object({ article: z.object({ id: z.string(), title: z.string() }).nullable(), from: z.string().nullable(), to: z.string().nullable() }),
  }),
  /** The desk's people: verdicts given, final verdicts published, open claims assigned. */
  reviewers: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), verdicts: z.number(), published: z.number(), assigned: z.number() })),
});
export type DashboardView = z.output<typeof DashboardView>;
export const DashboardResponse = z.object({ dashboard: DashboardView });
