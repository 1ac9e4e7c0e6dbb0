// `npm run import -- FILE [--as EMAIL]`: imports a bulk file (JSONL, CSV) or one article file (.txt, .md,
// .html) with the same lib/ functions as the app: the bulk file is queued as an ImportBatch and its rows
// imported one transaction each, with a progress bar on a terminal and a summary at the end.
// `npm run import -- --work` runs the job workers instead (as `npm run worker`), until Ctrl-C.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { parseCommandLineOrExit, runOnScriptDatabase } from "../lib/runtime/run-script";
import type { Actor } from "../lib/auth/actor";
import { bulkFormatOf } from "../lib/import/parse-bulk-file";
import { fileKindOf } from "../lib/import/decode-text-file";

const USAGE = `Usage:
  npm run import -- FILE [--as EMAIL]   import a .jsonl/.csv bulk file, or one .txt/.md/.html article
  npm run import -- --work              run the job workers (queued imports, re-analyses) until Ctrl-C

Options:
  --as EMAIL   import as this user (must be allowed to import); without it the import is recorded as
               made by the system (no user) in the audit log
  --help       this text

Uses DATABASE_URL, else the embedded database in FACTDESK_DATA_DIR (default .data), which must not be in
use by a running \`npm start\`.

Exit status: 0 when every row was imported, recognised as a duplicate or stored as a new version;
1 when any row was rejected (the others are still imported) or the file was refused; 2 on a usage error.`;

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { as: { type: "string" }, work: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
  });
}
const args = parseCommandLineOrExit(parse, USAGE, (a) => a.values.help);
const [file, ...extra] = args.positionals;
if (args.values.work ? file !== undefined : file === undefined || extra.length > 0) {
  console.error(USAGE);
  process.exit(2);
}

// The file is checked before any database is opened.
const input = file === undefined ? null : await readInput(file);
if (input && "exitCode" in input) process.exit(input.exitCode);

await runOnScriptDatabase("Import", () => (input ? importFile(input, args.values.as) : work()));

async function actorFor(email: string | undefined): Promise<Actor | null> {
  if (!email) return null;
  const { getDb } = await import("../lib/db/client");
  const { can } = await import("../lib/auth/permissions");
  const user = await getDb().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || user.disabled) throw new Error(`--as ${email}: no such active user`);
  if (!can(user.role, "article.import")) throw new Error(`--as ${email}: a ${user.role} may not import articles`);
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

async function readInput(filePath: string): Promise<{ fileName: string; bytes: Uint8Array; bulk: boolean } | { exitCode: number }> {
  const fileName = path.basename(filePath);
  const bulk = bulkFormatOf(fileName) !== null;
  if (!bulk && !fileKindOf(fileName)) {
    console.error(`${fileName}: must be a bulk file (.jsonl, .csv) or one article (.txt, .md, .html)`);
    return { exitCode: 2 };
  }
  try {
    return { fileName, bytes: new Uint8Array(await readFile(filePath)), bulk };
  } catch (error) {
    console.error(`${filePath}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
    return { exitCode: 2 };
  }
}

async function importFile(input: { fileName: string; bytes: Uint8Array; bulk: boolean }, as: string | undefined): Promise<number> {
  const { DomainError } = await import("../lib/errors");
  const actor = await actorFor(as);
  try {
    return input.bulk ? await importBulk(actor, input.fileName, input.bytes) : await importSingle(actor, input.fileName, input.bytes);
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`${input.fileName}: refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function importSingle(actor: Actor | null, fileName: string, bytes: Uint8Array): Promise<number> {
  const { importUploadedFile, UploadMetadata } = await import("../lib/import/import-uploaded-file");
  const result = await importUploadedFile(actor, { fileName, bytes, metadata: UploadMetadata.parse({}) });
  const what = result.outcome === "duplicate" ? `duplicate of article ${result.articleId} (version ${result.version}); nothing stored` : result.outcome === "new_version" ? `new version ${result.version} of article ${result.articleId}` : `imported as article ${result.articleId}`;
  const extra = result.outcome === "duplicate" ? "" : ` — ${result.claimsProposed} claims proposed, ${result.flagsRaised} flags raised`;
  console.log(`${fileName}: “${result.title}”: ${what}${extra}`);
  return 0;
}

async function importBulk(actor: Actor | null, fileName: string, bytes: Uint8Array): Promise<number> {
  const { enqueueBulkImport } = await import("../lib/import/enqueue-bulk-import");
  const { processNextImportRow } = await import("../lib/import/process-import-batch");
  const { getImportBatch } = await import("../lib/import/get-import-batch");

  const queued = await enqueueBulkImport(actor, { fileName, bytes });
  console.log(`${fileName}: ${queued.total} rows queued as import ${queued.id}`);

  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const counts = { imported: 0, newVersions: 0, duplicates: 0, rejected: 0 };
  const tty = Boolean(process.stdout.isTTY);
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          stream: process.stdout,
          format: "Importing {bar} {percentage}% | {value}/{total} rows | {imported} imported · {newVersions} new versions · {duplicates} duplicates · {rejected} rejected | {eta_formatted} left",
          hideCursor: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(queued.total, 0, counts);

  let processed = 0;
  while (!interrupted) {
    const step = await processNextImportRow({ batchId: queued.id });
    if (step) {
      processed = step.processed;
      counts[({ imported: "imported", new_version: "newVersions", duplicate: "duplicates", rejected: "rejected" } as const)[step.outcome]] += 1;
      if (bar) bar.update(processed, counts);
      else console.log(`[${processed}/${step.total}] line ${step.line}: ${step.outcome.replace("_", " ")}${step.reason ? `: ${step.reason}` : ""}`);
      if (step.finished) break;
      continue;
    }
    // Another worker (an app server) holds the batch, or finished it: follow its progress.
    const batch = await getImportBatch(queued.id);
    Object.assign(counts, { imported: batch.imported, newVersions: batch.newVersions, duplicates: batch.duplicates, rejected: batch.rejected });
    if (batch.processed !== processed) {
      processed = batch.processed;
      if (bar) bar.update(processed, counts);
      else console.log(`[${processed}/${batch.total}] (imported by another worker)`);
    }
    if (batch.status === "done") break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  bar?.stop();
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);

  const batch = await getImportBatch(queued.id, { rows: true });
  console.log(`\nSummary of ${fileName} (import ${batch.id}):`);
  console.log(`  imported      ${batch.imported}`);
  console.log(`  new versions  ${batch.newVersions}`);
  console.log(`  duplicates    ${batch.duplicates}`);
  console.log(`  rejected      ${batch.rejected}`);
  const rejected = (batch.rows ?? []).filter((row) => row.outcome === "rejected");
  for (const row of rejected) console.log(`    line ${row.line}: ${row.reason}`);
  if (batch.status !== "done") {
    console.log(`\nStopped after ${batch.processed} of ${batch.total} rows. The rest stays queued: a worker (the app server, or \`npm run import -- --work\`) will finish it.`);
    return 1;
  }
  return batch.rejected > 0 ? 1 : 0;
}

async function work(): Promise<number> {
  const { runJobWorkers } = await import("../lib/jobs/run-job-workers");
  console.log("Job workers running (Ctrl-C to stop)…");
  const workers = await runJobWorkers({ log: (message) => console.log(message) });
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  console.log("Stopping after the jobs in hand…");
  await workers.stop();
  return 0;
}
