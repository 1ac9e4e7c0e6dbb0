import { z } from "zod";

/** Word vectors ready for look-up: a word's row in `components`, scaled by `scales[row]`. */
export interface WordVectors {
  dimensions: number;
  rows: Map<string, number>;
  scales: Float32Array;
  components: Int8Array;
}

const Header = z.object({ dimensions: z.number().int().positive(), count: z.number().int().nonnegative() });

/** Parses the file written by encodeWordVectors (format described there). */
export function readWordVectors(bytes: Uint8Array): WordVectors {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magicEnd = buffer.indexOf(0x0a);
  if (buffer.toString("utf8", 0, magicEnd) !== "FDWV1") throw new Error("word vectors: not a FDWV1 file");
  const headerEnd = buffer.indexOf(0x0a, magicEnd + 1);
  const header = Header.parse(JSON.parse(buffer.toString("utf8", magicEnd + 1, headerEnd)));
  const wordsEnd = buffer.indexOf(0x00, headerEnd + 1);
  const words = buffer.toString("utf8", headerEnd + 1, wordsEnd - 1).split("\n");
  if (words.length !== header.count) throw new Error(`word vectors: ${words.length} words, header says ${header.count}`);
  const scalesStart = wordsEnd + 1;
  const scales = new Float32Array(header.count);
  for (let i = 0; i < header.count; i++) scales[i] = buffer.readFloatLE(scalesStart + i * 4);
  const componentsStart = scalesStart + header.count * 4;
  const components = new Int8Array(buffer.buffer, buffer.byteOffset + componentsStart, header.count * header.dimensions);
  const rows = new Map<string, number>();
  words.forEach((word, i) => rows.set(word, i));
  return { dimensions: header.dimensions, rows, scales, components };
}
