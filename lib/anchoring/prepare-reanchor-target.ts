import { buildPositionMap, type PositionMap } from "./build-position-map";
import { collapseWhitespace, type CollapsedText } from "./collapse-whitespace";
import type { TextAnchor } from "./types";

/** The new text with what re-anchoring needs from it, computed once and shared by all anchors. */
export interface ReanchorTarget {
  text: string;
  /** Where the old→new diff puts the anchor's span, or null without an old text the anchor belongs to. */
  mapSpan(anchor: TextAnchor): { start: number; end: number } | null;
  /**
   * True when both ends of the new span [start, end) are unchanged text that stood, in the old text, clear of
   * the anchor's span: another passage that happens to read the same, not the anchor moved or edited.
   * Always false without an old text the anchor belongs to.
   */
  isOtherOldPassage(anchor: TextAnchor, start: number, end: number): boolean;
  /** The new text with whitespace runs collapsed (built on first use). */
  collapsed(): CollapsedText;
}

export function prepareReanchorTarget(newText: string, oldText?: string): ReanchorTarget {
  let positions: PositionMap | null = null;
  let collapsed: CollapsedText | null = null;
  return {
    text: newText,
    mapSpan(anchor) {
      // An anchor whose quote is not at its position in oldText was made on another version: its offsets
      // would map to the wrong place.
      if (oldText === undefined || oldText.slice(anchor.start, anchor.end) !== anchor.exact) return null;
      if (oldText === newText) return { start: anchor.start, end: anchor.end };
      positions ??= buildPositionMap(oldText, newText);
      return { start: positions.toNewStart(anchor.start), end: positions.toNewEnd(anchor.end) };
    },
    isOtherOldPassage(anchor, start, end) {
      if (oldText === undefined || oldText.slice(anchor.start, anchor.end) !== anchor.exact) return false;
      if (end <= start) return false;
      let oldStart: number | null = start;
      let oldLast: number | null = end - 1;
      if (oldText !== newText) {
        positions ??= buildPositionMap(oldText, newText);
        oldStart = positions.toOld(start);
        oldLast = positions.toOld(end - 1);
      }
      return oldStart !== null && oldLast !== null && (oldLast < anchor.start || oldStart >= anchor.end);
    },
    collapsed() {
      collapsed ??= collapseWhitespace(newText);
      return collapsed;
    },
  };
}
