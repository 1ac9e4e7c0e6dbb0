import { describe, expect, it } from "vitest";
import { anchors, flagsOf, published } from "./helpers";

const rule = "temporal.tense";

describe("temporal.tense", () => {
  it("flags an impending event dated before an event already told as past", () => {
    const text = "The summit was held in Busan on October 30, 2025. It came before Xi’s impending inauguration on January 20, 2025.";
    const flags = flagsOf(rule, text);
    expect(anchors(flags)).toEqual(["January 20, 2025"]);
    expect(flags[0]?.spans.map((s) => s.exact)).toEqual(["January 20, 2025", "impending", "October 30, 2025"]);
  });

  it("flags a scheduled event dated before publication, and a past event dated after it", () => {
    expect(anchors(flagsOf(rule, "The flyby is scheduled for March 3, 2025.", published("2025-10-08")))).toEqual(["March 3, 2025"]);
    expect(anchors(flagsOf(rule, "The results were certified on November 21, 2025.", published("2025-11-05")))).toEqual(["November 21, 2025"]);
  });

  it("uses the dateline when there is no publication date", () => {
    const text = "October 31, 2025 — The agreement was signed on November 12, 2025, officials said.";
    expect(anchors(flagsOf(rule, text))).toEqual(["November 12, 2025"]);
  });

  it("leaves alone consistent tenses, plans told in the past, and dates without a year", () => {
    const clean =
      "The trial began on May 19, 2025. Sentencing is scheduled for September 18, 2025. " +
      "The launch was scheduled for March 3, 2025, but it was delayed. The vote had been set for April 2, 2025. " +
      "The next round will be held on September 3.";
    expect(flagsOf(rule, clean, published("2025-06-12"))).toEqual([]);
  });
});
