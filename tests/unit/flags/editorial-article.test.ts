import { describe, expect, it } from "vitest";
import { startsWithVowelSound } from "../../../lib/flags/nlp/phonetics";
import { anchors, flagsOf } from "./helpers";

const rule = "editorial.article";

describe("editorial.article", () => {
  it("flags 'an' before a consonant sound and 'a' before a vowel sound", () => {
    const text = "China achieved an diplomatic win. It was a unusual step. The court returned an unanimous verdict. A 18-year-old scored.";
    const flags = flagsOf(rule, text);
    expect(anchors(flags)).toEqual(["an diplomatic", "a unusual", "an unanimous", "A 18-year-old"]);
    expect(flags[0]?.explanation).toContain('"a diplomatic"');
    expect(flags[0]?.severity).toBe("low");
  });

  it("reads by sound, not by letter", () => {
    const clean =
      "She waited an hour for an MP and a university official. It was a one-year truce, a European deal and an honest answer. " +
      "An 18-year-old and an 8% rise came with a U.S. envoy, an FBI agent, a NATO summit, an X-ray and a unique chance. " +
      "A Ukrainian minister spoke to an NHS nurse about a URL and an npm package; it was a once-in-a-generation event and an unidentified man.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });

  it("skips labels and words where usage varies", () => {
    const clean = "Plan A is ready and Group A plays first. He called it an historic day and a historic day. They ran a SQL query and an SQL query.";
    expect(flagsOf(rule, clean)).toEqual([]);
  });

  it("knows the sounds of common cases", () => {
    expect(startsWithVowelSound("hour")).toBe(true);
    expect(startsWithVowelSound("MP")).toBe(true);
    expect(startsWithVowelSound("university")).toBe(false);
    expect(startsWithVowelSound("one-year")).toBe(false);
    expect(startsWithVowelSound("11th")).toBe(true);
    expect(startsWithVowelSound("historic")).toBeNull();
    expect(startsWithVowelSound("diplomatic")).toBe(false);
  });
});
