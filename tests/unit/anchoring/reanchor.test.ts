import { describe, expect, it } from "vitest";
import { createAnchor } from "@/lib/anchoring/create-anchor";
import { reanchor, reanchorAll } from "@/lib/anchoring/reanchor";
import type { TextAnchor } from "@/lib/anchoring/types";

const OLD = [
  "At a summit held in Busan on October 30, 2025, the two presidents met for the first time since 2019.",
  "The United States will reduce tariffs on Chinese imports from 57 percent to 47 percent.",
  "In turn, China agreed to resume large-scale soybean purchases and to ease export controls on rare earths.",
  "Analysts said the outcome appears more favourable for China than previously anticipated.",
].join("\n\n");

function anchorOn(text: string, quote: string, occurrence = 0): TextAnchor {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`quote not in text: ${quote}`);
  return createAnchor(text, start, start + quote.length);
}

describe("reanchor", () => {
  it("keeps an anchor on unchanged text where it was", () => {
    const anchor = anchorOn(OLD, "reduce tariffs on Chinese imports");
    expect(reanchor(anchor, OLD, OLD)).toMatchObject({ state: "anchored", anchor });
    expect(reanchor(anchor, OLD)).toMatchObject({ state: "anchored", anchor });
  });

  it("shifts the offsets after an insertion before the span", () => {
    const anchor = anchorOn(OLD, "resume large-scale soybean purchases");
    const inserted = "Editor's note: this article was updated on November 2.\n\n";
    const next = inserted + OLD;
    for (const result of [reanchor(anchor, next, OLD), reanchor(anchor, next)]) {
      expect(result.state).toBe("anchored");
      expect(result.anchor?.start).toBe(anchor.start + inserted.length);
      expect(result.anchor?.end).toBe(anchor.end + inserted.length);
      expect(result.anchor?.exact).toBe(anchor.exact);
    }
  });

  it("finds an edited span fuzzily and takes the edited words as the new quote", () => {
    const anchor = anchorOn(OLD, "reduce tariffs on Chinese imports from 57 percent to 47 percent");
    const next = OLD.replace("from 57 percent to 47 percent", "from 57 percent to 45 percent");
    for (const result of [reanchor(anchor, next, OLD), reanchor(anchor, next)]) {
      expect(result.state).toBe("fuzzy");
      expect(result.anchor?.exact).toBe("reduce tariffs on Chinese imports from 57 percent to 45 percent");
      expect(next.slice(result.anchor?.start, result.anchor?.end)).toBe(result.anchor?.exact);
    }
  });

  it("snaps a fuzzy span to whole words when the edit touches its edges", () => {
    const anchor = anchorOn(OLD, "the outcome appears more favourable for China");
    const next = OLD.replace("the outcome appears more favourable for China", "the outcome appears more favourable to Beijing");
    for (const result of [reanchor(anchor, next, OLD), reanchor(anchor, next)]) {
      expect(result.state).toBe("fuzzy");
      expect(result.anchor?.exact).toBe("the outcome appears more favourable to Beijing");
    }
  });

  it("orphans an anchor whose passage was deleted", () => {
    const anchor = anchorOn(OLD, "ease export controls on rare earths");
    const paragraphs = OLD.split("\n\n");
    const next = [paragraphs[0], paragraphs[1], paragraphs[3]].join("\n\n");
    expect(reanchor(anchor, next, OLD)).toMatchObject({ state: "orphaned", anchor: null });
    expect(reanchor(anchor, next)).toMatchObject({ state: "orphaned", anchor: null });
  });

  it("orphans an anchor whose passage was rewritten beyond recognition", () => {
    const anchor = anchorOn(OLD, "the two presidents met for the first time since 2019");
    const next = OLD.replace("the two presidents met for the first time since 2019", "talks ended without a joint statement");
    expect(reanchor(anchor, next, OLD).state).toBe("orphaned");
  });

  it("chooses between two occurrences of the quote by their context", () => {
    const text = "Officials in Washington said tariffs will fall. Officials in Beijing said tariffs will fall.";
    const anchor = anchorOn(text, "said tariffs will fall", 1);
    expect(anchor.prefix).toContain("Beijing");
    const next = "Update. " + text.replace("Washington said", "Washington, meanwhile, said");
    for (const result of [reanchor(anchor, next, text), reanchor(anchor, next)]) {
      expect(result.state).toBe("anchored");
      expect(result.anchor?.start).toBe(next.indexOf("Beijing said") + "Beijing ".length);
    }
  });

  it("disambiguates a quote that now appears twice", () => {
    const anchor = anchorOn(OLD, "47 percent");
    const next = "Reports had said tariffs would settle at 47 percent. " + OLD;
    const result = reanchor(anchor, next);
    expect(result.state).toBe("anchored");
    expect(result.anchor?.start).toBe(next.indexOf("to 47 percent") + 3);
    expect(reanchor(anchor, next, OLD).anchor?.start).toBe(result.anchor?.start);
  });

  it("survives whitespace-only changes inside and around the span", () => {
    const anchor = anchorOn(OLD, "resume large-scale soybean purchases and to ease");
    const next = OLD.replace("resume large-scale soybean purchases and to ease", "resume  large-scale soybean\npurchases and to ease").replace(
      "In turn, ",
      "In turn,   ",
    );
    for (const result of [reanchor(anchor, next, OLD), reanchor(anchor, next)]) {
      expect(result.state).toBe("anchored");
      expect(result.anchor?.exact).toBe("resume  large-scale soybean\npurchases and to ease");
    }
  });

  it("does not take a quote found inside a longer, edited word as an exact match", () => {
    const anchor = anchorOn(OLD, "Analysts said the outcome appears more favourable");
    const next = OLD.replace("more favourable", "more favourableness");
    const result = reanchor(anchor, next, OLD);
    expect(result.state).toBe("fuzzy");
    expect(result.anchor?.exact).toBe("Analysts said the outcome appears more favourableness");
  });

  it("with the old text, does not jump onto an unchanged twin of an edited or deleted passage", () => {
    const block = "The ministry said exports rose by 12 percent last year.";
    const old = `${block}\n\nA second section follows here.\n\n${block}`;
    const anchor = anchorOn(old, "exports rose by 12 percent", 1);
    const edited = old.slice(0, old.lastIndexOf(block)) + block.replace("12 percent", "13 percent");
    const result = reanchor(anchor, edited, old);
    expect(result.state).toBe("fuzzy");
    expect(result.anchor?.start).toBe(edited.lastIndexOf("exports rose by 13 percent"));
    const deleted = old.slice(0, old.lastIndexOf(block));
    expect(reanchor(anchor, deleted, old).state).toBe("orphaned");
  });

  it("orphans every anchor on an empty new text", () => {
    const anchor = anchorOn(OLD, "Analysts said");
    expect(reanchor(anchor, "", OLD)).toMatchObject({ state: "orphaned", anchor: null });
  });

  it("ignores an old text the anchor does not belong to", () => {
    const anchor = anchorOn(OLD, "soybean purchases");
    const result = reanchor(anchor, OLD, "something else entirely");
    expect(result).toMatchObject({ state: "anchored", anchor });
  });
});

