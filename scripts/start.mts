// `npm start` (production build) and `npm run dev`: database, migrations, demo seed, then Next.js.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseServerEnv } from "../lib/config/server-env";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/runtime/embedded-postgres";
import { runMigrations } from "../lib/runtime/run-migrations";
import { buildFingerprint } from "../lib/runtime/build-fingerprint";
import { DEMO_USERS } from "../lib/seed/demo-users";

const dev = process.argv.includes("--dev");
let env;
try {
  env = parseServerEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

let embedded: EmbeddedPostgres | null = null;
let databaseUrl = env.DATABASE_URL;
let secret = env.NEXTAUTH_SECRET;

if (!databaseUrl) {
  const dataDir = path.resolve(env.FACTDESK_DATA_DIR, "pglite");
  console.log(`No DATABASE_URL: starting the embedded PostgreSQL (PGlite) in ${dataDir}`);
  embedded = await startEmbeddedPostgres({ dataDir });
  databaseUrl = embedded.url;
  if (!secret) {
    // The embedded demo keeps its own secret so sessions survive restarts.
    const secretFile = path.resolve(env.FACTDESK_DATA_DIR, "nextauth-secret");
    if (!existsSync(secretFile)) {
      mkdirSync(path.dirname(secretFile), { recursive: true });
      writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    secret = readFileSync(secretFile, "utf8").trim();
  }
} else if (!secret) {
  if (dev) secret = "factdesk-development-secret-not-for-production";
  else {
    console.error("NEXTAUTH_SECRET is not set. In production Factdesk refuses to start without it: set NEXTAUTH_SECRET to a long random string (e.g. `openssl rand -base64 32`).");
    process.exit(1);
  }
}

const stop = async (code: number) => {
  if (embedded) await embedded.stop().catch(() => undefined);
  process.exit(code);
};

try {
  process.env.DATABASE_URL = databaseUrl;
  await runMigrations(databaseUrl, { quiet: true });
  if (env.FACTDESK_SEED === "true") {
    const { seedDemo } = await import("../lib/seed/seed-demo");
    const { disconnectDb } = await import("../lib/db/client");
    const seeded = await seedDemo();
    await disconnectDb();
    if (seeded.articleCreated) console.log("Seeded the demo article and accounts.");
  }
} catch (error) {
  console.error("Could not prepare the database:", (error as Error).message);
  await stop(1);
}

const port = String(env.PORT);
const url = env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1", PORT: port };
// PGlite serves one session at a time; its socket multiplexer mixes up the unnamed prepared statements of
// concurrent connections ("bind message supplies 3 parameters…"), so the app uses one connection to it.
if (embedded && !process.env.FACTDESK_DB_POOL_SIZE) childEnv.FACTDESK_DB_POOL_SIZE = "1";

if (!dev) {
  const fingerprintFile = path.join(root, ".next", "factdesk-source-hash");
  const fingerprint = buildFingerprint(root);
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint;
  if (!built) {
    console.log("Building the app (next build)…");
    const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...childEnv, NODE_ENV: "production" } });
    if (result.status !== 0) await stop(result.status ?? 1);
    writeFileSync(fingerprintFile, fingerprint);
  }
}

// Production runs through scripts/serve.mts, which measures client addresses (sign-in throttling); dev uses `next dev`.
const serverArgs = dev ? [nextBin, "dev", "-p", port] : ["--import", "tsx", path.join(root, "scripts", "serve.mts")];
const next = spawn(process.execPath, serverArgs, { stdio: ["ignore", "pipe", "inherit"], env: { ...childEnv, NODE_ENV: dev ? "development" : "production" } });
let announced = false;
next.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started server|Local:/i.test(chunk.toString())) {
    announced = true;
    console.log(`\nFactdesk is running at ${url}`);
    if (env.FACTDESK_SEED === "true") {
      console.log("Demo accounts (email / password):");
      for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(8)} ${u.email.padEnd(26)} ${u.password}`);
    }
    console.log(embedded ? `Embedded database: ${databaseUrl}\n` : "");
  }
});
next.on("exit", (code) => void stop(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    next.kill(signal);
  });
}

