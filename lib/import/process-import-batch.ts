import "server-only";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb, Prisma, type Tx } from "../db/client";
import type { ImportRowOutcome } from "../db/generated/enums";
import { DomainError } from "../errors";
import { fieldIssues } from "../http/api-route";
import { importArticle, ImportArticleInput, type ImportOutcome } from "../articles/import-article";

export interface ImportRowStep {
  batchId: string;
  line: number;
  outcome: Exclude<ImportRowOutcome, "pending">;
  reason: string | null;
  articleId: string | null;
  processed: number;
  total: number;
  /** This row was the batch's last: the batch is done. */
  finished: boolean;
}

interface ClaimedBatch {
  id: string;
  createdById: string | null;
  startedAt: Date | null;
  processed: number;
  total: number;
}

interface RowResult {
  outcome: Exclude<ImportRowOutcome, "pending">;
  reason: string | null;
  field: string | null;
  articleId: string | null;
  version: number | null;
}

const COUNTER: Record<RowResult["outcome"], "imported" | "newVersions" | "duplicates" | "rejected"> = {
  imported: "imported",
  new_version: "newVersions",
  duplicate: "duplicates",
  rejected: "rejected",
};

/**
 * Imports the next row of a queued or unfinished bulk import, all in ONE transaction: the batch is claimed
 * with `SELECT … FOR UPDATE SKIP LOCKED` (so several workers on several app servers never take the same
 * batch at once), the row's article is imported with its claims and flags, and the row's result and the
 * batch's progress are written. A crash at any point rolls all of it back: the row stays pending and the
 * next worker takes the batch up exactly there. A row refused by validation or by importArticle is
 * recorded as rejected with the reason; the rest of the batch goes on.
 *
 * `batchId` keeps to that batch (null when another worker holds it or it is done); without it, the oldest
 * claimable batch is taken. Returns null when there is nothing to do.
 */
export async function processNextImportRow(options: { batchId?: string } = {}): Promise<ImportRowStep | null> {
  return getDb().$transaction(
    async (tx) => {
      const only = options.batchId ? Prisma.sql`AND id = ${options.batchId}` : Prisma.empty;
      const [batch] = await tx.$queryRaw<ClaimedBatch[]>`
        SELECT id, "createdById", "startedAt", processed, total
        FROM "ImportBatch"
        WHERE status IN ('queued', 'running') ${only}
        ORDER BY "createdAt", id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!batch) return null;

      const row = await tx.importBatchRow.findFirst({ where: { batchId: batch.id, outcome: "pending" }, orderBy: { position: "asc" } });
      const now = new Date();
      if (!row) {
        // Every row has its result (the batch's last transaction did not mark it done): close it.
        await finishBatch(tx, batch.id, batch.createdById, now);
        return null;
      }

      const actor = batch.createdById ? await actorOf(tx, batch.createdById) : null;
      const result = await importRow(tx, actor, row);
      await tx.importBatchRow.update({
        where: { id: row.id },
        data: { outcome: result.outcome, reason: result.reason, field: result.field, articleId: result.articleId, version: result.version, processedAt: now },
      });
      const processed = batch.processed + 1;
      const finished = processed >= batch.total;
      await tx.importBatch.update({
        where: { id: batch.id },
        data: {
          processed: { increment: 1 },
          [COUNTER[result.outcome]]: { increment: 1 },
          status: "running",
          startedAt: batch.startedAt ?? now,
        },
      });
      if (finished) await finishBatch(tx, batch.id, batch.createdById, now);
      return { batchId: batch.id, line: row.line, outcome: result.outcome, reason: result.reason, articleId: result.articleId, processed, total: batch.total, finished };
    },
    // One article's import with its analysis; importArticle allows itself as long.
    { timeout: 120_000, maxWait: 20_000 },
  );
}

/**
 * Works through one bulk import until it is done: the given batch, else the oldest queued or stalled one
 * (a batch whose worker died). Each row is its own transaction (processNextImportRow). Returns the batch
 * worked on and whether it is finished, or null when there was nothing to do. Stops early, leaving the
 * rest to it, when another worker holds the batch.
 */
export async function processImportBatch(
  options: { batchId?: string; onRow?: (step: ImportRowStep) => void } = {},
): Promise<{ batchId: string; finished: boolean } | null> {
  let batchId = options.batchId;
  for (;;) {
    const step = await processNextImportRow({ batchId });
    if (!step) return batchId ? { batchId, finished: false } : null;
    batchId = step.batchId;
    options.onRow?.(step);
    if (step.finished) return { batchId, finished: true };
  }
}

async function importRow(tx: Tx, actor: Actor | null, row: { line: number; data: unknown; parseError: string | null }): Promise<RowResult> {
  const rejected = (reason: string, field: string | null = null): RowResult => ({ outcome: "rejected", reason, field, articleId: null, version: null });
  if (row.parseError || row.data === null) return rejected(row.parseError ?? "the line could not be read");

  const parsed = ImportArticleInput.safeParse(row.data);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    return rejected(issues.map((i) => `${i.field}: ${i.message}`).join("; "), issues[0]?.field ?? null);
  }

  // A savepoint, so that a row that fails half-way leaves nothing of itself while the transaction lives on
  // to record why.
  await tx.$executeRawUnsafe("SAVEPOINT import_row");
  let outcome: ImportOutcome;
  try {
    outcome = await importArticle(actor, parsed.data, {}, tx);
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_row");
  } catch (error) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_row");
    if (error instanceof DomainError) return rejected(error.message, error.field ?? null);
    console.error(`Import of line ${row.line} failed:`, error);
    return rejected("could not be imported because of an internal error (logged on the server)");
  }
  return { outcome: outcome.outcome, reason: null, field: null, articleId: outcome.articleId, version: outcome.version };
}

async function actorOf(tx: Tx, userId: string): Promise<Actor | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, name: true, email: true } });
  return user ? { id: user.id, role: user.role, name: user.name, email: user.email } : null;
}

async function finishBatch(tx: Tx, batchId: string, actorId: string | null, now: Date): Promise<void> {
  const batch = await tx.importBatch.update({
    where: { id: batchId },
    data: { status: "done", finishedAt: now },
    select: { fileName: true, total: true, processed: true, imported: true, newVersions: true, duplicates: true, rejected: true, startedAt: true },
  });
  await recordAudit(tx, actorId, {
    action: "import_batch.complete",
    entityId: batchId,
    before: { status: "running" },
    after: { status: "done", ...batch, finishedAt: now },
  });
}
