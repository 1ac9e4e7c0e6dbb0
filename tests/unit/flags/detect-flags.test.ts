import { describe, expect, it } from "vitest";
import { FLAG_RULES, detectFlags } from "../../../lib/flags/detect-flags";
import { FLAG_KINDS } from "../../../lib/flags/flag-kinds";

describe("detectFlags", () => {
  it("lists every rule once, with a stable dotted id, a kind and a description", () => {
    const ids = FLAG_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of FLAG_RULES) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(FLAG_KINDS).toContain(r.kind);
      expect(r.description.length).toBeGreaterThan(20);
    }
    expect(ids).toEqual(expect.arrayContaining(["temporal.sequence", "entity.self-opposition", "citation.residue", "editorial.article"]));
  });

  it("returns flags sorted by their first span, with no duplicate rule and spans", () => {
    const text = "It was an diplomatic win (Reuters +2). The the talks ended. Prices fell from 57% to 47%, a 20-point cut (Reuters +2).";
    const flags = detectFlags(text);
    expect(flags.map((f) => f.ruleId)).toEqual(["editorial.article", "citation.residue", "editorial.doubled-word", "numeric.change", "citation.residue"]);
    const keys = flags.map((f) => `${f.ruleId}|${f.spans.map((s) => `${s.start}-${s.end}`).join(",")}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("copes with empty, odd and non-English input", () => {
    expect(detectFlags("")).toEqual([]);
    expect(detectFlags("   \n\n ")).toEqual([]);
    expect(detectFlags("constructor toString __proto__ hasOwnProperty. Constructor Prototype.")).toEqual([]);
    expect(() => detectFlags("北京 against 中国. 😀 Émile Zola said “hello”.", { publishedAt: new Date("invalid") })).not.toThrow();
    expect(() => detectFlags("a".repeat(5000))).not.toThrow();
  });

  it("keeps spans exact with astral characters and CRLF line ends", () => {
    const text = "😀 Intro.\r\nIt was an diplomatic win.\r\nThe the end.";
    for (const f of detectFlags(text)) for (const s of f.spans) expect(text.slice(s.start, s.end)).toBe(s.exact);
    expect(detectFlags(text).map((f) => f.spans[0]?.exact)).toEqual(["an diplomatic", "The the"]);
  });
});
