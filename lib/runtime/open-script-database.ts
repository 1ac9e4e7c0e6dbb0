import path from "node:path";
import { parseServerEnv } from "../config/server-env";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { runMigrations } from "./run-migrations";

/**
 * The database a command-line tool works on: DATABASE_URL, else the embedded PostgreSQL in
 * FACTDESK_DATA_DIR (which must not be open in a running `npm start`), migrated. Sets DATABASE_URL for the
 * lib/ code the tool then runs; `embedded` is to be stopped when the tool ends.
 */
export async function openScriptDatabase(): Promise<{ databaseUrl: string; embedded: EmbeddedPostgres | null }> {
  const env = parseServerEnv();
  let databaseUrl = env.DATABASE_URL;
  let embedded: EmbeddedPostgres | null = null;
  if (!databaseUrl) {
    const dataDir = path.resolve(env.FACTDESK_DATA_DIR, "pglite");
    console.log(`No DATABASE_URL: opening the embedded PostgreSQL (PGlite) in ${dataDir}`);
    embedded = await startEmbeddedPostgres({ dataDir });
    databaseUrl = embedded.url;
    // The embedded database serves one connection at a time.
    process.env.FACTDESK_DB_POOL_SIZE ??= "1";
  }
  process.env.DATABASE_URL = databaseUrl;
  await runMigrations(databaseUrl, { quiet: true });
  return { databaseUrl, embedded };
}
