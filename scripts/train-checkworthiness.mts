/**
 * Trains the check-worthiness scorer on CLEF CheckThat! 2024 (English) and writes
 * lib/analysis/model/checkworthiness.json.
 *
 *   npx tsx scripts/train-checkworthiness.mts            # the candidates below, then the winner
 *   npx tsx scripts/train-checkworthiness.mts --explore  # a wider grid and pairwise ensembles, prints only
 *   GRID='{"l2":3e-4,"normalize":"none"};{"l2":3e-5,"chars":true,"minCount":3}' npx tsx … --explore
 *                                                       # your own candidates (JSON, ";"-separated)
 *
 * Each candidate is trained twice: on the earlier debates, validated on the later ones (the
 * time-ordered split, lib/analysis/training/split-validation.ts), and on a seeded random split for
 * comparison. The model is chosen by F1 of the Yes class on the later debates, the simplest among
 * those within half a point of the best; the F1 threshold and the news proposal threshold (the
 * model at least PROPOSAL_PRECISION precise) are tuned there. Word vectors come from
 * lib/analysis/model/word-vectors.bin (scripts/build-word-vectors.mts). The data file defaults to
 * ../shared/data/checkworthiness/ct24_train.tsv (beside the repository) (env CHECKWORTHINESS_TSV overrides).
 *
 * Deterministic: a fixed seeded split and full-batch L-BFGS, no sampling anywhere.
 */
import { writeFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CUE_CODES, type CueCode } from "../lib/analysis/detect-cues";
import { extractFeatures, type FeatureOptions, type SentenceFeatures } from "../lib/analysis/extract-features";
import { compileModel } from "../lib/analysis/compile-model";
import { applyModel } from "../lib/analysis/apply-model";
import type { CheckworthinessModelFile, DenseWeights } from "../lib/analysis/model-types";
import { readCheckworthiness } from "../lib/analysis/training/read-checkworthiness";
import { splitByTime, splitValidation, TIME_SPLIT, VALIDATION_SPLIT } from "../lib/analysis/training/split-validation";
import { fitLogisticRegression, predictLogits, type SparseMatrix } from "../lib/analysis/training/fit-logistic-regression";
import { tuneThreshold } from "../lib/analysis/training/tune-threshold";
import { measureF1, type ClassMetrics } from "../lib/analysis/training/measure-f1";
import { bootstrapF1 } from "../lib/analysis/training/bootstrap-f1";

const OUTPUT = fileURLToPath(new URL("../lib/analysis/model/checkworthiness.json", import.meta.url));
/** Keeps the shipped file small (~400 KB): the 20,000 largest weights of ~38,800 lose 0.1 point of F1. */
const MAX_SHIPPED_NGRAMS = 20_000;

/** The sign a hand-made feature must have, so a reason never says "hedged" and raises the score. */
const CUE_SIGNS: Record<CueCode, 1 | -1 | 0> = {
  number: 1,
  percentage: 1,
  money: 1,
  date: 1,
  actor: 1,
  attribution: 1,
  quote: 1,
  comparison: 1,
  prediction: 0,
  hedge: -1,
  opinion: -1,
  question: -1,
  short: -1,
};

interface Candidate {
  name: string;
  features: FeatureOptions;
  normalize: "none" | "l2";
  /** Scale n-gram columns by naive-Bayes log-count ratios (NB-LR, after Wang & Manning 2012). */
  nb: boolean;
  minCount: number;
  l2: number;
  /** Penalty multiplier of the hand-made features relative to n-grams. */
  cuePenalty: number;
  useCues: boolean;
  /** Penalty multiplier of the pooled word-vector columns (standardised) relative to n-grams. */
  densePenalty: number;
}

const WORDS_12: FeatureOptions = { maxWordNgram: 2, charNgrams: null };
const WORDS_CHARS: FeatureOptions = { maxWordNgram: 2, charNgrams: [3, 5] };
const WORDS_VECTORS: FeatureOptions = { maxWordNgram: 2, charNgrams: null, vectors: true };
const WORDS_CHARS_VECTORS: FeatureOptions = { maxWordNgram: 2, charNgrams: [2, 5], vectors: true };

