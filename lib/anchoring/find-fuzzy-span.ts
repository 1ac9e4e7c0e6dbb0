import DiffMatchPatch from "diff-match-patch";
import { refineSpan, type ScoredSpan } from "./refine-span";
import type { TextAnchor } from "./types";

/** Below this Levenshtein ratio to the old quote, a found passage is no longer the same claim. */
export const MIN_FUZZY_SIMILARITY = 0.75;

// Bitap handles patterns of at most 32 characters (Match_MaxBits), so long quotes are searched by pieces.
const SEED_LENGTH = 32;
const MIN_SEED_LENGTH = 8;
// match_main is O(window × errors): searching the whole of a long text for every anchor is what makes naive
// re-anchoring slow, so it looks only this far either side of where the anchor is expected.
const SEARCH_RADIUS = 2000;
const MAX_GLOBAL_SEED_HITS = 3;

interface Span {
  start: number;
  end: number;
}

/**
 * Finds the passage of `text` that is most like the anchor's quote, when the quote itself no longer occurs.
 * Rough spans come from the old→new diff (`mapped`), then from searching pieces of the quote and of its
 * context near `expected`, then from exact look-ups of those pieces anywhere; each is refined to word
 * boundaries and kept only if it reads like the quote and `isAcceptable` (not some other passage).
 */
export function findFuzzySpan(
  text: string,
  anchor: TextAnchor,
  expected: number,
  mapped: Span | null,
  isAcceptable: (span: Span) => boolean = () => true,
): ScoredSpan | null {
  const exact = anchor.exact;
  if (mapped && mapped.end > mapped.start) {
    const refined = refineSpan(text, mapped.start, mapped.end, exact);
    if (refined && refined.similarity >= MIN_FUZZY_SIMILARITY) return refined;
  }

  const seedLength = Math.min(SEED_LENGTH, exact.length);
  const head = exact.slice(0, seedLength);
  const tail = exact.slice(exact.length - seedLength);
  const prefixSeed = anchor.prefix.slice(-SEED_LENGTH);
  const suffixSeed = anchor.suffix.slice(0, SEED_LENGTH);

  const dmp = new DiffMatchPatch();
  dmp.Match_Threshold = 0.4;
  dmp.Match_Distance = SEARCH_RADIUS;
  const windowStart = Math.max(0, expected - SEARCH_RADIUS);
  const windowText = text.slice(windowStart, Math.min(text.length, expected + exact.length + SEARCH_RADIUS));
  const near = (pattern: string, at: number): number | null => {
    if (pattern.trim().length < Math.min(MIN_SEED_LENGTH, exact.length)) return null;
    const found = dmp.match_main(windowText, pattern, Math.max(0, at - windowStart));
    return found === -1 ? null : windowStart + found;
  };

  const rough: Span[] = [];
  const headAt = near(head, expected);
  const tailAt = near(tail, expected + exact.length - tail.length);
  addFromEdges(rough, headAt, tailAt === null ? null : tailAt + tail.length, exact.length);
  const prefixAt = near(prefixSeed, expected - prefixSeed.length);
  const suffixAt = near(suffixSeed, expected + exact.length);
  addFromEdges(rough, prefixAt === null ? null : prefixAt + prefixSeed.length, suffixAt, exact.length);

  // Far moves (a paragraph cut and pasted elsewhere) without an old text to diff: exact pieces anywhere.
  if (exact.length > SEED_LENGTH) {
    for (const at of occurrencesNearest(text, head, expected)) addFromEdges(rough, at, null, exact.length);
    for (const at of occurrencesNearest(text, tail, expected)) addFromEdges(rough, null, at + tail.length, exact.length);
  }

  let best: ScoredSpan | null = null;
  const seen = new Set<string>();
  for (const span of rough) {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const refined = refineSpan(text, span.start, span.end, exact);
    if (!refined || refined.similarity < MIN_FUZZY_SIMILARITY || !isAcceptable(refined)) continue;
    if (
      !best ||
      refined.similarity > best.similarity ||
      (refined.similarity === best.similarity && Math.abs(refined.start - expected) < Math.abs(best.start - expected))
    ) {
      best = refined;
    }
  }
  return best;
}

/** Rough spans from a found start and/or end: both when they bound a plausible length, else each alone. */
function addFromEdges(into: Span[], start: number | null, end: number | null, length: number): void {
  if (start !== null && end !== null && end - start >= length * 0.5 && end - start <= length * 1.5 + SEED_LENGTH) {
    into.push({ start, end });
  }
  if (start !== null) into.push({ start, end: start + length });
  if (end !== null) into.push({ start: Math.max(0, end - length), end });
}

function occurrencesNearest(text: string, needle: string, expected: number): number[] {
  if (needle.trim().length < MIN_SEED_LENGTH) return [];
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && found.length < 1000; at = text.indexOf(needle, at + 1)) found.push(at);
  return found.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected)).slice(0, MAX_GLOBAL_SEED_HITS);
}
