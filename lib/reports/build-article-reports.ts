import "server-only";
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
import { REPORT_SCHEMA_VERSION, type ArticleReport, type ReportClaim, type ReportCount, type ReportFlag, type ReportKind, type ReportRating, type ReportVerdict } from "./report.types";

export interface ReportContext {
  kind: ReportKind;
  /** Defaults: now, the app's public URL, the organisation's settings and rating scale as stored. */
  now?: Date;
  baseUrl?: string;
  organisation?: OrganisationSettings;
  /** Who reads it: a reviewer's working report keeps blind second review (lib/verdicts/verdict-visibility.ts isBlindTo). */
  reader?: Pick<Actor, "id" | "role">;
  /** Keeps only these claims (a cross-article export's filters), within what the kind allows. */
  claimWhere?: Prisma.ClaimWhereInput;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

const verdictInclude = {
  rating: true,
  reviewer: { select: { name: true } },
  approvedBy: { select: { name: true } },
  evidence: { select: { evidenceId: true } },
} as const;

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
  const [articles, ratings, organisation] = await Promise.all([
    db.article.findMany({
      where: { id: { in: [...articleIds] } },
      include: {
        claims: {
          where: { AND: [published ? { status: "published", finalVerdictId: { not: null } } : {}, context.claimWhere ?? {}] },
          orderBy: [{ start: "asc" }, { id: "asc" }],
          include: {
            finalVerdict: { include: verdictInclude },
            verdicts: published ? false : { include: verdictInclude, orderBy: [{ ratedAt: "asc" }, { id: "asc" }] },
            evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
            corrections: { where: published ? { publishedAt: { not: null } } : {}, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
          },
        },
        flags: { where: published ? { status: "confirmed" } : {}, orderBy: [{ start: "asc" }, { id: "asc" }] },
      },
    }),
    db.rating.findMany({ orderBy: { position: "asc" } }),
    context.organisation ?? getOrganisationSettings(db),
  ]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const baseUrl = context.baseUrl ?? publicBaseUrl();
  const generatedAt = (context.now ?? new Date()).toISOString();
  const showReviewers = !published || organisation.reportsNameReviewers;
  const bounds = ratingBounds(ratings.filter((r) => !r.isDismissal).map((r) => r.value));

  const toRating = (r: { slug: string; label: string; value: number | null; color: string }): ReportRating => ({ slug: r.slug, label: r.label, value: r.value, color: r.color });
  type LoadedVerdict = NonNullable<(typeof articles)[number]["claims"][number]["finalVerdict"]>;
  const toVerdict = (v: LoadedVerdict): ReportVerdict => ({
    id: v.id,
    rating: toRating(v.rating),
    rationale: v.rationale,
    reviewer: showReviewers ? v.reviewer.name : null,
    approvedBy: showReviewers ? (v.approvedBy?.name ?? null) : null,
    ratedAt: v.ratedAt.toISOString(),
    approvedAt: iso(v.approvedAt),
    evidenceIds: v.evidence.map((e) => e.evidenceId).sort(),
    ...(published ? {} : { confidence: v.confidence }),
  });

  return articleIds.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    const sentences = segmentSentences(article.text);
    const sentenceOf = (start: number, end: number) => {
      const inside = sentences.filter((s) => s.end > start && s.start < Math.max(end, start + 1));
      return inside.length ? article.text.slice(inside[0]!.start, inside[inside.length - 1]!.end) : article.text.slice(start, end);
    };

    // A flag belongs to one claim: the one it was raised on, else the first whose words contain it.
    const claimRows = article.claims;
    const ownerOf = (f: { claimId: string | null; start: number; end: number }) =>
      (f.claimId && claimRows.some((c) => c.id === f.claimId) ? f.claimId : null) ?? claimRows.find((c) => f.start >= c.start && f.end <= c.end)?.id ?? null;
    const flags: ReportFlag[] = article.flags.map((f) => ({
      id: f.id,
      claimId: ownerOf(f),
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
        flagIds: flags.filter((f) => f.claimId === c.id).map((f) => f.id),
        corrections: c.corrections.map((k) => ({
          id: k.id,
          reason: k.reason,
          previousRating: k.previousRatingLabel,
          previousRationale: k.previousRationale,
          previousPublishedAt: iso(k.previousPublishedAt),
          newRating: k.newRatingLabel,
          newRationale: k.newRationale,
          publishedAt: iso(k.publishedAt),
        })),
        ...(published
          ? {}
          : {
              proposedVerdicts: context.reader && isBlindTo(context.reader, c.status, (c.verdicts as LoadedVerdict[]).map((v) => v.reviewerId)) ? [] : (c.verdicts as LoadedVerdict[]).map(toVerdict),
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
                agreement: measureAgreement(claimRows.map((c) => (c.verdicts as LoadedVerdict[]).map((v) => v.rating.slug))),
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
