import "server-only";
import { z } from "zod";
import { getDb } from "../db/client";
import { getJobQueue, JOB_QUEUES } from "./job-queue";

export const EnqueueReanalysisInput = z.object({
  /** Only these articles; all of them when absent. */
  articleIds: z.array(z.string().min(1).max(100)).max(100_000).optional(),
});
export type EnqueueReanalysisInput = z.input<typeof EnqueueReanalysisInput>;

/**
 * Queues a re-analysis of articles (after a model or rule change): one job per article, at most one waiting
 * per article. Returns how many articles were queued.
 */
export async function enqueueReanalysis(input: EnqueueReanalysisInput = {}): Promise<{ queued: number }> {
  const { articleIds } = EnqueueReanalysisInput.parse(input);
  const boss = await getJobQueue();
  let queued = 0;
  let cursor: string | undefined;
  // Keyset batches: a desk's archive does not need to fit in memory.
  for (;;) {
    const page = await getDb().article.findMany({
      where: articleIds ? { id: { in: articleIds } } : {},
      select: { id: true },
      orderBy: { id: "asc" },
      take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (!page.length) break;
    await boss.insert(page.map((a) => ({ name: JOB_QUEUES.reanalyzeArticle, data: { articleId: a.id }, singletonKey: a.id })));
    queued += page.length;
    cursor = page.at(-1)!.id;
  }
  return { queued };
}
