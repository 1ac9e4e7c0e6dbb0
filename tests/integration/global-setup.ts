import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/runtime/embedded-postgres";
import { runMigrations } from "../../lib/runtime/run-migrations";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    dbPoolSize: string;
  }
}

/** A real PostgreSQL for the integration tests: DATABASE_URL, else an in-memory PGlite served on loopback. */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedPostgres | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres();
    url = embedded.url;
  }
  await runMigrations(url, { quiet: true });
  project.provide("databaseUrl", url);
  // The embedded PGlite serves one session at a time (see scripts/start.mts).
  project.provide("dbPoolSize", embedded ? "1" : (process.env.FACTDESK_DB_POOL_SIZE ?? "8"));
  return async () => {
    await embedded?.stop();
  };
}
