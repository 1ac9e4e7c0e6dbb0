import { describe, expect, it } from "vitest";
import { canMerge, mergeBlock, type MergeCandidate } from "@/lib/claims/can-merge";

const TEXT = "The city spent 3 million on roads. It hired 40 new staff. Taxes rose by 2%.\n\nIn a new paragraph the mayor spoke.";
const at = (id: string, words: string, over: Partial<MergeCandidate> = {}): MergeCandidate => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`no ${words}`);
  return { id, text: words, start, end: start + words.length, status: "in_review", anchorState: "anchored", ...over };
};

describe("mergeBlock", () => {
  const roads = at("a", "The city spent 3 million on roads.");
  const staff = at("b", "It hired 40 new staff.");
  const taxes = at("c", "Taxes rose by 2%.");
  const mayor = at("d", "the mayor spoke.");

  it("lets neighbours in one paragraph merge, in either order", () => {
    expect(mergeBlock(TEXT, [roads, staff])).toBeNull();
    expect(mergeBlock(TEXT, [staff, roads])).toBeNull();
    expect(canMerge(TEXT, [roads, staff, taxes])).toBe(true);
  });

  it("lets overlapping claims merge", () => {
    const overlap = at("e", "3 million on roads. It hired");
    expect(mergeBlock(TEXT, [roads, overlap])).toBeNull();
  });

  it("refuses claims in different paragraphs", () => {
    expect(mergeBlock(TEXT, [taxes, mayor])).toEqual({ code: "paragraph", claim: mayor });
  });

  it("refuses when another claim lies between them, and ignores orphaned or merged ones", () => {
    expect(mergeBlock(TEXT, [roads, taxes], [staff])).toEqual({ code: "between", claim: staff });
    expect(mergeBlock(TEXT, [roads, taxes], [{ ...staff, anchorState: "orphaned" }])).toBeNull();
    expect(mergeBlock(TEXT, [roads, staff, taxes], [staff])).toBeNull();
  });

  it("refuses a claim that is closed or whose text is gone, blaming the first named first", () => {
    const approved = { ...staff, status: "approved" as const };
    expect(mergeBlock(TEXT, [roads, approved])).toEqual({ code: "status", claim: approved });
    expect(mergeBlock(TEXT, [{ ...roads, status: "dismissed" }, approved])?.claim.id).toBe("a");
    expect(mergeBlock(TEXT, [roads, { ...staff, anchorState: "orphaned" }])?.code).toBe("orphaned");
    expect(mergeBlock(TEXT, [roads, { ...staff, status: "needs_second_review" }])).toBeNull();
    expect(canMerge(TEXT, [roads, { ...staff, status: "published" }])).toBe(false);
  });
});
