// `npm run worker`: runs the job workers (bulk imports, re-analyses) on their own, beside or apart from the
// app servers, until Ctrl-C or SIGTERM; the job in hand is finished first. Any number may run on one
// database. Needs DATABASE_URL: the embedded database belongs to the `npm start` that opened it (its server
// runs the workers already).
import { z } from "zod";
import { runMigrations } from "../lib/runtime/run-migrations";

const Env = z.object({ DATABASE_URL: z.string({ error: "DATABASE_URL: is required (the PostgreSQL the app uses)" }).url("DATABASE_URL: must be a postgresql:// URL") });
const env = Env.safeParse(process.env);
if (!env.success) {
  console.error(env.error.issues.map((i) => i.message).join("\n"));
  process.exit(2);
}
if (process.argv.slice(2).some((a) => a === "--help" || a === "-h")) {
  console.log("Usage: npm run worker   (runs the bulk-import and re-analysis workers until Ctrl-C; uses DATABASE_URL)");
  process.exit(0);
}

await runMigrations(env.data.DATABASE_URL, { quiet: true });
const { runJobWorkers } = await import("../lib/jobs/run-job-workers");
const { disconnectDb } = await import("../lib/db/client");
const workers = await runJobWorkers();
console.log("Job workers running: bulk imports and re-analyses (Ctrl-C to stop)…");
await new Promise<void>((resolve) => {
  process.once("SIGINT", resolve);
  process.once("SIGTERM", resolve);
});
console.log("Stopping after the jobs in hand…");
await workers.stop();
await disconnectDb();
process.exit(0);
