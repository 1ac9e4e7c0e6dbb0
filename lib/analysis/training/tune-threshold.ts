import { measureF1, type ClassMetrics } from "./measure-f1";

/** The probability threshold (on a 0.01 grid, so it reads well) that maximises F1 of the Yes class. */
export function tuneThreshold(scores: ArrayLike<number>, labels: ArrayLike<boolean>): { threshold: number; metrics: ClassMetrics } {
  let best = { threshold: 0.5, metrics: measureF1(scores, labels, 0.5) };
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    const threshold = Math.round(t * 100) / 100;
    const metrics = measureF1(scores, labels, threshold);
    if (metrics.f1 > best.metrics.f1) best = { threshold, metrics };
  }
  return best;
}
