import { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { lockClaims } from "../claims/lock-claims";
import { sha256Hex } from "../crypto/sha256";
import { evidenceFields, type AddEvidenceInput } from "./add-evidence.types";
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
        ...evidenceFields(input),
        accessedAt: input.accessedAt ?? new Date(),
        addedById: actor.id,
      },
    });
    await recordAudit(tx, actor.id, { action: "evidence.add", entityId: evidence.id, after: evidence });
    if (input.archivedText) {
      // A pasted archived copy, captured when the source was accessed.
      const bytes = new TextEncoder().encode(input.archivedText);
      const archive = { kind: "text" as const, fileName: null, mimeType: null, byteSize: bytes.byteLength, sha256: sha256Hex(input.archivedText), capturedAt: evidence.accessedAt };
      await tx.evidenceArchive.create({ data: { evidenceId: evidence.id, text: input.archivedText, addedById: actor.id, ...archive } });
      await recordAudit(tx, actor.id, { action: "evidence.archive", entityId: evidence.id, after: archive });
    }
    if (claim.status === "new") {
      await tx.claim.update({ where: { id: claimId }, data: { status: "in_review", revision: { increment: 1 } } });
      await recordAudit(tx, actor.id, { action: "claim.status", entityId: claimId, before: { status: "new" }, after: { status: "in_review" } });
    }
    return evidence;
  });
}