function candidates(explore: boolean): Candidate[] {
  const base: Candidate = {
    name: "",
    features: WORDS_12,
    normalize: "l2",
    nb: false,
    minCount: 2,
    l2: 1e-4,
    cuePenalty: 1,
    useCues: true,
    densePenalty: 1,
  };
  const list: Candidate[] = [];
  if (process.env.GRID) {
    for (const spec of process.env.GRID.split(";")) {
      const o = JSON.parse(spec) as Partial<Candidate> & { chars?: boolean };
      const c: Candidate = { ...base, ...o, features: o.features ?? (o.chars ? WORDS_CHARS : WORDS_12) };
      c.name = spec.slice(0, 52);
      list.push(c);
    }
    return list;
  }
  // The baseline first: the model shipped before word vectors (binary word 1-2-grams + cues).
  list.push({ ...base, name: "LR words 1-2 + cues, binary, l2=3e-4 (previous)", normalize: "none", l2: 3e-4 });
  // Word vectors (GloVe-derived, pooled mean/max/min) beside the n-grams, as the trial suggested.
  for (const l2 of explore ? [1e-4, 3e-4, 1e-3] : [3e-4]) {
    for (const densePenalty of explore ? [0.3, 1, 3] : [1]) {
      list.push({ ...base, name: `LR words 1-2 + vectors + cues, binary, l2=${l2}, dp=${densePenalty}`, features: WORDS_VECTORS, normalize: "none", l2, densePenalty });
    }
  }
  for (const l2 of explore ? [1e-5, 3e-5, 1e-4] : [3e-5]) {
    list.push({ ...base, name: `LR words 1-2 + chars 2-5 + vectors + cues, l2=${l2}`, features: WORDS_CHARS_VECTORS, minCount: 3, l2 });
  }
  if (!explore) return list;
  list.push({ ...base, name: "LR words 1-2 + cues (l2-normalised), l2=1e-4", l2: 1e-4 });
  for (const l2 of [1e-6, 3e-6, 1e-5, 3e-5, 3e-4, 1e-3]) {
    list.push({ ...base, name: `LR words 1-2 + cues, l2=${l2}`, l2 });
  }
  for (const l2 of [3e-5, 1e-4, 1e-3, 3e-3]) {
    list.push({ ...base, name: `LR words 1-2 + cues, binary, l2=${l2}`, normalize: "none", l2 });
  }
  for (const l2 of [3e-6, 1e-5, 3e-5, 1e-4, 3e-4]) {
    list.push({ ...base, name: `NB-LR words 1-2 + cues, l2=${l2}`, nb: true, l2 });
  }
  for (const l2 of [1e-5, 3e-5, 1e-4, 3e-4]) {
    list.push({ ...base, name: `LR words 1-2 + chars 3-5 + cues, l2=${l2}`, features: WORDS_CHARS, minCount: 3, l2 });
  }
  list.push({ ...base, name: "LR words 1-2, no cues, l2=3e-4", l2: 3e-4, useCues: false });
  list.push({ ...base, name: "LR words 1-2 + cues, cue penalty 0.1, l2=3e-4", l2: 3e-4, cuePenalty: 0.1 });
  return list;
}

interface Dataset {
  features: SentenceFeatures[];
  labels: Uint8Array;
}

interface Vocabulary {
  index: Map<string, number>;
  keys: string[];
}

function buildVocabulary(data: Dataset, minCount: number): Vocabulary {
  const counts = new Map<string, number>();
  for (const f of data.features) for (const key of f.ngrams) counts.set(key, (counts.get(key) ?? 0) + 1);
  // Sorted keys: the column order, and so the fit, must not depend on Map insertion quirks.
  const keys = [...counts.entries()].filter(([, c]) => c >= minCount).map(([k]) => k).sort();
  return { index: new Map(keys.map((k, i) => [k, i])), keys };
}

/** Mean and standard deviation of each dense column on the training set: the columns are standardised. */
function denseStatistics(data: Dataset): DenseWeights | null {
  const first = data.features[0]?.dense;
  if (!first) return null;
  const d = first.length;
  const mean = new Array<number>(d).fill(0);
  const sq = new Array<number>(d).fill(0);
  for (const f of data.features) {
    for (let k = 0; k < d; k++) {
      const v = f.dense?.[k] ?? 0;
      mean[k] = (mean[k] ?? 0) + v;
      sq[k] = (sq[k] ?? 0) + v * v;
    }
  }
  const n = data.features.length;
  for (let k = 0; k < d; k++) {
    mean[k] = (mean[k] ?? 0) / n;
    sq[k] = Math.sqrt(Math.max((sq[k] ?? 0) / n - (mean[k] ?? 0) ** 2, 1e-12));
  }
  return { mean, scale: sq, weights: [] };
}

