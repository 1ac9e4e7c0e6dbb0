import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "temporal.conflict";

describe("temporal.conflict", () => {
  it("flags one event given two dates", () => {
    const text =
      "The runoff in the two districts is scheduled for December 2. Lopez will be sworn in on January 2, and the December 9 runoff will settle the council.";
    const flags = flagsOf(rule, text);
    expect(anchors(flags)).toEqual(["December 9"]);
    expect(flags[0]?.spans[1]?.exact).toBe("December 2");
    expect(flagsOf(rule, "Judge Park set sentencing for September 18. She remains free until the sentencing on September 25.")).toHaveLength(1);
  });

  it("leaves alone moved dates, different events and multi-day events", () => {
    const clean =
      "The summit was originally set for June 4, but the summit was moved to June 11. " +
      "The first debate is on October 1 and the second debate on October 15. " +
      "The APEC summit on November 10 follows the G20 summit on November 2. " +
      "The summit opens on October 30 and the summit ends on October 31. " +
      "A hearing was held on March 3 and another hearing on April 12.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });
});
