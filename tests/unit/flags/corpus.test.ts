// The corpus of own test texts: clean articles raise (almost) nothing; planted errors are found.
import { describe, expect, it } from "vitest";
import { detectFlags } from "../../../lib/flags/detect-flags";
import { CORPUS_SPLITS, cleanTexts, corpusPassages, errorTexts, findsExpected, plantErrors, wordCount } from "../../fixtures/flag-corpus/load";

describe("clean corpus texts", () => {
  const clean = cleanTexts();

  it("has at least 8 clean articles of 300–800 words", () => {
    expect(clean.length).toBeGreaterThanOrEqual(8);
    for (const t of clean) {
      expect(wordCount(t.text), t.name).toBeGreaterThanOrEqual(300);
      expect(wordCount(t.text), t.name).toBeLessThanOrEqual(800);
    }
  });

  it.each(clean.map((t) => [t.name, t] as const))("%s raises at most one flag", (_name, t) => {
    const flags = detectFlags(t.text, { publishedAt: t.publishedAt });
    expect(flags.length, flags.map((f) => `${f.ruleId}: "${f.spans[0]?.exact}"`).join("; ")).toBeLessThanOrEqual(1);
    // Without the publication date too.
    expect(detectFlags(t.text).length).toBeLessThanOrEqual(1);
  });
});

describe("corpus texts with planted errors", () => {
  const errors = errorTexts();

  it("has at least 6 texts, each listing its expected flags", () => {
    expect(errors.length).toBeGreaterThanOrEqual(6);
    for (const t of errors) expect(t.expected.length, t.name).toBeGreaterThan(0);
  });

  it.each(errors.map((t) => [t.name, t] as const))("%s: every planted error is flagged", (_name, t) => {
    const flags = detectFlags(t.text, { publishedAt: t.publishedAt });
    const missed = t.expected.filter((e) => !findsExpected(t.text, flags, e)).map((e) => `${e.kind} "${e.overlaps}"`);
    expect(missed).toEqual([]);
  });
});

describe("passages with planted errors (tuning and held-out parts)", () => {
  const parts = CORPUS_SPLITS.map((split) => corpusPassages(split));
  const all = parts.flat();

  it("has at least 40 passages across the beats, 120 planted errors and 20,000 words of clean originals", () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.reduce((n, p) => n + p.errors.length, 0)).toBeGreaterThanOrEqual(120);
    const words = all.reduce((n, p) => n + wordCount(p.clean), 0) + cleanTexts().reduce((n, t) => n + wordCount(t.text), 0);
    expect(words).toBeGreaterThanOrEqual(20_000);
    const beats = new Set(all.map((p) => p.beat));
    for (const beat of ["economy", "politics", "elections", "courts", "health", "science", "sports", "business", "weather", "local government"]) expect(beats).toContain(beat);
    for (const part of parts) for (const kind of ["numeric_inconsistency", "temporal_inconsistency", "entity_mixup"]) expect(part.some((p) => p.errors.some((e) => e.kind === kind))).toBe(true);
  });

  it("places every planted error exactly where its replacement lands", () => {
    for (const p of all) {
      for (const e of p.errors) {
        expect(e.replace, p.name).toContain(p.text.slice(e.start, e.end));
        expect(p.text.slice(e.start, e.end).length, `${p.name}: ${e.find}`).toBeGreaterThan(0);
      }
      expect(p.text).not.toBe(p.clean);
    }
  });

  it("raises at most one false flag per 1,000 words on the clean originals of each part", () => {
    for (const part of parts) {
      const words = part.reduce((n, p) => n + wordCount(p.clean), 0);
      const falseFlags = part.flatMap((p) => detectFlags(p.clean, { publishedAt: p.publishedAt }).map((f) => `${p.name}: ${f.ruleId} "${f.spans[0]?.exact}"`));
      expect(falseFlags.length, falseFlags.join("; ")).toBeLessThanOrEqual(words / 1000);
    }
  });

  it("refuses an edit whose text is not found exactly once", () => {
    expect(() => plantErrors("one two one", [{ kind: "editorial", find: "one", replace: "1", note: "" }])).toThrow(/exactly once/);
    const { text, errors } = plantErrors("rose from 4 to 5 percent", [{ kind: "numeric_inconsistency", find: "rose", replace: "fell", note: "" }]);
    expect(text).toBe("fell from 4 to 5 percent");
    expect(text.slice(errors[0]?.start, errors[0]?.end)).toBe("fell");
  });
});
