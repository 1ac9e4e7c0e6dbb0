import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { lockClaims } from "../claims/lock-claims";
import type { AddEvidenceInput } from "./add-evidence.types";
export { EVIDENCE_STANCES, AddEvidenceInput } from "./add-evidence.types";

/** Attaches a source to a claim; a claim that was new is now in review. */
export async function addEvidence(actor: Actor, claimId: string, input: z.output<typeof AddEvidenceInput>) {
  assertCan(actor, "evidence.add");
  return getDb().$transaction(async (tx) => {
    // Locked first, so of many evidence posts on a new claim exactly one moves it to in review.
    await lockClaims(tx, [claimId]);
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, status: true } });
    if (!claim) throw new NotFoundError("Claim");
    const evidence = await tx.evidence.create({
      data: {
        claimId,
        url: input.url,
        title: input.title,
        publisher: input.publisher ?? null,
        publishedAt: input.publishedAt ?? null,
        excerpt: input.excerpt ?? null,
        stance: input.stance,
        accessedAt: input.accessedAt ?? new Date(),
        archivedText: input.archivedText ?? null,
        addedById: actor.id,
      },
    });
    await recordAudit(tx, actor.id, { action: "evidence.add", entityId: evidence.id, after: evidence });
    if (claim.status === "new") {
      await tx.claim.update({ where: { id: claimId }, data: { status: "in_review", revision: { increment: 1 } } });
      await recordAudit(tx, actor.id, { action: "claim.status", entityId: claimId, before: { status: "new" }, after: { status: "in_review" } });
    }
    return evidence;
  });
}
