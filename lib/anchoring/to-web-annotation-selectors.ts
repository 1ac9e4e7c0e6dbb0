import type { TextAnchor } from "./types";

export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };
export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };

/** The anchor as the two W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export function toWebAnnotationSelectors(anchor: TextAnchor): [TextPositionSelector, TextQuoteSelector] {
  return [
    { type: "TextPositionSelector", start: anchor.start, end: anchor.end },
    { type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
  ];
}
