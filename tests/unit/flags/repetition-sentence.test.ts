import { describe, expect, it } from "vitest";
import { flagsOf } from "./helpers";

const rule = "repetition.sentence";

describe("repetition.sentence", () => {
  it("flags a sentence repeated nearly word for word far from the first", () => {
    const first = "Kingsbridge had looked the stronger side for most of the first half and took the lead when Rossi scored.";
    const filler = " Ashford equalised after the break. The crowd of 84,211 was the largest since 2007. Benton praised her players.";
    const second = " Kingsbridge had looked the stronger side for most of the first half and took the lead when Rossi struck.";
    const flags = flagsOf(rule, first + filler + second);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.spans[0]?.exact).toBe(second.trim());
    expect(flags[0]?.spans[1]?.exact).toBe(first);
    expect(flags[0]?.kind).toBe("duplicated_passage");
  });

  it("leaves alone sentences that only share a structure", () => {
    const clean =
      "Sales to professional contractors grew 19% in the quarter, the company said on Tuesday. " +
      "Sales to retail customers grew 6% in the quarter, helped by a new line of cordless drills. " +
      "Short sentences repeat. Short sentences repeat.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });
});
