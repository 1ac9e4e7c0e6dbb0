// The demo article (shared/seed/000_43344a2e78d7e039.txt, copied into the corpus) and the flags a
// reviewer must see on it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectFlags } from "../../../lib/flags/detect-flags";
import type { DetectedFlag, FlagKind } from "../../../lib/flags/flag-kinds";
import { CORPUS_DIR } from "../../fixtures/flag-corpus/load";

const text = readFileSync(path.join(CORPUS_DIR, "error-00-demo-trump-xi.txt"), "utf8");

function anchoredOver(flags: readonly DetectedFlag[], exact: string, kinds: readonly FlagKind[]): DetectedFlag[] {
  const start = text.indexOf(exact);
  expect(start, `"${exact}" is in the demo article`).toBeGreaterThanOrEqual(0);
  const end = start + exact.length;
  return flags.filter((f) => kinds.includes(f.kind) && f.spans[0] !== undefined && f.spans[0].start < end && start < f.spans[0].end);
}

describe.each([
  ["without a publication date", null],
  ["published on October 31, 2025", new Date("2025-10-31T09:00:00Z")],
])("detectFlags on the demo article, %s", (_label, publishedAt) => {
  const flags = detectFlags(text, { publishedAt });

  it("flags the impossible inauguration date", () => {
    expect(anchoredOver(flags, "January 20, 2025", ["temporal_inconsistency"]).length).toBeGreaterThanOrEqual(1);
    const office = anchoredOver(flags, "Xi’s impending presidential inauguration", ["entity_mixup"]);
    expect(office).toHaveLength(1);
    expect(office[0]?.spans.map((s) => s.exact)).toContain("January 20, 2025");
  });

  it("flags the Brazil/China mix-up", () => {
    expect(anchoredOver(flags, "Brazil would benefit most", ["entity_mixup"])).toHaveLength(1);
  });

  it("flags Beijing's leverage used against China", () => {
    const found = anchoredOver(flags, "against China", ["entity_mixup"]);
    expect(found).toHaveLength(1);
    expect(found[0]?.spans.map((s) => s.exact)).toContain("Beijing");
  });

  it("flags the three search-result counters", () => {
    expect(anchoredOver(flags, "Reuters +2 and AP News both +2", ["citation_residue"]).length).toBeGreaterThanOrEqual(1);
    expect(anchoredOver(flags, "Al Jazeera + 1", ["citation_residue"])).toHaveLength(1);
    expect(anchoredOver(flags, "The Guardian +1", ["citation_residue"])).toHaveLength(1);
  });

  it("flags the repeated 'giving Beijing another …' clause once, with all three occurrences", () => {
    const found = anchoredOver(flags, "giving Beijing another leverage point", ["duplicated_passage"]);
    expect(found).toHaveLength(1);
    expect(found[0]?.spans).toHaveLength(3);
  });

  it("flags 'an diplomatic win'", () => {
    expect(anchoredOver(flags, "an diplomatic win", ["editorial"])).toHaveLength(1);
  });

  it("flags the circular attribution and the companies offering tariff relief", () => {
    expect(anchoredOver(flags, "analysts observing at this summit where analysts observed", ["misattribution"])).toHaveLength(1);
    expect(anchoredOver(flags, "U.S. companies also offered tariff relief", ["entity_mixup"])).toHaveLength(1);
  });

  it("does not flag the correct tariff cut from 57 to 47 percent", () => {
    expect(anchoredOver(flags, "from 57 percent to 47 percent", ["numeric_inconsistency"])).toEqual([]);
  });

  it("returns exact, sorted spans and a checkable explanation for every flag", () => {
    for (const f of flags) {
      expect(f.spans.length).toBeGreaterThan(0);
      for (const s of f.spans) expect(text.slice(s.start, s.end)).toBe(s.exact);
      expect(f.explanation).toMatch(/'[^']+'/); // quotes the words it is about
    }
    const starts = flags.map((f) => f.spans[0]?.start ?? 0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
