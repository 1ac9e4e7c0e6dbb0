import { describe, expect, it } from "vitest";
import { countOf, listOf, pluralWord } from "@/lib/format/count";

const FLAG = { one: "open flag", other: "open flags" };

describe("countOf", () => {
  it("says 1 open flag, not 1 open flags", () => {
    expect(countOf(1, FLAG)).toBe("1 open flag");
    expect(countOf(0, FLAG)).toBe("0 open flags");
    expect(countOf(2, FLAG)).toBe("2 open flags");
  });

  it("groups thousands", () => {
    expect(countOf(1204, { one: "claim", other: "claims" })).toBe("1,204 claims");
  });

  it("falls back to the other form when a category is not given", () => {
    expect(pluralWord(1, { other: "sheep" })).toBe("sheep");
  });
});

describe("listOf", () => {
  it("joins with commas and a final and/or", () => {
    expect(listOf(["spans"])).toBe("spans");
    expect(listOf(["spans", "flags"])).toBe("spans and flags");
    expect(listOf(["evidence", "comments", "verdicts"])).toBe("evidence, comments and verdicts");
    expect(listOf(["high", "medium"], "or")).toBe("high or medium");
  });
});
