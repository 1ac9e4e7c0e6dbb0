import { spawn } from "node:child_process";
import path from "node:path";

/** Applies the committed Prisma migrations to the database (`prisma migrate deploy`). */
export async function runMigrations(databaseUrl: string, options: { quiet?: boolean } = {}): Promise<void> {
  // The same launcher as `npm run prisma`: it picks the offline schema engine where needed.
  const cli = path.join(process.cwd(), "scripts", "prisma-cli.mjs");
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      if (!options.quiet) process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
      if (!options.quiet) process.stderr.write(d);
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`))));
  });
}
