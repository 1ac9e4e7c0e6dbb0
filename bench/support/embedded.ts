/**
 * The embedded database (PGlite over its socket, one connection, as `npm start` runs it without
 * DATABASE_URL) under the same load as PostgreSQL: the 10k database copied into it (pg_dump as INSERTs,
 * through psql), then the same figures, beside PostgreSQL's from the same run.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/runtime/embedded-postgres";
import { runMigrations } from "../../lib/runtime/run-migrations";
import { benchDatabaseUrl, type BenchFixtures } from "./generate-data";
import { loadTest, type LoadResult } from "./load-test";
import type { ResultRow } from "./result-row";
import { signIn, startApp } from "./servers";

export async function benchEmbedded(options: {
  port: number;
  postgres: Record<string, LoadResult>;
  fixtures: BenchFixtures;
  paths: Record<string, string[]>;
  figures: Record<string, string>;
  seconds: number;
  log: (m: string) => void;
}): Promise<ResultRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "factdesk-bench-pglite-"));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "pglite") });
  const rows: ResultRow[] = [];
  try {
    const started = Date.now();
    options.log("Copying the 10k database into the embedded PGlite…");
    await runMigrations(embedded.url, { quiet: true });
    const dump = execFileSync("pg_dump", ["--data-only", "--inserts", "--rows-per-insert=200", "--disable-triggers", "--exclude-table=_prisma_migrations", "--exclude-table=bench_meta", "--schema=public", benchDatabaseUrl("10k")], { maxBuffer: 1 << 30 });
    const target = new URL(embedded.url);
    execFileSync("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-h", target.hostname, "-p", target.port, "-U", "postgres", "-d", "postgres"], { input: dump, env: { ...process.env, PGPASSWORD: "postgres", PGSSLMODE: "disable" }, stdio: ["pipe", "ignore", "inherit"] });
    options.log(`  copied in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    // One connection, as `npm start` runs the embedded database.
    const app = await startApp({ databaseUrl: embedded.url, port: options.port, poolSize: 1 });
    try {
      const cookie = await signIn(app.url, options.fixtures.reviewerEmail, options.fixtures.password);
      for (const [key, paths] of Object.entries(options.paths)) {
        const pg = options.postgres[key];
        if (!pg) continue;
        await loadTest({ baseUrl: app.url, paths, cookie, connections: 10, seconds: 1 });
        const mine = await loadTest({ baseUrl: app.url, paths, cookie, connections: 50, seconds: options.seconds });
        rows.push({
          figure: `${options.figures[key]} @10k, embedded PGlite`,
          factdesk: `${Math.round(mine.requestsPerSecond)} req/s, p99 ${mine.p99} ms${mine.failures ? `, ${mine.failures} FAILED` : ""}`,
          baseline: `${Math.round(pg.requestsPerSecond)} req/s on PostgreSQL`,
          ratio: mine.requestsPerSecond / pg.requestsPerSecond,
          target: "",
          ok: mine.failures === 0 ? null : false,
          data: { embedded: mine },
        });
      }
    } finally {
      await app.stop();
    }
  } finally {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