/** Rows: n-gram columns (vocabulary order), one column per cue, then the standardised dense columns. Values as applyModel computes them. */
function buildMatrix(data: Dataset, vocab: Vocabulary, c: Candidate, columnScale: Float64Array | null, dense: DenseWeights | null): SparseMatrix {
  const indptr = new Int32Array(data.features.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const cueBase = vocab.keys.length;
  data.features.forEach((f, i) => {
    let words = 0;
    let chars = 0;
    for (const key of f.ngrams) {
      if (key.startsWith("c:")) chars++;
      else words++;
    }
    const wordScale = c.normalize === "l2" && words > 0 ? 1 / Math.sqrt(words) : 1;
    const charScale = c.normalize === "l2" && chars > 0 ? 1 / Math.sqrt(chars) : 1;
    const row: Array<[number, number]> = [];
    for (const key of f.ngrams) {
      const j = vocab.index.get(key);
      if (j === undefined) continue;
      const v = key.startsWith("c:") ? charScale : wordScale;
      row.push([j, v * (columnScale ? (columnScale[j] ?? 1) : 1)]);
    }
    if (c.useCues) for (const cue of f.cues) row.push([cueBase + CUE_CODES.indexOf(cue.code), 1]);
    if (dense && f.dense) {
      for (let k = 0; k < f.dense.length; k++) {
        row.push([cueBase + CUE_CODES.length + k, ((f.dense[k] ?? 0) - (dense.mean[k] ?? 0)) / (dense.scale[k] || 1)]);
      }
    }
    row.sort((a, b) => a[0] - b[0]);
    for (const [j, v] of row) {
      indices.push(j);
      values.push(v);
    }
    indptr[i + 1] = indices.length;
  });
  return {
    rows: data.features.length,
    cols: cueBase + CUE_CODES.length + (dense ? dense.mean.length : 0),
    indptr,
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
  };
}

/** Naive-Bayes log-count ratio of each n-gram (binary counts, add-one smoothing). */
function logCountRatios(data: Dataset, vocab: Vocabulary): Float64Array {
  const pos = new Float64Array(vocab.keys.length).fill(1);
  const neg = new Float64Array(vocab.keys.length).fill(1);
  data.features.forEach((f, i) => {
    const target = data.labels[i] === 1 ? pos : neg;
    for (const key of f.ngrams) {
      const j = vocab.index.get(key);
      if (j !== undefined) target[j] = (target[j] ?? 0) + 1;
    }
  });
  const sumPos = pos.reduce((a, b) => a + b, 0);
  const sumNeg = neg.reduce((a, b) => a + b, 0);
  return pos.map((p, j) => Math.log(p / sumPos) - Math.log((neg[j] ?? 1) / sumNeg));
}

interface Trained {
  candidate: Candidate;
  vocab: Vocabulary;
  weights: Float64Array; // per n-gram, NB ratio folded in
  cueWeights: Float64Array;
  dense: DenseWeights | null;
  bias: number;
  threshold: number;
  metrics: ClassMetrics;
  seconds: number;
  logits: Float64Array;
}

function train(c: Candidate, trainSet: Dataset, validation: Dataset): Trained {
  const started = performance.now();
  const vocab = buildVocabulary(trainSet, c.minCount);
  const scale = c.nb ? logCountRatios(trainSet, vocab) : null;
  const denseStats = c.features.vectors ? denseStatistics(trainSet) : null;
  const X = buildMatrix(trainSet, vocab, c, scale, denseStats);
  const V = buildMatrix(validation, vocab, c, scale, denseStats);
  const penalty = new Float64Array(X.cols).fill(1);
  for (let k = 0; k < CUE_CODES.length; k++) penalty[vocab.keys.length + k] = c.cuePenalty;
  for (let j = vocab.keys.length + CUE_CODES.length; j < X.cols; j++) penalty[j] = c.densePenalty;

  // Fit; a hand-made feature whose weight comes out with the wrong sign is held at zero and the
  // model refitted, so its reason can never point the wrong way.
  const frozen = new Uint8Array(X.cols);
  if (!c.useCues) for (let k = 0; k < CUE_CODES.length; k++) frozen[vocab.keys.length + k] = 1;
  let fit = fitLogisticRegression(X, trainSet.labels, { l2: c.l2, penalty, frozen });
  for (let round = 0; round < CUE_CODES.length; round++) {
    let changed = false;
    CUE_CODES.forEach((code, k) => {
      const j = vocab.keys.length + k;
      const sign = CUE_SIGNS[code];
      if (!frozen[j] && sign !== 0 && (fit.weights[j] ?? 0) * sign < 0) {
        frozen[j] = 1;
        changed = true;
      }
    });
    if (!changed) break;
    fit = fitLogisticRegression(X, trainSet.labels, { l2: c.l2, penalty, frozen });
  }

  const logits = predictLogits(V, fit);
  const probabilities = logits.map((z) => 1 / (1 + Math.exp(-z)));
  const labels = Array.from(validation.labels, (v) => v === 1);
  const { threshold, metrics } = tuneThreshold(probabilities, labels);
  const weights = fit.weights.slice(0, vocab.keys.length);
  if (scale) for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] ?? 0) * (scale[j] ?? 1);
  return {
    candidate: c,
    vocab,
    weights,
    cueWeights: fit.weights.slice(vocab.keys.length, vocab.keys.length + CUE_CODES.length),
    dense: denseStats
      ? { ...denseStats, weights: Array.from(fit.weights.slice(vocab.keys.length + CUE_CODES.length)) }
      : null,
    bias: fit.bias,
    threshold,
    metrics,
    seconds: (performance.now() - started) / 1000,
    logits,
  };
}

