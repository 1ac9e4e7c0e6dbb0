// `npm run bench`: every benchmark in bench/, one after another (each measures its own baseline in the same run).
//   npm run bench -- [name-prefix…] [--flag…]   e.g. `npm run bench -- load --quick`; flags go to every bench.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const dir = path.join(process.cwd(), "bench");
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith("--"));
const only = args.filter((a) => !a.startsWith("--"));
const benches = readdirSync(dir)
  .filter((f) => f.endsWith(".mts") && f !== "run.mts")
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n══════ ${file} ══════`);
  const run = spawnSync(process.execPath, [path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", path.join(dir, file), ...flags], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
