import { MODEL_FILE } from "./load-model";
import { scoreSentence, type ScoreReason } from "./score-sentence";
import { segmentSentences, type Sentence } from "../text/segment-sentences";

export interface ScoredSentence extends Sentence {
  score: number;
  reasons: ScoreReason[];
}

export interface TextAnalysis {
  sentences: ScoredSentence[];
  /** The sentences scoring at or above the threshold, in text order. */
  claims: ScoredSentence[];
  threshold: number;
}

/**
 * The threshold at which a sentence is proposed as a claim: the model's proposal threshold for news
 * (the model is this precise on the later debates; see scripts/train-checkworthiness.mts), which sits
 * above the F1-best threshold so that routine narrative sentences are not proposed.
 */
export const DEFAULT_CLAIM_THRESHOLD: number = MODEL_FILE.proposalThreshold ?? MODEL_FILE.threshold;

/** Fewer words than this cannot state a checkable fact ("Al Jazeera + 1."), whatever the model says. */
const MIN_CLAIM_WORDS = 4;
const SHORT_SENTENCE_CAP = 0.05;
const WORD = /\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu;

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Splits a text into sentences, scores each, and proposes as claims those at or above the threshold. */
export function analyzeText(text: string, options?: { threshold?: number }): TextAnalysis {
  const threshold = options?.threshold ?? DEFAULT_CLAIM_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold must be within [0, 1], got ${threshold}`);
  const sentences = segmentSentences(text).map((s): ScoredSentence => {
    const scored = scoreSentence(s.text);
    if (wordCount(s.text) >= MIN_CLAIM_WORDS || scored.score <= SHORT_SENTENCE_CAP) return { ...s, ...scored };
    const reason: ScoreReason = { code: "short", label: "too few words to state a checkable fact", weight: SHORT_SENTENCE_CAP - scored.score };
    return { ...s, score: SHORT_SENTENCE_CAP, reasons: [...scored.reasons, reason] };
  });
  return { sentences, claims: sentences.filter((s) => s.score >= threshold), threshold };
}
