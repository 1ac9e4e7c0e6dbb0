import type { CheckworthinessModel, CheckworthinessModelFile, DenseWeights } from "./model-types";

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
    dense: file.dense ? foldStandardisation(file.dense) : null,
    proposalThreshold: file.proposalThreshold ?? file.threshold,
  };
}

/** Σ w·(x − mean)/scale = Σ (w/scale)·x − Σ w·mean/scale: one multiply-add per component at scoring time. */
function foldStandardisation(dense: DenseWeights): { weights: Float64Array; offset: number } {
  const weights = new Float64Array(dense.weights.length);
  let offset = 0;
  dense.weights.forEach((w, k) => {
    const scale = dense.scale[k] || 1;
    weights[k] = w / scale;
    offset -= (w * (dense.mean[k] ?? 0)) / scale;
  });
  return { weights, offset };
}
