import { buildPositionMap, type PositionMap } from "./build-position-map";
import { normalizeText, type NormalizedText } from "./normalize-text";
import type { TextAnchor } from "./types";

/** What the old→new diff says about a candidate span for one anchor. */
export interface SpanOrigin {
  /** Share of the span's characters that are unchanged text from the anchor's own old span (0 to 1). */
  own: number;
  /** Share that is unchanged text from elsewhere in the old text: another passage that reads the same. */
  elsewhere: number;
}

/** The new text with what re-anchoring needs from it, computed once and shared by all anchors. */
export interface ReanchorTarget {
  text: string;
  /** The new text normalized for matching (whitespace runs, quote marks, dashes folded). */
  normalized: NormalizedText;
  /**
   * Where the old→new diff puts the anchor's span, or null without an old text the anchor belongs to
   * (an anchor whose quote is not at its offsets in the old text was made on another version).
   */
  mapSpan(anchor: TextAnchor): { start: number; end: number } | null;
  /** Where the new span [start, end) came from, or null without an old text the anchor belongs to. */
  originOf(anchor: TextAnchor, start: number, end: number): SpanOrigin | null;
  /**
   * True when `folded` (normalized text) already stood in the old text somewhere clear of the anchor's
   * span: a twin of the anchor's words that was there before. False without an old text the anchor belongs to.
   */
  stoodElsewhereInOld(anchor: TextAnchor, folded: string): boolean;
}

export function prepareReanchorTarget(newText: string, oldText?: string): ReanchorTarget {
  let positions: PositionMap | null = null;
  const belongs = (anchor: TextAnchor): boolean => oldText !== undefined && oldText.slice(anchor.start, anchor.end) === anchor.exact;
  const map = (): PositionMap => (positions ??= buildPositionMap(oldText ?? "", newText));
  let oldNormalized: NormalizedText | null = null;
  return {
    text: newText,
    normalized: normalizeText(newText),
    mapSpan(anchor) {
      if (!belongs(anchor)) return null;
      if (oldText === newText) return { start: anchor.start, end: anchor.end };
      return { start: map().toNewStart(anchor.start), end: map().toNewEnd(anchor.end) };
    },
    originOf(anchor, start, end) {
      if (!belongs(anchor) || end <= start) return null;
      const length = end - start;
      if (oldText === newText) {
        const own = Math.max(0, Math.min(end, anchor.end) - Math.max(start, anchor.start));
        return { own: own / length, elsewhere: (length - own) / length };
      }
      const { inside, outside } = map().originOf(start, end, anchor.start, anchor.end);
      return { own: inside / length, elsewhere: outside / length };
    },
    stoodElsewhereInOld(anchor, folded) {
      if (!belongs(anchor) || folded.length === 0) return false;
      oldNormalized ??= normalizeText(oldText ?? "");
      const old = oldNormalized;
      for (let at = old.text.indexOf(folded); at !== -1; at = old.text.indexOf(folded, at + 1)) {
        const start = old.starts[at] ?? 0;
        const end = old.ends[at + folded.length - 1] ?? 0;
        if (end <= anchor.start || start >= anchor.end) return true;
      }
      return false;
    },
  };
}
