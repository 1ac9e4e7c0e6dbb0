import { describe, expect, it } from "vitest";
import { CreateFlagInput } from "../../../lib/flags/create-flag.types";
import { AddEvidenceInput } from "../../../lib/evidence/add-evidence.types";
import { ProposeVerdictInput } from "../../../lib/verdicts/propose-verdict.types";
import { ChangeClaimStatusInput } from "../../../lib/claims/change-claim-status.types";
import type { z } from "zod";

/** The message of `field` when `schema` refuses `input` (what the form shows next to the field). */
function messageOf(schema: z.ZodType, input: unknown, field: string): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === field)?.message;
}

// The forms show these next to their fields: words a reviewer reads, never a list of enum values.
describe("form errors in words", () => {
  it("a flag with no kind: choose a flag kind", () => {
    expect(messageOf(CreateFlagInput, { severity: "high", note: "Wrong date", claimId: "c1" }, "kind")).toBe("choose a flag kind");
    expect(messageOf(CreateFlagInput, { kind: "temporal", severity: "high", note: "Wrong date", claimId: "c1" }, "kind")).toBe("choose a flag kind");
    expect(messageOf(CreateFlagInput, { kind: "editorial", severity: "huge", note: "Wrong date", claimId: "c1" }, "severity")).toBe("choose a severity: low, medium or high");
  });

  it("evidence with no stance says what to choose", () => {
    expect(messageOf(AddEvidenceInput, { url: "https://example.org/a", title: "A source" }, "stance")).toBe("choose whether the source supports or refutes the claim, or gives context");
  });

  it("a verdict with no rating: choose a rating", () => {
    expect(messageOf(ProposeVerdictInput, { ratingId: "", rationale: "Because the source says so.", confidence: 70 }, "ratingId")).toBe("choose a rating");
    expect(messageOf(ProposeVerdictInput, { rationale: "Because the source says so.", confidence: 70 }, "ratingId")).toBe("choose a rating");
  });

  it("no message lists enum values", () => {
    const refused = [
      messageOf(CreateFlagInput, { kind: "x", severity: "x", note: "Wrong date", claimId: "c1" }, "kind"),
      messageOf(ChangeClaimStatusInput, { status: "x", revision: 0 }, "status"),
      messageOf(AddEvidenceInput, { url: "https://example.org/a", title: "A source", stance: "x" }, "stance"),
    ];
    for (const message of refused) {
      expect(message).toBeDefined();
      expect(message).not.toMatch(/_|one of:/);
    }
  });
});
