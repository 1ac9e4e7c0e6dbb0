import DiffMatchPatch from "diff-match-patch";

const dmp = new DiffMatchPatch();
// Quotes are short; a tight deadline keeps a pathological pair from stalling a whole re-anchoring.
dmp.Diff_Timeout = 0.05;

/**
 * Levenshtein ratio (1 = identical, 0 = nothing in common) of two strings, ignoring differences in
 * whitespace runs, which do not change what a quote says.
 */
export function measureSimilarity(a: string, b: string): number {
  const left = a.replace(/\s+/g, " ").trim();
  const right = b.replace(/\s+/g, " ").trim();
  const longest = Math.max(left.length, right.length);
  if (longest === 0) return 1;
  if (left === right) return 1;
  const distance = dmp.diff_levenshtein(dmp.diff_main(left, right, false));
  return 1 - distance / longest;
}
