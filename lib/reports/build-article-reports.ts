import "server-only";
import { z } from "zod";
import { getDb, type Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { isBlindTo } from "../verdicts/verdict-visibility";
import { isFlagClosed } from "../flags/flag-kinds";
import { FLAG_KIND_LABELS, FLAG_KINDS } from "../flags/flag-kinds";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "../claims/claim-status";
import { measureAgreement } from "../verdicts/measure-agreement";
import { getOrganisationSettings, type OrganisationSettings } from "../organisation/get-organisation-settings";
import { segmentSentences } from "../text/segment-sentences";
import { countOf } from "../format/count";
import { publicBaseUrl, verdictUrl } from "./public-url";
import { ratingBounds, type RatingBounds } from "./to-claim-review";
import { findFlagClaim } from "./find-flag-claim";
import { groupBy } from "./group-by";
import { REPORT_SCHEMA_VERSION, type ArticleReport, type ReportClaim, type ReportCount, type ReportFlag, type ReportKind, type ReportRating, type ReportVerdict } from "./report.types";

export interface ReportContext {
  kind: ReportKind;
  /** Defaults: now, the app's public URL, the organisation's settings and rating scale as stored. */
  now?: Date;
  baseUrl?: string;
  organisation?: OrganisationSettings;
  /** The rating scale in order, when the caller has read it already (an export reads it once, not per batch). */
  ratings?: readonly ReportScaleRating[];
  /** Who reads it: a reviewer's working report keeps blind second review (lib/verdicts/verdict-visibility.ts isBlindTo). */
  reader?: Pick<Actor, "id" | "role">;
  /** Keeps only these claims (a cross-article export's filters), within what the kind allows. */
  claimWhere?: Prisma.ClaimWhereInput;
}

/** A rating of the scale as the reports read it (a Rating row). */
export interface ReportScaleRating {
  id: string;
  slug: string;
  label: string;
  value: number | null;
  color: string;
  isDismissal: boolean;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A verdict as a report reads it: its rating, and the names of who gave and approved it. */
interface LoadedVerdict {
  id: string;
  claimId: string;
  reviewerId: string;
  rating: { slug: string; label: string; value: number | null; color: string };
  reviewer: { name: string };
  approvedBy: { name: string } | null;
  rationale: string;
  confidence: number;
  ratedAt: Date;
  approvedAt: Date | null;
  evidence: { evidenceId: string }[];
  /** Cited evidence deleted since. */
  removedEvidence: { title: string; url: string }[];
}

/**
 * The rows of a batch of reports, read table by table with flat indexed queries (articles, claims,
 * verdicts, the evidence they cite, evidence, corrections, flags) and put together here: one nested
 * JSON-building statement for the same rows costs PostgreSQL over ten times as much.
 */
async function loadReportRows(db: ReturnType<typeof getDb>, articleIds: readonly string[], published: boolean, claimWhere: Prisma.ClaimWhereInput | undefined, ratings: readonly { id: string; slug: string; label: string; value: number | null; color: string }[]) {
  const ids = [...articleIds];
  const [articles, claims, flags] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids } } }),
    db.claim.findMany({
      where: { AND: [{ articleId: { in: ids } }, published ? { status: "published", finalVerdictId: { not: null } } : {}, claimWhere ?? {}] },
      orderBy: [{ start: "asc" }, { id: "asc" }],
      omit: { reasons: true },
    }),
    db.flag.findMany({ where: { articleId: { in: ids }, ...(published ? { status: "confirmed" as const } : {}) }, orderBy: [{ start: "asc" }, { id: "asc" }], omit: { spans: true } }),
  ]);
  const claimIds = claims.map((c) => c.id);
  const verdictWhere: Prisma.VerdictWhereInput = published ? { id: { in: claims.flatMap((c) => (c.finalVerdictId ? [c.finalVerdictId] : [])) } } : { claimId: { in: claimIds } };
  const [verdictRows, evidence, corrections] = await Promise.all([
    db.verdict.findMany({ where: verdictWhere, orderBy: [{ ratedAt: "asc" }, { id: "asc" }] }),
    // The live evidence, and the deleted pieces a verdict cites (the report says they are gone).
    db.evidence.findMany({ where: { claimId: { in: claimIds }, OR: [{ deletedAt: null }, { verdicts: { some: {} } }] }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.correction.findMany({ where: { claimId: { in: claimIds }, ...(published ? { publishedAt: { not: null } } : {}) }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  const userIds = [...new Set(verdictRows.flatMap((v) => (v.approvedById ? [v.reviewerId, v.approvedById] : [v.reviewerId])))];
  const [users, cited] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    verdictRows.length ? db.verdictEvidence.findMany({ where: { verdictId: { in: verdictRows.map((v) => v.id) } }, select: { verdictId: true, evidenceId: true } }) : [],
  ]);
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const ratingOf = new Map(ratings.map((r) => [r.id, r]));
  const citedBy = groupBy(cited, (c) => c.verdictId);
  const removedById = new Map(evidence.flatMap((e) => (e.deletedAt === null ? [] : [[e.id, { title: e.title, url: e.url }] as const])));
  const verdicts: LoadedVerdict[] = verdictRows.map((v) => ({
    ...v,
    rating: ratingOf.get(v.ratingId)!,
    reviewer: { name: nameOf.get(v.reviewerId) ?? "" },
    approvedBy: v.approvedById ? { name: nameOf.get(v.approvedById) ?? "" } : null,
    evidence: (citedBy.get(v.id) ?? []).flatMap((c) => (removedById.has(c.evidenceId) ? [] : [{ evidenceId: c.evidenceId }])),
    removedEvidence: (citedBy.get(v.id) ?? []).flatMap((c) => removedById.get(c.evidenceId) ?? []),
  }));
  const verdictById = new Map(verdicts.map((v) => [v.id, v]));
  const verdictsOf = groupBy(verdicts, (v) => v.claimId);
  const evidenceOf = groupBy(
    evidence.filter((e) => e.deletedAt === null),
    (e) => e.claimId,
  );
  const liveEvidence = new Set(evidence.flatMap((e) => (e.deletedAt === null ? [e.id] : [])));
  const correctionsOf = groupBy(corrections, (k) => k.claimId);
  const claimsOf = groupBy(
    claims.map((c) => ({
      ...c,
      finalVerdict: c.finalVerdictId ? (verdictById.get(c.finalVerdictId) ?? null) : null,
      verdicts: verdictsOf.get(c.id) ?? [],
      evidence: evidenceOf.get(c.id) ?? [],
      corrections: (correctionsOf.get(c.id) ?? []).map((k) => ({ ...k, previousEvidence: previousEvidenceOf(k.previousEvidence, liveEvidence) })),
    })),
    (c) => c.articleId,
  );
  const flagsOf = groupBy(flags, (f) => f.articleId);
  return articles.map((a) => ({ ...a, claims: claimsOf.get(a.id) ?? [], flags: flagsOf.get(a.id) ?? [] }));
}

/**
 * The report model of each article asked for, in the order asked, with a bounded number of queries however
 * many articles (one read of articles with their claims, verdicts, evidence, corrections and flags). The
 * published kind reads only published claims and confirmed flags from the database, so nothing unpublished
 * is ever loaded into it; callers check who may have the working kind (buildArticleReport, the export routes).
 */
/** A report and the article text it was built from (the annotations format selects in it). */
export interface LoadedReport {
  report: ArticleReport;
  text: string;
  /** The rating scale's ClaimReview bounds. */
  bounds: RatingBounds;
}

export async function buildArticleReports(articleIds: readonly string[], context: ReportContext): Promise<LoadedReport[]> {
  if (!articleIds.length) return [];
  const db = getDb();
  const published = context.kind === "published";
  const [ratings, organisation] = await Promise.all([context.ratings ?? db.rating.findMany({ orderBy: { position: "asc" } }), context.organisation ?? getOrganisationSettings(db)]);
  const articles = await loadReportRows(db, articleIds, published, context.claimWhere, ratings);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const baseUrl = context.baseUrl ?? publicBaseUrl();
  const generatedAt = (context.now ?? new Date()).toISOString();
  const showReviewers = !published || organisation.reportsNameReviewers;
  const bounds = ratingBounds(ratings.filter((r) => !r.isDismissal).map((r) => r.value));

  const toRating = (r: { slug: string; label: string; value: number | null; color: string }): ReportRating => ({ slug: r.slug, label: r.label, value: r.value, color: r.color });
  const toVerdict = (v: LoadedVerdict): ReportVerdict => ({
    id: v.id,
    rating: toRating(v.rating),
    rationale: v.rationale,
    reviewer: showReviewers ? v.reviewer.name : null,
    approvedBy: showReviewers ? (v.approvedBy?.name ?? null) : null,
    ratedAt: v.ratedAt.toISOString(),
    approvedAt: iso(v.approvedAt),
    evidenceIds: v.evidence.map((e) => e.evidenceId).sort(),
    removedEvidence: [...v.removedEvidence].sort((a, b) => a.url.localeCompare(b.url) || a.title.localeCompare(b.title)),
    ...(published ? {} : { confidence: v.confidence }),
  });

  return articleIds.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    const sentences = segmentSentences(article.text);
    // Sentences are in order and do not overlap: the first that ends after `start`, by binary search.
    const sentenceOf = (start: number, end: number) => {
      const stop = Math.max(end, start + 1);
      let lo = 0;
      let hi = sentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.end > start) hi = mid;
        else lo = mid + 1;
      }
      let last = lo;
      while (last < sentences.length && sentences[last]!.start < stop) last++;
      return last > lo ? article.text.slice(sentences[lo]!.start, sentences[last - 1]!.end) : article.text.slice(start, end);
    };

    const claimRows = article.claims;
    const claimIds = new Set(claimRows.map((c) => c.id));
    const flags: ReportFlag[] = article.flags.map((f) => ({
      id: f.id,
      claimId: findFlagClaim(f, claimRows, claimIds),
      kind: f.kind,
      kindLabel: FLAG_KIND_LABELS[f.kind],
      severity: f.severity,
      status: f.status,
      explanation: f.explanation,
      quote: f.exact,
      start: f.start,
      end: f.end,
      source: f.ruleId ? "rule" : "reviewer",
      ...(published ? {} : { ruleId: f.ruleId, dismissalReason: f.dismissalReason }),
    }));

    const flagsOfClaim = groupBy(flags, (f) => f.claimId ?? "");
    const claims: ReportClaim[] = claimRows.map((c) => {
      const verdict = c.finalVerdict ? toVerdict(c.finalVerdict) : null;
      // Published: the evidence the verdict rests on. Working: everything gathered.
      const restsOn = new Set(verdict?.evidenceIds ?? []);
      const evidence = c.evidence.filter((e) => !published || restsOn.has(e.id));
      return {
        id: c.id,
        text: c.text,
        sentence: sentenceOf(c.start, c.end),
        start: c.start,
        end: c.end,
        status: c.status,
        anchorState: c.anchorState,
        publishedAt: iso(c.publishedAt),
        url: c.status === "published" ? verdictUrl(baseUrl, c.id) : null,
        verdict,
        evidence: evidence.map((e) => ({ id: e.id, url: e.url, title: e.title, publisher: e.publisher, publishedAt: iso(e.publishedAt), stance: e.stance, excerpt: e.excerpt, accessedAt: e.accessedAt.toISOString() })),
        flagIds: (flagsOfClaim.get(c.id) ?? []).map((f) => f.id),
        corrections: c.corrections.map((k) => ({
          id: k.id,
          reason: k.reason,
          previousRating: k.previousRatingLabel,
          previousRationale: k.previousRationale,
          previousPublishedAt: iso(k.previousPublishedAt),
          newRating: k.newRatingLabel,
          newRationale: k.newRationale,
          previousEvidence: k.previousEvidence,
          publishedAt: iso(k.publishedAt),
        })),
        ...(published
          ? {}
          : {
              proposedVerdicts: context.reader && isBlindTo(context.reader, c.status, c.verdicts.map((v) => v.reviewerId)) ? [] : c.verdicts.map(toVerdict),
              score: c.score,
              dismissalReason: c.dismissalReason,
            }),
      };
    });

    const ratingCounts = countBy(claims, (c) => c.verdict?.rating.slug ?? null);
    const verdicts: ReportCount[] = ratings.filter((r) => ratingCounts.has(r.slug)).map((r) => ({ key: r.slug, label: r.label, count: ratingCounts.get(r.slug)!, color: r.color }));
    const kindCounts = countBy(flags, (f) => (published || !isFlagClosed(f.status) ? f.kind : null));
    const flagsByKind: ReportCount[] = FLAG_KINDS.filter((k) => kindCounts.has(k)).map((k) => ({ key: k, label: FLAG_KIND_LABELS[k], count: kindCounts.get(k)! }));
    const statusCounts = countBy(claims, (c) => c.status);
    const corrections = claims.reduce((n, c) => n + c.corrections.filter((k) => k.publishedAt).length, 0);
    const withVerdict = claims.filter((c) => c.verdict).length;

    const report: ArticleReport = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        kind: context.kind,
        generatedAt,
        organisation: { name: organisation.name, url: organisation.url },
        article: {
          id: article.id,
          title: article.title,
          url: article.url,
          publisher: article.publisher,
          author: article.author,
          publishedAt: iso(article.publishedAt),
          language: article.language,
          sha256: article.sha256,
          version: article.versionNumber,
        },
        summary: {
          text: summaryText(context.kind, organisation.name, claims.length, withVerdict, verdicts, flagsByKind, corrections),
          claims: claims.length,
          withVerdict,
          verdicts,
          flagsByKind,
          corrections,
          ...(published
            ? {}
            : {
                byStatus: CLAIM_STATUSES.filter((s) => statusCounts.has(s)).map((s) => ({ key: s, label: CLAIM_STATUS_LABELS[s], count: statusCounts.get(s)! })),
                agreement: measureAgreement(claimRows.map((c) => c.verdicts.map((v) => v.rating.slug))),
              }),
        },
        claims,
        flags,
      };
    return [{ report, text: article.text, bounds }];
  });
}

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const list = (counts: readonly ReportCount[]) => counts.map((c) => `${c.count} ${c.label}`).join(", ");
const kinds = (counts: readonly ReportCount[]) => counts.map((c) => `${c.label.toLowerCase()} (${c.count})`).join(", ");

