import { describe, expect, it } from "vitest";
import { createAnchor } from "@/lib/anchoring/create-anchor";
import { toWebAnnotationSelectors } from "@/lib/anchoring/to-web-annotation-selectors";

const TEXT = "The minister said unemployment fell to 4.1 percent in March, the lowest in a decade.";

describe("createAnchor", () => {
  it("takes the exact text with up to 32 characters of context either side", () => {
    const start = TEXT.indexOf("unemployment");
    const end = TEXT.indexOf(" in March");
    const anchor = createAnchor(TEXT, start, end);
    expect(anchor).toEqual({
      start,
      end,
      exact: "unemployment fell to 4.1 percent",
      prefix: "The minister said ",
      suffix: " in March, the lowest in a decad",
    });
    expect(anchor.suffix).toHaveLength(32);
  });

  it("cuts the prefix and suffix at the edges of the text", () => {
    const atStart = createAnchor(TEXT, 0, 3);
    expect(atStart.prefix).toBe("");
    expect(atStart.exact).toBe("The");
    const atEnd = createAnchor(TEXT, TEXT.length - 7, TEXT.length);
    expect(atEnd.exact).toBe("decade.");
    expect(atEnd.suffix).toBe("");
    expect(atEnd.prefix).toBe(TEXT.slice(TEXT.length - 7 - 32, TEXT.length - 7));
  });

  it("honours a custom context length", () => {
    const start = TEXT.indexOf("4.1");
    const anchor = createAnchor(TEXT, start, start + 3, 5);
    expect(anchor.prefix).toBe("l to ");
    expect(anchor.suffix).toBe(" perc");
  });

  it("does not split a surrogate pair in the context", () => {
    const text = "😀abc";
    const anchor = createAnchor(text, 3, 4, 2);
    expect(anchor.exact).toBe("b");
    expect(anchor.prefix).toBe("a");
  });

  it("throws RangeError for empty, reversed or out-of-range spans", () => {
    expect(() => createAnchor(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => createAnchor(TEXT, 6, 5)).toThrow(RangeError);
    expect(() => createAnchor(TEXT, -1, 5)).toThrow(RangeError);
    expect(() => createAnchor(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
    expect(() => createAnchor(TEXT, 0.5, 3)).toThrow(RangeError);
    expect(() => createAnchor("", 0, 0)).toThrow(RangeError);
  });
});

describe("toWebAnnotationSelectors", () => {
  it("returns a TextPositionSelector and a TextQuoteSelector for the same span", () => {
    const start = TEXT.indexOf("4.1 percent");
    const anchor = createAnchor(TEXT, start, start + "4.1 percent".length);
    expect(toWebAnnotationSelectors(anchor)).toEqual([
      { type: "TextPositionSelector", start, end: start + 11 },
      { type: "TextQuoteSelector", exact: "4.1 percent", prefix: anchor.prefix, suffix: anchor.suffix },
    ]);
  });
});
