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
