// The contracts of PATCH and DELETE /api/evidence/{id} and POST /api/evidence/{id}/archive (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";
import { optionalDate, optionalText, Revision } from "../validation/common";
import { AddEvidenceInput, EvidenceRow } from "./add-evidence.types";

/** The whole edited piece of evidence (what the form shows), with the revision it was read at. */
export const UpdateEvidenceInput = AddEvidenceInput.omit({ archivedText: true, accessedAt: true }).extend({ revision: Revision });
export type UpdateEvidenceInput = z.input<typeof UpdateEvidenceInput>;

export const DeleteEvidenceInput = z.object({
  revision: Revision,
  /** Why it goes: kept in the history. */
  reason: optionalText(500),
});
export type DeleteEvidenceInput = z.input<typeof DeleteEvidenceInput>;

export const EvidenceEditResponse = z.object({ evidence: EvidenceRow.extend({ revision: z.number(), deletedAt: JsonDate.nullable() }) });

/** The largest pasted archive text, in characters. */
export const MAX_ARCHIVE_TEXT = 200_000;

/**
 * An archived copy as a multipart form: pasted `text` or an uploaded `file` (one of the two), and when it
 * was captured (`capturedAt`, default now).
 */
export const ArchiveEvidenceForm = z
  .object({
    text: optionalText(MAX_ARCHIVE_TEXT),
    // A form without a chosen file sends an empty, nameless one: that is "no file", not a wrong one.
    file: z.union([z.literal(""), z.custom<File>((v) => typeof v === "object" && v !== null && typeof (v as File).arrayBuffer === "function", { error: "must be a file" })]).optional(),
    capturedAt: optionalDate,
  })
  .transform((v) => ({ text: v.text, file: v.file === "" || (v.file && v.file.size === 0 && v.file.name === "") ? undefined : v.file, capturedAt: v.capturedAt }))
  .refine((v) => Boolean(v.text) !== Boolean(v.file), { message: "paste a text or choose a file (one of the two)", path: ["text"] });

export const EvidenceArchiveView = z.object({
  kind: z.enum(["text", "file"]),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  byteSize: z.number(),
  sha256: z.string(),
  capturedAt: JsonDate,
});
export type EvidenceArchiveView = z.output<typeof EvidenceArchiveView>;
export const ArchiveEvidenceResponse = z.object({ archive: EvidenceArchiveView });
