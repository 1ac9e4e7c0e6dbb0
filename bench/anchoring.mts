/**
 * Anchoring benchmark (`npm run bench -- anchoring`): realistic revisions of a ~10,000-word article with 500
 * anchors each, every anchor's right outcome known. Factdesk's re-anchoring (with the old text, as the app
 * runs it, and by quote alone) against a Hypothesis-style matcher (bench/lib/hypothesis-style-matcher.ts) on
 * the same cases; then the time of the "all combined" revision (~100 edits) for both, in the same run.
 */
import { reanchorAll } from "../lib/anchoring/reanchor";
import { hypothesisStyleMatch } from "./lib/hypothesis-style-matcher";
import { buildScenarios, loadArticle, type Scenario } from "./lib/edit-scenarios";

type Outcome = "exact" | "near" | "wrong place" | "missed" | "found though deleted" | "orphaned (deleted)";
const OUTCOMES: Outcome[] = ["exact", "near", "wrong place", "missed", "found though deleted", "orphaned (deleted)"];
type Span = { start: number; end: number } | null;

function classify(found: Span, expected: Span): Outcome {
  if (expected === null) return found === null ? "orphaned (deleted)" : "found though deleted";
  if (found === null) return "missed";
  if (found.start === expected.start && found.end === expected.end) return "exact";
  return found.start < expected.end && expected.start < found.end ? "near" : "wrong place";
}

const matchers: Record<string, (s: Scenario) => Span[]> = {
  "Factdesk (old text)": (s) => reanchorAll(s.anchors, s.newText, s.oldText).map((r) => r.anchor && { start: r.anchor.start, end: r.anchor.end }),
  "Factdesk (quote only)": (s) => reanchorAll(s.anchors, s.newText).map((r) => r.anchor && { start: r.anchor.start, end: r.anchor.end }),
  "Hypothesis-style": (s) => s.anchors.map((a) => hypothesisStyleMatch(s.newText, a)),
};
const names = Object.keys(matchers);

const article = loadArticle(process.cwd());
const scenarios = buildScenarios(article);
console.log(`article: ${article.split(/\s+/).length} words, ${article.length} characters; anchors per revision: up to 500`);

const totals = new Map<string, Map<Outcome, number>>(names.map((n) => [n, new Map(OUTCOMES.map((o) => [o, 0]))]));
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\n${"revision".padEnd(34)}${"outcome".padEnd(22)}${names.map((n) => pad(n, 24)).join("")}`);
let factdeskWorse = 0;
for (const scenario of scenarios) {
  const counts = names.map((name) => {
    const results = matchers[name]?.(scenario) ?? [];
    const c = new Map<Outcome, number>(OUTCOMES.map((o) => [o, 0]));
    results.forEach((found, i) => {
      const outcome = classify(found, scenario.expected[i] ?? null);
      c.set(outcome, (c.get(outcome) ?? 0) + 1);
      totals.get(name)?.set(outcome, (totals.get(name)?.get(outcome) ?? 0) + 1);
    });
    return c;
  });
  OUTCOMES.forEach((o, k) => {
    const label = k === 0 ? `${scenario.name} (${scenario.edits} edits, ${scenario.anchors.length} anchors)` : "";
    console.log(`${label.padEnd(34).slice(0, 34)}${o.padEnd(22)}${counts.map((c) => pad(c.get(o) ?? 0, 24)).join("")}`);
  });
}

// "As good" per row: more exact; more found (exact + near) where the words are still there; fewer wrong
// places, misses and finds of deleted words.
console.log(`\n${"all revisions".padEnd(34)}${"outcome".padEnd(22)}${names.map((n) => pad(n, 24)).join("")}   Factdesk (old text) vs Hypothesis-style`);
const get = (name: string, o: Outcome) => totals.get(name)?.get(o) ?? 0;
const ours = names[0] ?? "";
const theirs = names[2] ?? "";
for (const o of OUTCOMES) {
  const better = o === "exact" || o === "orphaned (deleted)" ? get(ours, o) >= get(theirs, o) : o === "near" ? get(ours, "exact") + get(ours, "near") >= get(theirs, "exact") + get(theirs, "near") : get(ours, o) <= get(theirs, o);
  if (!better) factdeskWorse += 1;
  console.log(`${"".padEnd(34)}${o.padEnd(22)}${names.map((n) => pad(get(n, o), 24)).join("")}   ${better ? "at least as good" : "WORSE"}`);
}

// Timing: the combined revision, 500 anchors, ~100 edits. Median of several runs, both matchers in this run.
const combined = scenarios[scenarios.length - 1];
if (combined) {
  const time = (run: () => unknown, repeat = 7): number => {
    run();
    const times: number[] = [];
    for (let i = 0; i < repeat; i += 1) {
      const began = performance.now();
      run();
      times.push(performance.now() - began);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? 0;
  };
  const firstRun = JSON.stringify(reanchorAll(combined.anchors, combined.newText, combined.oldText));
  const factdesk = time(() => reanchorAll(combined.anchors, combined.newText, combined.oldText));
  const quoteOnly = time(() => reanchorAll(combined.anchors, combined.newText));
  const hypothesis = time(() => combined.anchors.map((a) => hypothesisStyleMatch(combined.newText, a)));
  const sameEveryRun = [1, 2, 3].every(() => JSON.stringify(reanchorAll(combined.anchors, combined.newText, combined.oldText)) === firstRun);
  console.log(`\ntiming: ${combined.anchors.length} anchors, ${combined.edits} edits, ${combined.newText.split(/\s+/).length} words (median of 7)`);
  console.log(`  Factdesk (old text)      ${factdesk.toFixed(1).padStart(8)} ms   target < 300 ms: ${factdesk < 300 ? "met" : "NOT met"}`);
  console.log(`  Factdesk (quote only)    ${quoteOnly.toFixed(1).padStart(8)} ms`);
  console.log(`  Hypothesis-style         ${hypothesis.toFixed(1).padStart(8)} ms   ratio Factdesk / baseline: ${(factdesk / hypothesis).toFixed(2)}×`);
  console.log(`  same result on every run: ${sameEveryRun ? "yes" : "NO"} (no time budget in the code path)`);
}
if (factdeskWorse) console.log(`\n${factdeskWorse} row(s) where Factdesk is worse than the baseline`);
