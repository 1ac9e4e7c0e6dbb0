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

/** The states a claim is still being worked on in: it can be dismissed from any of them. */
export const OPEN_CLAIM_STATUSES = ["new", "in_review", "needs_second_review", "approved"] as const satisfies readonly ClaimStatus[];

/** One move of the status machine. */
export interface ClaimTransition {
  /** The permission the move needs (checked against the permission table). */
  permission: Permission;
  /**
   * How the move is made: `status` by a status change (PATCH /api/claims/{id}); `approval` only by approving
   * a verdict (POST /api/verdicts/{id}/approve), which sets the final verdict.
   */
  via: "status" | "approval";
  /** The move must say why (dismissing, sending back, reopening a published verdict). */
  needsReason: boolean;
  /** What the move is, for the refusal messages, the buttons and the history. */
  name: string;
}

const move = (permission: Permission, name: string, options: { via?: ClaimTransition["via"]; needsReason?: boolean } = {}): ClaimTransition => ({
  permission,
  name,
  via: options.via ?? "status",
  needsReason: options.needsReason ?? false,
});
const dismiss = (permission: Permission) => move(permission, "dismiss", { needsReason: true });

/**
 * The status machine, as data: every move a claim's status may make, the permission each needs, and how it is
 * made. `new → in review → needs second review → approved → published`; dismissed (with a reason) from any open
 * state; an editor reopens a published claim (with a reason: the correction's why), and the verdict published
 * after that is recorded as a correction. Every move not listed here is refused.
 */
export const CLAIM_TRANSITIONS: Record<ClaimStatus, Partial<Record<ClaimStatus, ClaimTransition>>> = {
  new: { in_review: move("claim.update", "start review"), dismissed: dismiss("claim.update") },
  in_review: {
    new: move("claim.update", "back to new"),
    needs_second_review: move("claim.update", "ask for a second review"),
    approved: move("verdict.approve", "approve a verdict", { via: "approval" }),
    dismissed: dismiss("claim.update"),
  },
  needs_second_review: {
    in_review: move("claim.update", "back to review"),
    approved: move("verdict.approve", "approve a verdict", { via: "approval" }),
    dismissed: dismiss("claim.update"),
  },
  // Sending back and dismissing clear the final verdict; approving another verdict replaces it (approved → approved).
  approved: {
    approved: move("verdict.approve", "approve another verdict", { via: "approval" }),
    in_review: move("verdict.approve", "send back", { needsReason: true }),
    published: move("claim.publish", "publish"),
    dismissed: dismiss("verdict.approve"),
  },
  published: { in_review: move("claim.reopen", "reopen", { needsReason: true }) },
  dismissed: { new: move("claim.update", "reopen") },
};

export interface AllowedTransition extends ClaimTransition {
  to: ClaimStatus;
}

/** Every move out of a status, including those made by approving a verdict. */
export function transitionsFrom(from: ClaimStatus): AllowedTransition[] {
  return Object.entries(CLAIM_TRANSITIONS[from]).map(([to, t]) => ({ ...t, to: to as ClaimStatus }));
}

/** The moves a status change can make from a status (those made by approving a verdict left out). */
export function allowedTransitions(from: ClaimStatus): AllowedTransition[] {
  return transitionsFrom(from).filter((t) => t.via === "status" && t.to !== from);
}

export function findTransition(from: ClaimStatus, to: ClaimStatus): ClaimTransition | null {
  return CLAIM_TRANSITIONS[from][to] ?? null;
}

const label = (s: ClaimStatus) => CLAIM_STATUS_LABELS[s].toLowerCase();

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/**
 * Why a move is refused, naming the moves that are allowed: "a claim that is new cannot become approved; from
 * new it can become in review or dismissed". Null when the move is allowed by this route (`via`).
 */
export function refuseTransition(from: ClaimStatus, to: ClaimStatus, via: ClaimTransition["via"]): string | null {
  const t = findTransition(from, to);
  if (t && t.via === via) return null;
  const direct = allowedTransitions(from).map((a) => label(a.to));
  const byApproval = transitionsFrom(from).some((a) => a.via === "approval");
  const allowed = [...direct, ...(byApproval ? ["approved (by approving a verdict)"] : [])];
  const head = t && t.via === "approval" ? `a claim becomes approved only by approving one of its verdicts` : `a claim that is ${label(from)} cannot become ${label(to)}`;
  return `${head}; from ${label(from)} it can become ${allowed.length ? list(allowed) : "nothing else"}`;
}
