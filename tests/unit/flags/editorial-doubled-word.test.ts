import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "editorial.doubled-word";

describe("editorial.doubled-word", () => {
  it("flags a word typed twice", () => {
    const flags = flagsOf(rule, "It gave the the central bank room. Regional differences were were large. The the report was late.");
    expect(anchors(flags)).toEqual(["the the", "were were", "The the"]);
    expect(flags[0]?.kind).toBe("editorial");
  });

  it("leaves alone doublings English allows, names, and words split by punctuation or a line", () => {
    const clean =
      "He had had enough. She said that that was wrong. Walla Walla is in Washington. " +
      "They met in Baden Baden. It is, is it not, a fine day. Bye bye, she said.\nNews\nNews from the region follows.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });

  it("leaves alone repeated content words inside a quotation", () => {
    expect(flagsOf(rule, 'The coach said: "It was very, very good, good enough to win."')).toEqual([]);
    expect(flagsOf(rule, "She said it was “really really” close.")).toEqual([]);
  });
});
