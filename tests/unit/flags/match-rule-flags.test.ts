import { describe, expect, it } from "vitest";
import { matchRuleFlags } from "../../../lib/flags/refresh-rule-flags";
import type { DetectedFlag } from "../../../lib/flags/flag-kinds";

const stored = (id: string, over: Partial<Parameters<typeof matchRuleFlags>[0][number]> = {}) => ({
  id,
  ruleId: "rule-a",
  status: "open" as const,
  fingerprint: `fp-${id}`,
  start: 10,
  end: 20,
  exact: "some words",
  explanation: "old",
  anchorState: "anchored" as const,
  ...over,
});
const found = (fingerprint: string, start: number, end: number, ruleId = "rule-a") => ({
  fingerprint,
  flag: { ruleId, kind: "editorial", severity: "low", explanation: "new", spans: [{ start, end, exact: "x" }] } satisfies DetectedFlag,
});

describe("matchRuleFlags: which stored rule flag a fresh detection continues", () => {
  it("pairs the same rule on the same words first, whatever the position", () => {
    const { pairs, unmatched, fresh } = matchRuleFlags([stored("f1")], [found("other", 12, 18), found("fp-f1", 90, 99)]);
    expect(pairs.map(([s, d]) => [s.id, d.fingerprint])).toEqual([["f1", "fp-f1"]]);
    expect(unmatched).toEqual([]);
    expect(fresh.map((d) => d.fingerprint)).toEqual(["other"]);
  });

  it("then pairs the same rule on the flag's re-anchored words, the biggest overlap winning, one to one", () => {
    const { pairs, fresh } = matchRuleFlags([stored("f1"), stored("f2", { start: 14, end: 30 })], [found("a", 15, 30), found("b", 11, 15)]);
    expect(pairs.map(([s, d]) => [s.id, d.fingerprint]).sort()).toEqual([["f1", "b"], ["f2", "a"]]);
    expect(fresh).toEqual([]);
  });

  it("never pairs across rules, nor an orphaned or resolved flag by position", () => {
    const { pairs, unmatched, fresh } = matchRuleFlags(
      [stored("f1", { anchorState: "orphaned" }), stored("f2", { status: "resolved" }), stored("f3", { ruleId: "rule-c" })],
      [found("a", 10, 20), found("b", 10, 20, "rule-b")],
    );
    expect(pairs).toEqual([]);
    expect(unmatched.map((f) => f.id)).toEqual(["f1", "f2", "f3"]);
    expect(fresh.map((d) => d.fingerprint)).toEqual(["a", "b"]);
  });
});
