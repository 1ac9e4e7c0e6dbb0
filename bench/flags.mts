// Flag detectors: recall on the planted errors of the corpus, false flags on the clean texts, and speed
// on a ~10,000-word article against a baseline measured in the same run.
// Run: npx tsx bench/flags.mts
import * as chrono from "chrono-node";
import { detectFlags } from "../lib/flags/detect-flags";
import type { FlagKind } from "../lib/flags/flag-kinds";
import { cleanTexts, errorTexts, findsExpected, wordCount } from "../tests/fixtures/flag-corpus/load";

function pct(n: number, d: number): string {
  return d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`;
}

// 1. Recall on planted errors, per kind and overall.
const perKind = new Map<FlagKind, { found: number; expected: number }>();
const misses: string[] = [];
for (const t of errorTexts()) {
  const flags = detectFlags(t.text, { publishedAt: t.publishedAt });
  for (const e of t.expected) {
    const k = perKind.get(e.kind) ?? { found: 0, expected: 0 };
    k.expected++;
    if (findsExpected(t.text, flags, e)) k.found++;
    else misses.push(`${t.name}: ${e.kind} "${e.overlaps}"`);
    perKind.set(e.kind, k);
  }
}
let found = 0;
let expected = 0;
console.log("Recall on planted errors (found / expected)");
for (const [kind, k] of [...perKind.entries()].sort()) {
  found += k.found;
  expected += k.expected;
  console.log(`  ${kind.padEnd(24)} ${String(k.found).padStart(3)} / ${String(k.expected).padEnd(3)} ${pct(k.found, k.expected)}`);
}
console.log(`  ${"overall".padEnd(24)} ${String(found).padStart(3)} / ${String(expected).padEnd(3)} ${pct(found, expected)}`);
for (const m of misses) console.log(`  missed: ${m}`);

// 2. False flags on clean texts.
let cleanWords = 0;
let falseFlags = 0;
console.log("\nFalse flags on clean texts");
for (const t of cleanTexts()) {
  const flags = detectFlags(t.text, { publishedAt: t.publishedAt });
  const words = wordCount(t.text);
  cleanWords += words;
  falseFlags += flags.length;
  console.log(`  ${t.name.padEnd(40)} ${String(words).padStart(5)} words  ${flags.length} flags${flags.map((f) => `\n      ${f.ruleId}: "${f.spans[0]?.exact}"`).join("")}`);
}
console.log(`  total: ${falseFlags} flags in ${cleanWords} words = ${((1000 * falseFlags) / cleanWords).toFixed(2)} per 1,000 words`);

// 3. Speed on a ~10,000-word article made of the corpus texts.
const all = [...cleanTexts(), ...errorTexts()].map((t) => t.text);
const parts: string[] = [];
let words = 0;
for (let i = 0; words < 10_000; i++) {
  const text = all[i % all.length] as string;
  parts.push(text);
  words += wordCount(text);
}
const big = parts.join("\n\n");
const reference = new Date("2025-10-31T12:00:00Z");
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

// Warm up (module initialisation, JIT), then take medians.
const first0 = performance.now();
detectFlags(big, { publishedAt: reference });
const firstRun = performance.now() - first0;
const detectMs = median(() => detectFlags(big, { publishedAt: reference }), 7);
const segmentMs = median(() => {
  let n = 0;
  for (const _ of segmenter.segment(big)) n++;
  if (n < 0) throw new Error("unreachable");
}, 7);
const chronoMs = median(() => chrono.en.casual.parse(big, reference), 7);
console.log(`\nSpeed on one ${wordCount(big)}-word article (median of 7 runs)`);
console.log(`  all detectors (detectFlags):        ${detectMs.toFixed(1)} ms   (first, cold run: ${firstRun.toFixed(1)} ms)`);
console.log(`  baseline Intl.Segmenter sentences:  ${segmentMs.toFixed(1)} ms   ratio ${(detectMs / segmentMs).toFixed(1)}x`);
console.log(`  baseline chrono-node casual parse:  ${chronoMs.toFixed(1)} ms   ratio ${(detectMs / chronoMs).toFixed(1)}x`);
console.log(`  target < 500 ms: ${detectMs < 500 ? "met" : "NOT met"}`);
