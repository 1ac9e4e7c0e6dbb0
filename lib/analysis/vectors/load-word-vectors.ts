import { readFileSync } from "node:fs";
import path from "node:path";
import { readWordVectors, type WordVectors } from "./read-word-vectors";

/**
 * Where the shipped word vectors are. Read from disk at first use rather than imported: 5 MB of
 * binary does not belong in a JavaScript bundle. The app, the CLIs and the tests run from the
 * repository's root; FACTDESK_MODEL_DIR points elsewhere when they do not.
 */
export function wordVectorsPath(): string {
  return path.join(process.env.FACTDESK_MODEL_DIR ?? path.join(process.cwd(), "lib", "analysis", "model"), "word-vectors.bin");
}

let loaded: WordVectors | null = null;

/** The shipped word vectors (GloVe-derived, 50k words, int8), parsed on first use and kept. */
export function loadWordVectors(): WordVectors {
  loaded ??= readWordVectors(readFileSync(wordVectorsPath()));
  return loaded;
}
