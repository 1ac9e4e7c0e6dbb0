import { getDb } from "../db/client";
import type { ImportBatchStatus, ImportRowOutcome } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { Id } from "../validation/common";

export interface ImportRowView {
  line: number;
  title: string | null;
  outcome: ImportRowOutcome;
  reason: string | null;
  field: string | null;
  articleId: string | null;
  version: number | null;
}

export interface ImportBatchView {
  id: string;
  fileName: string;
  format: string;
  status: ImportBatchStatus;
  total: number;
  processed: number;
  imported: number;
  newVersions: number;
  duplicates: number;
  rejected: number;
  createdBy: { id: string; name: string } | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Per-row results in file order (left out when not asked for). */
  rows?: ImportRowView[];
}

/** A bulk import's progress (real counts, as committed row by row) and, if asked, its per-row results. */
export async function getImportBatch(id: string, options: { rows?: boolean } = {}): Promise<ImportBatchView> {
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
