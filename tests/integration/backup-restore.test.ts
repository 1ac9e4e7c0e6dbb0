// Backups as the README shows them: `pg_dump -Fc` of the live database, `pg_restore` into a fresh one, and
// the data is all there — articles, claims, verdicts, the audit log (its append-only trigger restored too).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim, CreateClaimInput } from "../../lib/claims/create-claim";
import { proposeVerdict, ProposeVerdictInput } from "../../lib/verdicts/propose-verdict";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";

const TEXT = "The harbour expansion cost $80 million, the port authority said on Monday. Ships will dock from 2027.";
const url = new URL(process.env.DATABASE_URL!);
const restoredName = `${url.pathname.slice(1)}_restored`.replace(/[^a-zA-Z0-9_]/g, "_");
const restoredUrl = Object.assign(new URL(url), { pathname: `/${restoredName}` }).toString();
// pg_dump needs a real PostgreSQL server (and its client tools): the embedded PGlite serves one session
// at a time and is backed up by copying its folder while the app is stopped (README, "Backups").
const embedded = inject("dbPoolSize") === "1";
let hasTools = true;
try {
  execFileSync("pg_dump", ["--version"]);
  execFileSync("pg_restore", ["--version"]);
} catch {
  hasTools = false;
}
const dir = mkdtempSync(path.join(tmpdir(), "factdesk-backup-"));

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await resetDatabase();
  await seedRatings();
});

afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(embedded || !hasTools)("backup and restore with pg_dump and pg_restore", () => {
  it("restores a dump into a fresh database with every article, claim, verdict and audit row", async () => {
    const editor = await createUser("editor");
    const { articleId } = await importArticle(editor, ImportArticleInput.parse({ title: "Harbour expansion", text: TEXT }), { proposeClaims: false, detectFlags: false });
    const claim = await createClaim(editor, articleId, CreateClaimInput.parse({ start: 0, end: 74 }));
    const rating = await getDb().rating.findFirstOrThrow();
    await proposeVerdict(editor, claim.id, ProposeVerdictInput.parse({ ratingId: rating.id, rationale: "The authority's own release says so.", confidence: 90 }));
    const audit = await getDb().auditLog.count();

    const dump = path.join(dir, "factdesk.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, url.toString()]);
    await admin(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${restoredName}"`);
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${restoredUrl}`, dump]);

    const restored = new pg.Client({ connectionString: restoredUrl });
    await restored.connect();
    try {
      const article = await restored.query(`SELECT a.title, v.text FROM "Article" a JOIN "ArticleVersion" v ON v."articleId" = a.id WHERE a.id = $1`, [articleId]);
      expect(article.rows).toEqual([{ title: "Harbour expansion", text: TEXT }]);
      const verdicts = await restored.query(`SELECT rationale FROM "Verdict" WHERE "claimId" = $1`, [claim.id]);
      expect(verdicts.rows).toEqual([{ rationale: "The authority's own release says so." }]);
      expect(Number((await restored.query(`SELECT count(*) FROM "AuditLog"`)).rows[0].count)).toBe(audit);
      // The migrations history came along, so the app starts on it without re-migrating…
      expect(Number((await restored.query(`SELECT count(*) FROM "_prisma_migrations"`)).rows[0].count)).toBeGreaterThan(0);
      // …and the audit log is still append-only.
      await expect(restored.query(`DELETE FROM "AuditLog"`)).rejects.toThrow();
    } finally {
      await restored.end();
    }
  });
});
