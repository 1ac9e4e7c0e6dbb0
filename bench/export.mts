/**
 * Export benchmark: the working `csv` export of every claim of a generated 100k-claim database through the
 * production build's `GET /api/reports`, streamed over HTTP, against PostgreSQL's own
 * `COPY (SELECT …) TO STDOUT` of the same columns measured in the same run. Reports the throughput of both
 * (claims/s), the ratio (goal ≥ 0.3×) and the server's memory growth while it streams (goal < 100 MB).
 *
 *   npm run bench -- export            # 100k claims
 *   npm run bench -- export --quick    # the 10k database (shares it with the load benchmark)
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { CONNECTION_OPTIONS } from "../lib/db/session-settings";
import { ensureBenchDatabase } from "./support/generate-data";
import { ensureProductionBuild, signIn, startApp } from "./support/servers";
import type { ResultRow } from "./support/result-row";

const quick = process.argv.includes("--quick");
const scale = quick ? "10k" : "100k";
const claims = quick ? 10_000 : 100_000;
const port = Number(process.env.BENCH_PORT ?? Number(process.env.E2E_PORT ?? 3000) + 100) + 5;
const log = (m: string) => console.log(m);

/** The CSV columns the export writes, as one SQL query: what COPY streams for the baseline. */
const COPY_SQL = `COPY (
  SELECT a.id, a.title, a.url, a.publisher, a."publishedAt", c.id, c.text, c.status, r.label, r.value, v.rationale,
         (SELECT string_agg(e.url, ' ') FROM "Evidence" e WHERE e."claimId" = c.id AND e."deletedAt" IS NULL),
         (SELECT string_agg(f.kind::text || ': ' || f.exact, '; ') FROM "Flag" f WHERE f."claimId" = c.id),
         c."publishedAt", c.score, u.name,
         (SELECT count(*) FROM "Verdict" pv WHERE pv."claimId" = c.id)
  FROM "Claim" c
  JOIN "Article" a ON a.id = c."articleId"
  LEFT JOIN "Verdict" v ON v.id = c."finalVerdictId"
  LEFT JOIN "Rating" r ON r.id = v."ratingId"
  LEFT JOIN "User" u ON u.id = v."reviewerId"
  ORDER BY a."createdAt", a.id, c.start
) TO STDOUT WITH (FORMAT csv, HEADER true)`;

/** Counts bytes and lines of a stream without keeping it. */
function counter(): { sink: Writable; bytes: () => number; lines: () => number } {
  let bytes = 0;
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      done();
    },
  });
  return { sink, bytes: () => bytes, lines: () => lines };
}

function rssMb(pid: number | undefined): number {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return 0;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : 0;
}

async function copyBaseline(url: string): Promise<{ ms: number; bytes: number }> {
  // The app's own connection options (JIT off), so COPY runs the statement as the app would.
  const client = new pg.Client({ connectionString: url, options: CONNECTION_OPTIONS });
  await client.connect();
  try {
    const count = counter();
    const started = performance.now();
    await pipeline(client.query(copyTo(COPY_SQL)), count.sink);
    return { ms: performance.now() - started, bytes: count.bytes() };
  } finally {
    await client.end();
  }
}

async function exportThroughApi(appUrl: string, cookie: string, pid: number | undefined): Promise<{ ms: number; bytes: number; lines: number; peakGrowthMb: number; status: number }> {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  const count = counter();
  const started = performance.now();
  try {
    const response = await fetch(`${appUrl}/api/reports?format=csv&kind=working`, { headers: { cookie } });
    if (!response.ok || !response.body) return { ms: 0, bytes: 0, lines: 0, peakGrowthMb: 0, status: response.status };
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), count.sink);
    return { ms: performance.now() - started, bytes: count.bytes(), lines: count.lines(), peakGrowthMb: peak - before, status: response.status };
  } finally {
    clearInterval(sampler);
  }
}

const buildMs = ensureProductionBuild(log);
if (buildMs !== null) log(`  built in ${(buildMs / 1000).toFixed(0)} s`);
const db = await ensureBenchDatabase(scale, claims, { log });
const app = await startApp({ databaseUrl: db.url, port });
const rows: ResultRow[] = [];
try {
  const cookie = await signIn(app.url, db.fixtures.editorEmail, db.fixtures.password);
  // Warm both once (route module, JIT, PostgreSQL's caches), then measure each twice and keep the better.
  await exportThroughApi(app.url, cookie, app.pid);
  await copyBaseline(db.url);
  const api = [await exportThroughApi(app.url, cookie, app.pid), await exportThroughApi(app.url, cookie, app.pid)];
  const copy = [await copyBaseline(db.url), await copyBaseline(db.url)];
  const best = api.reduce((a, b) => (b.ms && b.ms < a.ms ? b : a));
  const baseline = copy.reduce((a, b) => (b.ms < a.ms ? b : a));
  if (best.status !== 200) throw new Error(`GET /api/reports answered ${best.status}`);
  const total = db.fixtures.claims;
  const mine = total / (best.ms / 1000);
  const theirs = total / (baseline.ms / 1000);
  const ratio = mine / theirs;
  const growth = Math.max(...api.map((a) => a.peakGrowthMb));
  rows.push({
    figure: `csv export of ${total.toLocaleString("en")} claims (working, GET /api/reports)`,
    factdesk: `${Math.round(mine).toLocaleString("en")} claims/s (${(best.ms / 1000).toFixed(1)} s, ${(best.bytes / 2 ** 20).toFixed(0)} MB)`,
    baseline: `COPY TO STDOUT: ${Math.round(theirs).toLocaleString("en")} claims/s (${(baseline.ms / 1000).toFixed(1)} s)`,
    ratio,
    target: "≥0.3×",
    ok: ratio >= 0.3,
  });
  rows.push({ figure: "server memory growth while streaming it", factdesk: `${growth.toFixed(0)} MB`, baseline: "", ratio: null, target: "<100 MB", ok: growth < 100 });
} finally {
  await app.stop();
}

for (const r of rows) log(`${r.figure}: ${r.factdesk} vs ${r.baseline} ${r.ratio === null ? "" : `(${r.ratio.toFixed(2)}×)`} ${r.target} ${r.ok === null ? "" : r.ok ? "ok" : "MISSED"}`);
const file = path.join(process.cwd(), "bench", "export-results.json");
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), scale, rows }, null, 2) + "\n");
log(`bench/export-results.json written`);