/** The summary paragraph: "Factdesk checked 2 claims in this article: 1 True, 1 False. It found 3 errors: …". */
function summaryText(kind: ReportKind, organisation: string, claims: number, withVerdict: number, verdicts: ReportCount[], flagsByKind: ReportCount[], corrections: number): string {
  const errors = flagsByKind.reduce((n, f) => n + f.count, 0);
  const parts: string[] = [];
  if (kind === "published") {
    parts.push(claims ? `${organisation} checked ${countOf(claims, { one: "claim", other: "claims" })} in this article: ${list(verdicts)}.` : `${organisation} has published no verdict on this article yet.`);
    parts.push(errors ? `It found ${countOf(errors, { one: "error", other: "errors" })} in the article: ${kinds(flagsByKind)}.` : "It confirmed no errors in the article.");
  } else {
    parts.push(`${countOf(claims, { one: "claim", other: "claims" })} on the desk, ${withVerdict} with a final verdict${verdicts.length ? ` (${list(verdicts)})` : ""}.`);
    parts.push(errors ? `${countOf(errors, { one: "flag", other: "flags" })} open or confirmed: ${kinds(flagsByKind)}.` : "No open or confirmed flags.");
  }
  if (corrections) parts.push(`${countOf(corrections, { one: "published verdict was", other: "published verdicts were" })} corrected later.`);
  return parts.join(" ");
}

const PreviousEvidence = z.array(z.object({ id: z.string(), url: z.string(), title: z.string(), publisher: z.string().nullable(), stance: z.string() }));

/** A correction's snapshot of the evidence the earlier verdict rested on, each marked removed once deleted. */
export function previousEvidenceOf(snapshot: unknown, live: ReadonlySet<string>) {
  const parsed = PreviousEvidence.safeParse(snapshot ?? []);
  return (parsed.success ? parsed.data : []).map(({ id, ...e }) => ({ ...e, removed: !live.has(id) }));
}
