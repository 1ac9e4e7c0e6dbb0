import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "entity.capability";

describe("entity.capability", () => {
  it("flags companies doing what only governments do", () => {
    const flags = flagsOf(rule, "U.S. companies also offered tariff relief – something with direct costs for American producers.");
    expect(anchors(flags)).toEqual(["U.S. companies also offered tariff relief"]);
    expect(flags[0]?.kind).toBe("entity_mixup");
    expect(flagsOf(rule, "Chinese exporters also imposed new tariffs on American machinery.")).toHaveLength(1);
    expect(flagsOf(rule, "Retailers lifted export controls on chips.")).toHaveLength(1);
  });

  it("leaves alone companies paying, seeking or facing tariffs, and governments setting them", () => {
    const clean = [
      "Some U.S. companies had sought tariff relief for months.",
      "Harbor Tools had paid $120 million in tariffs in the first half.",
      "Companies hit by tariffs raised prices twice this year.",
      "The company applied for tariff relief on 14 product categories.",
      "Washington offered tariff relief in exchange for soybean purchases.",
      "Firms offered to pay tariffs up front.",
    ];
    for (const text of clean) expect(flagsOf(rule, text), text).toEqual([]);
  });
});
