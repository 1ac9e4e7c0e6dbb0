import { z } from "zod";

const MiB = 1024 * 1024;

const ImportLimitsEnv = z.object({
  FACTDESK_MAX_UPLOAD_BYTES: z.coerce.number({ error: "FACTDESK_MAX_UPLOAD_BYTES must be a number" }).int().min(1024).max(1024 * MiB).default(10 * MiB),
  FACTDESK_MAX_BULK_FILE_BYTES: z.coerce.number({ error: "FACTDESK_MAX_BULK_FILE_BYTES must be a number" }).int().min(1024).max(4096 * MiB).default(100 * MiB),
  FACTDESK_MAX_BULK_ROWS: z.coerce.number({ error: "FACTDESK_MAX_BULK_ROWS must be a number" }).int().min(1).max(1_000_000).default(20_000),
});

export interface ImportLimits {
  /** The largest single article file (.txt, .md, .html) accepted, in bytes; its text is then held to FACTDESK_MAX_ARTICLE_CHARS. */
  maxUploadBytes: number;
  /** The largest bulk file (JSONL, CSV) accepted, in bytes. */
  maxBulkFileBytes: number;
  /** The most rows one bulk file may hold. */
  maxBulkRows: number;
}

/** Limits of the import paths, from the environment, validated. */
export function getImportLimits(): ImportLimits {
  const env = ImportLimitsEnv.parse({
    FACTDESK_MAX_UPLOAD_BYTES: process.env.FACTDESK_MAX_UPLOAD_BYTES || undefined,
    FACTDESK_MAX_BULK_FILE_BYTES: process.env.FACTDESK_MAX_BULK_FILE_BYTES || undefined,
    FACTDESK_MAX_BULK_ROWS: process.env.FACTDESK_MAX_BULK_ROWS || undefined,
  });
  return { maxUploadBytes: env.FACTDESK_MAX_UPLOAD_BYTES, maxBulkFileBytes: env.FACTDESK_MAX_BULK_FILE_BYTES, maxBulkRows: env.FACTDESK_MAX_BULK_ROWS };
}

/** "1.5 MB", for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MiB) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MB`;
}
