import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { z } from "zod";
import { PrismaClient } from "./generated/client";
import { CONNECTION_OPTIONS } from "./session-settings";
import type { Prisma } from "./generated/client";

export type Db = InstanceType<typeof PrismaClient>;
/** A client or an open transaction: every lib/ function that writes takes one so callers can compose writes. */
export type Tx = Prisma.TransactionClient;

const PoolSize = z.coerce.number({ error: "FACTDESK_DB_POOL_SIZE must be a number" }).int().min(1).max(200).default(8);

const globalForDb = globalThis as unknown as { factdeskDb?: Db; factdeskPool?: pg.Pool; factdeskQueryListeners?: Set<(query: string) => void> };

function getPool(): pg.Pool {
  if (!globalForDb.factdeskPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
    }
    const max = PoolSize.parse(process.env.FACTDESK_DB_POOL_SIZE || undefined);
    globalForDb.factdeskPool = new pg.Pool({ connectionString, max, options: CONNECTION_OPTIONS });
  }
  return globalForDb.factdeskPool;
}

/**
 * The one Prisma client of the process, created on first use: `next build` imports route modules, and a
 * client created at module load would open the database during the build.
 */
export function getDb(): Db {
  if (!globalForDb.factdeskDb) {
    const adapter = new PrismaPg(getPool());
    // Query events only when asked (the integration tests count queries): emitting them costs every query.
    const log = process.env.FACTDESK_DB_QUERY_EVENTS === "true" ? [{ emit: "event" as const, level: "query" as const }] : [];
    // maxWait: with a small pool (the embedded database has one connection) a transaction may queue a while.
    const client = new PrismaClient({ adapter, log, transactionOptions: { maxWait: 15_000, timeout: 60_000 } });
    if (log.length) (client as unknown as { $on(e: "query", f: (event: { query: string }) => void): void }).$on("query", (event) => notifyQuery(event.query));
    globalForDb.factdeskDb = client as Db;
  }
  return globalForDb.factdeskDb;
}

/**
 * Plain SQL on the same pool as Prisma, for the few hottest reads (the per-request actor lookup, an
 * article's claims). Prisma 7 compiles every query in its WebAssembly query compiler: ~1–2 ms of CPU per
 * query here against ~0.3 ms for the same statement through `pg` (see the README's benchmark notes).
 * Parameters are always passed as values, never spliced into the text.
 */
export async function sqlRows<T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
  notifyQuery(text);
  const result = await getPool().query<T>(text, values);
  return result.rows;
}

/**
 * The pool itself, for a library that runs its own SQL beside Prisma (the job queue): one pool per process,
 * so the embedded database's single connection is never asked for a second.
 */
export function sharedPool(): pg.Pool {
  return getPool();
}

function notifyQuery(query: string): void {
  for (const listener of globalForDb.factdeskQueryListeners ?? []) listener(query);
}

/** For tests: every statement run while `fn` runs (Prisma's query events and sqlRows), to assert bounded counts. */
export async function recordQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  if (process.env.FACTDESK_DB_QUERY_EVENTS !== "true") throw new Error("set FACTDESK_DB_QUERY_EVENTS=true before the client is created to record queries");
  const queries: string[] = [];
  const listener = (query: string) => queries.push(query);
  globalForDb.factdeskQueryListeners ??= new Set();
  globalForDb.factdeskQueryListeners.add(listener);
  try {
    return { result: await fn(), queries };
  } finally {
    globalForDb.factdeskQueryListeners.delete(listener);
  }
}

/** For scripts and tests that end: closes the pool so the process can exit. */
export async function disconnectDb(): Promise<void> {
  if (globalForDb.factdeskDb) {
    await globalForDb.factdeskDb.$disconnect();
    globalForDb.factdeskDb = undefined;
  }
  if (globalForDb.factdeskPool) {
    const pool = globalForDb.factdeskPool;
    globalForDb.factdeskPool = undefined;
    await pool.end().catch(() => undefined); // Prisma may have ended it already
  }
}

export { Prisma } from "./generated/client";
export type * from "./generated/client";
