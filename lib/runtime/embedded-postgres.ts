import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Serves a PGlite database on 127.0.0.1 so the app, the Prisma CLI and psql all connect to it as to any
 * PostgreSQL. This process alone opens the data folder: PGlite has no lock of its own, and a second
 * writer corrupts the folder, so a lock file with our pid guards it.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number; maxConnections?: number } = {}): Promise<EmbeddedPostgres> {
  let lockFile: string | null = null;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true }); // PGlite does not create missing parents
    lockFile = path.join(path.dirname(path.resolve(options.dataDir)), `${path.basename(options.dataDir)}.lock`);
    try {
      const pid = Number(readFileSync(lockFile, "utf8"));
      if (pid && pid !== process.pid && processIsAlive(pid)) {
        throw new Error(`The embedded database in ${options.dataDir} is in use by process ${pid}; stop it first (or set DATABASE_URL).`);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    writeFileSync(lockFile, String(process.pid));
  }
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: options.maxConnections ?? 24 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
      if (lockFile) rmSync(lockFile, { force: true });
    },
  };
}
