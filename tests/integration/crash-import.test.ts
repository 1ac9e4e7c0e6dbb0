// A crash in the middle of a bulk import: the worker process (the same lib/ code every app server runs from
// instrumentation.ts) is killed with SIGKILL — the real node process, no wrapper — while it imports. After
// it, every article is whole (its version, its row's result) or absent, and the import resumes where it
// stopped: every row imported exactly once, no duplicates.
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { enqueueBulkImport } from "../../lib/import/enqueue-bulk-import";
import { processImportBatch } from "../../lib/import/process-import-batch";
import { normalizeArticleText } from "../../lib/articles/import-article";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ROWS = 30;
const paragraph = (i: number) =>
  `Article ${i}: the council said on March ${(i % 27) + 1}, 2024, that the bridge cost $${100 + i} million. Officials said traffic would fall by ${i % 50} percent. ` +
  "Mayor Jane Doe said the project was finished two years ahead of schedule. ".repeat(8);

beforeAll(async () => {
  await resetDatabase();
  await seedRatings();
});

/** Resolves when `check` holds, polling the database (bounded by the test's own timeout, not a timed assertion). */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function assertWholeOrAbsent(batchId: string) {
  const db = getDb();
  const rows = await db.importBatchRow.findMany({ where: { batchId }, orderBy: { position: "asc" } });
  const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
  const done = rows.filter((r) => r.outcome !== "pending");
  expect(batch.processed).toBe(done.length);
  expect(batch.imported).toBe(done.filter((r) => r.outcome === "imported").length);
  // Every article belongs to a finished row, and is whole: its one version holds the row's text.
  const articles = await db.article.findMany({ include: { versions: true } });
  expect(articles).toHaveLength(done.filter((r) => r.outcome === "imported").length);
  for (const article of articles) {
    const row = done.find((r) => r.articleId === article.id);
    expect(row, `article ${article.title} has no finished row`).toBeDefined();
    expect(article.versions).toHaveLength(1);
    expect(article.versions[0]!.text).toBe(normalizeArticleText((row!.data as { text: string }).text));
  }
  return { done: done.length, total: rows.length };
}

describe("kill -9 during a bulk import", () => {
  it("leaves each article whole or absent, and the import resumes to the end with no duplicate", async () => {
    const editor = await createUser("editor");
    const lines = Array.from({ length: ROWS }, (_, i) => JSON.stringify({ title: `Crash article ${i}`, text: paragraph(i) }));
    const batch = await enqueueBulkImport(editor, { fileName: "crash.jsonl", bytes: new TextEncoder().encode(lines.join("\n")) });

    const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.mts", "--work"], {
      cwd: ROOT,
      env: { ...process.env, FACTDESK_DB_POOL_SIZE: "2" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    worker.stdout.on("data", (chunk) => (output += chunk));
    worker.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => worker.on("exit", (code, signal) => resolve(signal ?? code)));

    // Kill it once it is well into the batch: a row's transaction is most likely in flight.
    await until(async () => (await getDb().importBatch.findUniqueOrThrow({ where: { id: batch.id } })).processed >= 3 || worker.exitCode !== null);
    expect(worker.exitCode, output).toBeNull();
    worker.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const crashed = await assertWholeOrAbsent(batch.id);
    expect(crashed.done).toBeGreaterThanOrEqual(3);
    expect(crashed.done).toBeLessThan(ROWS);

    // The batch resumes (here in this process, as any worker would) exactly where it stopped.
    expect(await processImportBatch({ batchId: batch.id })).toEqual({ batchId: batch.id, finished: true });
    const resumed = await assertWholeOrAbsent(batch.id);
    expect(resumed).toEqual({ done: ROWS, total: ROWS });
    const titles = (await getDb().article.findMany({ select: { title: true } })).map((a) => a.title);
    expect(new Set(titles).size).toBe(ROWS);
    expect((await getDb().importBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("done");
  }, 300_000);
});
