import { applyModel } from "./apply-model";
import { describeCue } from "./describe-cue";
import { extractFeatures, tokenize } from "./extract-features";
import { loadModel } from "./load-model";

export interface ScoreReason {
  /** "number", "percentage", "money", "date", "actor", "attribution", "quote", "comparison",
   * "prediction", "hedge", "opinion", "question", "short", "wording" (n-grams the model learned), or
   * "meaning" (what the pooled word vectors added). */
  code: string;
  /** Plain English for a reviewer, e.g. "contains a percentage: 57 percent". */
  label: string;
  /** Signed contribution to the model's log-odds; negative lowers the score. */
  weight: number;
}

const WORDING_SHOWN = 3;
/** Function words mean nothing to a reviewer on their own, whatever their weight. */
const DISPLAY_STOPWORDS = new Set(
  "a an the and or but of in on at to for by with from as is are was were be been it its this that these those there he she they we you i".split(" "),
);
/** Below this a single n-gram barely moves the score (log-odds). */
const MIN_WORDING_WEIGHT = 0.1;
/** The pooled word vectors are named as a reason only when they move the score this much (log-odds). */
const MIN_MEANING_WEIGHT = 0.3;

/**
 * How check-worthy a sentence is: the probability from the shipped linear model, with the reasons
 * behind it — the hand-made cues that fired (and their learned weights), then the learned wording
 * that pushed the score most each way. Reasons run from the one raising the score most to the
 * one lowering it most.
 */
export function scoreSentence(text: string): { score: number; reasons: ScoreReason[] } {
  const model = loadModel();
  const features = extractFeatures(text, model.features);
  const output = applyModel(model, features);

  const reasons: ScoreReason[] = features.cues.map((cue) => ({
    code: cue.code,
    label: describeCue(cue),
    weight: round(output.cueContributions[cue.code] ?? 0),
  }));

  // Wording: the n-grams that pushed the score most each way, leaving out those a cue above
  // already names (so "fell" is not both a comparison and "wording") and the unreadable ones.
  const cueWords = new Set(features.cues.flatMap((c) => c.matches.flatMap((m) => tokenize(m))));
  const readable = output.ngramContributions.filter(
    (c) =>
      Math.abs(c.weight) >= MIN_WORDING_WEIGHT &&
      !c.ngram.startsWith("c:") &&
      !DISPLAY_STOPWORDS.has(c.ngram) &&
      !c.ngram.split(" ").some((t) => t === "<s>" || t === "</s>" || cueWords.has(t)),
  );
  const raising = readable.filter((c) => c.weight > 0).slice(0, WORDING_SHOWN);
  const lowering = readable.filter((c) => c.weight < 0).slice(0, WORDING_SHOWN);
  if (raising.length > 0) {
    reasons.push({
      code: "wording",
      label: `wording typical of check-worthy sentences: ${quoteNgrams(raising)}`,
      weight: round(raising.reduce((s, c) => s + c.weight, 0)),
    });
  }
  if (lowering.length > 0) {
    reasons.push({
      code: "wording",
      label: `wording typical of sentences that are not claims: ${quoteNgrams(lowering)}`,
      weight: round(lowering.reduce((s, c) => s + c.weight, 0)),
    });
  }
  if (Math.abs(output.vectorContribution) >= MIN_MEANING_WEIGHT) {
    reasons.push({
      code: "meaning",
      label:
        output.vectorContribution > 0
          ? "its words are close in meaning to those of check-worthy sentences"
          : "its words are close in meaning to those of sentences that are not claims",
      weight: round(output.vectorContribution),
    });
  }
  reasons.sort((a, b) => b.weight - a.weight);
  return { score: output.probability, reasons };
}

function quoteNgrams(items: Array<{ ngram: string }>): string {
  return items
    .map((c) => `“${c.ngram.replace(/<num>/g, "[number]").replace(/<year>/g, "[year]")}”`)
    .join(", ");
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
