import type { ArticleReport, ReportClaim } from "./report.types";

/** The ClaimReview numbers of a rating scale: the best and worst `value` of its numeric ratings. */
export interface RatingBounds {
  best: number;
  worst: number;
}

export type ClaimReviewJsonLd = Record<string, unknown> & { "@type": "ClaimReview" };

/**
 * schema.org ClaimReview of each *published* verdict of the report (only schema.org properties, of their
 * types): claimReviewed, reviewRating (ratingValue from the scale's ClaimReview mapping, bestRating,
 * worstRating, alternateName = the label), itemReviewed (a Claim whose appearance is the article as a
 * CreativeWork), author (the organisation), datePublished and url (the verdict's stable public page).
 * Whatever the report's kind, an unpublished verdict never becomes a ClaimReview.
 */
export function toClaimReviews(report: ArticleReport, bounds: RatingBounds): ClaimReviewJsonLd[] {
  return report.claims.filter(isPublishedVerdict).map((claim) => {
    const verdict = claim.verdict!;
    const { article } = report;
    const appearance: Record<string, unknown> = { "@type": "CreativeWork", headline: article.title };
    if (article.url) appearance.url = article.url;
    if (article.author) appearance.author = { "@type": "Person", name: article.author };
    if (article.publisher) appearance.publisher = { "@type": "Organization", name: article.publisher };
    if (article.publishedAt) appearance.datePublished = article.publishedAt.slice(0, 10);
    const itemReviewed: Record<string, unknown> = { "@type": "Claim", appearance };
    if (article.author) itemReviewed.author = { "@type": "Person", name: article.author };
    if (article.publishedAt) itemReviewed.datePublished = article.publishedAt.slice(0, 10);
    const reviewRating: Record<string, unknown> = { "@type": "Rating", bestRating: bounds.best, worstRating: bounds.worst, alternateName: verdict.rating.label };
    if (verdict.rating.value !== null) reviewRating.ratingValue = verdict.rating.value;
    return {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: claim.url!,
      claimReviewed: claim.text,
      reviewBody: verdict.rationale,
      itemReviewed,
      reviewRating,
      author: { "@type": "Organization", name: report.organisation.name, url: report.organisation.url },
      datePublished: claim.publishedAt!.slice(0, 10),
      inLanguage: article.language,
    };
  });
}

function isPublishedVerdict(claim: ReportClaim): boolean {
  return claim.status === "published" && claim.verdict !== null && claim.publishedAt !== null && claim.url !== null;
}

/** The bounds of a rating scale from its ratings' values (True = best). */
export function ratingBounds(values: readonly (number | null)[]): RatingBounds {
  const numbers = values.filter((v): v is number => v !== null);
  return numbers.length ? { best: Math.max(...numbers), worst: Math.min(...numbers) } : { best: 1, worst: 0 };
}
