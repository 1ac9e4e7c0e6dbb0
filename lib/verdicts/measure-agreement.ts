/**
 * How far independent reviewers agree: over claims rated by two or more reviewers, the share of reviewer
 * pairs that gave the same rating (observed pairwise agreement).
 */
export interface Agreement {
  /** Claims rated by at least two reviewers. */
  claims: number;
  /** Reviewer pairs compared, and those that gave the same rating. */
  pairs: number;
  agreeingPairs: number;
  /** agreeingPairs / pairs, or null when nothing could be compared. */
  rate: number | null;
}

export function measureAgreement(ratingsByClaim: string[][]): Agreement {
  let claims = 0;
  let pairs = 0;
  let agreeingPairs = 0;
  for (const ratings of ratingsByClaim) {
    if (ratings.length < 2) continue;
    claims++;
    for (let i = 0; i < ratings.length; i++) {
      for (let j = i + 1; j < ratings.length; j++) {
        pairs++;
        if (ratings[i] === ratings[j]) agreeingPairs++;
      }
    }
  }
  return { claims, pairs, agreeingPairs, rate: pairs ? agreeingPairs / pairs : null };
}
