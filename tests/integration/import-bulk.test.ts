import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim } from "../../lib/claims/create-claim";
import { enqueueBulkImport } from "../../lib/import/enqueue-bulk-import";
import { processImportBatch, processNextImportRow, type ImportRowStep } from "../../lib/import/process-import-batch";
import { getImportBatch } from "../../lib/import/get-import-batch";
import { createUser, resetDatabase } from "./helpers/db";

const encode = (text: string) => new TextEncoder().encode(text);
const jsonl = (...rows: unknown[]) => encode(rows.map((row) => (typeof row === "string" ? row : JSON.stringify(row))).join("\n"));
const article = (n: number, topic: string) => ({
  title: `${topic} ${n}`,
  text: `The ${topic} board approved ${n * 3} new projects worth $${n * 11} million on May ${n}, 2025, the chair said.\n\nSpending rose by ${n + 4} percent, according to the annual report.`,
});

let editor: Actor;

beforeAll(async () => {
  await resetDatabase();
  editor = await createUser("editor");
});

afterEach(async () => {
  await getDb().$executeRawUnsafe(`DROP TRIGGER IF EXISTS import_test_crash ON "ImportBatchRow"`);
  await getDb().$executeRawUnsafe(`DROP TRIGGER IF EXISTS import_test_poison ON "Claim"`);
  // Leave no batch behind for the next test's worker.
  await getDb().importBatch.updateMany({ where: { status: { not: "done" } }, data: { status: "done" } });
});

