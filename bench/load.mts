/**
 * Load benchmark: the production build (`next start`) on real PostgreSQL against a bare `http` + `pg`
 * server answering the same queries (bench/support/bare-server.mts), both driven by autocannon at 50
 * connections, on generated databases of 10k and 1M claims (bench/support/generate-data.mts).
 * Prints one table (figure · Factdesk · baseline · ratio) and writes bench/results.json.
 *
 *   npm run bench -- load            # full: 10k and 1M claims, the browser figures, the embedded database
 *   npm run bench -- load --quick    # 10k only, shorter runs (< 2 min once built and generated)
 *   npm run bench -- load --no-1m    # full, but skip the 1M database (its first generation takes minutes)
 */
import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBenchDatabase, type BenchFixtures } from "./support/generate-data";
import { loadTest, type LoadResult } from "./support/load-test";
import { ensureProductionBuild, signIn, startApp, startBareServer } from "./support/servers";
import { measurePages } from "./support/browser";
import { benchEmbedded } from "./support/embedded";
import type { ResultRow } from "./support/result-row";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const with1m = !quick && !args.includes("--no-1m");
const CONNECTIONS = 50;
const SECONDS = quick ? 4 : 10;
const basePort = Number(process.env.BENCH_PORT ?? Number(process.env.E2E_PORT ?? 3000) + 100);
const log = (m: string) => console.log(m);

const rows: ResultRow[] = [];
const started = Date.now();

function describe(r: LoadResult): string {
  return `${Math.round(r.requestsPerSecond)} req/s, p99 ${r.p99} ms${r.failures ? `, ${r.failures} FAILED` : ""}`;
}

interface Endpoint {
  key: string;
  figure: string;
  paths: (f: BenchFixtures) => string[];
  /** Held to ≥ 0.5× the baseline's requests/s with p99 < 100 ms. */
  target: boolean;
}
const ENDPOINTS: Endpoint[] = [
  { key: "article-claims", figure: "GET /api/articles/{id}/claims (500 claims)", paths: (f) => [`/api/articles/${f.hotArticleId}/claims?limit=500`], target: true },
  { key: "claim-detail", figure: "GET /api/claims/{id} (detail)", paths: (f) => f.sampleClaimIds.map((id: string) => `/api/claims/${id}`), target: true },
  { key: "articles", figure: "GET /api/articles (50, keyset)", paths: () => ["/api/articles?take=50"], target: false },
  { key: "ratings", figure: "GET /api/ratings (tiny: per-request cost)", paths: () => ["/api/ratings"], target: false },
  { key: "search", figure: "GET /api/search (2–3 words, 20 hits)", paths: () => SEARCHES.specific.map(searchPath), target: false },
];

/**
 * Searches a desk types, on the generator's vocabulary (bench/support/generate-data.ts): specific ones (a
 * subject and a place or a speaker: ~0.1–1% of the claims match) and common single words (~8%: every match
 * is ranked before the first page can be cut).
 */
const SEARCHES = {
  specific: ["inflation Lagos", "Senator Okafor unemployment", "grain exports Osaka", '"rail fares" Porto', "carbon emissions doubled Leeds", "statistics office housing starts", "vaccine uptake Quito", "Premier Chen deficit"],
  common: ["inflation", "Nairobi", "Governor Lindqvist"],
};
const searchPath = (q: string) => `/api/search?q=${encodeURIComponent(q)}`;
/** The search's latency is held at a desk's concurrency (a few reviewers searching at once), not 50. */
const SEARCH_CONNECTIONS = 4;

