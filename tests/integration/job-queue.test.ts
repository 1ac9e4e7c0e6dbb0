// The job queue (pg-boss in PostgreSQL): a bulk import uploaded is done by a worker from the queue, a lost
// job is found again by the sweep, and a re-analysis queued for every article runs the rules again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { enqueueBulkImport } from "../../lib/import/enqueue-bulk-import";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { getJobQueue, JOB_QUEUES, stopJobQueue } from "../../lib/jobs/job-queue";
import { runJobWorkers, sweepUnfinishedImports, type JobWorkers } from "../../lib/jobs/run-job-workers";
import { enqueueReanalysis } from "../../lib/jobs/enqueue-reanalysis";
import { createUser, resetDatabase } from "./helpers/db";

let editor: Actor;
let workers: JobWorkers | null = null;

const jsonl = (rows: object[]) => new TextEncoder().encode(rows.map((r) => JSON.stringify(r)).join("\n"));
const article = (n: number) => ({ title: `Queue story ${n}`, url: `https://news.example/queue-${n}`, text: `The city spent $${n}.5 million on roads in 2023, up from $${n} million. The the mayor said so.` });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`gave up waiting for ${what}`);
}

beforeAll(async () => {
  await resetDatabase();
  const boss = await getJobQueue();
  for (const name of Object.values(JOB_QUEUES)) await boss.purgeQueue(name);
  editor = await createUser("editor");
});

afterAll(async () => {
  await workers?.stop();
  await stopJobQueue();
});

describe("the job queue", () => {
  it("queues an uploaded bulk import as one job, done by a worker", async () => {
    const batch = await enqueueBulkImport(editor, { fileName: "two.jsonl", bytes: jsonl([article(1), article(2)]) });
    const boss = await getJobQueue();
    expect(await boss.getQueueSize(JOB_QUEUES.importBatch)).toBe(1);
    // Queuing it again (as the sweep may) leaves one waiting job.
    await sweepUnfinishedImports();
    expect(await boss.getQueueSize(JOB_QUEUES.importBatch)).toBe(1);

    workers = await runJobWorkers({ pollingIntervalSeconds: 0.5, sweepMs: 1000, log: () => undefined });
    const done = await until(() => getDb().importBatch.findUniqueOrThrow({ where: { id: batch.id } }), (b) => b.status === "done", "the import");
    expect(done).toMatchObject({ processed: 2, imported: 2, rejected: 0 });
    expect(await getDb().article.count({ where: { title: { startsWith: "Queue story" } } })).toBe(2);
  });

  it("finds a queued import whose job was lost, and does it", async () => {
    const batch = await enqueueBulkImport(editor, { fileName: "lost.jsonl", bytes: jsonl([article(3)]) });
    // As if the process died between the upload's commit and the send: no job for it.
    await getDb().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1 AND singleton_key = $2`, JOB_QUEUES.importBatch, batch.id);
    await until(() => getDb().importBatch.findUniqueOrThrow({ where: { id: batch.id } }), (b) => b.status === "done", "the sweep to find the import");
    expect(await getDb().article.count({ where: { title: "Queue story 3" } })).toBe(1);
  });

  it("re-analyses every article from the queue: the rules run again and check-worthy sentences are proposed", async () => {
    const quiet = await importArticle(
      editor,
      ImportArticleInput.parse({ title: "Analysed later", text: "The the council met. Spending rose from $45.2 million to $48.6 million, a 6 percent rise." }),
      { detectFlags: false, proposeClaims: false },
    );
    expect(await getDb().flag.count({ where: { articleId: quiet.articleId } })).toBe(0);
    const { queued } = await enqueueReanalysis();
    expect(queued).toBe(await getDb().article.count());
    const flags = await until(() => getDb().flag.findMany({ where: { articleId: quiet.articleId } }), (f) => f.length >= 2, "the re-analysis");
    expect(flags.map((f) => f.kind).sort()).toEqual(["editorial", "numeric_inconsistency"]);
    const audit = await until(() => getDb().auditLog.findMany({ where: { action: "article.reanalyze" } }), (a) => a.length === queued, "every article's re-analysis");
    expect(audit.every((a) => a.actorId === null)).toBe(true);
    expect(audit.find((a) => a.entityId === quiet.articleId)?.after).toMatchObject({ flagsRaised: 2, claimsProposed: expect.any(Number) });
    expect(await getDb().claim.count({ where: { articleId: quiet.articleId } })).toBeGreaterThan(0);
  });
});
