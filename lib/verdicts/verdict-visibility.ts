import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import type { ClaimStatus } from "../db/generated/enums";

/**
 * The one rule of who reads what of the desk's work (product brief: viewers read articles, claims and
 * *published* verdicts). Every read that returns verdicts, evidence, comments or history — routes, pages,
 * exports — asks here.
 */
export function canReadUnpublished(actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "verdict.read_unpublished");
}

/** Whether this actor may see the verdicts and evidence of a claim in this status. */
export function canSeeVerdictsOf(actor: Pick<Actor, "role">, status: ClaimStatus): boolean {
  return status === "published" || canReadUnpublished(actor);
}

/** A Prisma `where` for verdict-bearing claims this actor may read: all, or the published ones. */
export function visibleVerdictClaims(actor: Pick<Actor, "role">): { status?: ClaimStatus } {
  return canReadUnpublished(actor) ? {} : { status: "published" };
}

/**
 * Blind second review: while a claim needs a second review, a reviewer with no verdict of their own on it
 * sees none of the other verdicts (rating, rationale) — nor the history lines that name them — until theirs is
 * in; then they see all. Editors always see all.
 */
export function isBlindTo(actor: Pick<Actor, "id" | "role">, status: ClaimStatus, verdictReviewerIds: readonly string[]): boolean {
  return status === "needs_second_review" && !can(actor.role, "verdict.read_blind") && !verdictReviewerIds.includes(actor.id);
}

/** The history actions of a claim that name a verdict's rating or rationale: hidden from a blind reviewer. */
export const VERDICT_REVEALING_CLAIM_ACTIONS: readonly string[] = ["verdict.approve", "claim.correct", "claim.reopen", "verdict.drop"];
