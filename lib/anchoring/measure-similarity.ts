import { distance } from "fastest-levenshtein";

/**
 * Levenshtein ratio (1 = identical, 0 = nothing in common) of two already-normalized strings. Exact and
 * bounded by the strings alone (no time budget), so every machine gets the same answer.
 */
export function measureSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  if (a === b) return 1;
  return 1 - distance(a, b) / longest;
}
