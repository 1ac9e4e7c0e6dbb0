import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { ConflictError, InvalidInputError } from "../errors";
import { getImportLimits } from "../config/import-limits";
import type { ArchiveEvidenceForm } from "./edit-evidence.types";
import { loadEvidenceForEdit } from "./load-evidence-for-edit";
export { ArchiveEvidenceForm, ArchiveEvidenceResponse } from "./edit-evidence.types";

type ArchiveInput = Omit<z.output<typeof ArchiveEvidenceForm>, "file"> & { file?: { name: string; type: string; bytes: Uint8Array } };

/**
 * Keeps an archived copy of a piece of evidence as it was captured — pasted text, or an uploaded file (at
 * most FACTDESK_MAX_UPLOAD_BYTES) — in the database with its SHA-256 and capture date. A copy is never
 * replaced (it is what the desk saw): delete the evidence and add it again to start over.
 */
export async function archiveEvidence(actor: Actor, evidenceId: string, input: ArchiveInput) {
  const { maxUploadBytes } = getImportLimits();
  if (input.file && input.file.bytes.byteLength > maxUploadBytes) throw new InvalidInputError("file", `file: is larger than the ${Math.round(maxUploadBytes / 1024 / 1024)} MB an archived copy may be`);
  const bytes = input.file ? input.file.bytes : new TextEncoder().encode(input.text ?? "");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return getDb().$transaction(async (tx) => {
    const evidence = await loadEvidenceForEdit(tx, actor, evidenceId);
    if (evidence.archive) throw new ConflictError("This evidence already has an archived copy; a copy is never replaced.", { revision: evidence.revision });
    const archive = await tx.evidenceArchive.create({
      data: {
        evidenceId,
        kind: input.file ? "file" : "text",
        text: input.file ? null : (input.text ?? ""),
        content: input.file ? Buffer.from(bytes) : null,
        fileName: input.file ? input.file.name.slice(0, 300) || "archived-file" : null,
        mimeType: input.file ? input.file.type.slice(0, 200) || "application/octet-stream" : null,
        byteSize: bytes.byteLength,
        sha256,
        capturedAt: input.capturedAt ?? new Date(),
        addedById: actor.id,
      },
    });
    const view = { kind: archive.kind as "text" | "file", fileName: archive.fileName, mimeType: archive.mimeType, byteSize: archive.byteSize, sha256: archive.sha256, capturedAt: archive.capturedAt };
    await recordAudit(tx, actor.id, { action: "evidence.archive", entityId: evidenceId, after: view });
    return view;
  });
}
