import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "numeric.total";

describe("numeric.total", () => {
  it("flags counts that add up to more than the total they divide", () => {
    const flags = flagsOf(rule, "Of the 15 council seats on the ballot, Democrats won 8, Republicans won 6 and 2 are undecided.");
    expect(anchors(flags)).toEqual(["Of the 15 council"]);
    expect(flags[0]?.explanation).toContain("16");
    expect(flags[0]?.spans.slice(1).map((s) => s.exact)).toEqual(["8", "6", "2"]);
    expect(flagsOf(rule, "Of the 11 instruments proposed, five were selected, three were merged and four were dropped.")).toHaveLength(1);
  });

  it("flags shares of one group that sum past 100%", () => {
    const flags = flagsOf(rule, "Of those surveyed, 64% said they intended to be vaccinated, 38% said they did not and 8% were undecided.");
    expect(flags).toHaveLength(1);
    expect(flags[0]?.explanation).toContain("110%");
  });

  it("leaves alone totals that add up, subsets, bounds and unrelated percentages", () => {
    const clean =
      "Of the 20 member states, 12 reported lower inflation, six reported higher rates and two were unchanged. " +
      "Of the 40 players, 25 were foreign, including 18 from Brazil. " +
      "Of the 14 committee members, 9 voted in favour, 4 voted against and 1 abstained. " +
      "Of the 26 players in the squad, 14 came through the academy in more than 10 years. " +
      "Lopez won 51.3% of the vote to Harris's 46.2%. " +
      "Inflation rose 2.2% while wages grew 4% and rents rose 6%, up from 98% of the 2019 level.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });
});
