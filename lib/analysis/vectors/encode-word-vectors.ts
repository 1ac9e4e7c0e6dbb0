/**
 * The word-vector file: the magic line "FDWV1\n", one JSON header line {dimensions, count}, the words
 * separated by "\n" and ended by "\n\0", then `count` float32 scales (little-endian), then
 * count × dimensions int8 components; a component is int8 × the word's scale.
 */
export function encodeWordVectors(entries: { word: string; vector: number[] }[], dimensions: number): Buffer {
  const header = Buffer.from(`FDWV1\n${JSON.stringify({ dimensions, count: entries.length })}\n`, "utf8");
  const words = Buffer.from(entries.map((e) => e.word).join("\n") + "\n\0", "utf8");
  const scales = Buffer.alloc(entries.length * 4);
  const components = Buffer.alloc(entries.length * dimensions);
  entries.forEach((entry, i) => {
    const max = entry.vector.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
    const scale = max / 127;
    scales.writeFloatLE(scale, i * 4);
    for (let d = 0; d < dimensions; d++) {
      components.writeInt8(Math.round((entry.vector[d] ?? 0) / scale), i * dimensions + d);
    }
  });
  return Buffer.concat([header, words, scales, components]);
}
