/**
 * Re-anchoring benchmark: 500 anchors on a ~10,000-word article after a realistic edit.
 * Run: npx tsx bench/anchoring.mts
 */
import { readFileSync } from "node:fs";
import { createAnchor } from "../lib/anchoring/create-anchor";
import { reanchorAll } from "../lib/anchoring/reanchor";
import type { TextAnchor } from "../lib/anchoring/types";

const SEED = readFileSync(new URL("../prisma/seed/demo-article.txt", import.meta.url), "utf8");
const ANCHOR_COUNT = 500;

// Deterministic pseudo-random numbers so that runs compare.
let state = 42;
function random(): number {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
}

// ~10,000 words: the seed article repeated, each copy varied (years, numbers, names) so that copies differ.
const copies: string[] = [];
for (let i = 0; copies.join(" ").split(/\s+/).length < 10_000; i += 1) {
  copies.push(
    `Part ${i + 1}.\n\n` +
      SEED.replaceAll("2025", String(2010 + i))
        .replaceAll("57 percent", `${50 + i} percent`)
        .replaceAll("Busan", i % 2 === 0 ? "Busan" : "Gyeongju"),
  );
}
const oldText = copies.join("\n\n");

// 500 anchors of 3–12 words, spread over the text, starting on word boundaries.
const wordStarts = [...oldText.matchAll(/\S+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
const anchors: TextAnchor[] = [];
for (let i = 0; i < ANCHOR_COUNT; i += 1) {
  const first = Math.floor((i / ANCHOR_COUNT) * (wordStarts.length - 20));
  const last = first + 2 + Math.floor(random() * 10);
  anchors.push(createAnchor(oldText, wordStarts[first]?.start ?? 0, wordStarts[last]?.end ?? 1));
}

// A realistic revision, as replacements in old-text coordinates (so that the right outcome of every anchor is
// known): an editor's note on top, one word changed inside every 20th anchor, one paragraph removed, another
// re-wrapped (spaces → newlines), a correction appended.
interface Replacement {
  start: number;
  end: number;
  text: string;
}
const replacements: Replacement[] = [{ start: 0, end: 0, text: "Editor's note: this article was corrected on November 3.\n\n" }];
const edited = new Set<number>();
for (let i = 7; i < ANCHOR_COUNT; i += 20) {
  const anchor = anchors[i];
  if (!anchor) continue;
  const word = [...anchor.exact.matchAll(/\S+/g)][2];
  if (!word) continue;
  const at = anchor.start + (word.index ?? 0);
  replacements.push({ start: at, end: at + word[0].length, text: `${word[0]}s` });
  edited.add(i);
}
const paragraphBreaks = [...oldText.matchAll(/\n\n/g)].map((m) => m.index ?? 0);
const middle = Math.floor(paragraphBreaks.length / 2);
const deleted = { start: (paragraphBreaks[middle] ?? 0) + 2, end: (paragraphBreaks[middle + 1] ?? 0) + 2 };
const rewrapped = { start: (paragraphBreaks[middle - 20] ?? 0) + 2, end: paragraphBreaks[middle - 19] ?? 0 };
for (const r of replacements.splice(1)) {
  if (r.end <= deleted.start || r.start >= deleted.end) replacements.push(r);
}
replacements.push({ start: deleted.start, end: deleted.end, text: "" });
for (const m of oldText.slice(rewrapped.start, rewrapped.end).matchAll(/ /g)) {
  const at = rewrapped.start + (m.index ?? 0);
  if ((m.index ?? 0) % 7 === 0 && !replacements.some((r) => r.start <= at && at < r.end)) replacements.push({ start: at, end: at + 1, text: "\n" });
}
replacements.push({ start: oldText.length, end: oldText.length, text: "\n\nCorrection: an earlier version misstated the tariff figures." });
replacements.sort((a, b) => a.start - b.start || a.end - b.end);

let newText = "";
let cursor = 0;
for (const r of replacements) {
  newText += oldText.slice(cursor, r.start) + r.text;
  cursor = r.end;
}
newText += oldText.slice(cursor);

/** Where an old offset lands in the new text (after insertions at the same place). */
function shift(offset: number, inclusiveOfInsertAt: boolean): number {
  let delta = 0;
  for (const r of replacements) {
    if (r.end < offset || (r.end === offset && (r.start < offset || inclusiveOfInsertAt))) delta += r.text.length - (r.end - r.start);
  }
  return offset + delta;
}
// Partly deleted anchors may fairly come back fuzzy or orphaned ("either").
type Expected = { state: "anchored" | "fuzzy" | "orphaned" | "either"; start: number; end: number };
const expected: Expected[] = anchors.map((anchor) => {
  if (anchor.start >= deleted.start && anchor.end <= deleted.end) return { state: "orphaned", start: 0, end: 0 };
  if (anchor.start < deleted.end && anchor.end > deleted.start) return { state: "either", start: 0, end: 0 };
  const isWhitespaceOnly = (r: Replacement): boolean => r.text.trim() === "" && oldText.slice(r.start, r.end).trim() === "";
  const touched = replacements.filter((r) => r.start < anchor.end && r.end > anchor.start && !isWhitespaceOnly(r));
  return { state: touched.length > 0 ? "fuzzy" : "anchored", start: shift(anchor.start, true), end: shift(anchor.end, false) };
});
function time(label: string, run: () => unknown, repeat = 5): number {
  run(); // warm-up (JIT, lazy module state)
  const times: number[] = [];
  for (let i = 0; i < repeat; i += 1) {
    const began = performance.now();
    run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`${label.padEnd(48)} ${median.toFixed(2).padStart(9)} ms (median of ${repeat})`);
  return median;
}

// A heavy revision for contrast: every tenth word of the article changed.
let wordIndex = 0;
const heavyText = oldText.replace(/\S+/g, (word) => (++wordIndex % 10 === 0 ? `${word.toUpperCase()}x` : word));

const words = oldText.split(/\s+/).length;
const want = { anchored: 0, fuzzy: 0, orphaned: 0, either: 0 };
for (const e of expected) want[e.state] += 1;
console.log(`text: ${words} words, ${oldText.length} → ${newText.length} characters; ${ANCHOR_COUNT} anchors`);
console.log(`expected: ${want.anchored} anchored, ${want.fuzzy} fuzzy (${edited.size} edited inside), ${want.orphaned} orphaned, ${want.either} partly deleted (fuzzy or orphaned)`);

const baseline = time("baseline: 500 × indexOf(exact)", () => anchors.map((a) => newText.indexOf(a.exact)));
const withOld = time("reanchorAll(anchors, newText, oldText)", () => reanchorAll(anchors, newText, oldText));
const withoutOld = time("reanchorAll(anchors, newText) (no old text)", () => reanchorAll(anchors, newText));
console.log(`ratio to baseline: ${(withOld / baseline).toFixed(0)}× with old text, ${(withoutOld / baseline).toFixed(0)}× without`);
time("heavy revision (every 10th word changed)", () => reanchorAll(anchors, heavyText, oldText), 3);

for (const [label, results] of [
  ["with old text", reanchorAll(anchors, newText, oldText)],
  ["without old text", reanchorAll(anchors, newText)],
] as const) {
  const counts = { anchored: 0, fuzzy: 0, orphaned: 0 };
  let inconsistent = 0;
  for (const result of results) {
    counts[result.state] += 1;
    if (result.anchor && newText.slice(result.anchor.start, result.anchor.end) !== result.anchor.exact) inconsistent += 1;
  }
  const wrong = results.filter((result, i) => {
    const want = expected[i];
    if (want?.state === "either") return result.state === "anchored";
    if (!want || result.state !== want.state) return true;
    return result.anchor !== null && (result.anchor.start !== want.start || result.anchor.end !== want.end);
  }).length;
  console.log(
    `${label}: ${counts.anchored} anchored, ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned; ` +
      `${results.length} results, ${results.length - wrong} as expected; ${inconsistent} inconsistent`,
  );
}
console.log(
  "(without the old text, an edited passage whose unchanged twin sits in another copy of the repeated article " +
    "is indistinguishable from that twin: the diff is what tells them apart)",
);
