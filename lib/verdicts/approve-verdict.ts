import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../errors";
import { lockClaims } from "../claims/lock-claims";
import { refuseTransition } from "../claims/claim-status";
import { getOrganisationSettings } from "../organisation/get-organisation-settings";
import { ApproveVerdictInput } from "./approve-verdict.types";
export { ApproveVerdictInput } from "./approve-verdict.types";

/**
 * An editor makes one reviewer's verdict the claim's final verdict; the claim becomes approved. Refused when the
 * status machine has no way to approved from the claim's status, and under the two-person rule (organisation
 * setting) when the verdict is the editor's own.
 */
export async function approveVerdict(actor: Actor, verdictId: string, input: ApproveVerdictInput) {
  assertCan(actor, "verdict.approve");
  return getDb().$transaction(async (tx) => {
    const found = await tx.verdict.findUnique({ where: { id: verdictId }, select: { claimId: true } });
    if (!found) throw new NotFoundError("Verdict");
    // Locked, then read again: concurrent approvals of one claim queue here and all but the first see a new revision.
    await lockClaims(tx, [found.claimId]);
    const verdict = await tx.verdict.findUnique({ where: { id: verdictId }, include: { claim: true, rating: true } });
    if (!verdict) throw new NotFoundError("Verdict");
    const claim = verdict.claim;
    if (claim.revision !== input.claimRevision) {
      throw new ConflictError("This claim was changed by someone else since you opened it; reload before approving.", { revision: claim.revision, status: claim.status });
    }
    const refusal = refuseTransition(claim.status, "approved", "approval");
    if (refusal) throw new InvalidInputError("verdictId", `verdictId: ${refusal}`);
    const settings = await getOrganisationSettings(tx);
    if (settings.twoPersonRule && verdict.reviewerId === actor.id) {
      throw new ForbiddenError("Two-person rule: you proposed this verdict, so another editor must approve it");
    }
    if (claim.finalVerdictId && claim.finalVerdictId !== verdict.id) {
      await tx.verdict.update({ where: { id: claim.finalVerdictId }, data: { approvedById: null, approvedAt: null } });
    }
    const approved = await tx.verdict.update({ where: { id: verdict.id }, data: { approvedById: actor.id, approvedAt: new Date() } });
    const updatedClaim = await tx.claim.update({
      where: { id: claim.id, revision: claim.revision },
      data: { finalVerdictId: verdict.id, status: "approved", revision: { increment: 1 } },
    });
    await recordAudit(tx, actor.id, {
      action: "verdict.approve",
      entityId: claim.id,
      before: { status: claim.status, finalVerdictId: claim.finalVerdictId },
      after: { status: updatedClaim.status, finalVerdictId: verdict.id, rating: verdict.rating.label },
    });
    return approved;
  });
}
