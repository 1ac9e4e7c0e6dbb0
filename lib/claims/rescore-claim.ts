import { scoreSentence } from "../analysis/score-sentence";

/**
 * Check-worthiness columns for a claim's (new) words, so its score and the reasons shown beside it speak
 * of the text the claim now covers, not the words it had before its span moved or was edited. A claim that
 * never had a score (a reviewer made it by hand) keeps none: the score explains why analysis proposed it.
 */
export function rescoreClaim(claim: { score: number | null }, exact: string): { score: number; reasons: { code: string; label: string; weight: number }[] } | null {
  if (claim.score === null) return null;
  const { score, reasons } = scoreSentence(exact);
  return { score, reasons: reasons.map((r) => ({ code: r.code, label: r.label, weight: r.weight })) };
}

/** The reason labels of a stored `reasons` column, for an audit row. */
export function reasonLabels(reasons: unknown): string[] {
  return Array.isArray(reasons) ? reasons.flatMap((r) => (r && typeof r === "object" && "label" in r && typeof r.label === "string" ? [r.label] : [])) : [];
}
