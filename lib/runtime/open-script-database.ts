import path from "node:path";
import { parseServerEnv } from "../config/server-env";
import { runningEmbeddedPostgresUrl, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { runMigrations } from "./run-migrations";

/**
 * The database a command-line tool works on: DATABASE_URL, else the embedded PostgreSQL in
 * FACTDESK_DATA_DIR — through the socket of the running `npm start` that has it open (never opening the
 * folder from a second process), or opened here when none has. Migrated. Sets DATABASE_URL for the lib/
 * code the tool then runs; `embedded` (when opened here) is to be stopped when the tool ends.
 */
export async function openScriptDatabase(): Promise<{ databaseUrl: string; embedded: EmbeddedPostgres | null }> {
  const env = parseServerEnv();
  let databaseUrl = env.DATABASE_URL;
  let embedded: EmbeddedPostgres | null = null;
  if (!databaseUrl) {
    const dataDir = path.resolve(env.FACTDESK_DATA_DIR, "pglite");
    const running = runningEmbeddedPostgresUrl(dataDir);
    if (running) {
      console.error(`No DATABASE_URL: using the embedded PostgreSQL the running app serves at ${running.replace(/\/\/[^@]*@/, "//")}`);
      databaseUrl = running;
    } else {
      console.error(`No DATABASE_URL: opening the embedded PostgreSQL (PGlite) in ${dataDir}`);
      embedded = await startEmbeddedPostgres({ dataDir });
      databaseUrl = embedded.url;
    }
    // The embedded database serves one connection at a time.
    process.env.FACTDESK_DB_POOL_SIZE ??= "1";
  }
  process.env.DATABASE_URL = databaseUrl;
  await runMigrations(databaseUrl, { quiet: true });
  return { databaseUrl, embedded };
}
