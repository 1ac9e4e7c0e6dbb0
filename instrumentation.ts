/**
 * Runs once when a Next.js server starts. On the Node.js runtime it starts this server's job workers
 * (lib/jobs/run-job-workers.ts: bulk imports and re-analyses from the pg-boss queue in PostgreSQL); every app
 * server runs them, and the queue hands each job to one worker. FACTDESK_WORKER=false turns them off, when
 * workers run apart with `npm run worker` (FACTDESK_IMPORT_WORKER=false, its older name, still works).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.FACTDESK_WORKER === "false" || process.env.FACTDESK_IMPORT_WORKER === "false" || !process.env.DATABASE_URL) return;
  const { startJobWorkers } = await import("./lib/jobs/run-job-workers");
  // Not awaited: register() must return for the server to serve; a queue that cannot start is logged.
  startJobWorkers().catch((error: unknown) => console.error(`[jobs] workers did not start: ${error instanceof Error ? error.message : String(error)}`));
}
