/**
 * A W3C Web Annotation anchor: a TextPositionSelector (start, end) and a TextQuoteSelector
 * (exact, prefix, suffix) for the same span. Offsets are UTF-16 code units, end exclusive.
 */
export interface TextAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorState = "anchored" | "fuzzy" | "orphaned";

export interface ReanchorResult {
  state: AnchorState;
  /** Present unless orphaned. */
  anchor: TextAnchor | null;
  /**
   * How well the found span matches the quote and its context, 0 to 1 (Hypothesis's match-quote weights:
   * quote 50, prefix 20, suffix 20, position 2); 0 when orphaned.
   */
  score: number;
}
