// The numeric detectors on the cases reviewers found missed, each beside its correct twin.
import { describe, expect, it } from "vitest";
import { anchors, flagsOfKind, published } from "./helpers";

const june = published("2025-06-12");

describe("numeric.stated-change", () => {
  it("flags a percentage change its two ends contradict, and says what it is", () => {
    const flags = flagsOfKind("numeric_inconsistency", "Quarterly revenue climbed from $45.2M to $48.6M, a 6 percent rise, the company said.", june);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.spans[0]?.exact).toContain("6 percent");
    expect(flags[0]?.explanation).toMatch(/7\.5%/);
  });

  it("accepts the right change, rounding and hedges", () => {
    expect(flagsOfKind("numeric_inconsistency", "Quarterly revenue climbed from $45.2M to $48.6M, a 7.5 percent rise.", june)).toEqual([]);
    expect(flagsOfKind("numeric_inconsistency", "Ridership fell to 2.1 million trips from 3.4 million, a drop of about 40 percent.", june)).toEqual([]);
  });

  it("flags a wrong percentage-point change of a rate", () => {
    const flags = flagsOfKind("numeric_inconsistency", "The jobless rate edged up to 4.3 percent from 4.1 percent, a rise of 0.4 percentage points.", june);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.spans[0]?.exact).toContain("0.4 percentage points");
  });

  it("flags a direction word the numbers contradict", () => {
    expect(flagsOfKind("numeric_inconsistency", "The plan would cut the deficit to 5.7 percent of output next year from 5.4 percent.", june)).toHaveLength(1);
    expect(flagsOfKind("numeric_inconsistency", "The plan would cut the deficit to 4.7 percent of output next year from 5.4 percent.", june)).toEqual([]);
  });
});

describe("numeric.share", () => {
  it("flags '38 of 120 … about 40 percent' (it is 32%)", () => {
    const flags = flagsOfKind("numeric_inconsistency", "Only 38 of 120 students passed the exam, about 40 percent.", june);
    expect(anchors(flags)).toEqual(["about 40 percent"]);
    expect(flags[0]?.explanation).toContain("31.67%");
    expect(flagsOfKind("numeric_inconsistency", "Only 38 of 120 students passed the exam, about 32 percent.", june)).toEqual([]);
  });

  it("flags a share of the total the article gives elsewhere", () => {
    const text = "The outbreak has reached 597 cases. Gaines County has recorded 371 cases, or about 72 percent of the total.";
    expect(anchors(flagsOfKind("numeric_inconsistency", text, june))).toEqual(["about 72 percent"]);
    expect(flagsOfKind("numeric_inconsistency", text.replace("72", "62"), june)).toEqual([]);
  });

  it("flags a fraction and a multiple that do not fit", () => {
    expect(anchors(flagsOfKind("numeric_inconsistency", "About 112,000 ballots were cast, roughly a quarter of them by mail, or about 48,000.", june))).toEqual(["about 48,000"]);
    expect(anchors(flagsOfKind("numeric_inconsistency", "The capsule held about 122 grams of rock, more than three times the 60 grams planned.", june))).toEqual(["more than three times the 60"]);
    expect(flagsOfKind("numeric_inconsistency", "The capsule held about 122 grams of rock, more than twice the 60 grams planned.", june)).toEqual([]);
  });
});

describe("numeric.sum", () => {
  it("flags '80% of $212M … leaving $32M' (it leaves $42.4M)", () => {
    const flags = flagsOfKind("numeric_inconsistency", "Some 80% of the $212 million budget goes to salaries, leaving $32 million for everything else.", june);
    expect(anchors(flags)).toEqual(["$32 million"]);
    expect(flags[0]?.explanation).toContain("$42.4 million");
    expect(flagsOfKind("numeric_inconsistency", "Some 80% of the $212 million budget goes to salaries, leaving $42.4 million for everything else.", june)).toEqual([]);
  });

  it("flags a combined total its parts do not add up to", () => {
    const text = "Revisions subtracted a combined 58,000 jobs from May and June. May's figure was lowered to 129,000 from 147,000, and June's to 120,000 from 140,000.";
    expect(anchors(flagsOfKind("numeric_inconsistency", text, june))).toEqual(["58,000"]);
    expect(flagsOfKind("numeric_inconsistency", text.replace("58,000", "38,000"), june)).toEqual([]);
  });

  it("flags parts that exceed the whole they are out of, and a wrong remainder of shares", () => {
    expect(flagsOfKind("numeric_inconsistency", "Keller finished with 58,904 votes to Alvarez's 58,692, out of 107,596 ballots cast.", june)).toHaveLength(1);
    expect(flagsOfKind("numeric_inconsistency", "Keller finished with 58,904 votes to Alvarez's 58,692, out of 117,596 ballots cast.", june)).toEqual([]);
    const shares = "Coleman received 41 percent, Walsh 33 percent and Santos 19 percent. Two other candidates split the remaining 12 percent.";
    expect(anchors(flagsOfKind("numeric_inconsistency", shares, june))).toEqual(["12 percent"]);
    expect(flagsOfKind("numeric_inconsistency", shares.replace("12 percent", "7 percent"), june)).toEqual([]);
  });
});

describe("numeric.tally", () => {
  it("flags 'voted 7-2' beside 'cast the tie-breaking vote'", () => {
    const text = "The council voted 7-2 to approve the zoning change. Mayor Lena Ortiz cast the tie-breaking vote after a long debate.";
    const flags = flagsOfKind("numeric_inconsistency", text, june);
    expect(anchors(flags)).toEqual(["7-2"]);
    expect(flagsOfKind("numeric_inconsistency", text.replace("7-2", "5-4"), june)).toEqual([]);
  });

  it("flags a dissent count or 'unanimous' that does not match the tally", () => {
    expect(anchors(flagsOfKind("numeric_inconsistency", "Policymakers voted 8-1 for the cut, with the two dissenters favoring a larger one.", june))).toEqual(["8-1"]);
    expect(flagsOfKind("numeric_inconsistency", "Policymakers voted 7-2 for the cut, with the two dissenters favoring a larger one.", june)).toEqual([]);
    expect(anchors(flagsOfKind("numeric_inconsistency", "The board unanimously approved the contract, 6-1.", june))).toEqual(["6-1"]);
  });

  it("does not read a game score as a tally", () => {
    expect(flagsOfKind("numeric_inconsistency", "The Thunder beat the Pacers 103-91 in Game 7 after a tie-breaking free throw.", june)).toEqual([]);
  });
});

describe("numeric.comparison", () => {
  it("flags a difference, a bound and a margin the numbers contradict", () => {
    expect(anchors(flagsOfKind("numeric_inconsistency", "The override passed 56 to 20, four votes more than the 54 required.", june))).toEqual(["four"]);
    expect(flagsOfKind("numeric_inconsistency", "The override passed 56 to 20, two votes more than the 54 required.", june)).toEqual([]);
    expect(anchors(flagsOfKind("numeric_inconsistency", "The motion received 301 votes, short of the 289 needed to pass.", june))).toEqual(["301"]);
    const margin = "Ruiz received 61,480 votes to Whitaker's 51,950. Ruiz's margin of 11,530 votes was wider than polls had suggested.";
    expect(anchors(flagsOfKind("numeric_inconsistency", margin, june))).toEqual(["11,530"]);
    expect(flagsOfKind("numeric_inconsistency", margin.replace("11,530", "9,530"), june)).toEqual([]);
  });
});
