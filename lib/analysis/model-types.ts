import type { CueCode } from "./detect-cues";
import type { FeatureOptions } from "./extract-features";

/** The shipped model file (lib/analysis/model/checkworthiness.json), written by
 * scripts/train-checkworthiness.mts. A linear model: logit = bias + Σ cue weights + Σ n-gram
 * weights × n-gram value, where an n-gram's value is 1, or 1/√(n-grams of its block) when the
 * block is L2-normalised (word n-grams and character n-grams are separate blocks). */
export interface CheckworthinessModelFile {
  format: "factdesk-checkworthiness";
  version: 1 | 2;
  description: string;
  features: FeatureOptions;
  normalize: "none" | "l2";
  bias: number;
  /** Decision threshold on the probability, tuned for F1 of the Yes class on validation. */
  threshold: number;
  cueWeights: Partial<Record<CueCode, number>>;
  ngrams: string[];
  /** Parallel to ngrams. */
  weights: number[];
  /** Version 2: weights of the dense features (pooled word vectors), each standardised as (x − mean) / scale. */
  dense?: DenseWeights;
  /** The threshold at which analysis proposes a sentence as a claim in news text (see the training script); `threshold` when absent. */
  proposalThreshold?: number;
  /** What the training script measured on the held-out split, for information only. */
  validation: {
    seed: number;
    fraction: number;
    size: number;
    precision: number;
    recall: number;
    f1: number;
    model: string;
    /** "time": trained on the earlier debates, validated on the later ones (version 2); absent: the seeded random split. */
    split?: "time" | "random";
    /** F1 of the same candidate trained and validated on the seeded random split, for comparison. */
    randomSplitF1?: number;
    /** Precision and recall at the proposal threshold, on the same validation split. */
    atProposalThreshold?: { precision: number; recall: number; f1: number };
  };
}

export interface DenseWeights {
  mean: number[];
  scale: number[];
  weights: number[];
}

/** The model ready for scoring. */
export interface CheckworthinessModel {
  features: FeatureOptions;
  normalize: "none" | "l2";
  bias: number;
  threshold: number;
  cueWeights: Partial<Record<CueCode, number>>;
  weights: Map<string, number>;
  /** Dense weights folded with their standardisation: contribution = Σ w·x + offset. */
  dense: { weights: Float64Array; offset: number } | null;
  proposalThreshold: number;
}
