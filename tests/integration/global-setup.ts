import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/runtime/embedded-postgres";
import { runMigrations } from "../../lib/runtime/run-migrations";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
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
  return async () => {
    await embedded?.stop();
  };
}
