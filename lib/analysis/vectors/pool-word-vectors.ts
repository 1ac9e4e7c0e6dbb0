import type { WordVectors } from "./read-word-vectors";

/**
 * One fixed-length vector for a sentence: the mean, the maximum and the minimum of its words'
 * vectors, component by component (3 × dimensions values). Words without a vector are skipped;
 * a sentence with none gets zeros.
 */
export function poolWordVectors(tokens: readonly string[], vectors: WordVectors): Float32Array {
  const d = vectors.dimensions;
  const { components, scales, rows } = vectors;
  const sum = new Float64Array(d);
  const max = new Float64Array(d).fill(-Infinity);
  const min = new Float64Array(d).fill(Infinity);
  let found = 0;
  for (const token of tokens) {
    const row = rows.get(token);
    if (row === undefined) continue;
    found++;
    const scale = scales[row] as number;
    const offset = row * d;
    for (let k = 0; k < d; k++) {
      const v = (components[offset + k] as number) * scale;
      sum[k] = (sum[k] as number) + v;
      if (v > (max[k] as number)) max[k] = v;
      if (v < (min[k] as number)) min[k] = v;
    }
  }
  const pooled = new Float32Array(3 * d);
  if (found === 0) return pooled;
  for (let k = 0; k < d; k++) {
    pooled[k] = (sum[k] as number) / found;
    pooled[d + k] = max[k] as number;
    pooled[2 * d + k] = min[k] as number;
  }
  return pooled;
}
