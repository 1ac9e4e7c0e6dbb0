import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "entity.office";

describe("entity.office", () => {
  it("flags an inauguration attributed to the wrong leader", () => {
    const flags = flagsOf(rule, "The talks came four weeks before Xi’s impending presidential inauguration as president on January 20, 2025.");
    expect(anchors(flags)).toEqual(["Xi’s impending presidential inauguration"]);
    expect(flags[0]?.spans[1]?.exact).toBe("January 20, 2025");
    expect(flags[0]?.explanation).toContain("U.S. presidential inauguration");
    expect(flags[0]?.explanation).toContain("National People's Congress");
    expect(flagsOf(rule, "Putin's inauguration on January 20, 2024 drew crowds.")).toHaveLength(1);
    expect(flagsOf(rule, "Trump's inauguration on January 20, 2021 drew crowds.")[0]?.explanation).toContain("Joe Biden");
  });

  it("flags a title or country that does not belong to the leader", () => {
    expect(anchors(flagsOf(rule, "Chinese Premier Xi Jinping met the delegation."))).toEqual(["Premier Xi Jinping"]);
    expect(anchors(flagsOf(rule, "Chinese President Donald Trump spoke first."))).toEqual(["Chinese President Donald Trump"]);
  });

  it("leaves alone correct offices and ceremonies", () => {
    const clean = [
      "It was their first meeting since Trump's inauguration on January 20, 2025, for his second term.",
      "U.S. President Donald Trump and Chinese President Xi Jinping met in Busan.",
      "Putin was inaugurated on May 7, 2024, for a fifth term.",
      "Former Prime Minister Keir Starmer spoke. Vice President Joe Biden attended.",
      "The inauguration of the new bridge on January 20, 2025 was delayed.",
    ];
    for (const text of clean) expect(flagsOf(rule, text), text).toEqual([]);
  });
});
