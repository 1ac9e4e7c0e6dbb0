import { describe, expect, it } from "vitest";
import { contrastRatio, readableTextColor } from "../../../lib/format/readable-text-color";
import { DEFAULT_RATINGS } from "../../../lib/ratings/default-scale";

describe("readableTextColor", () => {
  it("gives every colour of the default scale text at WCAG AA contrast (4.5:1), with a margin", () => {
    for (const rating of DEFAULT_RATINGS) expect(contrastRatio(rating.color, readableTextColor(rating.color)), rating.slug).toBeGreaterThanOrEqual(4.58);
  });

  it("uses black on the orange that white text fails on, white on dark colours", () => {
    expect(contrastRatio("#c4661f", "#ffffff")).toBeLessThan(4.5);
    expect(readableTextColor("#c4661f")).toBe("#000000");
    expect(readableTextColor("#1a7f37")).toBe("#ffffff");
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
  });
});
