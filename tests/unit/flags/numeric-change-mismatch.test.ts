import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "numeric.change";

describe("numeric.change", () => {
  it("flags a stated change that does not match its endpoints", () => {
    const flags = flagsOf(rule, "The U.S. will cut tariffs on Chinese goods from 57% to 47%, a 20-point cut.");
    expect(anchors(flags)).toEqual(["20-point cut"]);
    expect(flags[0]?.spans[1]?.exact).toBe("from 57% to 47%");
    expect(flags[0]?.explanation).toContain("10 percentage points");
    expect(anchors(flagsOf(rule, "That lowers the rate from about 57% to 47%, a cut of 20 percentage points."))).toEqual(["cut of 20 percentage points"]);
    expect(anchors(flagsOf(rule, "Uptake fell to 69.4% in the 2024-25 season from 71.0% the winter before, a drop of 2.6 percentage points."))).toEqual([
      "drop of 2.6 percentage points",
    ]);
  });

  it("flags a direction that contradicts the endpoints", () => {
    const flags = flagsOf(rule, "Services inflation slowed to 3.9% from 3.7% in February.");
    expect(flags).toHaveLength(1);
    expect(flags[0]?.severity).toBe("high");
    expect(flags[0]?.spans[0]?.exact).toContain("slowed");
    expect(flagsOf(rule, "Revenue rose from $4.8 billion to $4.2 billion, the company said.")).toHaveLength(1);
  });

  it("accepts matching points, relative percentages, amounts and approximate wording", () => {
    const clean =
      "Tariffs fell from 57% to 47%, a 10-point cut. Core inflation eased to 2.6% from 2.9%, a 0.3-point decline. " +
      "Revenue rose to $4.8 billion from $4.2 billion, an increase of 14%. The deficit narrowed from $3 billion to $2 billion, a $1 billion drop. " +
      "Tariffs fell from 57% to 47%, a 17.5% cut in relative terms. Turnout rose to 40.5% from 38.4%, a 2.1-point increase. " +
      "The price rose from £2.50 to £2.60 and the pass from £75 to £78. The team dropped from No. 2 to No. 5 in the rankings.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });

  it("does not pair a change with a number from another clause", () => {
    const clean = "Tariffs fell from 57% to 47%, while exports grew by 3% over the year.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });
});
