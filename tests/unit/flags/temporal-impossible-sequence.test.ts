import { describe, expect, it } from "vitest";
import { anchors, flagsOf, published } from "./helpers";

const rule = "temporal.sequence";

describe("temporal.sequence", () => {
  it("flags 'four weeks before' an event dated before the events it follows", () => {
    const text =
      "At a summit held in Busan on October 30, 2025, the two leaders met. At that meeting, they declared a truce. " +
      "These events came just four weeks before Xi’s impending inauguration on January 20, 2025.";
    const flags = flagsOf(rule, text);
    expect(anchors(flags)).toEqual(["January 20, 2025"]);
    expect(flags[0]?.spans.map((s) => s.exact)).toEqual(["January 20, 2025", "just four weeks before", "October 30, 2025"]);
    expect(flags[0]?.severity).toBe("high");
    expect(flags[0]?.explanation).toContain("December 23, 2024");
  });

  it("flags 'later' and 'earlier' that do not fit the dates they relate", () => {
    expect(anchors(flagsOf(rule, "The probe launched on September 15, 2025. Nine days later, on September 20, it tested its radar."))).toEqual(["September 20"]);
    expect(anchors(flagsOf(rule, "The first round was held on May 16. A week later, on May 13, prisoners crossed the border."))).toEqual(["May 13"]);
    const sentencing = flagsOf(rule, "Judge Park set sentencing for September 18, two weeks after the verdict on June 12.");
    expect(anchors(sentencing)).toEqual(["June 12"]);
    expect(sentencing[0]?.severity).toBe("medium");
  });

  it("checks 'ago' against the publication date", () => {
    const text = "The company filed for bankruptcy three weeks ago, on March 30, 2025.";
    expect(flagsOf(rule, text, published("2025-05-20"))).toHaveLength(1);
    expect(flagsOf(rule, text, published("2025-04-20"))).toEqual([]);
  });

  it("accepts relative expressions that fit, and ones with no date to check", () => {
    const clean = [
      "The probe launched on September 15, 2025. Nine days later, on September 24, it tested its radar.",
      "The election was held on November 4. The runoff is scheduled for December 2, four weeks after the general election.",
      "The final was played on May 24. Two weeks earlier, on May 10, Ashford had won promotion.",
      "Four days before the vote on March 9, the mayor resigned on March 5.",
      // The subject is not the event dated before, so the earlier date is not its anchor.
      "The court met on March 3. The judge retired two weeks before the ruling on April 20.",
      "Several weeks later, on June 30, the report came out.",
    ];
    for (const text of clean) expect(flagsOf(rule, text), text).toEqual([]);
  });
});
