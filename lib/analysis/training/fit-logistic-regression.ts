/** A sparse row matrix (CSR): row i holds indices[indptr[i]..indptr[i+1]) with their values. */
export interface SparseMatrix {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export interface FitOptions {
  /** L2 penalty on the mean log-loss: (l2 / 2) · Σ penalty[j] · w[j]². */
  l2: number;
  /** Per-column multiplier of the penalty (e.g. lighter on the few hand-made features). Default 1. */
  penalty?: Float64Array;
  /** Weight of a positive example relative to a negative one. Default 1. */
  positiveWeight?: number;
  /** Columns held at zero (used to enforce the sign of a hand-made feature). */
  frozen?: Uint8Array;
  maxIterations?: number;
}

export interface LinearModel {
  weights: Float64Array;
  bias: number;
  iterations: number;
  loss: number;
}

const MEMORY = 10;

/**
 * L2-regularised logistic regression fitted by L-BFGS on the full batch. Deterministic (no
 * sampling), and it converges to the optimum, so comparing penalties compares models, not luck.
 */
export function fitLogisticRegression(X: SparseMatrix, y: Uint8Array, options: FitOptions): LinearModel {
  const n = X.rows;
  const d = X.cols + 1; // last entry: the bias, not penalised
  const positiveWeight = options.positiveWeight ?? 1;
  const maxIterations = options.maxIterations ?? 300;
  const frozen = options.frozen;
  const penalty = options.penalty;

  const z = new Float64Array(n);
  const evaluate = (x: Float64Array, grad: Float64Array): number => {
    const bias = x[d - 1] ?? 0;
    grad.fill(0);
    let loss = 0;
    let gBias = 0;
    for (let i = 0; i < n; i++) {
      let zi = bias;
      for (let k = X.indptr[i] ?? 0, end = X.indptr[i + 1] ?? 0; k < end; k++) {
        zi += (x[X.indices[k] ?? 0] ?? 0) * (X.values[k] ?? 0);
      }
      z[i] = zi;
      const yi = y[i] === 1;
      const c = yi ? positiveWeight : 1;
      const m = yi ? zi : -zi;
      // log(1 + e^-m) computed without overflow
      loss += c * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
      const p = 1 / (1 + Math.exp(-zi));
      const r = (c * (p - (yi ? 1 : 0))) / n;
      gBias += r;
      for (let k = X.indptr[i] ?? 0, end = X.indptr[i + 1] ?? 0; k < end; k++) {
        const j = X.indices[k] ?? 0;
        grad[j] = (grad[j] ?? 0) + r * (X.values[k] ?? 0);
      }
    }
    loss /= n;
    for (let j = 0; j < d - 1; j++) {
      const wj = x[j] ?? 0;
      const pj = options.l2 * (penalty ? (penalty[j] ?? 1) : 1);
      loss += 0.5 * pj * wj * wj;
      grad[j] = (grad[j] ?? 0) + pj * wj;
      if (frozen && frozen[j]) grad[j] = 0;
    }
    grad[d - 1] = gBias;
    return loss;
  };

  const x = new Float64Array(d);
  const g = new Float64Array(d);
  let f = evaluate(x, g);
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const rhoList: number[] = [];
  const dir = new Float64Array(d);
  const xNew = new Float64Array(d);
  const gNew = new Float64Array(d);
  const alpha = new Float64Array(MEMORY);
  let iterations = 0;

  for (; iterations < maxIterations; iterations++) {
    // Two-loop recursion: dir = -H·g
    for (let j = 0; j < d; j++) dir[j] = -(g[j] ?? 0);
    for (let k = sList.length - 1; k >= 0; k--) {
      const a = (rhoList[k] ?? 0) * dot(sList[k] as Float64Array, dir) * -1;
      alpha[k] = a;
      axpy(a, yList[k] as Float64Array, dir);
    }
    if (sList.length > 0) {
      const last = sList.length - 1;
      const yy = dot(yList[last] as Float64Array, yList[last] as Float64Array);
      const gamma = 1 / ((rhoList[last] ?? 1) * yy);
      for (let j = 0; j < d; j++) dir[j] = (dir[j] ?? 0) * gamma;
    }
    for (let k = 0; k < sList.length; k++) {
      const b = (rhoList[k] ?? 0) * dot(yList[k] as Float64Array, dir);
      axpy(-(alpha[k] ?? 0) + -b, sList[k] as Float64Array, dir);
    }
    if (frozen) for (let j = 0; j < d - 1; j++) if (frozen[j]) dir[j] = 0;

    let slope = dot(g, dir);
    if (slope >= 0) {
      // Not a descent direction: forget the curvature and follow the gradient.
      sList.length = 0;
      yList.length = 0;
      rhoList.length = 0;
      for (let j = 0; j < d; j++) dir[j] = -(g[j] ?? 0);
      slope = dot(g, dir);
    }

    let step = sList.length === 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < d; j++) xNew[j] = (x[j] ?? 0) + step * (dir[j] ?? 0);
      fNew = evaluate(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break;

    const s = new Float64Array(d);
    const yv = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      s[j] = (xNew[j] ?? 0) - (x[j] ?? 0);
      yv[j] = (gNew[j] ?? 0) - (g[j] ?? 0);
    }
    const sy = dot(s, yv);
    if (sy > 1e-12) {
      sList.push(s);
      yList.push(yv);
      rhoList.push(1 / sy);
      if (sList.length > MEMORY) {
        sList.shift();
        yList.shift();
        rhoList.shift();
      }
    }
    const decrease = f - fNew;
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (decrease < 1e-10 * Math.max(1, Math.abs(f)) || maxAbs(g) < 1e-7) break;
  }

  return { weights: x.slice(0, d - 1), bias: x[d - 1] ?? 0, iterations, loss: f };
}

/** Logits of a fitted model for every row. */
export function predictLogits(X: SparseMatrix, model: Pick<LinearModel, "weights" | "bias">): Float64Array {
  const out = new Float64Array(X.rows);
  for (let i = 0; i < X.rows; i++) {
    let zi = model.bias;
    for (let k = X.indptr[i] ?? 0, end = X.indptr[i + 1] ?? 0; k < end; k++) {
      zi += (model.weights[X.indices[k] ?? 0] ?? 0) * (X.values[k] ?? 0);
    }
    out[i] = zi;
  }
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += (a[j] ?? 0) * (b[j] ?? 0);
  return s;
}

function axpy(a: number, xv: Float64Array, yv: Float64Array): void {
  for (let j = 0; j < xv.length; j++) yv[j] = (yv[j] ?? 0) + a * (xv[j] ?? 0);
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let j = 0; j < a.length; j++) m = Math.max(m, Math.abs(a[j] ?? 0));
  return m;
}
