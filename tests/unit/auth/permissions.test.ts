import { describe, expect, it } from "vitest";
import { can, permissionsOf, PERMISSIONS } from "../../../lib/auth/permissions";
import { allowedTransitions, CLAIM_TRANSITIONS } from "../../../lib/claims/claim-status";

describe("the permission table", () => {
  it("lets a viewer read and export, and write nothing", () => {
    expect(permissionsOf("viewer").sort()).toEqual(["article.read", "audit.read", "report.export"]);
  });

  it("keeps approval and publication with editors and admins", () => {
    for (const p of ["verdict.approve", "claim.publish"] as const) {
      expect(can("editor", p)).toBe(true);
      expect(can("admin", p)).toBe(true);
      expect(can("reviewer", p)).toBe(false);
    }
    expect(can("reviewer", "verdict.propose")).toBe(true);
  });

  it("names only permissions that exist in every workflow move", () => {
    for (const moves of Object.values(CLAIM_TRANSITIONS)) {
      for (const permission of Object.values(moves)) expect(Object.keys(PERMISSIONS)).toContain(permission);
    }
  });

  it("reaches `approved` only through approving a verdict", () => {
    for (const from of Object.keys(CLAIM_TRANSITIONS) as (keyof typeof CLAIM_TRANSITIONS)[]) {
      if (from === "published") continue; // unpublishing returns to approved, the verdict stays final
      expect(allowedTransitions(from).map((t) => t.to)).not.toContain("approved");
    }
  });
});
