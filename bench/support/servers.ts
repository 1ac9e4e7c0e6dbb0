/** Starting and stopping the servers the load benchmark drives: the production build and the bare baseline. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildFingerprint } from "../../lib/runtime/build-fingerprint";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxCli = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
export const BENCH_SECRET = "factdesk-benchmark-secret-not-for-production";

/** `next build` unless .next already holds the build of these sources (the fingerprint `npm start` keeps). */
export function ensureProductionBuild(log: (m: string) => void): number | null {
  const fingerprintFile = path.join(root, ".next", "factdesk-source-hash");
  const fingerprint = buildFingerprint(root);
  if (existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint) return null;
  log("Building the production app (next build)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(fingerprintFile, fingerprint);
  return Date.now() - started;
}

export interface Server {
  url: string;
  /** The server's process (for memory sampling). */
  pid: number | undefined;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer ${url} within 60 s`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      // A process killed by a signal has no exit code, only its signal.
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
}

/** `next start` of the production build on `databaseUrl`, without the job worker (the benchmark measures reads). */
export async function startApp(options: { databaseUrl: string; port: number; poolSize?: number; env?: Record<string, string>; nodeArgs?: string[] }): Promise<Server> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), nextBin, "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: BENCH_SECRET,
      NEXTAUTH_URL: url,
      FACTDESK_WORKER: "false",
      FACTDESK_IMPORT_WORKER: "false",
      FACTDESK_DB_POOL_SIZE: String(options.poolSize ?? 8),
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  await waitFor(`${url}/api/auth/csrf`, child, "next start");
  return { url, pid: child.pid, stop: stopper(child) };
}

/** The bare `http` + `pg` baseline (bench/support/bare-server.ts) in its own process, like the app. */
export async function startBareServer(options: { databaseUrl: string; port: number; userId: string; poolSize?: number }): Promise<Server> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [tsxCli, "--conditions=react-server", path.join(root, "bench", "support", "bare-server.ts")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: options.databaseUrl, PORT: String(options.port), BENCH_USER_ID: options.userId, FACTDESK_DB_POOL_SIZE: String(options.poolSize ?? 8) },
  });
  await waitFor(`${url}/api/ratings`, child, "bare server");
  return { url, pid: child.pid, stop: stopper(child) };
}

/** Signs in through next-auth's credentials flow like a browser; returns the Cookie header to send. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return session.split(";")[0] as string;
}
