import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../errors";
import { lockClaims } from "./lock-claims";
import { CLAIM_STATUS_LABELS, CLAIM_TRANSITIONS } from "./claim-status";
import { ChangeClaimStatusInput } from "./change-claim-status.types";
export { ChangeClaimStatusInput } from "./change-claim-status.types";

/** Moves a claim along its workflow (see CLAIM_TRANSITIONS), refusing a stale revision. */
export async function changeClaimStatus(actor: Actor, claimId: string, input: ChangeClaimStatusInput) {
  assertCan(actor, "claim.update");
  return getDb().$transaction(async (tx) => {
    // Locked first: concurrent changes of one claim queue here, and each sees the revision the last one left.
    await lockClaims(tx, [claimId]);
    const claim = await tx.claim.findUnique({ where: { id: claimId } });
    if (!claim) throw new NotFoundError("Claim");
    if (claim.revision !== input.revision) {
      throw new ConflictError("This claim was changed by someone else since you opened it; reload to see the change.", { revision: claim.revision, status: claim.status });
    }
    if (claim.status === input.status) return claim;
    const permission = CLAIM_TRANSITIONS[claim.status][input.status];
    if (!permission) {
      throw new InvalidInputError(
        "status",
        `status: a claim that is ${CLAIM_STATUS_LABELS[claim.status].toLowerCase()} cannot become ${CLAIM_STATUS_LABELS[input.status].toLowerCase()}`,
      );
    }
    if (!can(actor.role, permission)) throw new ForbiddenError(`Your role (${actor.role}) may not make this claim ${CLAIM_STATUS_LABELS[input.status].toLowerCase()}`);
    const reason = input.reason?.trim() || null;
    if (input.status === "dismissed" && !reason) throw new InvalidInputError("reason", "reason: say why the claim is dismissed");

    const sendingBack = claim.status === "approved" && input.status === "in_review";
    const updated = await tx.claim.update({
      where: { id: claimId, revision: input.revision },
      data: {
        status: input.status,
        dismissalReason: input.status === "dismissed" ? reason : null,
        revision: { increment: 1 },
        ...(sendingBack ? { finalVerdictId: null } : {}),
        ...(input.status === "published" ? { publishedAt: new Date() } : {}),
        ...(claim.status === "published" && input.status !== "published" ? { publishedAt: null } : {}),
      },
    });
    if (sendingBack && claim.finalVerdictId) {
      await tx.verdict.update({ where: { id: claim.finalVerdictId }, data: { approvedById: null, approvedAt: null } });
    }
    await recordAudit(tx, actor.id, {
      action: sendingBack ? "claim.send_back" : input.status === "published" ? "claim.publish" : "claim.status",
      entityId: claimId,
      before: { status: claim.status, finalVerdictId: claim.finalVerdictId },
      after: { status: updated.status, finalVerdictId: updated.finalVerdictId, reason },
    });
    return updated;
  });
}
