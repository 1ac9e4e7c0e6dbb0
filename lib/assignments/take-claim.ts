import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { lockClaims } from "../claims/lock-claims";
import { OPEN_CLAIM_STATUSES } from "../claims/claim-status";

/** A reviewer takes an unassigned open claim: it becomes theirs (audited). Taking one someone has is a conflict. */
export async function takeClaim(actor: Actor, claimId: string) {
  assertCan(actor, "claim.take");
  return getDb().$transaction(async (tx) => {
    await lockClaims(tx, [claimId]);
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: { assignee: { select: { name: true } } } });
    if (!claim) throw new NotFoundError("Claim");
    if (!(OPEN_CLAIM_STATUSES as readonly string[]).includes(claim.status)) throw new InvalidInputError("claimId", `claimId: the claim is ${claim.status}; there is nothing to take`);
    if (claim.assigneeId === actor.id) return claim;
    if (claim.assigneeId) throw new ConflictError(`${claim.assignee?.name ?? "Someone"} already has this claim; an editor can reassign it.`, { revision: claim.revision, assigneeId: claim.assigneeId });
    const updated = await tx.claim.update({ where: { id: claimId }, data: { assigneeId: actor.id } });
    await recordAudit(tx, actor.id, {
      action: "claim.assign",
      entityId: claimId,
      before: { assigneeId: null, dueAt: claim.dueAt },
      after: { assigneeId: actor.id, assigneeName: actor.name, dueAt: claim.dueAt, taken: true },
    });
    return updated;
  });
}
