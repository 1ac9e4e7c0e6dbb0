import DiffMatchPatch from "diff-match-patch";

const dmp = new DiffMatchPatch();

/**
 * How well the text around a candidate span agrees with the anchor's prefix and suffix, from 0 to 1:
 * the characters that match outward from the span's edges, over the characters of context we have.
 * Whitespace runs compare equal, so re-wrapped text still agrees.
 */
export function scoreContext(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const wantedPrefix = prefix.replace(/\s+/g, " ");
  const wantedSuffix = suffix.replace(/\s+/g, " ");
  const total = wantedPrefix.length + wantedSuffix.length;
  if (total === 0) return 1;
  // Take a wider window than needed: collapsing its whitespace may shorten it.
  const before = text.slice(Math.max(0, start - prefix.length * 2 - 8), start).replace(/\s+/g, " ");
  const after = text.slice(end, end + suffix.length * 2 + 8).replace(/\s+/g, " ");
  const prefixAgreement = dmp.diff_commonSuffix(wantedPrefix, before);
  const suffixAgreement = dmp.diff_commonPrefix(wantedSuffix, after);
  return (prefixAgreement + suffixAgreement) / total;
}
