import type { WordVectors } from "./read-word-vectors";

/**
 * One fixed-length vector for a sentence: the mean, the maximum and the minimum of its words'
 * vectors, component by component (3 × dimensions values). Words without a vector are skipped;
 * a sentence with none gets zeros.
 */
export function poolWordVectors(tokens: readonly string[], vectors: WordVectors): Float32Array {
  const d = vectors.dimensions;
  const pooled = new Float32Array(3 * d);
  const max = pooled.subarray(d, 2 * d).fill(-Infinity);
  const min = pooled.subarray(2 * d, 3 * d).fill(Infinity);
  let found = 0;
  for (const token of tokens) {
    const row = vectors.rows.get(token);
    if (row === undefined) continue;
    found++;
    const scale = vectors.scales[row] ?? 0;
    const offset = row * d;
    for (let k = 0; k < d; k++) {
      const v = (vectors.components[offset + k] ?? 0) * scale;
      pooled[k] = (pooled[k] ?? 0) + v;
      if (v > (max[k] ?? 0)) max[k] = v;
      if (v < (min[k] ?? 0)) min[k] = v;
    }
  }
  if (found === 0) return pooled.fill(0);
  for (let k = 0; k < d; k++) pooled[k] = (pooled[k] ?? 0) / found;
  return pooled;
}
