import { describe, expect, it } from "vitest";
import { krippendorffAlpha, krippendorffAlphaOfGroups } from "../../../lib/verdicts/krippendorff-alpha";

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve units,
// missing values (null). Published results: nominal 0.743, ordinal 0.815, interval 0.849.
const OBSERVERS: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const UNITS = OBSERVERS[0]!.map((_, u) => OBSERVERS.map((o) => o[u]).filter((v): v is number => v !== null));

describe("krippendorffAlpha on Krippendorff's own worked example", () => {
  it("nominal: 0.743", () => {
    const r = krippendorffAlpha(UNITS, "nominal");
    expect(r.alpha!.toFixed(3)).toBe("0.743");
    // Unit 12 has one value: 11 pairable units, n = 40 values.
    expect(r).toMatchObject({ pairableUnits: 11, pairableValues: 40 });
  });
  it("ordinal: 0.815", () => {
    expect(krippendorffAlpha(UNITS, "ordinal").alpha!.toFixed(3)).toBe("0.815");
  });
  it("interval: 0.849", () => {
    expect(krippendorffAlpha(UNITS, "interval").alpha!.toFixed(3)).toBe("0.849");
  });
  it("nominal alpha does not depend on the names of the values", () => {
    const named = UNITS.map((u) => u.map((v) => ["", "a", "b", "c", "d", "e"][v]!));
    expect(krippendorffAlpha(named, "nominal").alpha).toBeCloseTo(krippendorffAlpha(UNITS, "nominal").alpha!, 12);
  });
  it("ordinal alpha depends only on the order of the values, not their distances", () => {
    const stretched = UNITS.map((u) => u.map((v) => v ** 3));
    expect(krippendorffAlpha(stretched, "ordinal").alpha).toBeCloseTo(krippendorffAlpha(UNITS, "ordinal").alpha!, 12);
    expect(krippendorffAlpha(stretched, "interval").alpha).not.toBeCloseTo(krippendorffAlpha(UNITS, "interval").alpha!, 3);
  });
});

describe("krippendorffAlpha edge cases", () => {
  it("is null with nothing pairable", () => {
    expect(krippendorffAlpha([], "nominal")).toEqual({ alpha: null, pairableUnits: 0, pairableValues: 0 });
    expect(krippendorffAlpha([[1], [2], []], "ordinal")).toEqual({ alpha: null, pairableUnits: 0, pairableValues: 0 });
  });
  it("is 1 when the coders agree on every unit", () => {
    expect(krippendorffAlpha([[1, 1], [2, 2, 2], [3, 3], [1]], "ordinal").alpha).toBe(1);
    expect(krippendorffAlpha([["true", "true"], ["false", "false"]], "nominal").alpha).toBe(1);
  });
  it("is null when every value is the same (no variation: alpha is undefined)", () => {
    expect(krippendorffAlpha([[2, 2], [2, 2, 2]], "interval")).toMatchObject({ alpha: null, pairableUnits: 2, pairableValues: 5 });
  });
  it("is below zero when the coders disagree systematically", () => {
    expect(krippendorffAlpha([[1, 2], [2, 1], [1, 2], [2, 1]], "nominal").alpha).toBeLessThan(0);
  });
  it("refuses text values for ordinal and interval alpha", () => {
    expect(() => krippendorffAlpha([["a", "b"]], "ordinal")).toThrow(/numeric/);
  });
});

describe("krippendorffAlphaOfGroups", () => {
  it("gives the same as the units one by one", () => {
    const groups = [
      { values: [1, 1], count: 3 },
      { values: [1, 2], count: 2 },
      { values: [2, 2, 3], count: 1 },
    ];
    const units = groups.flatMap((g) => Array.from({ length: g.count }, () => g.values));
    for (const level of ["nominal", "ordinal", "interval"] as const) {
      expect(krippendorffAlphaOfGroups(groups, level)).toEqual(krippendorffAlpha(units, level));
    }
    expect(krippendorffAlphaOfGroups(groups, "nominal").pairableUnits).toBe(6);
  });
});
