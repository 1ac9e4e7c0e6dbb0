// `npm run export -- --format F [--kind K] [--article ID] [--from D --to D] [--publisher P] [--reviewer ID]
// [--rating SLUG] [--status S] [--bom] [--as EMAIL] [--out FILE]`: the same cross-article export as the
// Reports page and GET /api/reports (lib/reports/export-reports.ts), streamed to a file or to stdout.
// Uses DATABASE_URL, else the embedded database (through the running app's socket when `npm start` has it).
import { createWriteStream } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { Actor } from "../lib/auth/actor";
import { ExportReportsQuery } from "../lib/reports/export-reports.types";
import { parseCommandLineOrExit, runOnScriptDatabase } from "../lib/runtime/run-script";

const USAGE = `Usage: npm run export -- --format FORMAT [options]

  --format F      html, md, csv, json, claimreview or annotations
  --kind K        published (default: what goes out) or working (the desk's, with unpublished work)
  --article ID    one article only
  --from DAY      articles published on or after this day (YYYY-MM-DD)
  --to DAY        …and on or before this day
  --publisher P   articles of this publisher
  --reviewer ID   claims whose final verdict this user gave (working kind)
  --rating SLUG   claims whose final verdict has this rating
  --status S      claims in this status
  --bom           start a CSV with a byte-order mark (for spreadsheet apps)
  --as EMAIL      export as this user, with their role's permissions (default: the operator, who may export anything)
  --out FILE      write to FILE (written whole or not at all); default: standard output`;

const Options = z.object({
  as: z.string().trim().email("--as: give the email of a user").optional(),
  out: z.string().trim().min(1, "--out: give a file name").optional(),
  help: z.boolean().default(false),
});

const OPTIONS = {
  format: { type: "string" },
  kind: { type: "string" },
  article: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  publisher: { type: "string" },
  reviewer: { type: "string" },
  rating: { type: "string" },
  status: { type: "string" },
  bom: { type: "boolean" },
  as: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function parseCommandLine(): { query: ExportReportsQuery; options: z.output<typeof Options> } {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: OPTIONS });
  if (positionals.length) throw new Error(`unexpected argument: ${positionals[0]}`);
  const options = Options.safeParse({ as: values.as, out: values.out, help: values.help ?? false });
  if (!options.success) throw new Error(options.error.issues.map((i) => i.message).join("; "));
  if (options.data.help) return { query: ExportReportsQuery.parse({}), options: options.data };
  if (values.format === undefined) throw new Error("--format: required (html, md, csv, json, claimreview or annotations)");
  const { bom, as: _as, out: _out, help: _help, ...filters } = values;
  const query = ExportReportsQuery.safeParse({ ...filters, bom: bom ? "1" : undefined });
  if (!query.success) throw new Error(query.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
  return { query: query.data, options: options.data };
}

const parsed = parseCommandLineOrExit(parseCommandLine, USAGE, (p) => p.options.help);
await runOnScriptDatabase("Export", () => runExport(parsed.query, parsed.options));

async function actorFor(email: string): Promise<Actor> {
  const { getDb } = await import("../lib/db/client");
  const user = await getDb().user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || user.disabled) throw new Error(`--as ${email}: no such active user`);
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

async function runExport(query: ExportReportsQuery, options: z.output<typeof Options>): Promise<number> {
  const { DomainError } = await import("../lib/errors");
  const { assertCanExportReports, countExportArticles, exportReports } = await import("../lib/reports/export-reports");
  const actor = options.as ? await actorFor(options.as) : undefined;
  try {
    if (actor) assertCanExportReports(actor, query);
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`Refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const total = await countExportArticles(query);
  let written = 0;
  const report = (articles: number) => {
    written = articles;
    if (options.out && process.stderr.isTTY) process.stderr.write(`\r${articles} of ${total} articles`);
  };
  const chunks = Readable.from(exportReports(query, { reader: actor, onProgress: report }));
  if (!options.out) {
    await pipeline(chunks, process.stdout);
    return 0;
  }
  // Written beside the target and renamed when whole: a failed export never leaves half a file behind.
  const target = path.resolve(options.out);
  await removeDeadPartials(target);
  const partial = `${target}.partial-${process.pid}`;
  try {
    await pipeline(chunks, createWriteStream(partial));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.error(`Wrote ${target}: ${written || total} article${(written || total) === 1 ? "" : "s"} (${query.kind} report, ${query.format}).`);
  return 0;
}

/** Partial files that an export killed mid-way (kill -9, a crash) left beside the target: their process is gone. */
async function removeDeadPartials(target: string): Promise<void> {
  const prefix = `${path.basename(target)}.partial-`;
  const entries = await readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of entries) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    await rm(path.join(path.dirname(target), name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
