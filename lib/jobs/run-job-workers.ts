import "server-only";
import { getDb } from "../db/client";
import { processImportBatch } from "../import/process-import-batch";
import { reanalyzeArticle } from "../analysis/reanalyze-article";
import { NotFoundError } from "../errors";
import { enqueueImportBatch } from "./enqueue-import-batch";
import { getJobQueue, ImportBatchJob, JOB_QUEUES, ReanalyzeArticleJob, stopJobQueue } from "./job-queue";

export interface JobWorkers {
  stop(): Promise<void>;
}

export interface JobWorkerOptions {
  /** How often to look for work nobody has queued (a batch whose job was lost); default 30 s. */
  sweepMs?: number;
  /** How often an idle worker asks the queue for work; default 2 s. */
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
}

/** A batch with no row done for this long, yet unfinished, has lost its worker. */
const STALLED_MS = 2 * 60_000;

/**
 * Re-queues the bulk imports that should be moving and are not: queued ones whose job was never sent (the
 * process died between the upload's commit and the send) and running ones whose worker died. At most one
 * waiting job per batch (the queue's policy), so calling it often is harmless. `stalledMs`: how long a
 * running batch must have gone without a row done (default 2 min).
 */
export async function sweepUnfinishedImports(options: { stalledMs?: number } = {}): Promise<number> {
  const stalledBefore = new Date(Date.now() - (options.stalledMs ?? STALLED_MS));
  const stale = await getDb().importBatch.findMany({
    where: { OR: [{ status: "queued" }, { status: "running", updatedAt: { lt: stalledBefore } }] },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  for (const batch of stale) await enqueueImportBatch(batch.id);
  return stale.length;
}

/**
 * Starts this process's job workers: bulk imports and re-analyses, one job at a time each, plus a sweep for
 * imports whose job was lost. A failing job is retried with back-off by the queue; the errors are logged
 * and never crash the process.
 */
export async function runJobWorkers(options: JobWorkerOptions = {}): Promise<JobWorkers> {
  const log = options.log ?? ((message: string) => console.log(message));
  const boss = await getJobQueue();
  const work = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 };

  await boss.work(JOB_QUEUES.importBatch, work, async ([job]) => {
    const { batchId } = ImportBatchJob.parse(job?.data);
    const result = await processImportBatch({ batchId });
    if (result?.finished) {
      log(`[jobs] bulk import ${batchId} done`);
      return;
    }
    const batch = await getDb().importBatch.findUnique({ where: { id: batchId }, select: { status: true } });
    // Another worker holds the batch (it goes on there) or it was finished meanwhile; else try again later.
    if (batch && batch.status !== "done") throw new Error(`bulk import ${batchId} is held by another worker; retrying later`);
  });

  await boss.work(JOB_QUEUES.reanalyzeArticle, work, async ([job]) => {
    const { articleId } = ReanalyzeArticleJob.parse(job?.data);
    try {
      await reanalyzeArticle(articleId);
    } catch (error) {
      // An article deleted since it was queued: nothing to do, and no point retrying.
      if (error instanceof NotFoundError) return;
      throw error;
    }
  });

  const sweep = (options?: { stalledMs: number }) =>
    sweepUnfinishedImports(options).catch((error: unknown) => console.error(`[jobs] sweep: ${error instanceof Error ? error.message : String(error)}`));
  // At start, every unfinished batch: after a crash of the only server, its batch need not wait to look
  // stalled (a batch another server is still working on just gets a job that waits its turn).
  await sweep({ stalledMs: 0 });
  const timer = setInterval(() => void sweep(), options.sweepMs ?? 30_000);
  timer.unref?.();

  return {
    async stop() {
      clearInterval(timer);
      await stopJobQueue();
    },
  };
}

// On globalThis: Next.js bundles instrumentation and route handlers apart, but they share the process.
const state = globalThis as unknown as { factdeskJobWorkers?: Promise<JobWorkers> };

/** Starts this process's workers once (a second call returns the running ones). */
export function startJobWorkers(options: JobWorkerOptions = {}): Promise<JobWorkers> {
  state.factdeskJobWorkers ??= runJobWorkers(options).catch((error: unknown) => {
    state.factdeskJobWorkers = undefined;
    throw error;
  });
  return state.factdeskJobWorkers;
}
