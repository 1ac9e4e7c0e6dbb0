import { getJobQueue, ImportBatchJob, JOB_QUEUES } from "./job-queue";

/**
 * Puts a bulk import on the job queue. One waiting job per batch however often it is called, so the
 * sweep of the workers may call it for any unfinished batch.
 */
export async function enqueueImportBatch(batchId: string): Promise<void> {
  const data = ImportBatchJob.parse({ batchId });
  const boss = await getJobQueue();
  await boss.send(JOB_QUEUES.importBatch, data, { singletonKey: batchId });
}
