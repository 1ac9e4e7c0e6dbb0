import { describe, expect, it } from "vitest";
import { segmentAnnotations } from "../../../lib/articles/segment-annotations";

describe("segmentAnnotations", () => {
  it("cuts overlapping claims and flags into flat runs that know what covers them", () => {
    const segments = segmentAnnotations(20, [{ id: "c1", start: 2, end: 12 }], [{ id: "f1", start: 8, end: 15 }]);
    expect(segments).toEqual([
      { start: 0, end: 2, claimIds: [], flagIds: [] },
      { start: 2, end: 8, claimIds: ["c1"], flagIds: [] },
      { start: 8, end: 12, claimIds: ["c1"], flagIds: ["f1"] },
      { start: 12, end: 15, claimIds: [], flagIds: ["f1"] },
      { start: 15, end: 20, claimIds: [], flagIds: [] },
    ]);
  });

  it("covers the whole text exactly once and skips spans outside it", () => {
    const segments = segmentAnnotations(10, [{ id: "bad", start: 5, end: 50 }, { id: "empty", start: 3, end: 3 }], []);
    expect(segments).toEqual([{ start: 0, end: 10, claimIds: [], flagIds: [] }]);
  });

  it("keeps nested claims on the inner run", () => {
    const segments = segmentAnnotations(10, [{ id: "outer", start: 0, end: 10 }, { id: "inner", start: 3, end: 6 }], []);
    expect(segments.find((s) => s.start === 3)?.claimIds).toEqual(["outer", "inner"]);
    expect(segments.map((s) => [s.start, s.end])).toEqual([[0, 3], [3, 6], [6, 10]]);
  });
});
