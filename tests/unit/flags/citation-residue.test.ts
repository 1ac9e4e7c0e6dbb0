import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "citation.residue";

describe("citation.residue", () => {
  it("flags search-result counters after outlet names", () => {
    const text = "Tariffs fall to 47 percent (Reuters +2 and AP News both +2). Analysts agree. – Al Jazeera + 1. China gains (The Guardian +1).";
    const flags = flagsOf(rule, text);
    expect(anchors(flags)).toEqual(["Reuters +2", "AP News both +2", "Al Jazeera + 1", "The Guardian +1"]);
    expect(flags[0]?.explanation).toContain("Reuters +2");
    expect(flags[0]?.kind).toBe("citation_residue");
  });

  it("flags bracketed markers, placeholders and chatbot tokens", () => {
    const text = "The deal was signed on Monday.[1] Prices rose sharply (source). See the report [citation needed] and 【4†source】 here.";
    expect(anchors(flagsOf(rule, text))).toEqual(["[1]", "(source)", "[citation needed]", "【4†source】"]);
  });

  it("flags an unknown source name only where residue sits", () => {
    expect(anchors(flagsOf(rule, "The ministry confirmed the figures (Kyiv Independent +1)."))).toEqual(["Kyiv Independent +1"]);
    expect(flagsOf(rule, "Group A +2 was the result of the draw in the first round of the tournament.")).toEqual([]);
  });

  it("leaves alone scores, temperatures, datelines, arrays and links", () => {
    const clean = [
      "WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.",
      "Scheffler finished the round at 2 under par, with Rory McIlroy (+2) well behind after three bogeys.",
      "The index closed at Nasdaq +2.3% for the week.",
      "Temperatures reached +2 degrees in Oslo on Sunday.",
      "The matrix [0, 0] was initialised before the loop.",
      "Read the full report [1](https://example.org/report) online.",
      "Reuters reported on Monday that exports rose 2 percent, citing two sources.",
    ];
    for (const text of clean) expect(flagsOf(rule, text), text).toEqual([]);
  });
});