async function benchScale(scale: string, claims: number): Promise<Record<string, LoadResult>> {
  const db = await ensureBenchDatabase(scale, claims, { log });
  if (db.generatedMs !== null) rows.push({ figure: `generate ${scale} database (COPY)`, factdesk: `${(db.generatedMs / 1000).toFixed(1)} s`, baseline: "", ratio: null, target: "", ok: null });
  const f = db.fixtures;
  const app = await startApp({ databaseUrl: db.url, port: basePort });
  const cookie = await signIn(app.url, f.reviewerEmail, f.password);
  const reviewerId = await (await fetch(`${app.url}/api/auth/session`, { headers: { cookie } })).json().then((s: { user?: { id?: string } }) => s.user?.id ?? "");
  const bare = await startBareServer({ databaseUrl: db.url, port: basePort + 1, userId: reviewerId });
  const measured: Record<string, LoadResult> = {};
  try {
    for (const endpoint of ENDPOINTS) {
      const paths = endpoint.paths(f);
      // Warm both (JIT, Next's lazily loaded route modules, PostgreSQL's caches), then measure.
      await loadTest({ baseUrl: app.url, paths, cookie, connections: 10, seconds: 1 });
      await loadTest({ baseUrl: bare.url, paths, connections: 10, seconds: 1 });
      const mine = await loadTest({ baseUrl: app.url, paths, cookie, connections: CONNECTIONS, seconds: SECONDS });
      const base = await loadTest({ baseUrl: bare.url, paths, connections: CONNECTIONS, seconds: SECONDS });
      measured[endpoint.key] = mine;
      const ratio = mine.requestsPerSecond / base.requestsPerSecond;
      rows.push({
        figure: `${endpoint.figure} @${scale}`,
        factdesk: describe(mine),
        baseline: describe(base),
        ratio,
        target: endpoint.target ? "≥0.5×, p99<100ms" : "",
        ok: endpoint.target ? ratio >= 0.5 && mine.p99 < 100 && mine.failures === 0 : mine.failures === 0 ? null : false,
        data: { factdesk: mine, baseline: base },
      });
      log(`  ${endpoint.figure} @${scale}: ${describe(mine)} vs ${describe(base)} (${ratio.toFixed(2)}×)`);
    }
    // Search latency: p95 at a desk's concurrency, against the bare server running the same statement.
    for (const [kind, queries] of Object.entries(SEARCHES)) {
      const paths = queries.map(searchPath);
      await loadTest({ baseUrl: app.url, paths, cookie, connections: 2, seconds: 1 });
      await loadTest({ baseUrl: bare.url, paths, connections: 2, seconds: 1 });
      const mine = await loadTest({ baseUrl: app.url, paths, cookie, connections: SEARCH_CONNECTIONS, seconds: SECONDS });
      const base = await loadTest({ baseUrl: bare.url, paths, connections: SEARCH_CONNECTIONS, seconds: SECONDS });
      measured[`search-${kind}`] = mine;
      const held = kind === "specific" && scale === "1m";
      rows.push({
        figure: `search p95, ${kind} queries, ${SEARCH_CONNECTIONS} connections @${scale}`,
        factdesk: `p95 ${mine.p95} ms, ${Math.round(mine.requestsPerSecond)} req/s${mine.failures ? `, ${mine.failures} FAILED` : ""}`,
        baseline: `p95 ${base.p95} ms, ${Math.round(base.requestsPerSecond)} req/s`,
        ratio: mine.p95 / Math.max(base.p95, 0.1),
        target: held ? "p95<100ms" : "",
        ok: held ? mine.p95 < 100 && mine.failures === 0 : mine.failures === 0 ? null : false,
        data: { factdesk: mine, baseline: base },
      });
      log(`  search (${kind}) @${scale}: p95 ${mine.p95} ms vs bare ${base.p95} ms`);
    }
    if (scale === "10k" && !quick) {
      const pages = await measurePages({ appUrl: app.url, cookie, longArticleId: f.longArticleId });
      rows.push(...pages);
    }
  } finally {
    await bare.stop();
    await app.stop();
  }
  return measured;
}

const buildMs = ensureProductionBuild(log);
if (buildMs !== null) log(`  built in ${(buildMs / 1000).toFixed(0)} s`);
const at10k = await benchScale("10k", 10_000);
if (with1m) {
  const at1m = await benchScale("1m", 1_000_000);
  for (const key of ["article-claims", "articles"]) {
    const small = at10k[key];
    const large = at1m[key];
    if (!small || !large) continue;
    const ratio = large.mean / small.mean;
    rows.push({ figure: `${key}: mean latency at 1M vs 10k`, factdesk: `${large.mean.toFixed(1)} ms`, baseline: `${small.mean.toFixed(1)} ms`, ratio, target: "≤1.5×", ok: ratio <= 1.5 });
  }
}
if (!quick) {
  const fixtures = (await ensureBenchDatabase("10k", 10_000, { log })).fixtures;
  const embeddedKeys = ["article-claims", "claim-detail", "ratings"];
  const chosen = ENDPOINTS.filter((e) => embeddedKeys.includes(e.key));
  rows.push(
    ...(await benchEmbedded({
      port: basePort + 2,
      postgres: at10k,
      fixtures,
      paths: Object.fromEntries(chosen.map((e) => [e.key, e.paths(fixtures)])),
      figures: Object.fromEntries(chosen.map((e) => [e.key, e.figure])),
      seconds: SECONDS,
      log,
    })),
  );
}

// ── the one table ──
const header = ["figure", "Factdesk", "baseline (same run)", "ratio", "target", ""];
const cells = rows.map((r) => [r.figure, r.factdesk, r.baseline, r.ratio === null ? "" : `${r.ratio.toFixed(2)}×`, r.target, r.ok === null ? "" : r.ok ? "ok" : "MISSED"]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i] as number)).join(" │ ");
console.log(`\n${line(header)}\n${widths.map((w) => "─".repeat(w)).join("─┼─")}`);
for (const c of cells) console.log(line(c));

let postgres = "";
try {
  postgres = execSync(`psql -h 127.0.0.1 -U postgres -Atc "show server_version"`, { encoding: "utf8" }).trim();
} catch {
  postgres = "unknown";
}
const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "", memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres, loadAverage: os.loadavg().map((l) => l.toFixed(2)) };
writeFileSync(path.join(process.cwd(), "bench", "results.json"), JSON.stringify({ date: new Date().toISOString(), mode: quick ? "quick" : with1m ? "full" : "full-no-1m", connections: CONNECTIONS, seconds: SECONDS, machine, rows }, null, 2) + "\n");
console.log(`\nbench/results.json written (${((Date.now() - started) / 1000).toFixed(0)} s; ${machine.cpus} × ${machine.cpu}, load ${machine.loadAverage.join(" ")})`);
