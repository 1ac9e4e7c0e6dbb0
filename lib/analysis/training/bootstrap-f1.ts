import { measureF1 } from "./measure-f1";
import { mulberry32 } from "./split-validation";

/**
 * A seeded percentile-bootstrap 95% interval for F1 of the Yes class: how much the validation
 * figure could move with another sample of the same size (model differences inside it are noise).
 */
export function bootstrapF1(
  scores: ArrayLike<number>,
  labels: ArrayLike<boolean>,
  threshold: number,
  samples = 1000,
  seed = 1,
): { low: number; high: number } {
  const n = scores.length;
  const random = mulberry32(seed);
  const s = new Float64Array(n);
  const l: boolean[] = new Array<boolean>(n);
  const f1s: number[] = [];
  for (let b = 0; b < samples; b++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(random() * n);
      s[i] = scores[j] ?? 0;
      l[i] = labels[j] ?? false;
    }
    f1s.push(measureF1(s, l, threshold).f1);
  }
  f1s.sort((a, b) => a - b);
  return { low: f1s[Math.floor(samples * 0.025)] ?? 0, high: f1s[Math.ceil(samples * 0.975) - 1] ?? 0 };
}
