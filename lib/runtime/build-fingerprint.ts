import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "types", "next.config.js", "package-lock.json", "tsconfig.json", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

/** A hash of what `next build` reads, so `npm start` rebuilds only when the sources changed. */
export function buildFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!SKIP.has(name)) visit(path.join(p, name));
    } else {
      hash.update(path.relative(root, p));
      hash.update(readFileSync(p));
    }
  };
  for (const s of SOURCES) visit(path.join(root, s));
  return hash.digest("hex");
}
