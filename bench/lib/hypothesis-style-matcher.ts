// The baseline of the anchoring benchmark: a quote matcher in the manner of the Hypothesis client (its
// published match-quote algorithm, re-written here): exact occurrences if there are any, else the closest
// approximate matches (approx-string-match, at most min(256, length / 2) errors); each scored 50 × quote +
// 20 × prefix + 20 × suffix + 2 × closeness to the old position; the best wins. No diff of the versions.
import search from "approx-string-match";
import type { TextAnchor } from "../../lib/anchoring/types";

interface Match {
  start: number;
  end: number;
  errors: number;
}

function exactOrApproximate(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) exact.push({ start: at, end: at + pattern.length, errors: 0 });
  return exact.length ? exact : search(text, pattern, maxErrors);
}

function similarity(window: string, wanted: string): number {
  if (wanted.length === 0 || window.length === 0) return 0;
  const [best] = exactOrApproximate(window, wanted, wanted.length);
  return best ? 1 - best.errors / wanted.length : 0;
}

/** The span the matcher picks for the anchor in `text`, or null. */
export function hypothesisStyleMatch(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  const quote = anchor.exact;
  if (quote.length === 0 || text.length === 0) return null;
  const matches = exactOrApproximate(text, quote, Math.min(256, quote.length / 2));
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const prefix = anchor.prefix ? similarity(text.slice(Math.max(0, m.start - anchor.prefix.length), m.start), anchor.prefix) : 1;
    const suffix = anchor.suffix ? similarity(text.slice(m.end, m.end + anchor.suffix.length), anchor.suffix) : 1;
    const position = 1 - Math.abs(m.start - anchor.start) / text.length;
    const score = (50 * (1 - m.errors / quote.length) + 20 * prefix + 20 * suffix + 2 * position) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}
