import type { CheckworthinessModel, CheckworthinessModelFile } from "./model-types";

/** Turns the stored model into lookup tables (a Map, so "constructor" is just another n-gram). */
export function compileModel(file: CheckworthinessModelFile): CheckworthinessModel {
  if (file.format !== "factdesk-checkworthiness" || file.ngrams.length !== file.weights.length) {
    throw new Error("checkworthiness model: unexpected format");
  }
  const weights = new Map<string, number>();
  for (let i = 0; i < file.ngrams.length; i++) {
    weights.set(file.ngrams[i] ?? "", file.weights[i] ?? 0);
  }
  return {
    features: file.features,
    normalize: file.normalize,
    bias: file.bias,
    threshold: file.threshold,
    cueWeights: file.cueWeights,
    weights,
  };
}
