import { locateAnchor } from "./locate-anchor";
import { prepareReanchorTarget } from "./prepare-reanchor-target";
import type { ReanchorResult, TextAnchor } from "./types";

/**
 * Re-finds one anchor in a new version of its text, by quote. Pass the version the anchor was made on as
 * `oldText` when you have it: the old→new diff then tells where the anchor is expected.
 */
export function reanchor(anchor: TextAnchor, newText: string, oldText?: string): ReanchorResult {
  const [result] = reanchorAll([anchor], newText, oldText);
  return result ?? { state: "orphaned", anchor: null, score: 0 };
}

/**
 * Re-anchors many anchors on the same new text, sharing the diff and other per-text work.
 * Returns exactly one result per anchor, in the same order; anchors not found are "orphaned", never dropped.
 */
export function reanchorAll(anchors: TextAnchor[], newText: string, oldText?: string): ReanchorResult[] {
  const target = prepareReanchorTarget(newText, oldText);
  return anchors.map((anchor) => locateAnchor(anchor, target));
}
