import { describe, expect, it } from "vitest";
import { measureAgreement } from "../../../lib/verdicts/measure-agreement";

describe("measureAgreement", () => {
  it("compares every pair of reviewers on claims rated more than once", () => {
    expect(measureAgreement([["true", "true"], ["false", "mixed", "false"], ["true"]])).toEqual({ claims: 2, pairs: 4, agreeingPairs: 2, rate: 0.5 });
  });
  it("has no rate when no claim has two ratings", () => {
    expect(measureAgreement([["true"], []]).rate).toBeNull();
  });
});
