import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "repetition.clause";

describe("repetition.clause", () => {
  it("flags a clause repeated three times in a passage", () => {
    const text =
      "Beijing agreed to suspend fresh export curbs, yet retains the power to reinstate them – giving Beijing another strategic tool. " +
      "Brazil gains little from this deal – giving Beijing another leverage point over Washington as Beijing retains power " +
      "to restore export curbs later if required giving Beijing another strategic leverage point in future negotiations.";
    const flags = flagsOf(rule, text);
    expect(flags).toHaveLength(1);
    expect(anchors(flags)).toEqual(["giving Beijing another"]);
    expect(flags[0]?.spans).toHaveLength(3);
    expect(flags[0]?.explanation).toContain("3 times");
  });

  it("flags six or more words repeated verbatim within a passage", () => {
    const text =
      "The council approved the plan to widen the ring road by a narrow margin on Tuesday, officials said. " +
      "Residents objected. Councillors approved the plan to widen the ring road after a long debate.";
    expect(anchors(flagsOf(rule, text))).toEqual(["approved the plan to widen the ring road"]);
  });

  it("leaves alone names, reporting phrases, noun phrases and distant repetitions", () => {
    const clean =
      "President Donald Trump met the press. Later, President Donald Trump spoke again, and President Donald Trump left. " +
      "According to the ministry, exports rose. According to the survey, prices fell. According to the bank, rates will hold. " +
      "The interest rate cut was expected. Another interest rate cut may follow, and a third interest rate cut is possible.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });

  it("does not count words inside links", () => {
    const clean = "See https://example.org/a/b/c/d/e/f and later https://example.org/a/b/c/d/e/f for the report.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });
});
