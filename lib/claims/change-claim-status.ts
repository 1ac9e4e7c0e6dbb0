import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb, type Claim, type Tx } from "../db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../errors";
import { getOrganisationSettings } from "../organisation/get-organisation-settings";
import { lockClaims } from "./lock-claims";
import { CLAIM_STATUS_LABELS, findTransition, refuseTransition } from "./claim-status";
import { ChangeClaimStatusInput } from "./change-claim-status.types";
export { ChangeClaimStatusInput } from "./change-claim-status.types";

/**
 * Moves a claim along the status machine (lib/claims/claim-status.ts), refusing a stale revision, a move the
 * machine does not have (naming the moves it has), and publishing against the review rules: the two-person
 * rule and the evidence requirement (organisation settings). Reopening a published claim opens a correction;
 * publishing a reopened claim dates it.
 */
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
    const refusal = refuseTransition(claim.status, input.status, "status");
    if (refusal) throw new InvalidInputError("status", `status: ${refusal}`);
    const transition = findTransition(claim.status, input.status)!;
    if (!can(actor.role, transition.permission)) throw new ForbiddenError(`Your role (${actor.role}) may not make this claim ${CLAIM_STATUS_LABELS[input.status].toLowerCase()}`);
    const reason = input.reason?.trim() || null;
    if (transition.needsReason && !reason) {
      const why = { dismiss: "say why the claim is dismissed", "send back": "say what the reviewer should look at again", reopen: "say why the published verdict must be corrected" };
      throw new InvalidInputError("reason", `reason: ${why[transition.name as keyof typeof why] ?? "say why"}`);
    }

    if (input.status === "published") return publish(tx, actor, claim);
    if (claim.status === "published") return reopen(tx, actor, claim, reason!);

    // Leaving `approved` any way but publishing (sending back, dismissing) clears the final verdict.
    const clearsFinal = claim.status === "approved";
    const updated = await tx.claim.update({
      where: { id: claimId, revision: input.revision },
      data: {
        status: input.status,
        dismissalReason: input.status === "dismissed" ? reason : null,
        revision: { increment: 1 },
        ...(clearsFinal ? { finalVerdictId: null } : {}),
      },
    });
    if (clearsFinal && claim.finalVerdictId) {
      await tx.verdict.update({ where: { id: claim.finalVerdictId }, data: { approvedById: null, approvedAt: null } });
    }
    await recordAudit(tx, actor.id, {
      action: clearsFinal && input.status === "in_review" ? "claim.send_back" : "claim.status",
      entityId: claimId,
      before: { status: claim.status, finalVerdictId: claim.finalVerdictId },
      after: { status: updated.status, finalVerdictId: updated.finalVerdictId, reason },
    });
    return updated;
  });
}

/** approved → published, under the two-person rule and the evidence requirement; dates an open correction. */
async function publish(tx: Tx, actor: Actor, claim: Claim) {
  const final = claim.finalVerdictId
    ? await tx.verdict.findUnique({ where: { id: claim.finalVerdictId }, include: { rating: true, evidence: { where: { evidence: { deletedAt: null } }, select: { evidenceId: true } } } })
    : null;
  if (!final) throw new InvalidInputError("status", "status: the claim has no approved verdict to publish");
  const settings = await getOrganisationSettings(tx);
  if (settings.twoPersonRule && final.reviewerId === actor.id) {
    throw new ForbiddenError("Two-person rule: the approved verdict is your own, so another editor must publish it");
  }
  if (settings.publishRequiresEvidence && final.evidence.length === 0) {
    throw new InvalidInputError("status", "status: the approved verdict rests on no evidence; a verdict must cite at least one piece of the claim's evidence before it is published");
  }
  const now = new Date();
  const updated = await tx.claim.update({
    where: { id: claim.id, revision: claim.revision },
    data: { status: "published", dismissalReason: null, publishedAt: now, revision: { increment: 1 } },
  });
  await recordAudit(tx, actor.id, {
    action: "claim.publish",
    entityId: claim.id,
    before: { status: claim.status, finalVerdictId: claim.finalVerdictId },
    after: { status: updated.status, finalVerdictId: updated.finalVerdictId, reason: null },
  });
  const correction = await tx.correction.findFirst({ where: { claimId: claim.id, publishedAt: null }, orderBy: { createdAt: "desc" } });
  if (correction) {
    await tx.correction.update({
      where: { id: correction.id },
      data: { newVerdictId: final.id, newRatingLabel: final.rating.label, newRationale: final.rationale, publishedAt: now },
    });
    await recordAudit(tx, actor.id, {
      action: "claim.correct",
      entityId: claim.id,
      before: { status: claim.status, previousRating: correction.previousRatingLabel, previousRationale: correction.previousRationale },
      after: { status: "published", correctionId: correction.id, finalVerdictId: final.id, rating: final.rating.label, rationale: final.rationale, reason: correction.reason },
    });
  }
  return updated;
}

/** published → in review: the published verdict is kept in a correction, the claim goes back to the desk. */
async function reopen(tx: Tx, actor: Actor, claim: Claim, reason: string) {
  const final = claim.finalVerdictId
    ? await tx.verdict.findUnique({
        where: { id: claim.finalVerdictId },
        include: { rating: true, evidence: { where: { evidence: { deletedAt: null } }, include: { evidence: { select: { id: true, url: true, title: true, publisher: true, stance: true } } } } },
      })
    : null;
  const correction = await tx.correction.create({
    data: {
      claimId: claim.id,
      previousVerdictId: final?.id ?? null,
      previousRatingLabel: final?.rating.label ?? "(none)",
      previousRationale: final?.rationale ?? "",
      previousPublishedAt: claim.publishedAt,
      // What it rested on, as it read: the report's correction shows it even once the evidence is edited or deleted.
      previousEvidence: (final?.evidence ?? []).map(({ evidence: e }) => ({ id: e.id, url: e.url, title: e.title, publisher: e.publisher, stance: e.stance })),
      reason,
      openedById: actor.id,
    },
  });
  const updated = await tx.claim.update({
    where: { id: claim.id, revision: claim.revision },
    data: { status: "in_review", finalVerdictId: null, publishedAt: null, revision: { increment: 1 } },
  });
  if (final) await tx.verdict.update({ where: { id: final.id }, data: { approvedById: null, approvedAt: null } });
  await recordAudit(tx, actor.id, {
    action: "claim.reopen",
    entityId: claim.id,
    before: { status: claim.status, finalVerdictId: claim.finalVerdictId },
    after: { status: updated.status, finalVerdictId: null, reason, correctionId: correction.id },
  });
  return updated;
}
