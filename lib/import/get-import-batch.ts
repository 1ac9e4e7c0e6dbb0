import "server-only";
import { getDb } from "../db/client";
import type { ImportBatch } from "./get-import-batch.types";
export { ImportBatchView, ImportBatchResponse, type ImportBatch } from "./get-import-batch.types";
import { NotFoundError } from "../errors";
import { Id } from "../validation/common";

/** A bulk import's progress (real counts, as committed row by row) and, if asked, its per-row results. */
export async function getImportBatch(id: string, options: { rows?: boolean } = {}): Promise<ImportBatch> {
  Id.parse(id);
  const db = getDb();
  const batch = await db.importBatch.findUnique({
    where: { id },
    select: {
      id: true,
      fileName: true,
      format: true,
      status: true,
      total: true,
      processed: true,
      imported: true,
      newVersions: true,
      duplicates: true,
      rejected: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
      createdBy: { select: { id: true, name: true } },
      rows: options.rows
        ? {
            orderBy: { position: "asc" },
            select: { line: true, title: true, outcome: true, reason: true, field: true, articleId: true, version: true },
          }
        : false,
    },
  });
  if (!batch) throw new NotFoundError("Import");
  return batch;
}
