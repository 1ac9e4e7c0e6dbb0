// The corpus of own test texts: clean articles raise (almost) nothing; planted errors are found.
import { describe, expect, it } from "vitest";
import { detectFlags } from "../../../lib/flags/detect-flags";
import { cleanTexts, errorTexts, findsExpected, wordCount } from "../../fixtures/flag-corpus/load";

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
