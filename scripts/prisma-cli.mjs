// Runs the Prisma CLI with the offline schema engine where the real one cannot be downloaded
// (only when PRISMA_SCHEMA_ENGINE_BINARY is unset). Plain .mjs: it runs before anything is compiled.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const offline = path.resolve(process.cwd(), "..", "shared", "tools", "prisma-offline-engine", "schema-engine");
  if (existsSync(offline)) env.PRISMA_SCHEMA_ENGINE_BINARY = offline;
}
const cli = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
