import type { AnchorState, ClaimOrigin, ClaimStatus } from "../db/generated/enums";
import type { Permission } from "../auth/permissions";

export const CLAIM_STATUSES = ["new", "in_review", "needs_second_review", "approved", "published", "dismissed"] as const satisfies readonly ClaimStatus[];

export const ANCHOR_STATES = ["anchored", "fuzzy", "orphaned"] as const satisfies readonly AnchorState[];
export const CLAIM_ORIGINS = ["analysis", "reviewer", "seed"] as const satisfies readonly ClaimOrigin[];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  new: "New",
  in_review: "In review",
  needs_second_review: "Needs second review",
  approved: "Approved",
  published: "Published",
  dismissed: "Dismissed",
};

/**
 * The moves a claim's status may make by a direct status change, and the permission each needs.
 * `approved` is reached only through approving a verdict (which sets the final verdict).
 */
export const CLAIM_TRANSITIONS: Record<ClaimStatus, Partial<Record<ClaimStatus, Permission>>> = {
  new: { in_review: "claim.update", dismissed: "claim.update" },
  in_review: { new: "claim.update", needs_second_review: "claim.update", dismissed: "claim.update" },
  needs_second_review: { in_review: "claim.update", dismissed: "claim.update" },
  // Sending back clears the final verdict.
  approved: { in_review: "verdict.approve", published: "claim.publish" },
  published: { approved: "claim.publish" },
  dismissed: { new: "claim.update" },
};

export function allowedTransitions(from: ClaimStatus): { to: ClaimStatus; permission: Permission }[] {
  return Object.entries(CLAIM_TRANSITIONS[from]).map(([to, permission]) => ({ to: to as ClaimStatus, permission: permission as Permission }));
}
