// ICU's sentence segments in windows (icuSentenceSegments) are the ones one pass over the whole text
// gives, and a long text no longer takes quadratic time (found by `npm run fuzz`: 80,000 line separators
// took 86 s).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { icuSentenceSegments, segmentSentences } from "../../../lib/text/segment-sentences";

const whole = (text: string) => [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)].map(({ segment, index }) => ({ segment, index }));
const pieces = ["The council met. ", "Dr. Smith said so. ", "“Is it over?” she asked. ", "U.S. President Jane Doe left.\n", "\n\n", "It cost $1.5 million… Nobody knew. ", "1. ", "a", " ", "\u2028", "e\u0301 ", "👩‍👩‍👧‍👦. ", "שלום. ", "Why? ", "(See p. 4.) "];

describe("icuSentenceSegments", () => {
  it("gives exactly the segments of one pass, whatever the window", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((p) => p.join("")), fc.constantFrom(300, 512, 1000), (text, window) => {
        expect([...icuSentenceSegments(text, window)]).toEqual(whole(text));
      }),
      { numRuns: 300 },
    );
  });

  it("segments 200,000 characters of short lines, line separators or one endless sentence", () => {
    for (const unit of ["\u2028", "A b.\n", "a"]) {
      const text = unit.repeat(200_000 / unit.length);
      expect(segmentSentences(text).length).toBeLessThanOrEqual(40_000);
    }
  }, 120_000);
});
