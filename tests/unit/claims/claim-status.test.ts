import { describe, expect, it } from "vitest";
import { can } from "../../../lib/auth/permissions";
import {
  allowedTransitions,
  CLAIM_STATUSES,
  CLAIM_TRANSITIONS,
  findTransition,
  OPEN_CLAIM_STATUSES,
  refuseTransition,
} from "../../../lib/claims/claim-status";
import type { ClaimStatus, Role } from "../../../lib/db/generated/enums";

// The whole machine, written out once more by hand: every (from, to) pair not listed here must be refused.
// [from, to, via, roles that may make the move]
const EXPECTED: [ClaimStatus, ClaimStatus, "status" | "approval", Role[]][] = [
  ["new", "in_review", "status", ["admin", "editor", "reviewer"]],
  ["new", "dismissed", "status", ["admin", "editor", "reviewer"]],
  ["in_review", "new", "status", ["admin", "editor", "reviewer"]],
  ["in_review", "needs_second_review", "status", ["admin", "editor", "reviewer"]],
  ["in_review", "approved", "approval", ["admin", "editor"]],
  ["in_review", "dismissed", "status", ["admin", "editor", "reviewer"]],
  ["needs_second_review", "in_review", "status", ["admin", "editor", "reviewer"]],
  ["needs_second_review", "approved", "approval", ["admin", "editor"]],
  ["needs_second_review", "dismissed", "status", ["admin", "editor", "reviewer"]],
  ["approved", "approved", "approval", ["admin", "editor"]],
  ["approved", "in_review", "status", ["admin", "editor"]],
  ["approved", "published", "status", ["admin", "editor"]],
  ["approved", "dismissed", "status", ["admin", "editor"]],
  ["published", "in_review", "status", ["admin", "editor"]],
  ["dismissed", "new", "status", ["admin", "editor", "reviewer"]],
];
const ROLES: Role[] = ["admin", "editor", "reviewer", "viewer"];

describe("the claim status machine", () => {
  for (const from of CLAIM_STATUSES) {
    for (const to of CLAIM_STATUSES) {
      const expected = EXPECTED.find(([f, t]) => f === from && t === to);
      if (expected) {
        const [, , via, roles] = expected;
        it(`allows ${from} → ${to} (${via}) for ${roles.join(", ")} only`, () => {
          const t = findTransition(from, to)!;
          expect(t).not.toBeNull();
          expect(t.via).toBe(via);
          expect(refuseTransition(from, to, via)).toBeNull();
          expect(ROLES.filter((r) => can(r, t.permission))).toEqual(roles);
        });
      } else {
        it(`refuses ${from} → ${to}, naming the moves allowed from ${from}`, () => {
          expect(findTransition(from, to)).toBeNull();
          const message = refuseTransition(from, to, "status")!;
          expect(message).toContain("cannot become");
          for (const allowed of allowedTransitions(from)) expect(message).toContain(allowed.to.replace(/_/g, " "));
        });
      }
    }
  }

  it("has no move beyond those listed", () => {
    const all = Object.entries(CLAIM_TRANSITIONS).flatMap(([from, moves]) => Object.keys(moves).map((to) => `${from}>${to}`));
    expect(all.sort()).toEqual(EXPECTED.map(([f, t]) => `${f}>${t}`).sort());
  });

  it("dismisses from every open state, with a reason", () => {
    for (const from of OPEN_CLAIM_STATUSES) expect(findTransition(from, "dismissed")).toMatchObject({ needsReason: true });
    expect(findTransition("published", "dismissed")).toBeNull();
  });

  it("asks why when sending back and reopening a published verdict", () => {
    expect(findTransition("approved", "in_review")?.needsReason).toBe(true);
    expect(findTransition("published", "in_review")).toMatchObject({ needsReason: true, permission: "claim.reopen" });
    expect(findTransition("new", "in_review")?.needsReason).toBe(false);
  });

  it("says approving is the way to approved, and lists what a status change can do", () => {
    expect(refuseTransition("in_review", "approved", "status")).toBe(
      "a claim becomes approved only by approving one of its verdicts; from in review it can become new, needs second review, dismissed or approved (by approving a verdict)",
    );
    expect(refuseTransition("new", "published", "status")).toBe("a claim that is new cannot become published; from new it can become in review or dismissed");
    expect(refuseTransition("published", "approved", "approval")).toBe("a claim that is published cannot become approved; from published it can become in review");
    expect(refuseTransition("dismissed", "approved", "approval")).toBe("a claim that is dismissed cannot become approved; from dismissed it can become new");
  });
});
