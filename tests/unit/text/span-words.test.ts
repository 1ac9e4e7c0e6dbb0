import { describe, expect, it } from "vitest";
import { contextAfter, contextBefore, nudgeSpan, wordBounds, wordsOf } from "@/lib/text/span-words";

const TEXT = "Officials said the tunnel would cut commuting times by half.\n\nCritics disagreed.";

describe("span words", () => {
  const words = wordBounds(TEXT);
  const span = { start: TEXT.indexOf("tunnel"), end: TEXT.indexOf("tunnel") + "tunnel".length };

  it("moves either end by a word and never empties the span", () => {
    expect(TEXT.slice(...Object.values(nudgeSpan(words, span, "start-earlier")))).toBe("the tunnel");
    expect(TEXT.slice(...Object.values(nudgeSpan(words, span, "end-later")))).toBe("tunnel would");
    expect(nudgeSpan(words, span, "start-later")).toEqual(span);
    expect(nudgeSpan(words, span, "end-earlier")).toEqual(span);
    expect(nudgeSpan(words, { start: 0, end: 9 }, "start-earlier")).toEqual({ start: 0, end: 9 });
  });

  it("lists a span's words with their offsets", () => {
    expect(wordsOf(TEXT, span.start - 4, span.end)).toEqual([
      { start: span.start - 4, text: "the" },
      { start: span.start, text: "tunnel" },
    ]);
  });

  it("shows context within the paragraph, marking a cut", () => {
    expect(contextBefore(TEXT, span.start)).toBe("Officials said the ");
    expect(contextAfter(TEXT, span.end)).toBe(" would cut commuting times by half.");
    const critics = TEXT.indexOf("Critics");
    expect(contextBefore(TEXT, critics)).toBe("");
    const long = `${"word ".repeat(30)}end`;
    expect(contextBefore(long, long.length).startsWith("…")).toBe(true);
    expect(contextAfter(long, 0).endsWith("…")).toBe(true);
  });
});
