import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "attribution.circular";

describe("attribution.circular", () => {
  it("flags unnamed sources cited as their own support", () => {
    const text =
      "China diversified its supply chains – an observation borne out by analysts observing at this summit where analysts observed China is now stronger.";
    const flags = flagsOf(rule, text);
    expect(anchors(flags)).toEqual(["analysts observing at this summit where analysts observed"]);
    expect(flags[0]?.kind).toBe("misattribution");
    expect(flagsOf(rule, "Public health experts say the reasons are varied, experts say.")).toHaveLength(1);
  });

  it("leaves alone two different groups and separate sentences", () => {
    const clean =
      "Analysts said the deal was fragile, while other analysts said it would hold. " +
      "Officials said the talks would continue. Officials said on Friday that a date had been set. " +
      "Economists at ING said growth would slow, but economists at Nordbank said it would not.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });
});