/** The shipped file: the largest weights only, rounded, so it stays small and loads fast. */
function toModelFile(t: Trained, validationSize: number): CheckworthinessModelFile {
  const order = t.vocab.keys
    .map((key, j) => ({ key, w: t.weights[j] ?? 0 }))
    .filter((e) => Math.abs(e.w) >= 1e-3)
    .sort((a, b) => Math.abs(b.w) - Math.abs(a.w) || (a.key < b.key ? -1 : 1))
    .slice(0, MAX_SHIPPED_NGRAMS)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const cueWeights: Partial<Record<CueCode, number>> = {};
  CUE_CODES.forEach((code, k) => {
    const w = round(t.cueWeights[k] ?? 0);
    if (w !== 0) cueWeights[code] = w;
  });
  return {
    format: "factdesk-checkworthiness",
    version: t.dense ? 2 : 1,
    description:
      "Check-worthiness of a sentence: logistic regression over word n-grams, hand-made cues" +
      (t.dense ? " and pooled GloVe-derived word vectors (word-vectors.bin)" : "") +
      ", trained by scripts/train-checkworthiness.mts on the earlier debates of CLEF CheckThat! 2024 English.",
    features: t.candidate.features,
    normalize: t.candidate.normalize,
    bias: round(t.bias),
    threshold: t.threshold,
    cueWeights,
    ngrams: order.map((e) => e.key),
    weights: order.map((e) => round(e.w)),
    ...(t.dense
      ? { dense: { mean: t.dense.mean.map(round6), scale: t.dense.scale.map(round6), weights: t.dense.weights.map(round6) } }
      : {}),
    validation: {
      seed: VALIDATION_SPLIT.seed,
      fraction: TIME_SPLIT.fraction,
      size: validationSize,
      precision: 0,
      recall: 0,
      f1: 0,
      model: t.candidate.name,
      split: "time",
    },
  };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(5);
}

/**
 * The proposal threshold for news: debate transcripts are full of claims, news narrative much less
 * so, and the F1-best threshold proposes most sentences of a plain news story. Analysis proposes a
 * sentence only where the model is this precise on the later debates.
 */
const PROPOSAL_PRECISION = 0.8;

function proposalThreshold(probabilities: Float64Array | number[], labels: boolean[], floor: number): number {
  for (let t = floor; t < 0.95; t = Math.round((t + 0.01) * 100) / 100) {
    const m = measureF1(Array.from(probabilities), labels, t);
    if (m.precision >= PROPOSAL_PRECISION && m.truePositives > 0) return t;
  }
  return floor;
}

