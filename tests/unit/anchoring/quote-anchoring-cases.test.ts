import { describe, expect, it } from "vitest";
import { reanchor } from "@/lib/anchoring/reanchor";
import type { TextAnchor } from "@/lib/anchoring/types";
import { QUOTE_CASES, SCORE_ORDER_CASES, type QuoteCase } from "./cases/quote-anchoring-cases";

/** A selector from elsewhere: its position is only the hint of where the quote was. */
function anchorOf(c: Pick<QuoteCase, "exact" | "prefix" | "suffix" | "hint">): TextAnchor {
  const start = c.hint ?? 0;
  return { start, end: start + c.exact.length, exact: c.exact, prefix: c.prefix ?? "", suffix: c.suffix ?? "" };
}

describe("quote-anchoring cases of Hypothesis, dom-anchor-text-quote and approx-string-match", () => {
  it.each(QUOTE_CASES.map((c) => [c.source, c] as const))("%s", (_source, c) => {
    const result = reanchor(anchorOf(c), c.text);
    if (c.expected === null) {
      expect(result.state).toBe("orphaned");
      return;
    }
    expect(result.state).not.toBe("orphaned");
    const found = result.anchor;
    if (!found) throw new Error("no anchor");
    expect(c.text.slice(found.start, found.end)).toBe(found.exact);
    if (c.expected.anyOf) {
      expect(c.expected.anyOf).toContainEqual({ start: found.start, end: found.end });
      return;
    }
    // Whitespace runs do not change what a quote says (Hypothesis compares trimmed text too).
    const foundText = found.exact.replace(/\s+/g, " ").trim();
    if (c.expected.startsWith) expect(foundText.startsWith(c.expected.text)).toBe(true);
    else expect(foundText).toBe(c.expected.text);
    if (c.expected.at !== undefined) expect(found.start).toBe(c.expected.at);
  });

  it.each(SCORE_ORDER_CASES.map((c) => [c.source, c] as const))("%s", (_source, c) => {
    const scores = c.variants.map((v) => reanchor(anchorOf(v), c.text).score);
    for (let i = 1; i < scores.length; i += 1) expect(scores[i]).toBeLessThan(scores[i - 1] ?? 0);
  });
});
