// The contract of POST /api/imports: the multipart form and the queued batch it answers (client-safe: no database).
import { z } from "zod";
import { UploadedFile } from "./import-uploaded-file.types";

/** The multipart form of POST /api/imports. */
export const EnqueueBulkImportForm = z.object({ file: UploadedFile });

export const EnqueuedBatch = z.object({
  id: z.string(),
  status: z.literal("queued"),
  total: z.number(),
  fileName: z.string(),
  format: z.enum(["jsonl", "csv"]),
});
export type EnqueuedBatch = z.output<typeof EnqueuedBatch>;

export const EnqueueBulkImportResponse = z.object({ batch: EnqueuedBatch });
