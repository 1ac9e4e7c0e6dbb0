// `npm test`: type-check, lint, unit, integration (real PostgreSQL), end-to-end (real Chromium), in order.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freshDatabase } from "./fresh-database";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);
const results: { step: string; ok: boolean; seconds: number }[] = [];

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  const ok = run.status === 0;
  results.push({ step: name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}


const only = process.argv.slice(2);
const wants = (s: string) => only.length === 0 || only.includes(s);
let ok = true;
if (ok && wants("typecheck")) ok = step("Type-check (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "."]);
if (ok && wants("lint")) ok = step("Lint (ESLint)", bin("eslint"), [".", "--max-warnings=0"]);
if (ok && wants("unit")) ok = step("Unit tests", bin("vitest"), ["run", "--project", "unit"]);
if (ok && wants("integration")) ok = step("Integration tests (PostgreSQL)", bin("vitest"), ["run", "--project", "integration"]);
if (ok && wants("e2e")) {
  const e2eEnv: Record<string, string> = {};
  let tempDir: string | null = null;
  if (process.env.DATABASE_URL) e2eEnv.E2E_DATABASE_URL = await freshDatabase(process.env.DATABASE_URL, "e2e");
  else e2eEnv.E2E_DATA_DIR = tempDir = mkdtempSync(path.join(tmpdir(), "factdesk-e2e-"));
  ok = step("End-to-end tests (Playwright, Chromium)", bin("playwright"), ["test"], e2eEnv);
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

console.log("\n━━ Summary ━━");
for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.step} (${r.seconds.toFixed(1)} s)`);
const passed = results.filter((r) => r.ok).length;
console.log(`steps: ${passed} passed, ${results.length - passed} failed`);
process.exit(ok ? 0 : 1);
