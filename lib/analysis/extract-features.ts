import { detectCues, type Cue } from "./detect-cues";
import { loadWordVectors } from "./vectors/load-word-vectors";
import { poolWordVectors } from "./vectors/pool-word-vectors";

/** How a sentence becomes features; stored in the model so inference matches training. */
export interface FeatureOptions {
  /** Longest word n-gram (1 = unigrams, 2 = unigrams + bigrams). */
  maxWordNgram: number;
  /** Character n-gram lengths inside words, e.g. [3, 5]; null for none. */
  charNgrams: [number, number] | null;
  /** Add the pooled word vectors (mean, max, min) of the sentence as dense features. */
  vectors?: boolean;
}

export interface SentenceFeatures {
  /** Distinct n-gram keys: words joined by a space, character n-grams prefixed "c:". */
  ngrams: string[];
  cues: Cue[];
  /** The pooled word vectors when the options ask for them. */
  dense: Float32Array | null;
}

const TOKEN = /\p{L}+(?:'\p{L}+)*|\d+(?:[.,]\d+)*|[%$€£?!]/gu;
const YEAR = /^(?:19|20)\d\d$/;

/** Lowercased tokens with numbers folded into <num>/<year>, so "57" and "47" share a weight. */
export function tokenize(text: string): string[] {
  const tokens = text.toLowerCase().replace(/[’‘]/gu, "'").match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) tokens[i] = YEAR.test(t) ? "<year>" : "<num>";
  }
  return tokens;
}

/** The n-grams and cues of one sentence. */
export function extractFeatures(text: string, options: FeatureOptions): SentenceFeatures {
  const tokens = tokenize(text);
  const keys = new Set<string>();
  for (const t of tokens) keys.add(t);
  if (options.maxWordNgram >= 2) {
    // Sentence boundaries make "i think" at the start differ from "i think" elsewhere.
    let prev = "<s>";
    for (const t of tokens) {
      keys.add(prev + " " + t);
      prev = t;
    }
    keys.add(prev + " </s>");
  }
  if (options.charNgrams) {
    const [lo, hi] = options.charNgrams;
    for (const t of tokens) {
      const padded = " " + t + " ";
      for (let n = lo; n <= hi; n++) {
        for (let i = 0; i + n <= padded.length; i++) keys.add("c:" + padded.slice(i, i + n));
      }
    }
  }
  const dense = options.vectors ? poolWordVectors(tokens, loadWordVectors()) : null;
  return { ngrams: [...keys], cues: detectCues(text), dense };
}
