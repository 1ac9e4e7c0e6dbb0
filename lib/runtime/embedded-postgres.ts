import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** What the lock file holds: the pid that opened the folder and the address it serves the database on. */
interface EmbeddedLock {
  pid: number;
  url: string | null;
}

function lockFileOf(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
}

function readLock(lockFile: string): EmbeddedLock | null {
  let text: string;
  try {
    text = readFileSync(lockFile, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  // Older lock files hold the bare pid.
  try {
    const parsed = JSON.parse(text) as Partial<EmbeddedLock>;
    if (typeof parsed.pid === "number") return { pid: parsed.pid, url: typeof parsed.url === "string" ? parsed.url : null };
  } catch {
    /* not JSON */
  }
  const pid = Number(text);
  return pid ? { pid, url: null } : null;
}

/**
 * The address of the embedded database another live process (a running `npm start`) serves from this
 * folder, or null when no process has it open. A second process must talk to it through that socket: it
 * must never open the folder itself.
 */
export function runningEmbeddedPostgresUrl(dataDir: string): string | null {
  const lock = readLock(lockFileOf(dataDir));
  if (!lock || lock.pid === process.pid || !processIsAlive(lock.pid)) return null;
  return lock.url;
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
    lockFile = lockFileOf(options.dataDir);
    const lock = readLock(lockFile);
    if (lock && lock.pid !== process.pid && processIsAlive(lock.pid)) {
      throw new Error(`The embedded database in ${options.dataDir} is in use by process ${lock.pid}; stop it first (or set DATABASE_URL).`);
    }
    writeFileSync(lockFile, JSON.stringify({ pid: process.pid, url: null } satisfies EmbeddedLock));
  }
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: options.maxConnections ?? 24 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(":").pop());
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  if (lockFile) writeFileSync(lockFile, JSON.stringify({ pid: process.pid, url } satisfies EmbeddedLock));
  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
      if (lockFile) rmSync(lockFile, { force: true });
    },
  };
}
