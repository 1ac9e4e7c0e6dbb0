// `npm run reanalyze -- [--article ID …] [--no-work]`: after a model or rule change, queues a re-analysis of
// every article (or the given ones) on the job queue and shows the progress until the queue is empty. It
// works on the jobs itself unless --no-work (then the app servers' and `npm run worker`'s workers do).
// Uses DATABASE_URL, else the embedded database in FACTDESK_DATA_DIR (not while `npm start` has it open).
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { z } from "zod";
import { parseCommandLineOrExit, runOnScriptDatabase } from "../lib/runtime/run-script";

const USAGE = `Usage: npm run reanalyze -- [--article ID]… [--no-work]

  --article ID   only this article (repeatable); all articles without it
  --no-work      only queue the jobs: running workers (app servers, npm run worker) do them`;

const Args = z.object({
  article: z.array(z.string().trim().min(1, "--article: give an article id").max(100, "--article: an id is at most 100 characters")).optional(),
  "no-work": z.boolean().default(false),
  help: z.boolean().default(false),
});

function parse(): z.output<typeof Args> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { article: { type: "string", multiple: true }, "no-work": { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  if (positionals.length) throw new Error(`unexpected argument: ${positionals[0]}`);
  const result = Args.safeParse(values);
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join("; "));
  return result.data;
}
const parsed = parseCommandLineOrExit(parse, USAGE, (p) => p.help);
await runOnScriptDatabase("Re-analysis", () => reanalyze(parsed), async () => {
  const { stopJobQueue } = await import("../lib/jobs/job-queue");
  await stopJobQueue();
});

async function reanalyze(options: z.output<typeof Args>): Promise<number> {
  const { enqueueReanalysis } = await import("../lib/jobs/enqueue-reanalysis");
  const { countPendingJobs, JOB_QUEUES } = await import("../lib/jobs/job-queue");
  const { runJobWorkers } = await import("../lib/jobs/run-job-workers");
  const { queued } = await enqueueReanalysis({ articleIds: options.article });
  console.log(`Queued ${queued} article${queued === 1 ? "" : "s"} for re-analysis.`);
  if (!queued) return options.article ? 1 : 0;
  const workers = options["no-work"] ? null : await runJobWorkers({ pollingIntervalSeconds: 0.5, log: () => undefined });
  const bar = process.stdout.isTTY ? new cliProgress.SingleBar({ format: "  {bar} {value}/{total} articles" }, cliProgress.Presets.shades_classic) : null;
  const start = await countPendingJobs(JOB_QUEUES.reanalyzeArticle);
  const total = Math.max(start, 1);
  bar?.start(total, total - start);
  let last = -1;
  for (;;) {
    const pending = await countPendingJobs(JOB_QUEUES.reanalyzeArticle);
    const done = Math.max(0, total - pending);
    if (bar) bar.update(done);
    else if (done !== last) console.log(`  ${done}/${total} articles`);
    last = done;
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  bar?.stop();
  await workers?.stop();
  console.log("Re-analysis done.");
  return 0;
}
