import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import type { DeleteEvidenceInput } from "./edit-evidence.types";
import { evidenceSnapshot, loadEvidenceForEdit } from "./load-evidence-for-edit";
export { DeleteEvidenceInput } from "./edit-evidence.types";

/**
 * Deletes a piece of evidence softly: it leaves the claim's lists and no longer counts for publishing, but
 * the row stays (with who and when), the verdicts that cited it keep the citation for the history, and a
 * correction keeps the evidence the earlier published verdict rested on.
 */
export async function deleteEvidence(actor: Actor, evidenceId: string, input: z.output<typeof DeleteEvidenceInput>) {
  return getDb().$transaction(async (tx) => {
    const before = await loadEvidenceForEdit(tx, actor, evidenceId, input.revision);
    const deleted = await tx.evidence.update({ where: { id: evidenceId }, data: { deletedAt: new Date(), deletedById: actor.id, revision: { increment: 1 } } });
    await recordAudit(tx, actor.id, { action: "evidence.delete", entityId: evidenceId, before: evidenceSnapshot(before), after: { deletedAt: deleted.deletedAt!, reason: input.reason ?? null } });
    return deleted;
  });
}
