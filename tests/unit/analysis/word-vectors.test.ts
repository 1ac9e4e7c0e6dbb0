import { describe, it, expect } from "vitest";
import { encodeWordVectors } from "../../../lib/analysis/vectors/encode-word-vectors";
import { readWordVectors } from "../../../lib/analysis/vectors/read-word-vectors";
import { loadWordVectors } from "../../../lib/analysis/vectors/load-word-vectors";
import { poolWordVectors } from "../../../lib/analysis/vectors/pool-word-vectors";
import { splitByTime } from "../../../lib/analysis/training/split-validation";

describe("word-vector file", () => {
  it("round-trips words and vectors within int8 precision", () => {
    const entries = [
      { word: "tariff", vector: [0.5, -1.25, 2] },
      { word: "don't", vector: [-0.01, 0, 0.02] },
    ];
    const vectors = readWordVectors(encodeWordVectors(entries, 3));
    expect(vectors.dimensions).toBe(3);
    expect([...vectors.rows.keys()]).toEqual(["tariff", "don't"]);
    entries.forEach((entry, row) => {
      entry.vector.forEach((v, k) => {
        const decoded = (vectors.components[row * 3 + k] ?? 0) * (vectors.scales[row] ?? 0);
        expect(Math.abs(decoded - v)).toBeLessThanOrEqual(Math.max(...entry.vector.map(Math.abs)) / 127);
      });
    });
  });

  it("refuses a file that is not a word-vector file", () => {
    expect(() => readWordVectors(Buffer.from("hello\nworld\n"))).toThrow(/not a FDWV1 file/);
  });

  it("ships 50,000 words of 100 dimensions, with the everyday words a news sentence uses", () => {
    const vectors = loadWordVectors();
    expect(vectors.dimensions).toBe(100);
    expect(vectors.rows.size).toBe(50_000);
    for (const word of ["the", "percent", "unemployment", "tariffs", "president", "said"]) expect(vectors.rows.has(word)).toBe(true);
  });
});

describe("poolWordVectors", () => {
  const vectors = readWordVectors(
    encodeWordVectors(
      [
        { word: "up", vector: [1, -1] },
        { word: "down", vector: [-1, 1] },
      ],
      2,
    ),
  );

  it("gives the mean, the maximum and the minimum of the known words, component by component", () => {
    const pooled = Array.from(poolWordVectors(["up", "unknown", "down"], vectors));
    [0, 0, 1, 1, -1, -1].forEach((expected, k) => expect(pooled[k]).toBeCloseTo(expected, 6));
  });

  it("gives zeros to a sentence with no known word", () => {
    expect(Array.from(poolWordVectors(["<num>", "zzz"], vectors))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("pools related words of the shipped vectors closer than unrelated ones", () => {
    const shipped = loadWordVectors();
    const cosine = (a: Float32Array, b: Float32Array) => {
      let dot = 0, na = 0, nb = 0;
      for (let k = 0; k < a.length; k++) {
        dot += (a[k] ?? 0) * (b[k] ?? 0);
        na += (a[k] ?? 0) ** 2;
        nb += (b[k] ?? 0) ** 2;
      }
      return dot / Math.sqrt(na * nb);
    };
    const mean = (words: string[]) => poolWordVectors(words, shipped).subarray(0, 100);
    expect(cosine(mean(["inflation", "rose"]), mean(["prices", "increased"]))).toBeGreaterThan(cosine(mean(["inflation", "rose"]), mean(["guitar", "melody"])));
  });
});

describe("splitByTime", () => {
  it("validates on the later sentences only, and never on a text seen in training", () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ id: String(100 - i), text: i === 0 ? "Thank you." : `sentence ${i}`, label: i % 3 === 0 }));
    rows.push({ id: "5", text: "Thank you.", label: false });
    const { train, validation } = splitByTime(rows, 0.2);
    const latestTrained = Math.max(...train.map((r) => Number(r.id)));
    expect(validation.every((r) => Number(r.id) > latestTrained)).toBe(true);
    expect(validation.some((r) => r.text === "Thank you.")).toBe(false);
    expect(train.length + validation.length).toBe(rows.length - 1);
  });
});
