import type { CueCode } from "./detect-cues";
import type { SentenceFeatures } from "./extract-features";
import type { CheckworthinessModel } from "./model-types";

export interface ModelOutput {
  /** Probability that the sentence is check-worthy. */
  probability: number;
  logit: number;
  /** Signed contribution of each cue that fired. */
  cueContributions: Partial<Record<CueCode, number>>;
  /** Signed contribution of each known n-gram, largest magnitude first. */
  ngramContributions: Array<{ ngram: string; weight: number }>;
  /** What the pooled word vectors added (0 for a model without them). */
  vectorContribution: number;
}

/** Computes the linear model's logit and the share of each feature in it. */
export function applyModel(model: CheckworthinessModel, features: SentenceFeatures): ModelOutput {
  let logit = model.bias;
  const cueContributions: Partial<Record<CueCode, number>> = {};
  for (const cue of features.cues) {
    const w = model.cueWeights[cue.code] ?? 0;
    cueContributions[cue.code] = w;
    logit += w;
  }

  // Normalisation counts every n-gram of the block, known or not, as training did.
  let wordCount = 0;
  let charCount = 0;
  for (const key of features.ngrams) {
    if (key.startsWith("c:")) charCount++;
    else wordCount++;
  }
  const l2 = model.normalize === "l2";
  const wordScale = l2 && wordCount > 0 ? 1 / Math.sqrt(wordCount) : 1;
  const charScale = l2 && charCount > 0 ? 1 / Math.sqrt(charCount) : 1;

  const ngramContributions: Array<{ ngram: string; weight: number }> = [];
  for (const key of features.ngrams) {
    const w = model.weights.get(key);
    if (w === undefined) continue;
    const contribution = w * (key.startsWith("c:") ? charScale : wordScale);
    logit += contribution;
    ngramContributions.push({ ngram: key, weight: contribution });
  }
  ngramContributions.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));

  let vectorContribution = 0;
  if (model.dense && features.dense) {
    vectorContribution = model.dense.offset;
    const w = model.dense.weights;
    for (let k = 0; k < w.length; k++) vectorContribution += (w[k] ?? 0) * (features.dense[k] ?? 0);
    logit += vectorContribution;
  }

  return { probability: 1 / (1 + Math.exp(-logit)), logit, cueContributions, ngramContributions, vectorContribution };
}
