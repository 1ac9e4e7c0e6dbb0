import { describe, expect, it } from "vitest";
import { DEFAULT_FLAG_FILTER, facetCounts, filterFlags, inReadingOrder, nextOpenFlag, stepFlag, type FlagFilter } from "../../../components/flags/flag-filter";

const flag = (id: string, start: number, over: Partial<{ status: "open" | "confirmed" | "dismissed"; kind: "editorial" | "citation_residue"; severity: "low" | "medium" | "high"; ruleId: string | null; anchorState: "anchored" | "orphaned" }> = {}) => ({
  id,
  start,
  end: start + 5,
  status: over.status ?? "open",
  kind: over.kind ?? "editorial",
  severity: over.severity ?? "low",
  ruleId: over.ruleId === undefined ? "editorial.article" : over.ruleId,
  anchorState: over.anchorState ?? "anchored",
});

const flags = [
  flag("a", 50, { kind: "citation_residue", severity: "medium", ruleId: "citation.residue" }),
  flag("b", 10),
  flag("c", 30, { status: "dismissed" }),
  flag("d", 5, { anchorState: "orphaned", ruleId: null }),
];

describe("the flags list filter", () => {
  it("shows open flags by default", () => {
    expect(filterFlags(flags, DEFAULT_FLAG_FILTER).map((f) => f.id).sort()).toEqual(["a", "b", "d"]);
  });

  it("counts each value of one part given the other parts", () => {
    const filter: FlagFilter = { ...DEFAULT_FLAG_FILTER, kind: "editorial" };
    expect(Object.fromEntries(facetCounts(flags, filter, "severity"))).toEqual({ low: 2 });
    expect(Object.fromEntries(facetCounts(flags, filter, "status"))).toEqual({ open: 2, dismissed: 1 });
    expect(Object.fromEntries(facetCounts(flags, DEFAULT_FLAG_FILTER, "source"))).toEqual({ "citation.residue": 1, "editorial.article": 1, person: 1 });
  });
});

describe("reading-order navigation", () => {
  const ordered = inReadingOrder(filterFlags(flags, DEFAULT_FLAG_FILTER));

  it("orders by position, flags whose text is gone last", () => {
    expect(ordered.map((f) => f.id)).toEqual(["b", "a", "d"]);
  });

  it("steps forward and back, and stops at the ends", () => {
    expect(stepFlag(ordered, null, 1)).toBe("b");
    expect(stepFlag(ordered, null, -1)).toBe("d");
    expect(stepFlag(ordered, ordered[0]!, 1)).toBe("a");
    expect(stepFlag(ordered, ordered[0]!, -1)).toBeNull();
  });

  it("steps from a flag the filter hides, by its place in the text", () => {
    const hidden = flags.find((f) => f.id === "c")!;
    expect(stepFlag(ordered, hidden, 1)).toBe("a");
    expect(stepFlag(ordered, hidden, -1)).toBe("b");
  });
});

describe("nextOpenFlag (after c / d)", () => {
  const all = inReadingOrder([flag("p", 10), flag("q", 20, { status: "confirmed" }), flag("r", 30), flag("s", 40), flag("t", 50, { status: "dismissed" })]);
  const at = (id: string) => all.find((f) => f.id === id)!;

  it("goes on to the next open flag in reading order, skipping closed ones", () => {
    expect(nextOpenFlag(all, at("p"))).toBe("r");
    expect(nextOpenFlag(all, at("r"))).toBe("s");
  });

  it("after the last open flag, goes back to the first open one", () => {
    expect(nextOpenFlag(all, at("s"))).toBe("p");
  });

  it("is null when no other open flag is left", () => {
    expect(nextOpenFlag([flag("p", 10), flag("q", 20, { status: "dismissed" })], flag("p", 10))).toBeNull();
  });
});
