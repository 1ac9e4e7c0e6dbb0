import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { analyzeText, DEFAULT_CLAIM_THRESHOLD } from "../../../lib/analysis/analyze-text";

const demo = readFileSync(new URL("../../../prisma/seed/demo-article.txt", import.meta.url), "utf8");

describe("analyzeText", () => {
  const analysis = analyzeText(demo);
  const find = (needle: string) => analysis.sentences.find((s) => s.text.includes(needle));

  it("uses the tuned default threshold", () => {
    expect(analysis.threshold).toBe(DEFAULT_CLAIM_THRESHOLD);
    expect(DEFAULT_CLAIM_THRESHOLD).toBeGreaterThan(0.05);
    expect(DEFAULT_CLAIM_THRESHOLD).toBeLessThan(0.95);
  });

  it("keeps exact offsets for every sentence", () => {
    for (const s of analysis.sentences) expect(demo.slice(s.start, s.end)).toBe(s.text);
  });

  it("proposes the tariff sentence, and scores the inauguration-date sentence in the article's upper half for its date", () => {
    const tariffs = analysis.claims.find((c) => c.text.includes("57 percent to 47 percent"));
    const inauguration = find("January 20, 2025");
    expect(tariffs).toBeDefined();
    expect(tariffs?.reasons.find((r) => r.code === "percentage")?.label).toContain("57 percent");
    const scores = analysis.sentences.map((s) => s.score).sort((a, b) => a - b);
    const median = scores[Math.floor(scores.length / 2)] ?? 1;
    expect(inauguration?.score ?? 0).toBeGreaterThan(median);
    expect(inauguration?.reasons.find((r) => r.code === "date")?.label).toContain("January 20, 2025");
  });

  it("scores the sign-posting sentence lower than those claims", () => {
    const signpost = find("Here are several reasons");
    const tariffs = find("57 percent to 47 percent");
    const inauguration = find("January 20, 2025");
    expect(signpost).toBeDefined();
    expect(signpost?.score ?? 1).toBeLessThan(tariffs?.score ?? 0);
    expect(signpost?.score ?? 1).toBeLessThan(inauguration?.score ?? 0);
    expect(analysis.claims).not.toContain(signpost);
  });

  it("lists claims in text order, all at or above the threshold", () => {
    const positions = analysis.claims.map((c) => c.start);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const c of analysis.claims) expect(c.score).toBeGreaterThanOrEqual(analysis.threshold);
    const rest = analysis.sentences.filter((s) => !analysis.claims.includes(s));
    for (const s of rest) expect(s.score).toBeLessThan(analysis.threshold);
  });

  it("honours a custom threshold", () => {
    expect(analyzeText(demo, { threshold: 0 }).claims).toHaveLength(analysis.sentences.length);
    const strict = analyzeText(demo, { threshold: 0.9 });
    expect(strict.threshold).toBe(0.9);
    expect(strict.claims.length).toBeLessThan(analysis.claims.length);
    expect(() => analyzeText(demo, { threshold: 1.5 })).toThrow(RangeError);
    expect(() => analyzeText(demo, { threshold: Number.NaN })).toThrow(RangeError);
  });

  it("returns empty lists for empty text", () => {
    expect(analyzeText("")).toEqual({ sentences: [], claims: [], threshold: DEFAULT_CLAIM_THRESHOLD });
  });
});

describe("claims need words enough to state a fact", () => {
  it("does not propose a pasted citation fragment, however it scores", () => {
    const { sentences, claims } = analyzeText("The tariff fell from 57 percent to 47 percent in October 2025. Al Jazeera + 1.");
    const fragment = sentences.find((s) => s.text === "Al Jazeera + 1.")!;
    expect(fragment.score).toBeLessThan(DEFAULT_CLAIM_THRESHOLD);
    expect(fragment.reasons.map((r) => r.label)).toContain("too few words to state a checkable fact");
    expect(claims.map((c) => c.text)).not.toContain("Al Jazeera + 1.");
    expect(claims).toHaveLength(1);
  });
});

describe("analyzeText on plain news", () => {
  const stories = ["local-budget", "storm", "cup-final"].map(
    (name) =>
      JSON.parse(readFileSync(new URL(`../../fixtures/news-checkworthiness/${name}.json`, import.meta.url), "utf8")) as {
        sentences: [string, "claim" | "narrative"][];
      },
  );

  it("does not propose most sentences of a routine local-budget story", () => {
    const budget = stories[0]?.sentences ?? [];
    const analysis = analyzeText(budget.map(([text]) => text).join(" "));
    expect(analysis.sentences).toHaveLength(budget.length);
    expect(analysis.claims.length / analysis.sentences.length).toBeLessThanOrEqual(0.5);
  });

  it("proposes the sentences that state figures, and leaves quotes of opinion and schedules alone", () => {
    for (const story of stories) {
      const analysis = analyzeText(story.sentences.map(([text]) => text).join(" "));
      const proposed = new Set(analysis.claims.map((c) => c.text));
      for (const [text, label] of story.sentences) {
        if (label === "claim" && /\d/.test(text) && /percent|\$|inches|miles|customers/.test(text)) expect(proposed.has(text), text).toBe(true);
        if (/^"/.test(text) || /scheduled for|will parade/.test(text)) expect(proposed.has(text), text).toBe(false);
      }
    }
  });
});
