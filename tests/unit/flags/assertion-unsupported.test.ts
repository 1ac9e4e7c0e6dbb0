import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "assertion.unsupported";
const attributed = "The minister said the plan was ready. Officials told reporters it would pass, according to a statement. ";

describe("assertion.unsupported", () => {
  it("flags a strong unattributed assertion in an attributed article", () => {
    const flags = flagsOf(rule, `${attributed}But for now, China clearly achieved its goal. It is a fact that the plan failed.`);
    expect(anchors(flags)).toEqual(["clearly", "It is a fact that"]);
    expect(flags[0]?.severity).toBe("low");
    expect(flags[0]?.kind).toBe("unsupported_assertion");
  });

  it("leaves alone quotes, attributed sentences, manner adverbs and unattributed articles", () => {
    const clean =
      `${attributed}"This is clearly the best deal," she said. Analysts said the result was undeniably strong. ` +
      "The route was clearly marked for runners. Was it clearly a mistake?";
    expect(flagsOf(rule, clean)).toEqual([]);
    // An opinion piece with no attributions at all is not held to this rule.
    expect(flagsOf(rule, "The plan clearly failed. Everyone can see it.")).toEqual([]);
  });
});
