/**
 * Krippendorff's alpha: the reliability of ratings by several coders, correcting agreement for chance, with
 * any number of coders per unit and missing values (K. Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011). α = 1 − D_o / D_e, computed from the coincidence matrix: every ordered pair of
 * values two coders gave one unit counts 1/(m_u − 1), where m_u is the number of values of that unit; units
 * with fewer than two values are not pairable and left out.
 *
 * Levels: `nominal` (any two different values disagree equally), `ordinal` (values are ranks: the
 * disagreement of c and k grows with how many values lie between them), `interval` ((c − k)²).
 */
export type AlphaLevel = "nominal" | "ordinal" | "interval";

export interface AlphaResult {
  /** null when no unit has two values, or when every value is the same (no variation: alpha is undefined). */
  alpha: number | null;
  /** Units with at least two values: those alpha rests on. */
  pairableUnits: number;
  /** The values in those units (n of the coincidence matrix). */
  pairableValues: number;
}

/**
 * `units`: for each unit, the values its coders gave (missing values simply absent). For `ordinal` and
 * `interval` the values must be numbers: their order (ordinal) or their differences (interval) count.
 */
export function krippendorffAlpha(units: readonly (readonly (string | number)[])[], level: AlphaLevel): AlphaResult {
  return krippendorffAlphaOfGroups(units.map((values) => ({ values, count: 1 })), level);
}

/** The same over groups of identical units (`count` units gave these values): what a GROUP BY returns. */
export function krippendorffAlphaOfGroups(groups: readonly { values: readonly (string | number)[]; count: number }[], level: AlphaLevel): AlphaResult {
  const pairable = groups.filter((g) => g.values.length >= 2 && g.count > 0);
  const categories = [...new Set(pairable.flatMap((g) => g.values))].sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  if (level !== "nominal" && categories.some((c) => typeof c !== "number")) throw new Error(`${level} alpha needs numeric values`);
  const index = new Map(categories.map((c, i) => [c, i]));
  const size = categories.length;

  // Coincidences o[c][k] and marginals n[c].
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const { values: unit, count } of pairable) {
    const weight = count / (unit.length - 1);
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i === j) continue;
        o[index.get(unit[i]!)!]![index.get(unit[j]!)!]! += weight;
      }
    }
  }
  const n = o.map((row) => row.reduce((s, v) => s + v, 0));
  const total = n.reduce((s, v) => s + v, 0);
  const result = { pairableUnits: pairable.reduce((s, g) => s + g.count, 0), pairableValues: Math.round(total) };
  if (pairable.length === 0 || size < 2) return { alpha: null, ...result };

  const delta2 = (c: number, k: number): number => {
    if (c === k) return 0;
    if (level === "nominal") return 1;
    if (level === "interval") return ((categories[c] as number) - (categories[k] as number)) ** 2;
    const [lo, hi] = c < k ? [c, k] : [k, c];
    let between = 0;
    for (let g = lo; g <= hi; g++) between += n[g]!;
    return (between - (n[c]! + n[k]!) / 2) ** 2;
  };

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = delta2(c, k);
      observed += o[c]![k]! * d;
      expected += n[c]! * n[k]! * d;
    }
  }
  if (expected === 0) return { alpha: null, ...result };
  return { alpha: 1 - ((total - 1) * observed) / expected, ...result };
}
