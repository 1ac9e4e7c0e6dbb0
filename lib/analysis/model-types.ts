import type { CueCode } from "./detect-cues";
import type { FeatureOptions } from "./extract-features";

/** The shipped model file (lib/analysis/model/checkworthiness.json), written by
 * scripts/train-checkworthiness.mts. A linear model: logit = bias + Σ cue weights + Σ n-gram
 * weights × n-gram value, where an n-gram's value is 1, or 1/√(n-grams of its block) when the
 * block is L2-normalised (word n-grams and character n-grams are separate blocks). */
export interface CheckworthinessModelFile {
  format: "factdesk-checkworthiness";
  version: 1;
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
  /** What the training script measured on the held-out split, for information only. */
  validation: {
    seed: number;
    fraction: number;
    size: number;
    precision: number;
    recall: number;
    f1: number;
    model: string;
  };
}

/** The model ready for scoring. */
export interface CheckworthinessModel {
  features: FeatureOptions;
  normalize: "none" | "l2";
  bias: number;
  threshold: number;
  cueWeights: Partial<Record<CueCode, number>>;
  weights: Map<string, number>;
}