function main(): void {
  const explore = process.argv.includes("--explore");
  const started = performance.now();
  const rows = readCheckworthiness();
  const splits = { time: splitByTime(rows), random: splitValidation(rows) };
  const featureCache = new Map<string, Record<keyof typeof splits, { trainSet: Dataset; validation: Dataset }>>();
  const datasets = (options: FeatureOptions) => {
    const key = JSON.stringify(options);
    let cached = featureCache.get(key);
    if (!cached) {
      const toDataset = (rs: typeof rows): Dataset => ({
        features: rs.map((r) => extractFeatures(r.text, options)),
        labels: Uint8Array.from(rs, (r) => (r.label ? 1 : 0)),
      });
      const of = (split: { train: typeof rows; validation: typeof rows }) => ({ trainSet: toDataset(split.train), validation: toDataset(split.validation) });
      cached = { time: of(splits.time), random: of(splits.random) };
      featureCache.set(key, cached);
    }
    return cached;
  };

  console.log(
    `CT24 English: ${rows.length} sentences. Time-ordered split: train on the earlier ${splits.time.train.length}, ` +
      `validate on the later ${splits.time.validation.length}; random split (seed ${VALIDATION_SPLIT.seed}): ` +
      `${splits.random.train.length} / ${splits.random.validation.length}\n`,
  );
  console.log("model".padEnd(64) + "  time: thresh  prec   rec    F1 | random F1   vocab   secs");
  const results: { time: Trained; randomF1: number }[] = [];
  for (const c of candidates(explore)) {
    const data = datasets(c.features);
    const t = train(c, data.time.trainSet, data.time.validation);
    const r = train(c, data.random.trainSet, data.random.validation);
    results.push({ time: t, randomF1: r.metrics.f1 });
    console.log(
      `${c.name.padEnd(64)}  ${t.threshold.toFixed(2)}  ${pct(t.metrics.precision)}  ${pct(t.metrics.recall)}  ` +
        `${pct(t.metrics.f1)} | ${pct(r.metrics.f1)}     ${String(t.vocab.keys.length).padStart(6)}  ${(t.seconds + r.seconds).toFixed(1).padStart(5)}`,
    );
  }
  if (explore) return;
  // Chosen on the later debates (what a model meets in use). Half a point of F1 is below the noise
  // of the validation set (bootstrap SE about one point): among candidates that close to the best,
  // the simplest (no character n-grams, then no vectors).
  const top = Math.max(...results.map((r) => r.time.metrics.f1));
  const complexity = (r: Trained) => (r.candidate.features.charNgrams ? 2 : 0) + (r.candidate.features.vectors ? 1 : 0);
  const best = results
    .filter((r) => r.time.metrics.f1 >= top - 0.005)
    .reduce((a, b) =>
      complexity(b.time) < complexity(a.time) || (complexity(b.time) === complexity(a.time) && b.time.metrics.f1 > a.time.metrics.f1) ? b : a,
    );
  const baseline = results[0];

  // Re-score validation through the shipping path (pruned, rounded weights; applyModel) and
  // re-tune the threshold there, so the stored numbers are those of the file.
  const { validation } = datasets(best.time.candidate.features).time;
  const file = toModelFile(best.time, validation.features.length);
  const model = compileModel(file);
  const probabilities = validation.features.map((f) => applyModel(model, f).probability);
  const labels = Array.from(validation.labels, (v) => v === 1);
  const tuned = tuneThreshold(probabilities, labels);
  file.threshold = tuned.threshold;
  const final = measureF1(probabilities, labels, tuned.threshold);
  const interval = bootstrapF1(probabilities, labels, tuned.threshold);
  file.proposalThreshold = proposalThreshold(probabilities, labels, tuned.threshold);
  const atProposal = measureF1(probabilities, labels, file.proposalThreshold);
  file.validation = {
    ...file.validation,
    precision: round(final.precision),
    recall: round(final.recall),
    f1: round(final.f1),
    randomSplitF1: round(best.randomF1),
    atProposalThreshold: { precision: round(atProposal.precision), recall: round(atProposal.recall), f1: round(atProposal.f1) },
  };
  writeFileSync(OUTPUT, JSON.stringify(file) + "\n");

  console.log(
    `\nchosen: ${best.time.candidate.name}` +
      (baseline && baseline !== best ? ` (previous model: time-split F1 ${pct(baseline.time.metrics.f1)}, random-split F1 ${pct(baseline.randomF1)})` : ""),
  );
  console.log(`cue weights: ${Object.entries(file.cueWeights).map(([k, w]) => `${k} ${w}`).join(", ")}`);
  console.log(
    `shipped model, later debates (Yes class): precision ${pct(final.precision)}  recall ${pct(final.recall)}  ` +
      `F1 ${pct(final.f1)} (bootstrap 95% interval ${pct(interval.low)}–${pct(interval.high)})  at threshold ${file.threshold}; ` +
      `random split F1 ${pct(best.randomF1)}`,
  );
  console.log(
    `proposal threshold for news ${file.proposalThreshold}: precision ${pct(atProposal.precision)}  recall ${pct(atProposal.recall)}  F1 ${pct(atProposal.f1)}`,
  );
  console.log(
    `wrote ${OUTPUT} (${file.ngrams.length} n-grams, ${(statSync(OUTPUT).size / 1024).toFixed(0)} KiB) ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main();
