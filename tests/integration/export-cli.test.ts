// `npm run export`: the same streamed export as GET /api/reports, from the command line, run as the real
// process (node + tsx) against the test database and against an embedded database a running app has open.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../lib/runtime/embedded-postgres";
import { prepareDemoDesk, type DemoDesk } from "./helpers/demo-reports";
import { resetDatabase } from "./helpers/db";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "factdesk-export-"));
let desk: DemoDesk;

function runExport(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/export.mts", ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  await resetDatabase();
  desk = await prepareDemoDesk();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run export", () => {
  it("writes the published CSV of every article to --out, published claims only", async () => {
    const out = path.join(dir, "published.csv");
    const result = await runExport(["--format", "csv", "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Wrote .*published\.csv: 1 article/);
    const rows = parse(readFileSync(out, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["published"]));
    const text = readFileSync(out, "utf8");
    for (const claim of desk.unpublished) expect(text).not.toContain(claim.text);
    // Nothing half-written is left beside it.
    expect(readdirSync(dir).filter((f) => f.includes(".partial-"))).toEqual([]);
  }, 120_000);

  it("streams the working JSON of one article to stdout, as the API gives it", async () => {
    const result = await runExport(["--format", "json", "--kind", "working", "--article", desk.articleId]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { schemaVersion: number; kind: string; reports: { article: { id: string } }[] };
    expect(json.kind).toBe("working");
    expect(json.reports.map((r) => r.article.id)).toEqual([desk.articleId]);
    expect(result.stdout).toContain(desk.unpublished[0]!.text);
  }, 120_000);

  it("killed with SIGKILL mid-export leaves no half file at --out, and runs again whole", async () => {
    const out = path.join(dir, "killed.json");
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/export.mts", "--format", "json", "--kind", "working", "--out", out], { cwd: ROOT, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Killed as soon as it has begun writing (its partial file exists): the database reads are under way.
    while (!readdirSync(dir).some((f) => f.startsWith("killed.json.partial-")) && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    await exited;
    expect(existsSync(out)).toBe(false);

    const again = await runExport(["--format", "json", "--kind", "working", "--out", out]);
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(readFileSync(out, "utf8")) as { reports: unknown[] }).reports).toHaveLength(1);
    // The dead run's partial file is swept by the next run.
    expect(readdirSync(dir).filter((f) => f.includes(".partial-"))).toEqual([]);
  }, 120_000);

  it("gives a user's role its own answer with --as: a viewer gets no working report", async () => {
    const out = path.join(dir, "viewer.json");
    const result = await runExport(["--format", "json", "--kind", "working", "--as", desk.viewer.email, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Refused: .*viewer/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it("refuses bad options naming the option, and touches nothing", async () => {
    const bad = await runExport(["--format", "pdf", "--out", path.join(dir, "x.pdf")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format: /);
    const dates = await runExport(["--format", "csv", "--from", "2025-02-01", "--to", "2025-01-01"]);
    expect(dates.code).toBe(2);
    expect(dates.stderr).toMatch(/--to: must not be before from/);
    const missing = await runExport(["--kind", "working"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--format: required/);
    expect(existsSync(path.join(dir, "x.pdf"))).toBe(false);
  }, 120_000);

  it("talks to the embedded database through the running app's socket, never opening its folder", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "factdesk-export-embedded-"));
    // This process plays the running `npm start`: it holds the folder (and its lock) open.
    const running = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite") });
    try {
      const { DATABASE_URL: _unset, ...rest } = process.env;
      const env: NodeJS.ProcessEnv = { ...rest, FACTDESK_DATA_DIR: dataDir };
      const result = await runExport(["--format", "csv"], env);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/using the embedded PostgreSQL the running app serves/);
      expect(result.stdout.split("\n")[0]).toMatch(/^article_id,/);
    } finally {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
