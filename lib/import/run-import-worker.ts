import { processImportBatch } from "./process-import-batch";

export interface ImportWorker {
  /** Look for work now instead of at the next poll (after a batch was queued by this process). */
  wake(): void;
  /** Finishes the row in hand, then stops. */
  stop(): Promise<void>;
}

interface WorkerState {
  worker: ImportWorker | null;
}

// On globalThis: Next.js bundles instrumentation and route handlers separately, but they share the process.
const state = globalThis as unknown as { factdeskImportWorker?: WorkerState };

/**
 * The bulk-import worker: polls the PostgreSQL job queue and runs processImportBatch while there is work,
 * then sleeps `idleMs`. Any number of them (one per app server, or `npm run import -- --work`) may run on
 * one database: batches are claimed with SKIP LOCKED, rows are committed one by one. Errors (a lost
 * database connection) are logged and retried after a back-off; they never crash the process.
 */
export function runImportWorker(options: { idleMs?: number; log?: (message: string) => void } = {}): ImportWorker {
  const idleMs = options.idleMs ?? 1000;
  const log = options.log ?? ((message: string) => console.log(message));
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let wakeUp: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wakeUp = resolve;
      timer = setTimeout(resolve, ms);
      timer.unref?.();
    }).finally(() => {
      wakeUp = null;
      if (timer) clearTimeout(timer);
      timer = null;
    });

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      try {
        const worked = await processImportBatch();
        failures = 0;
        if (worked) {
          if (worked.finished) log(`[import worker] bulk import ${worked.batchId} done`);
          continue; // there may be more: look again at once
        }
        await sleep(idleMs);
      } catch (error) {
        failures += 1;
        const backoff = Math.min(30_000, idleMs * 2 ** Math.min(failures, 5));
        console.error(`[import worker] ${error instanceof Error ? error.message : String(error)}; retrying in ${Math.round(backoff / 1000)} s`);
        await sleep(backoff);
      }
    }
  })();

  return {
    wake() {
      wakeUp?.();
    },
    async stop() {
      stopped = true;
      wakeUp?.();
      await loop;
    },
  };
}

/** Starts this process's worker once (idempotent: a second call returns the running one). */
export function startImportWorker(options: { idleMs?: number } = {}): ImportWorker {
  state.factdeskImportWorker ??= { worker: null };
  state.factdeskImportWorker.worker ??= runImportWorker(options);
  return state.factdeskImportWorker.worker;
}

/** Nudges this process's worker, if it runs one, to pick up a batch just queued. */
export function wakeImportWorker(): void {
  state.factdeskImportWorker?.worker?.wake();
}
