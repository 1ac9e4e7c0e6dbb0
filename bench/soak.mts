/**
 * Soak (`npm run soak`, also `npm run bench -- soak`): the reliability report of issue 10, on the production
 * build and a generated database of its own (never the dev or test one):
 *   1. requests held at 50 concurrent connections for 60 s over the read APIs a desk hits: the error count;
 *   2. fuzzing (`scripts/fuzz.mts`) of every route and of the analyser and importers: cases tried, failures;
 *   3. 50 concurrent writers on one verdict through HTTP: exactly one applied, the rest 409, no 5xx;
 *   4. kill -9 of the app server in the middle of a bulk import: after a restart every row is imported
 *      exactly once, and the streamed export, killed mid-file, runs again whole.
 * Prints one table and writes bench/soak-results.json.
 *
 *   npm run soak                    # 60 s hold, 100 fuzz cases per target
 *   npm run soak -- --quick         # 10 s hold, 20 cases per target
 *   npm run soak -- --fuzz-runs 10000
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { ensureBenchDatabase } from "./support/generate-data";
import { loadTest } from "./support/load-test";
import { ensureProductionBuild, signIn, startApp, type Server } from "./support/servers";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, "fuzz-runs": { type: "string" } } });
const quick = values.quick ?? false;
const HOLD_SECONDS = quick ? 10 : 60;
const FUZZ_RUNS = Number(values["fuzz-runs"] ?? (quick ? 20 : 100));
const port = Number(process.env.BENCH_PORT ?? Number(process.env.E2E_PORT ?? 3000) + 100) + 10;
const log = (m: string) => console.log(m);
const rows: { check: string; result: string; ok: boolean }[] = [];

const buildMs = ensureProductionBuild(log);
if (buildMs !== null) log(`  built in ${(buildMs / 1000).toFixed(0)} s`);
const db = await ensureBenchDatabase("soak", 10_000, { log });
const f = db.fixtures;

async function post(app: Server, cookie: string, pathname: string, body: unknown): Promise<number> {
  const response = await fetch(`${app.url}${pathname}`, { method: "POST", headers: { cookie, "content-type": "application/json", origin: app.url }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return response.status;
}

// 1. The hold.
{
  log(`1. ${HOLD_SECONDS} s at 50 connections…`);
  const app = await startApp({ databaseUrl: db.url, port });
  try {
    const cookie = await signIn(app.url, f.reviewerEmail, f.password);
    const paths = [`/api/articles/${f.hotArticleId}/claims?limit=500`, "/api/articles?take=50", "/api/queue", "/api/ratings", ...f.sampleClaimIds.slice(0, 50).map((id) => `/api/claims/${id}`)];
    const held = await loadTest({ baseUrl: app.url, paths, cookie, connections: 50, seconds: HOLD_SECONDS });
    rows.push({ check: `50 concurrent for ${HOLD_SECONDS} s (reads)`, result: `${held.requests.toLocaleString("en")} requests, ${held.failures} errors, p99 ${held.p99} ms`, ok: held.failures === 0 });
  } finally {
    await app.stop();
  }
}

// 2. Fuzzing, through the real handlers on a database of its own.
{
  log(`2. fuzzing, ${FUZZ_RUNS} cases per target…`);
  const out = path.join(os.tmpdir(), `factdesk-soak-fuzz-${process.pid}.json`);
  const run = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/fuzz.mts", "--runs", String(FUZZ_RUNS), "--json", out], {
    stdio: ["ignore", "ignore", "inherit"],
    // A fresh `<name>_fuzz` database beside the soak one (scripts/fuzz.mts empties it).
    env: { ...process.env, DATABASE_URL: db.url, FUZZ_DATABASE_URL: "" },
  });
  try {
    const report = JSON.parse(readFileSync(out, "utf8")) as { cases: number; failures: number; fiveXX: number; reports: unknown[] };
    rows.push({ check: "fuzzing (every route, analyser, importers)", result: `${report.reports.length} targets, ${report.cases.toLocaleString("en")} cases, ${report.failures} failures, ${report.fiveXX} × 5xx`, ok: report.failures === 0 && run.status === 0 });
  } catch {
    rows.push({ check: "fuzzing", result: `fuzz run ended with status ${run.status} and no report`, ok: false });
  } finally {
    rmSync(out, { force: true });
  }
}

// 3 and 4 write: they run on the app with its job workers on.
const workersOn = { FACTDESK_WORKER: "true", FACTDESK_IMPORT_WORKER: "true" };
const app = await startApp({ databaseUrl: db.url, port, env: workersOn });
let restarted: Server | null = null;
try {
  // 3. 50 concurrent writers on one verdict.
  log("3. 50 concurrent edits of one verdict…");
  const cookie = await signIn(app.url, f.reviewerEmail, f.password);
  const { ratings } = (await (await fetch(`${app.url}/api/ratings`, { headers: { cookie } })).json()) as { ratings: { id: string; isDismissal: boolean }[] };
  const ratingId = ratings.find((r) => !r.isDismissal)!.id;
  const claimId = f.sampleClaimIds[f.sampleClaimIds.length - 1]!;
  const first = await post(app, cookie, `/api/claims/${claimId}/verdicts`, { ratingId, rationale: "Soak: the first proposal of this verdict.", confidence: 50 });
  const me = ((await (await fetch(`${app.url}/api/auth/session`, { headers: { cookie } })).json()) as { user?: { id?: string } }).user?.id;
  const detail = (await (await fetch(`${app.url}/api/claims/${claimId}`, { headers: { cookie } })).json()) as { claim?: { verdicts?: { revision: number; reviewer: { id: string } }[] } };
  // The reviewer's own verdict (the generated data may hold others' too): every writer edits the revision read.
  const revision = detail.claim?.verdicts?.find((v) => v.reviewer.id === me)?.revision ?? 0;
  const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(app, cookie, `/api/claims/${claimId}/verdicts`, { ratingId, rationale: `Soak: concurrent edit number ${i}.`, confidence: 60, revision })));
  const count = (s: number) => statuses.filter((x) => x === s).length;
  const applied = statuses.filter((s) => s >= 200 && s < 300).length;
  const fiveXX = statuses.filter((s) => s >= 500).length;
  rows.push({ check: "50 concurrent edits of one verdict", result: `first proposal ${first}; ${applied} applied, ${count(409)} × 409, ${fiveXX} × 5xx`, ok: applied === 1 && count(409) === 49 && fiveXX === 0 });

  // 4. kill -9 of the server mid-import.
  log("4. kill -9 of the app server in the middle of a bulk import…");
  const editor = await signIn(app.url, f.editorEmail, f.password);
  const ROWS = 60;
  const stamp = Date.now();
  const lines = Array.from({ length: ROWS }, (_, i) =>
    JSON.stringify({ title: `Soak crash ${stamp} #${i}`, text: `Soak article ${i}: the council said on March ${(i % 27) + 1}, 2024, that the bridge cost $${100 + i} million. ` + "Officials said traffic would fall by 12 percent after it opened. ".repeat(30) }),
  );
  const form = new FormData();
  form.append("file", new Blob([lines.join("\n")], { type: "application/jsonl" }), `soak-${stamp}.jsonl`);
  const queued = await fetch(`${app.url}/api/imports`, { method: "POST", headers: { cookie: editor, origin: app.url }, body: form });
  const { batch } = (await queued.json()) as { batch: { id: string } };
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const processed = async () => Number((await client.query(`SELECT processed FROM "ImportBatch" WHERE id = $1`, [batch.id])).rows[0]?.processed ?? 0);
  const deadline = Date.now() + 120_000;
  while ((await processed()) < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const atKill = await processed();
  // `next start` serves from a child process (next-server): the whole tree is killed, as a crash would.
  if (app.pid) killTree(app.pid);
  await app.stop();
  restarted = await startApp({ databaseUrl: db.url, port, env: workersOn });
  const resumeDeadline = Date.now() + 300_000;
  while ((await processed()) < ROWS && Date.now() < resumeDeadline) await new Promise((r) => setTimeout(r, 250));
  const articles = Number((await client.query(`SELECT count(*) FROM "Article" WHERE title LIKE $1`, [`Soak crash ${stamp} #%`])).rows[0].count);
  const distinct = Number((await client.query(`SELECT count(DISTINCT title) FROM "Article" WHERE title LIKE $1`, [`Soak crash ${stamp} #%`])).rows[0].count);
  await client.end();
  rows.push({ check: "kill -9 of the server mid-import", result: `killed at ${atKill}/${ROWS} rows; after restart ${await processedText()} — ${articles} articles, ${distinct} distinct`, ok: articles === ROWS && distinct === ROWS });
  async function processedText() {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const r = (await c.query(`SELECT processed, imported FROM "ImportBatch" WHERE id = $1`, [batch.id])).rows[0] as { processed: number; imported: number };
    await c.end();
    return `${r.processed}/${ROWS} processed, ${r.imported} imported`;
  }
} finally {
  await app.stop().catch(() => undefined);
  await restarted?.stop().catch(() => undefined);
}

function killTree(pid: number): void {
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).map(Number);
  for (const child of children) killTree(child);
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    /* already gone */
  }
}

const width = Math.max(...rows.map((r) => r.check.length));
console.log(`\n${"check".padEnd(width)} │ result`);
for (const r of rows) console.log(`${r.check.padEnd(width)} │ ${r.result}${r.ok ? "" : "   ✗ FAILED"}`);
const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "", node: process.version, loadAverage: os.loadavg().map((l) => l.toFixed(2)) };
writeFileSync(path.join(process.cwd(), "bench", "soak-results.json"), JSON.stringify({ date: new Date().toISOString(), holdSeconds: HOLD_SECONDS, fuzzRuns: FUZZ_RUNS, machine, rows }, null, 2) + "\n");
console.log("\nbench/soak-results.json written");
process.exit(rows.every((r) => r.ok) ? 0 : 1);
