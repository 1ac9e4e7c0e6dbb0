import { describe, expect, it } from "vitest";
import { parseHighlight } from "../../../lib/search/search-claims";

describe("parseHighlight", () => {
  it("splits ts_headline's marks into parts", () => {
    expect(parseHighlight("The \u0002bridge\u0003 \u0002cost\u0003 $120m")).toEqual([
      { text: "The ", match: false },
      { text: "bridge", match: true },
      { text: " ", match: false },
      { text: "cost", match: true },
      { text: " $120m", match: false },
    ]);
  });

  it("keeps a text without marks whole, and an empty one empty", () => {
    expect(parseHighlight("No match <b>here</b>")).toEqual([{ text: "No match <b>here</b>", match: false }]);
    expect(parseHighlight("")).toEqual([]);
  });

  it("marks a match at either end", () => {
    expect(parseHighlight("\u0002Inflation\u0003 rose")).toEqual([
      { text: "Inflation", match: true },
      { text: " rose", match: false },
    ]);
    expect(parseHighlight("rose \u0002sharply\u0003")).toEqual([
      { text: "rose ", match: false },
      { text: "sharply", match: true },
    ]);
  });
});
