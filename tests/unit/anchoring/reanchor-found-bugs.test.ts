// One test per re-anchoring bug found from outside (issue 11), so none comes back.
import { describe, expect, it } from "vitest";
import { createAnchor } from "@/lib/anchoring/create-anchor";
import { reanchor, reanchorAll } from "@/lib/anchoring/reanchor";
import type { TextAnchor } from "@/lib/anchoring/types";

const PARAGRAPHS = [
  "The city council approved the budget on Tuesday after a long debate about the cost of public transit and the state of the roads.",
  "Under the plan, the transit agency will receive $48.6 million next year, up from $45.2 million, and the roads department will get the rest of the money.",
  "The mayor said the vote was a victory for the people of the city, and that the council had listened to the riders who asked for more buses.",
  "Critics said the plan leaves the roads department short of what it needs, and that the council will have to return to the question next spring.",
];

function anchorOn(text: string, quote: string, occurrence = 0): TextAnchor {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`quote not in text: ${quote}`);
  return createAnchor(text, start, start + quote.length);
}

const filler = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of the background section describes earlier meetings of the committee in some detail.`).join("\n\n");

describe("re-anchoring bugs found in issue 11", () => {
  it("swapping two paragraphs keeps every unchanged sentence anchored when the old text is passed", () => {
    // Look-alike paragraphs, as budget stories have: a minimal diff pairs their shared words across the swap.
    const paragraphs = [
      "The council said the budget for the city will rise by 4 percent next year, and the mayor said the plan is fair.",
      "The union said the budget for the schools will fall by 2 percent next year, and the teachers said the plan is unfair.",
      "The agency said the budget for the buses will rise by 6 percent next year, and the riders said the plan is late.",
      "The board said the budget for the parks will stay the same next year, and the residents said the plan is fine.",
    ];
    const old = paragraphs.join("\n\n");
    const quotes = [...paragraphs, ...paragraphs.map((p) => p.slice(0, p.indexOf(",")))];
    const anchors = quotes.map((q) => anchorOn(old, q));
    for (const [i, j] of [[0, 1], [0, 2], [0, 3], [1, 3]] as const) {
      const swapped = [...paragraphs];
      [swapped[i], swapped[j]] = [paragraphs[j] ?? "", paragraphs[i] ?? ""];
      const next = swapped.join("\n\n");
      const results = reanchorAll(anchors, next, old);
      expect(results.map((r) => r.state)).toEqual(quotes.map(() => "anchored"));
      expect(results.map((r) => r.anchor?.start)).toEqual(quotes.map((q) => next.indexOf(q)));
    }
  });

  it("finds a slightly edited short quote that moved far away", () => {
    const quote = "tariffs fell 5 percent";
    const lead = `Officials said ${quote} in March.`;
    const old = `${lead}\n\n${filler(60)}`;
    const moved = `${filler(60)}\n\nOfficials said tariffs fell 6 percent in March.`;
    expect(moved.length).toBeGreaterThan(5000);
    for (const result of [reanchor(anchorOn(old, quote), moved, old), reanchor(anchorOn(old, quote), moved)]) {
      expect(result.state).toBe("fuzzy");
      expect(result.anchor?.exact).toBe("tariffs fell 6 percent");
      expect(result.anchor?.start).toBe(moved.indexOf("tariffs fell 6 percent"));
    }
  });

  it("prefers the anchor's own re-wrapped passage over a verbatim copy elsewhere", () => {
    const sentence = "the transit agency will receive $48.6 million next year";
    const old = `${PARAGRAPHS[1]}\n\n${filler(3)}\n\nA reader wrote in: "${sentence}" is what the flyer said.`;
    const anchor = anchorOn(old, sentence, 0);
    const rewrapped = old.replace(sentence, "the transit agency will\nreceive $48.6 million\nnext year");
    for (const result of [reanchor(anchor, rewrapped, old), reanchor(anchor, rewrapped)]) {
      expect(result.state).toBe("anchored");
      expect(result.anchor?.start).toBe(rewrapped.indexOf("the transit agency will\nreceive"));
    }
  });

  it("does not let a fuzzy match swallow neighbouring text", () => {
    const text = "Vestibulum erat wisi, condimentum sed, commodo vitae, ornare sit amet, wisi.";
    const result = reanchor({ start: 0, end: 13, exact: "commodo cites", prefix: "", suffix: "" }, text);
    expect(result.anchor?.exact).toBe("commodo vitae");

    const old = PARAGRAPHS.join("\n\n");
    const anchor = anchorOn(old, "up from $45.2 million");
    const edited = old.replace("up from $45.2 million, and", "up from $45.1 million, the mayor's office said, and");
    const moved = reanchor(anchor, edited, old);
    expect(moved.state).toBe("fuzzy");
    expect(moved.anchor?.exact).toBe("up from $45.1 million");
  });

  it("counts a prefix that still reads mostly the same even when the character next to the quote changed", () => {
    const old = `The Treasury in Washington said tariffs will fall.\n\n${filler(2)}\n\nThe foreign ministry in Beijing said tariffs will fall.`;
    const anchor = anchorOn(old, "said tariffs will fall", 1);
    // The Beijing sentence moved to the top and gained a word right before the quote; the Washington one is
    // now nearer where the anchor was, so only the prefix can tell them apart.
    const next = `The foreign ministry in Beijing has said tariffs will fall.\n\n${filler(2)}\n\nThe Treasury in Washington said tariffs will fall.`;
    const result = reanchor(anchor, next);
    expect(result.state).toBe("anchored");
    expect(result.anchor?.start).toBe(next.indexOf("has said tariffs") + "has ".length);
  });

  it("does not read an empty prefix as 'starts at a word boundary'", () => {
    const text = "Aenean fermentum, elit eget tincidunt condimentum. Donec non enim in turpis pulvinar facilisis.";
    const result = reanchor({ start: 0, end: 2, exact: "on", prefix: "", suffix: " enim in" }, text);
    expect(result.state).toBe("anchored");
    expect(result.anchor?.start).toBe(text.indexOf("non enim") + 1);
  });

  it("maps a heavily revised long text exactly, with no time budget to run out of", () => {
    const old = Array.from({ length: 40 }, (_, i) => `${i}. ${PARAGRAPHS[i % PARAGRAPHS.length] ?? ""}`).join("\n\n");
    let n = 0;
    // Every tenth word rewritten: a diff cut short by a deadline loses track of the words between.
    const revised = old.replace(/\S+/g, (word) => (++n % 10 === 0 ? `${word.toUpperCase()}x` : word));
    const oldWords = [...old.matchAll(/\S+/g)];
    const newWords = [...revised.matchAll(/\S+/g)];
    const anchors: TextAnchor[] = [];
    const expectedStarts: number[] = [];
    for (let i = 0; i + 9 < oldWords.length; i += 10) {
      // Words i … i+8 of every group of ten are unchanged (word i+9 is the rewritten one).
      const first = oldWords[i];
      const last = oldWords[i + 7];
      if (!first || !last || first.index === undefined || last.index === undefined) continue;
      anchors.push(createAnchor(old, first.index, last.index + last[0].length));
      expectedStarts.push(newWords[i]?.index ?? -1);
    }
    const results = reanchorAll(anchors, revised, old);
    expect(results.map((r) => r.anchor?.start)).toEqual(expectedStarts);
    expect(results.every((r) => r.state === "anchored")).toBe(true);
  });
});
