import { scoreContext } from "./score-context";
import type { TextAnchor } from "./types";

export interface Span {
  start: number;
  end: number;
}

export interface ChosenOccurrence extends Span {
  /** Agreement of the surrounding text with the anchor's prefix and suffix, 0 to 1. */
  context: number;
}

// Below this, an unchanged span the diff maps onto is no longer trusted over better-placed duplicates.
const MIN_CONTEXT_FOR_MAPPED = 0.5;
const EPSILON = 1e-9;

/**
 * Picks which of several places where the quote occurs is the anchor's: the one the old→new diff maps the
 * span onto (direct evidence of identity) unless its context has changed beyond recognition; otherwise the
 * best prefix/suffix agreement, then the nearest to where the anchor is expected.
 */
export function chooseOccurrence(
  text: string,
  occurrences: Span[],
  anchor: TextAnchor,
  expected: number,
  mapped: Span | null,
): ChosenOccurrence | null {
  let best: ChosenOccurrence | null = null;
  for (const occurrence of occurrences) {
    const context = scoreContext(text, occurrence.start, occurrence.end, anchor.prefix, anchor.suffix);
    const candidate = { ...occurrence, context };
    if (mapped && occurrence.start === mapped.start && occurrence.end === mapped.end && context >= MIN_CONTEXT_FOR_MAPPED) {
      return candidate;
    }
    if (
      !best ||
      context > best.context + EPSILON ||
      (Math.abs(context - best.context) <= EPSILON && Math.abs(occurrence.start - expected) < Math.abs(best.start - expected))
    ) {
      best = candidate;
    }
  }
  return best;
}
