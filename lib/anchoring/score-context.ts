import search from "approx-string-match";

/**
 * How much of `wanted` (an anchor's prefix or suffix, normalized) the text beside a candidate still reads,
 * from 0 to 1: the fewest edits that turn `wanted` into some part of `window`, over its length. An edit
 * right at the quote's edge costs one character, not the whole context. Null when there is no context to
 * compare (an empty prefix says nothing about where a quote was).
 */
export function scoreContext(window: string, wanted: string): number | null {
  if (wanted.length === 0) return null;
  if (window.length === 0) return 0;
  if (window.includes(wanted)) return 1;
  const [best] = search(window, wanted, wanted.length);
  return best ? Math.max(0, 1 - best.errors / wanted.length) : 0;
}
