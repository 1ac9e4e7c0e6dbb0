// Checks built from a kind's principle, on sentences written apart from the corpus: each beside a near
// miss that must stay silent, and each explanation giving the figures it compared.
import { describe, expect, it } from "vitest";
import { anchors, flagsOf, published } from "./helpers";

const june = published("2024-06-15");

describe("numeric.vote-outcome: an outcome word against the vote it reports", () => {
  const rule = (text: string) => flagsOf("numeric.vote-outcome", text, june);

  it("flags a measure that failed with more in favour than against", () => {
    const flags = rule("The school bond measure failed, with 53 percent of voters in favor and 47 percent against.");
    expect(anchors(flags)).toEqual(["53 percent of voters in favor and 47 percent against"]);
    expect(flags[0]?.explanation).toMatch(/53 in favour and 47 against/);
    expect(rule("The school bond measure failed, with 47 percent of voters in favor and 53 percent against.")).toEqual([]);
  });

  it("flags a motion that passed with fewer votes for than against, in either order", () => {
    expect(rule("The council's rezoning motion passed with 4 votes for and 5 against.")).toHaveLength(1);
    expect(rule("The rezoning motion was approved, with 61 members against and 40 in favor.")).toHaveLength(1);
    expect(rule("The rezoning motion was approved, with 40 members against and 61 in favor.")).toEqual([]);
  });

  it("stays silent when the sentence names a bar above a simple majority", () => {
    expect(rule("The levy failed with 55 percent in favor and 45 percent against, short of the two-thirds it needed.")).toEqual([]);
  });
});

describe("temporal.referred-span: a duration pointing back to a dated interval", () => {
  const rule = (text: string) => flagsOf("temporal.referred-span", text, june);

  it("flags 'those N days' that the previous sentence's two dates contradict", () => {
    const flags = rule("The strike began on March 3 and ended on March 12. Production fell sharply during those 20 days.");
    expect(anchors(flags)).toEqual(["20"]);
    expect(flags[0]?.explanation).toMatch(/March 3, 2024 to March 12, 2024, which is 9 days/);
    // Either end counted in or out.
    expect(rule("The strike began on March 3 and ended on March 12. Production fell sharply during those 10 days.")).toEqual([]);
  });

  it("reads weeks within half a week, and only the sentence just before", () => {
    expect(rule("The exhibit ran from May 1 to May 29. Those six weeks drew 40,000 visitors.")).toHaveLength(1);
    expect(rule("The exhibit ran from May 1 to May 29. Those four weeks drew 40,000 visitors.")).toEqual([]);
    expect(rule("The exhibit ran from May 1 to May 29. It drew crowds. Those six weeks were busy for the staff.")).toEqual([]);
  });
});

describe("numeric.comparative-tally: fewer or more against the head-to-head numbers", () => {
  const rule = (text: string) => flagsOf("numeric.comparative-tally", text, june);

  it("flags 'fewer' backed by a tally whose first number is larger", () => {
    const flags = rule("The Bulls committed far fewer turnovers, 19 to 11, and won by eight.");
    expect(anchors(flags)).toEqual(["19 to 11"]);
    expect(flags[0]?.explanation).toMatch(/gives it 19 against 11/);
    expect(rule("The Bulls committed far fewer turnovers, 11 to 19, and won by eight.")).toEqual([]);
  });

  it("flags 'more' backed by a smaller first number, and leaves 'more than' alone", () => {
    expect(rule("She won more service games — 9-14 — than anyone expected.")).toHaveLength(1);
    expect(rule("Rivera grabbed more rebounds, 14 to 9, than any teammate.")).toEqual([]);
    expect(rule("The vote was close: more than 20 abstained, and the bill passed 52 to 48.")).toEqual([]);
  });
});

describe("numeric.added-amount: a percentage change against the amount it adds to a base", () => {
  const rule = (text: string) => flagsOf("numeric.added-amount", text, june);

  it("flags an added amount that is not the stated percentage of the base", () => {
    const flags = rule("The board voted to raise bus fares by 10 percent. The change will add about $0.60 to the standard fare of $2.50.");
    expect(anchors(flags)).toEqual(["about $0.60"]);
    expect(flags[0]?.explanation).toMatch(/10% of \$2\.5 is \$0\.25/);
    expect(rule("The board voted to raise bus fares by 10 percent. The change will add about $0.25 to the standard fare of $2.50.")).toEqual([]);
  });

  it("stays silent without a stated percentage change", () => {
    expect(rule("The board approved new fares. The change will add about $0.60 to the standard fare of $2.50.")).toEqual([]);
  });
});

describe("numeric.remainder: what is left of a divided whole", () => {
  const rule = (text: string) => flagsOf("numeric.remainder", text, june);

  it("flags 'the remaining N' that the part and whole just before contradict", () => {
    const flags = rule("Of the new hires, 45 of the 60 nurses went to the county hospital. The remaining 25 nurses joined clinics.");
    expect(anchors(flags)).toEqual(["25"]);
    expect(flags[0]?.explanation).toMatch(/remains of 60 after 45, which is 15/);
    expect(rule("Of the new hires, 45 of the 60 nurses went to the county hospital. The remaining 15 nurses joined clinics.")).toEqual([]);
  });

  it("stays silent when the remainder counts something else", () => {
    expect(rule("Of the new hires, 45 of the 60 nurses went to the county hospital. The remaining 25 doctors joined clinics.")).toEqual([]);
  });
});

describe("numeric.exceeds-limit: a count above the stated peak or capacity", () => {
  const rule = (text: string) => flagsOf("numeric.exceeds-limit", text, june);

  it("flags a count that remained after a peak but is larger than it", () => {
    const flags = rule("About 15,000 homes were flooded at the peak on Tuesday. By Thursday, 21,000 were still under water.");
    expect(anchors(flags)).toEqual(["21,000"]);
    expect(flags[0]?.explanation).toMatch(/more than the 15,000/);
    expect(rule("About 15,000 homes were flooded at the peak on Tuesday. By Thursday, 9,000 were still under water.")).toEqual([]);
  });

  it("flags a crowd above the stated capacity, unless the text says the limit was broken", () => {
    expect(rule("The stadium has a capacity of 40,000 fans. On Sunday, 52,000 fans watched the final there.")).toHaveLength(1);
    expect(rule("The stadium has a capacity of 40,000 fans. On Sunday, a record 52,000 fans watched the final there.")).toEqual([]);
  });
});
