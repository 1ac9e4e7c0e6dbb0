import { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { lockClaims } from "../claims/lock-claims";
import { ProposeVerdictInput } from "./propose-verdict.types";
export { ProposeVerdictInput } from "./propose-verdict.types";

/**
 * A reviewer's own verdict on a claim: created on first proposal, replaced on the next. Each reviewer
 * rates independently; editing with a stale revision is a conflict, not an overwrite.
 */
export async function proposeVerdict(actor: Actor, claimId: string, input: z.output<typeof ProposeVerdictInput>) {
  assertCan(actor, "verdict.propose");
  return getDb().$transaction(async (tx) => {
    // Locked first: a reviewer's concurrent first proposals, or edits of one verdict, queue here.
    await lockClaims(tx, [claimId]);
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, status: true, finalVerdictId: true } });
    if (!claim) throw new NotFoundError("Claim");
    if (claim.status === "published" || claim.status === "dismissed") {
      throw new InvalidInputError("claimId", `claimId: the claim is ${claim.status}; reopen it before rating it`);
    }
    const rating = await tx.rating.findUnique({ where: { id: input.ratingId } });
    if (!rating || !rating.active) throw new InvalidInputError("ratingId", "ratingId: is not a rating of the scale");
    const evidenceIds = [...new Set(input.evidenceIds)];
    if (evidenceIds.length) {
      const found = await tx.evidence.count({ where: { id: { in: evidenceIds }, claimId, deletedAt: null } });
      if (found !== evidenceIds.length) throw new InvalidInputError("evidenceIds", "evidenceIds: every piece of evidence must belong to this claim (and not be deleted)");
    }

    const existing = await tx.verdict.findUnique({ where: { claimId_reviewerId: { claimId, reviewerId: actor.id } }, include: { evidence: true } });
    const data = { ratingId: rating.id, rationale: input.rationale, confidence: input.confidence };
    let verdict;
    if (existing) {
      if (input.revision === undefined || input.revision !== existing.revision) {
        throw new ConflictError("Your verdict was changed elsewhere since you opened it; reload to see the latest version.", { revision: existing.revision, verdictId: existing.id });
      }
      if (claim.finalVerdictId === existing.id) {
        throw new ConflictError("This verdict is the approved final verdict; an editor must send the claim back before it changes.");
      }
      await tx.verdictEvidence.deleteMany({ where: { verdictId: existing.id } });
      verdict = await tx.verdict.update({
        where: { id: existing.id, revision: existing.revision },
        data: { ...data, ratedAt: new Date(), revision: { increment: 1 }, evidence: { create: evidenceIds.map((evidenceId) => ({ evidenceId })) } },
      });
    } else {
      verdict = await tx.verdict.create({
        data: { ...data, claimId, reviewerId: actor.id, evidence: { create: evidenceIds.map((evidenceId) => ({ evidenceId })) } },
      });
    }
    const after = { ...verdict, ratingSlug: rating.slug, ratingLabel: rating.label, evidence: evidenceIds };
    await recordAudit(
      tx,
      actor.id,
      existing
        ? { action: "verdict.update", entityId: verdict.id, before: { ...existing, evidence: existing.evidence.map((e) => e.evidenceId), claimId }, after }
        : { action: "verdict.propose", entityId: verdict.id, after },
    );
    if (claim.status === "new") {
      await tx.claim.update({ where: { id: claimId }, data: { status: "in_review", revision: { increment: 1 } } });
      await recordAudit(tx, actor.id, { action: "claim.status", entityId: claimId, before: { status: "new" }, after: { status: "in_review" } });
    }
    return verdict;
  });
}
