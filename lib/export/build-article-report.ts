import { z } from "zod";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { FLAG_KIND_LABELS, type FlagKind } from "../flags/flag-kinds";
import { CLAIM_STATUS_LABELS } from "../claims/claim-status";
import { measureAgreement, type Agreement } from "../verdicts/measure-agreement";

export const ReportScope = z.enum(["all", "published"], { error: "must be all or published" });
export type ReportScope = z.infer<typeof ReportScope>;

export interface ReportVerdict {
  rating: string;
  ratingSlug: string;
  ratingValue: number | null;
  rationale: string;
  confidence: number;
  reviewer: string;
  approvedBy: string | null;
  approvedAt: string | null;
}

export interface ReportFlag {
  id: string;
  /** The claim it was raised on, when a person flagged a claim. */
  claimId: string | null;
  kind: FlagKind;
  kindLabel: string;
  severity: string;
  status: string;
  source: string;
  explanation: string;
  quote: string;
  start: number;
  end: number;
}

export interface ArticleReport {
  generatedAt: string;
  scope: ReportScope;
  article: {
    id: string;
    title: string;
    url: string | null;
    publisher: string | null;
    author: string | null;
    publishedAt: string | null;
    language: string;
    sha256: string;
    version: number;
  };
  summary: {
    claims: number;
    withFinalVerdict: number;
    byRating: { rating: string; slug: string; count: number }[];
    byStatus: { status: string; label: string; count: number }[];
    flagsByKind: { kind: FlagKind; label: string; count: number }[];
    /** Agreement of independent reviewers (only in the full report: verdicts in progress are not public). */
    agreement: Agreement | null;
  };
  claims: {
    id: string;
    text: string;
    status: string;
    start: number;
    end: number;
    anchorState: string;
    finalVerdict: ReportVerdict | null;
    evidence: { url: string; title: string; publisher: string | null; publishedAt: string | null; stance: string; excerpt: string | null; accessedAt: string }[];
    flags: ReportFlag[];
  }[];
  flags: ReportFlag[];
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * The verdict report of one article. Scope `published` (what viewers and the public get) keeps only
 * published claims' verdicts; dismissed claims and dismissed flags are never reported.
 */
export async function buildArticleReport(articleId: string, scope: ReportScope = "all"): Promise<ArticleReport> {
  const db = getDb();
  const [article, ratings] = await Promise.all([
    db.article.findUnique({
      where: { id: articleId },
      include: {
        claims: {
          where: { status: { not: "dismissed" } },
          orderBy: { start: "asc" },
          include: {
            finalVerdict: { include: { rating: true, reviewer: { select: { name: true } }, approvedBy: { select: { name: true } } } },
            evidence: { orderBy: { createdAt: "asc" } },
            verdicts: { select: { rating: { select: { slug: true } } } },
          },
        },
        flags: { where: { status: { notIn: ["dismissed", "resolved"] } }, orderBy: { start: "asc" }, include: { createdBy: { select: { name: true } } } },
      },
    }),
    db.rating.findMany({ orderBy: { position: "asc" } }),
  ]);
  if (!article) throw new NotFoundError("Article");

  const flags: ReportFlag[] = article.flags.map((f) => ({
    id: f.id,
    claimId: f.claimId,
    kind: f.kind,
    kindLabel: FLAG_KIND_LABELS[f.kind],
    severity: f.severity,
    status: f.status,
    source: f.ruleId ? `rule ${f.ruleId}` : (f.createdBy?.name ?? "reviewer"),
    explanation: f.explanation,
    quote: f.exact,
    start: f.start,
    end: f.end,
  }));
  const claims = article.claims.map((c) => {
    const showVerdict = scope === "all" || c.status === "published";
    const v = showVerdict ? c.finalVerdict : null;
    return {
      id: c.id,
      text: c.text,
      status: c.status,
      start: c.start,
      end: c.end,
      anchorState: c.anchorState,
      finalVerdict: v
        ? {
            rating: v.rating.label,
            ratingSlug: v.rating.slug,
            ratingValue: v.rating.value,
            rationale: v.rationale,
            confidence: v.confidence,
            reviewer: v.reviewer.name,
            approvedBy: v.approvedBy?.name ?? null,
            approvedAt: iso(v.approvedAt),
          }
        : null,
      evidence: showVerdict
        ? c.evidence.map((e) => ({ url: e.url, title: e.title, publisher: e.publisher, publishedAt: iso(e.publishedAt), stance: e.stance, excerpt: e.excerpt, accessedAt: e.accessedAt.toISOString() }))
        : [],
      // A flag belongs to a claim when it was raised on it or lies inside its span.
      flags: flags.filter((f) => f.claimId === c.id || (f.start >= c.start && f.end <= c.end)),
    };
  });

  const countBy = <T,>(items: T[], key: (item: T) => string | null) => {
    const counts = new Map<string, number>();
    for (const item of items) {
      const k = key(item);
      if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  };
  const ratingCounts = countBy(claims, (c) => c.finalVerdict?.ratingSlug ?? null);
  const statusCounts = countBy(claims, (c) => c.status);
  const kindCounts = countBy(flags, (f) => f.kind);

  return {
    generatedAt: new Date().toISOString(),
    scope,
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
      claims: claims.length,
      withFinalVerdict: claims.filter((c) => c.finalVerdict).length,
      byRating: ratings.filter((r) => ratingCounts.has(r.slug)).map((r) => ({ rating: r.label, slug: r.slug, count: ratingCounts.get(r.slug) ?? 0 })),
      byStatus: Object.entries(CLAIM_STATUS_LABELS)
        .filter(([s]) => statusCounts.has(s))
        .map(([status, label]) => ({ status, label, count: statusCounts.get(status) ?? 0 })),
      flagsByKind: (Object.keys(FLAG_KIND_LABELS) as FlagKind[])
        .filter((k) => kindCounts.has(k))
        .map((kind) => ({ kind, label: FLAG_KIND_LABELS[kind], count: kindCounts.get(kind) ?? 0 })),
      agreement: scope === "all" ? measureAgreement(article.claims.map((c) => c.verdicts.map((v) => v.rating.slug))) : null,
    },
    claims,
    flags,
  };
}
