import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import type { UpdateEvidenceInput } from "./edit-evidence.types";
import { evidenceFields } from "./add-evidence.types";
import { evidenceSnapshot, loadEvidenceForEdit } from "./load-evidence-for-edit";
export { UpdateEvidenceInput, EvidenceEditResponse } from "./edit-evidence.types";

/** Edits a piece of evidence (its source, title, stance, excerpt…), audited with what it was before. */
export async function updateEvidence(actor: Actor, evidenceId: string, input: z.output<typeof UpdateEvidenceInput>) {
  return getDb().$transaction(async (tx) => {
    const before = await loadEvidenceForEdit(tx, actor, evidenceId, input.revision);
    const updated = await tx.evidence.update({
      where: { id: evidenceId },
      data: { ...evidenceFields(input), revision: { increment: 1 } },
    });
    await recordAudit(tx, actor.id, { action: "evidence.update", entityId: evidenceId, before: evidenceSnapshot(before), after: evidenceSnapshot(updated) });
    return updated;
  });
}
