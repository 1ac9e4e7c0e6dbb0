// The contract of GET /api/imports/{id}: a bulk import's progress and rows (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";

export const IMPORT_BATCH_STATUSES = ["queued", "running", "done"] as const;
export const IMPORT_ROW_OUTCOMES = ["pending", "imported", "new_version", "duplicate", "rejected"] as const;

export const ImportBatchQuery = z.object({
  /** `rows=false` for the progress alone (what a progress bar polls). */
  rows: z.enum(["true", "false"], { error: "must be true or false" }).optional(),
});

export const ImportRowView = z.object({
  line: z.number(),
  title: z.string().nullable(),
  outcome: z.enum(IMPORT_ROW_OUTCOMES),
  reason: z.string().nullable(),
  field: z.string().nullable(),
  articleId: z.string().nullable(),
  version: z.number().nullable(),
});

export const ImportBatchView = z.object({
  id: z.string(),
  fileName: z.string(),
  format: z.string(),
  status: z.enum(IMPORT_BATCH_STATUSES),
  total: z.number(),
  processed: z.number(),
  imported: z.number(),
  newVersions: z.number(),
  duplicates: z.number(),
  rejected: z.number(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: JsonDate,
  startedAt: JsonDate.nullable(),
  finishedAt: JsonDate.nullable(),
  /** Per-row results in file order (left out when not asked for). */
  rows: z.array(ImportRowView).optional(),
});
/** The batch as the server produces it (dates as Dates). */
export type ImportBatch = z.input<typeof ImportBatchView>;
/** The batch as the client holds it (dates as ISO strings). */
export type ImportBatchView = z.output<typeof ImportBatchView>;

export const ImportBatchResponse = z.object({ batch: ImportBatchView });
