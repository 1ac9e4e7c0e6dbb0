import "server-only";
import PgBoss from "pg-boss";
import { z } from "zod";
import { sharedPool } from "../db/client";

// The job queue: pg-boss on the app's own PostgreSQL (schema "pgboss"), so any number of workers — one in
// every app server, and more with `npm run worker` — share it without another service to run.

export const JOB_QUEUES = {
  /** Import the rows of one bulk import (lib/import/process-import-batch.ts). */
  importBatch: "import-batch",
  /** Run the analysis of one article again (lib/analysis/reanalyze-article.ts). */
  reanalyzeArticle: "reanalyze-article",
} as const;
export type JobQueueName = (typeof JOB_QUEUES)[keyof typeof JOB_QUEUES];

export const ImportBatchJob = z.object({ batchId: z.string().min(1).max(100) });
export const ReanalyzeArticleJob = z.object({ articleId: z.string().min(1).max(100) });

// "short": at most one waiting job per singleton key (a batch, an article), however often it is enqueued;
// retries back off (5 s, 10 s, 20 s …). A job whose worker died is retried when it expires; the row-by-row
// transactions of the work itself mean a retry never applies anything twice.
const QUEUE_OPTIONS: Record<JobQueueName, Omit<PgBoss.Queue, "name">> = {
  "import-batch": { policy: "short", retryLimit: 8, retryDelay: 5, retryBackoff: true, expireInSeconds: 15 * 60 },
  "reanalyze-article": { policy: "short", retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 5 * 60 },
};

// On globalThis: Next.js bundles instrumentation and route handlers apart, but they share the process.
const state = globalThis as unknown as { factdeskJobQueue?: Promise<PgBoss> };

/** This process's connection to the job queue, started (and its queues created) on first use. */
export function getJobQueue(): Promise<PgBoss> {
  state.factdeskJobQueue ??= startJobQueue().catch((error: unknown) => {
    state.factdeskJobQueue = undefined;
    throw error;
  });
  return state.factdeskJobQueue;
}

async function startJobQueue(): Promise<PgBoss> {
  const pool = sharedPool();
  // Through the app's own pool: the embedded database serves one connection, and a pool of the queue's own
  // would wait on it forever.
  const db: PgBoss.Db = { executeSql: (text, values) => pool.query(text, values) };
  const boss = new PgBoss({ db, schema: "pgboss" });
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  for (const [name, options] of Object.entries(QUEUE_OPTIONS)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...options });
  }
  return boss;
}

/** Stops this process's queue connection (workers finish the job in hand first, up to `timeoutMs`). */
export async function stopJobQueue(timeoutMs = 30_000): Promise<void> {
  const running = state.factdeskJobQueue;
  state.factdeskJobQueue = undefined;
  if (running) await (await running).stop({ graceful: true, wait: true, timeout: timeoutMs });
}

/** How many jobs of a queue are still to do (waiting, retrying or running). */
export async function countPendingJobs(name: JobQueueName): Promise<number> {
  const boss = await getJobQueue();
  return boss.getQueueSize(name, { before: "completed" });
}
