import "server-only";
import { enqueueImportBatch } from "../jobs/enqueue-import-batch";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb, Prisma } from "../db/client";
import { InvalidInputError } from "../errors";
import { formatBytes, getImportLimits } from "../config/import-limits";
import { replaceUnsafeCharacters } from "../http/unsafe-text";
import { decodeTextBytes } from "./decode-text-file";
import { bulkFormatOf, parseBulkFile } from "./parse-bulk-file";
import type { EnqueuedBatch } from "./enqueue-bulk-import.types";
export { EnqueueBulkImportForm, EnqueueBulkImportResponse, type EnqueuedBatch } from "./enqueue-bulk-import.types";

const ROW_CHUNK = 1000;

/**
 * Puts a bulk import file (JSONL or CSV) on the import queue: the file as received and one row per record
 * (or per line that could not be read, which will be reported as rejected) are stored in an ImportBatch,
 * status `queued`. A job on the queue (lib/jobs) imports the rows (processImportBatch). A file that cannot be read at all is
 * refused here, naming the field `file`, and nothing is stored.
 */
export async function enqueueBulkImport(actor: Actor | null, file: { fileName: string; bytes: Uint8Array }): Promise<EnqueuedBatch> {
  // A null actor is the system (seed, bulk worker acting for a recorded importer).
  if (actor) assertCan(actor, "article.import");
  const limits = getImportLimits();
  const format = bulkFormatOf(file.fileName);
  if (!format) {
    const extension = /\.([^./\\]+)$/.exec(file.fileName.trim())?.[1];
    throw new InvalidInputError("file", `file: must be a .jsonl or .csv file${extension ? ` (not .${extension.toLowerCase()})` : ""}`);
  }
  if (file.bytes.length === 0) throw new InvalidInputError("file", "file: is empty");
  if (file.bytes.length > limits.maxBulkFileBytes) {
    throw new InvalidInputError("file", `file: is ${formatBytes(file.bytes.length)}; the limit is ${formatBytes(limits.maxBulkFileBytes)}`);
  }
  const decoded = decodeTextBytes(file.bytes);
  if (!decoded.ok) throw new InvalidInputError("file", `file: ${decoded.error}`);

  const { rows, errors } = parseBulkFile(decoded.text, format);
  if (rows.length === 0) {
    const first = errors[0];
    throw new InvalidInputError("file", first ? `file: line ${first.line}: ${first.message}` : "file: has no rows");
  }
  const entries = [
    ...rows.map((row) => ({ line: row.line, data: row.data as Prisma.InputJsonValue, parseError: null, title: titleOf(row.data) })),
    // A parser's message may quote the line, NUL and all: stored, it shows U+FFFD instead.
    ...errors.map((error) => ({ line: error.line, data: Prisma.DbNull, parseError: replaceUnsafeCharacters(error.message), title: null })),
  ].sort((a, b) => a.line - b.line);
  if (entries.length > limits.maxBulkRows) {
    throw new InvalidInputError("file", `file: has ${entries.length.toLocaleString("en")} rows; the limit is ${limits.maxBulkRows.toLocaleString("en")} (split it)`);
  }

  // The file is kept as received, except for what no text column can hold (a raw NUL byte, which the rows
  // themselves refuse as unreadable): that is stored as U+FFFD. So is such a character in the file's name.
  const content = replaceUnsafeCharacters(decoded.text);
  const fileName = replaceUnsafeCharacters(file.fileName.trim().split(/[\\/]/).pop()?.slice(0, 255) ?? "") || `import.${format}`;
  const batch = await getDb().$transaction(
    async (tx) => {
      const created = await tx.importBatch.create({
        data: { fileName, format, content, total: entries.length, createdById: actor?.id ?? null },
        select: { id: true, fileName: true, format: true, total: true, createdAt: true },
      });
      for (let i = 0; i < entries.length; i += ROW_CHUNK) {
        await tx.importBatchRow.createMany({
          data: entries.slice(i, i + ROW_CHUNK).map((entry, k) => ({ batchId: created.id, position: i + k, ...entry })),
        });
      }
      await recordAudit(tx, actor?.id ?? null, {
        action: "import_batch.enqueue",
        entityId: created.id,
        after: { fileName, format, total: entries.length, unreadableLines: errors.length, bytes: file.bytes.length },
      });
      return created;
    },
    { timeout: 60_000 },
  );
  // After the commit: a job for a batch that is not there would fail. Should the send fail (or the process
  // die first), the workers' sweep finds the queued batch and sends it.
  await enqueueImportBatch(batch.id).catch((error: unknown) => console.error(`[jobs] bulk import ${batch.id} left for the sweep: ${error instanceof Error ? error.message : String(error)}`));
  return { id: batch.id, status: "queued", total: batch.total, fileName: batch.fileName, format };
}

function titleOf(data: unknown): string | null {
  const title = typeof data === "object" && data !== null ? (data as Record<string, unknown>).title : undefined;
  return typeof title === "string" && title.trim() ? title.trim().slice(0, 500) : null;
}
