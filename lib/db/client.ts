import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";
import { PrismaClient } from "./generated/client";
import type { Prisma } from "./generated/client";

export type Db = InstanceType<typeof PrismaClient>;
/** A client or an open transaction: every lib/ function that writes takes one so callers can compose writes. */
export type Tx = Prisma.TransactionClient;

const PoolSize = z.coerce.number({ error: "FACTDESK_DB_POOL_SIZE must be a number" }).int().min(1).max(200).default(8);

const globalForDb = globalThis as unknown as { factdeskDb?: Db };

/**
 * The one Prisma client of the process, created on first use: `next build` imports route modules, and a
 * client created at module load would open the database during the build.
 */
export function getDb(): Db {
  if (!globalForDb.factdeskDb) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
    }
    const poolSize = PoolSize.parse(process.env.FACTDESK_DB_POOL_SIZE || undefined);
    const adapter = new PrismaPg({ connectionString, max: poolSize });
    // maxWait: with a small pool (the embedded database has one connection) a transaction may queue a while.
    globalForDb.factdeskDb = new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 60_000 } });
  }
  return globalForDb.factdeskDb;
}

/** For scripts and tests that end: closes the pool so the process can exit. */
export async function disconnectDb(): Promise<void> {
  if (globalForDb.factdeskDb) {
    await globalForDb.factdeskDb.$disconnect();
    globalForDb.factdeskDb = undefined;
  }
}

export { Prisma } from "./generated/client";
export type * from "./generated/client";