describe("reanchorAll", () => {
  it("returns one result per anchor, in order, orphans included", () => {
    const anchors = [
      anchorOn(OLD, "Analysts said"),
      anchorOn(OLD, "ease export controls on rare earths"),
      anchorOn(OLD, "summit held in Busan"),
      anchorOn(OLD, "from 57 percent to 47 percent"),
    ];
    const paragraphs = OLD.split("\n\n");
    const next = ["Preface.", paragraphs[0], paragraphs[1]?.replace("47 percent", "45 percent"), paragraphs[3]].join("\n\n");
    const results = reanchorAll(anchors, next, OLD);
    expect(results.map((r) => r.state)).toEqual(["anchored", "orphaned", "anchored", "fuzzy"]);
    expect(results[0]?.anchor?.exact).toBe("Analysts said");
    expect(results[2]?.anchor?.start).toBe(next.indexOf("summit held in Busan"));
    expect(results[3]?.anchor?.exact).toBe("from 57 percent to 45 percent");
    expect(reanchorAll([], next, OLD)).toEqual([]);
  });

  it("re-anchors every anchor of a long text", () => {
    const paragraph = OLD.split("\n\n");
    const parts: string[] = [];
    for (let i = 0; i < 120; i += 1) parts.push(`${i}. ${paragraph[i % paragraph.length] ?? ""}`);
    const text = parts.join("\n\n");
    const anchors: TextAnchor[] = [];
    for (let i = 0; i < 500; i += 1) {
      const start = Math.floor((i / 500) * (text.length - 40));
      anchors.push(createAnchor(text, start, start + 30));
    }
    const next = "New lead paragraph.\n\n" + text.replace("57 percent", "55 percent");
    const results = reanchorAll(anchors, next, text);
    expect(results).toHaveLength(500);
    expect(results.filter((r) => r.state === "orphaned")).toHaveLength(0);
  });
});
