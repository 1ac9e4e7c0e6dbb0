/**
 * Runs once when a Next.js server starts. On the Node.js runtime it starts this server's bulk-import
 * worker (lib/import/run-import-worker.ts), which polls the PostgreSQL job queue; every app server runs
 * one, and SKIP LOCKED keeps them off each other's batches. FACTDESK_IMPORT_WORKER=false turns it off
 * (e.g. when workers run apart, with `npm run import -- --work`).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.FACTDESK_IMPORT_WORKER === "false" || !process.env.DATABASE_URL) return;
  const { startImportWorker } = await import("./lib/import/run-import-worker");
  // Not awaited: the worker runs for the life of the server; register() must return for it to serve.
  startImportWorker();
}