describe("bulk import (JSONL, CSV) through the job queue", () => {
  it("queues a JSONL file, then imports it row by row: bad rows rejected with line and field, the rest imported", async () => {
    const file = jsonl(article(1, "Harbour"), { text: "A row without a title: 42 percent of it is missing." }, "{not json", article(2, "Harbour"), { title: "No text" }, "", article(3, "Harbour"));
    const batch = await enqueueBulkImport(editor, { fileName: "harbour.jsonl", bytes: file });
    expect(batch).toMatchObject({ status: "queued", total: 6, format: "jsonl", fileName: "harbour.jsonl" });
    const queued = await getImportBatch(batch.id, { rows: true });
    expect(queued).toMatchObject({ status: "queued", processed: 0, total: 6 });
    expect(queued.rows?.every((r) => r.outcome === "pending")).toBe(true);
    // The file itself is kept in the database.
    expect((await getDb().importBatch.findUniqueOrThrow({ where: { id: batch.id } })).content).toBe(new TextDecoder().decode(file));

    const steps: ImportRowStep[] = [];
    const worked = await processImportBatch({ onRow: (step) => steps.push(step) });
    expect(worked).toEqual({ batchId: batch.id, finished: true });
    // Real progress: one committed step per row, counting up to the total.
    expect(steps.map((s) => s.processed)).toEqual([1, 2, 3, 4, 5, 6]);

    const done = await getImportBatch(batch.id, { rows: true });
    expect(done).toMatchObject({ status: "done", total: 6, processed: 6, imported: 3, rejected: 3, duplicates: 0, newVersions: 0 });
    expect(done.finishedAt).toBeInstanceOf(Date);
    expect(done.rows?.map((r) => [r.line, r.outcome, r.reason])).toEqual([
      [1, "imported", null],
      [2, "rejected", "title: is required"],
      [3, "rejected", expect.stringMatching(/^invalid JSON/)],
      [4, "imported", null],
      [5, "rejected", "text: is required"],
      [7, "imported", null],
    ]);
    expect(done.rows?.[1]?.field).toBe("title");

    const imported = await getDb().article.findMany({ where: { title: { startsWith: "Harbour" } }, include: { claims: true } });
    expect(imported.map((a) => a.title).sort()).toEqual(["Harbour 1", "Harbour 2", "Harbour 3"]);
    for (const a of imported) {
      expect(a.createdById).toBe(editor.id);
      expect(a.claims.length).toBeGreaterThan(0);
    }
    expect(done.rows?.[0]?.articleId).toBe(imported.find((a) => a.title === "Harbour 1")?.id);

    const audit = await getDb().auditLog.findMany({ where: { entityType: "import_batch", entityId: batch.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["import_batch.enqueue", "import_batch.complete"]);
    expect(audit[1]?.after).toMatchObject({ imported: 3, rejected: 3, total: 6 });
    expect(await processImportBatch()).toBeNull();
  });

  it("imports a CSV file, recognises duplicates and stores a changed text at a known URL as a new version", async () => {
    const url = "https://news.example/dam";
    const v1 = "The Arden dam will be completed in 2027, the ministry said on Monday.\n\nIt will cost $2.1 billion, according to the budget office. Residents are divided.";
    const first = await importArticle(editor, ImportArticleInput.parse({ title: "Arden dam", text: v1, url }));
    const quote = "It will cost $2.1 billion, according to the budget office.";
    const claim = await createClaim(editor, first.articleId, { start: v1.indexOf(quote), end: v1.indexOf(quote) + quote.length });

    const v2 = `Update: work has started.\n\n${v1}`;
    const csv = [
      "Title,Text,URL,Publisher,Published at,Language",
      `"Arden dam (updated)","${v2.replace(/"/g, '""')}",${url},Arden Times,2025-06-02,en`,
      `Arden dam copy,"${v1}",,,,`,
      `,"A text with no title, 17 percent of the time.",,,,`,
      `Bad date,"The mill closed in 1990, the owner said.",,,last June,`,
      `Fresh one,"The Arden library lent 14,000 books in 2024, the librarian said.",https://news.example/library,Arden Times,2025-01-09,en`,
    ].join("\r\n");
    const batch = await enqueueBulkImport(editor, { fileName: "arden.csv", bytes: encode(csv) });
    expect(batch.total).toBe(5);
    await processImportBatch({ batchId: batch.id });

    const done = await getImportBatch(batch.id, { rows: true });
    expect(done).toMatchObject({ status: "done", processed: 5, imported: 1, newVersions: 1, duplicates: 1, rejected: 2 });
    expect(done.rows?.map((r) => [r.line, r.outcome, r.reason, r.version])).toEqual([
      [2, "new_version", null, 2],
      // Line numbers count the lines of multi-line quoted fields.
      [7, "duplicate", null, 1],
      [10, "rejected", "title: is required", null],
      [11, "rejected", "publishedAt: must be a date like 2025-10-30", null],
      [12, "imported", null, 1],
    ]);
    expect(done.rows?.[1]?.articleId).toBe(first.articleId);

    // The old text is kept as version 1; the claim is re-anchored on the new text.
    const versions = await getDb().articleVersion.findMany({ where: { articleId: first.articleId }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.text])).toEqual([
      [1, v1],
      [2, v2],
    ]);
    const moved = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(moved.anchorState).toBe("anchored");
    expect(moved.start).toBe(v2.indexOf(quote));
    expect(v2.slice(moved.start, moved.end)).toBe(quote);
    const current = await getDb().article.findUniqueOrThrow({ where: { id: first.articleId } });
    expect(current).toMatchObject({ versionNumber: 2, text: v2, title: "Arden dam (updated)", publisher: "Arden Times" });
  });

  it("refuses a file it cannot read at all, naming the field, and queues nothing", async () => {
    const before = await getDb().importBatch.count();
    await expect(enqueueBulkImport(editor, { fileName: "articles.xlsx", bytes: encode("PK") })).rejects.toMatchObject({ field: "file", message: "file: must be a .jsonl or .csv file (not .xlsx)" });
    await expect(enqueueBulkImport(editor, { fileName: "articles.jsonl", bytes: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]) })).rejects.toMatchObject({
      field: "file",
      message: expect.stringMatching(/^file: the file is not valid UTF-8 text/),
    });
    await expect(enqueueBulkImport(editor, { fileName: "articles.csv", bytes: encode("headline,body\nA,B\n") })).rejects.toMatchObject({ field: "file", message: expect.stringMatching(/^file: line 1: /) });
    await expect(enqueueBulkImport(editor, { fileName: "articles.jsonl", bytes: encode("\n\n") })).rejects.toMatchObject({ field: "file", message: "file: has no rows" });
    expect(await getDb().importBatch.count()).toBe(before);
  });

  it("a row whose import fails half-way leaves no half article; the batch goes on", async () => {
    // A database failure in the middle of one row's import: its article is inserted, then its claims fail.
    await getDb().$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION import_test_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.text LIKE '%Poisonville%' THEN RAISE EXCEPTION 'simulated failure while storing claims'; END IF;
        RETURN NEW;
      END $$`);
    await getDb().$executeRawUnsafe(`CREATE TRIGGER import_test_poison BEFORE INSERT ON "Claim" FOR EACH ROW EXECUTE FUNCTION import_test_poison()`);
    const poison = { title: "Poisonville", text: "The Poisonville council cut taxes by 8 percent on June 1, 2025, the mayor said." };
    const batch = await enqueueBulkImport(editor, { fileName: "poison.jsonl", bytes: jsonl(article(1, "Quarry"), poison, article(2, "Quarry")) });
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await processImportBatch({ batchId: batch.id });
    } finally {
      console.error = originalError;
    }
    expect(errors).toHaveLength(1); // the internal error is logged on the server

    const done = await getImportBatch(batch.id, { rows: true });
    expect(done).toMatchObject({ status: "done", imported: 2, rejected: 1 });
    expect(done.rows?.[1]).toMatchObject({ line: 2, outcome: "rejected", reason: expect.stringMatching(/internal error/) });
    expect(await getDb().article.count({ where: { title: "Poisonville" } })).toBe(0);
    expect(await getDb().articleVersion.count({ where: { text: poison.text } })).toBe(0);
    expect(await getDb().article.count({ where: { title: { startsWith: "Quarry" } } })).toBe(2);
  });

  it("a crash between a row's import and its result rolls the row back whole; processing resumes exactly there", async () => {
    const rows = [1, 2, 3, 4].map((n) => article(n, "Orchard"));
    const batch = await enqueueBulkImport(editor, { fileName: "orchard.jsonl", bytes: jsonl(...rows) });
    // The "crash": the write of line 3's result fails after its article, claims and flags were written.
    await getDb().$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION import_test_crash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.line = 3 AND NEW.outcome <> 'pending' THEN RAISE EXCEPTION 'simulated crash'; END IF;
        RETURN NEW;
      END $$`);
    await getDb().$executeRawUnsafe(`CREATE TRIGGER import_test_crash BEFORE UPDATE ON "ImportBatchRow" FOR EACH ROW EXECUTE FUNCTION import_test_crash()`);

    await expect(processImportBatch({ batchId: batch.id })).rejects.toThrow(/simulated crash/);
    const stalled = await getImportBatch(batch.id, { rows: true });
    expect(stalled).toMatchObject({ status: "running", processed: 2, imported: 2 });
    expect(stalled.rows?.map((r) => r.outcome)).toEqual(["imported", "imported", "pending", "pending"]);
    // Line 3's article is absent, with nothing of it left behind.
    expect(await getDb().article.count({ where: { title: "Orchard 3" } })).toBe(0);
    expect(await getDb().articleVersion.count({ where: { text: rows[2]?.text } })).toBe(0);
    expect(await getDb().claim.count({ where: { article: { title: "Orchard 3" } } })).toBe(0);

    await getDb().$executeRawUnsafe(`DROP TRIGGER import_test_crash ON "ImportBatchRow"`);
    // Any worker picks the stalled batch up (no batch id given) and resumes at line 3.
    const steps: ImportRowStep[] = [];
    expect(await processImportBatch({ onRow: (s) => steps.push(s) })).toEqual({ batchId: batch.id, finished: true });
    expect(steps.map((s) => [s.line, s.outcome, s.processed])).toEqual([
      [3, "imported", 3],
      [4, "imported", 4],
    ]);
    const done = await getImportBatch(batch.id);
    expect(done).toMatchObject({ status: "done", processed: 4, imported: 4, duplicates: 0 });
    for (const n of [1, 2, 3, 4]) expect(await getDb().article.count({ where: { title: `Orchard ${n}` } })).toBe(1);
  });

  it("several workers at once never take the same row twice (SKIP LOCKED)", async () => {
    const a = await enqueueBulkImport(editor, { fileName: "a.jsonl", bytes: jsonl(...[1, 2, 3, 4, 5, 6].map((n) => article(n, "Alder"))) });
    const b = await enqueueBulkImport(editor, { fileName: "b.jsonl", bytes: jsonl(...[1, 2, 3, 4, 5, 6].map((n) => article(n, "Birch"))) });
    const seen: string[] = [];
    const worker = async () => {
      // A worker's loop: keep taking work until there is none.
      for (;;) {
        const step = await processNextImportRow();
        if (!step) return;
        seen.push(`${step.batchId}:${step.line}`);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    // Each row exactly once.
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    for (const id of [a.id, b.id]) expect(await getImportBatch(id)).toMatchObject({ status: "done", processed: 6, imported: 6 });
    expect(await getDb().article.count({ where: { OR: [{ title: { startsWith: "Alder" } }, { title: { startsWith: "Birch" } }] } })).toBe(12);
  });
});
