/**
 * The benchmark's data: a SEPARATE PostgreSQL database (factdesk_bench_<scale>, never the dev or test one)
 * filled with a desk's worth of articles, claims, evidence, verdicts, flags, comments, audit rows and users,
 * reproducible from a seed. Rows go in with COPY (pg-copy-streams) under session_replication_role=replica
 * (no FK triggers while loading: the rows are consistent by construction), then VACUUM ANALYZE.
 * A database already generated with the same scale, seed and schema is reused.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { hashPassword } from "../../lib/auth/hash-password";
import { DEFAULT_RATINGS } from "../../lib/ratings/default-scale";
import { runMigrations } from "../../lib/runtime/run-migrations";
import { mulberry32 } from "../../lib/analysis/training/split-validation";

export const BENCH_PASSWORD = "bench-password-not-secret";
/** Bump when the shape of the generated data changes: databases of another version are regenerated. */
const GENERATOR_VERSION = 4;
/** The special articles every scale has: the reviewer's hot article and the long one of the page benchmark. */
export const CLAIMS_OF_HOT_ARTICLE = 500;
export const CLAIMS_OF_LONG_ARTICLE = 1000;
const AVERAGE_CLAIMS_PER_ARTICLE = 20;

export interface BenchFixtures {
  scale: string;
  claims: number;
  articles: number;
  hotArticleId: string;
  longArticleId: string;
  /** Claims spread over the data set, for the detail benchmark. */
  sampleClaimIds: string[];
  reviewerEmail: string;
  editorEmail: string;
  password: string;
}

export interface BenchDatabase {
  url: string;
  fixtures: BenchFixtures;
  generatedMs: number | null;
}

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function benchDatabaseUrl(scale: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/factdesk_bench_${scale}`;
  return url.toString();
}

function schemaHash(): string {
  const dir = path.join(process.cwd(), "prisma");
  return createHash("sha256").update(readFileSync(path.join(dir, "schema.prisma"))).digest("hex").slice(0, 16);
}

/** COPY text format: backslash, tab, newline and CR escaped; null is \N. */
function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value !== "string") return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

class Table {
  rows: string[] = [];
  constructor(
    readonly name: string,
    readonly columns: string[],
  ) {}
  add(...values: (string | number | boolean | null | undefined)[]): void {
    this.rows.push(values.map(field).join("\t"));
  }
  async flush(client: pg.PoolClient): Promise<void> {
    if (this.rows.length === 0) return;
    const body = this.rows.join("\n") + "\n";
    this.rows = [];
    const stream = client.query(copyFrom(`COPY "${this.name}" (${this.columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
    await new Promise<void>((resolve, reject) => {
      stream.on("error", reject);
      stream.on("finish", resolve);
      stream.end(body);
    });
  }
}

const ACTORS = ["the finance minister", "President Alvarez", "the central bank", "Senator Okafor", "the mayor", "the health ministry", "Governor Lindqvist", "the trade commissioner", "the opposition leader", "the statistics office", "Premier Chen", "the union"];
const SUBJECTS = ["unemployment", "inflation", "the deficit", "rail fares", "vaccine uptake", "grain exports", "housing starts", "the crime rate", "tariff revenue", "school enrolment", "hospital waiting times", "carbon emissions"];
const VERBS = ["rose", "fell", "climbed", "dropped", "doubled", "stayed flat at", "reached", "surpassed"];
const PLACES = ["Busan", "Lagos", "Porto", "Ottawa", "Nairobi", "Lyon", "Osaka", "Quito", "Leeds", "Hanoi"];
const PUBLISHERS = ["Daily Ledger", "Metro Herald", "Coastal Times", "Northern Post", "Capital Wire", "The Examiner", "Valley News", "Global Dispatch"];
const OPINIONS = [
  "Many readers will find this encouraging.",
  "It remains to be seen what happens next.",
  "Observers were divided on the meaning of the move.",
  "The mood at the event was upbeat.",
  "Some critics called it a distraction.",
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function claimSentence(random: () => number): string {
  const year = 2000 + Math.floor(random() * 26);
  const number = Math.floor(random() * 900) / 10 + 1;
  switch (Math.floor(random() * 4)) {
    case 0:
      return `According to ${pick(random, ACTORS)}, ${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${number} percent in ${year}.`;
    case 1:
      return `In ${pick(random, PLACES)}, ${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${Math.floor(number * 1000).toLocaleString("en")} cases between ${year} and ${year + 3}.`;
    case 2:
      return `${pick(random, ACTORS).replace(/^./, (c) => c.toUpperCase())} said on ${1 + Math.floor(random() * 28)} March ${year} that ${pick(random, SUBJECTS)} had ${pick(random, VERBS)} ${number} percent.`;
    default:
      return `${pick(random, SUBJECTS).replace(/^./, (c) => c.toUpperCase())} in ${pick(random, PLACES)} is ${Math.round(number)} times higher than in ${year}, ${pick(random, ACTORS)} told reporters.`;
  }
}

const STATUSES = ["new", "new", "new", "new", "in_review", "in_review", "needs_second_review", "approved", "published", "dismissed"] as const;
const FLAG_KINDS = ["temporal_inconsistency", "entity_mixup", "numeric_inconsistency", "misattribution", "citation_residue", "unsupported_assertion", "editorial"] as const;

function id(prefix: string, n: number): string {
  // cuid-like length, sortable within a table, deterministic.
  return `${prefix}${n.toString(36).padStart(22, "0")}`;
}

interface UserRow {
  id: string;
  email: string;
  role: "admin" | "editor" | "reviewer" | "viewer";
}

function usersFor(claims: number): UserRow[] {
  const count = Math.max(10, Math.round(claims / 2000));
  const users: UserRow[] = [{ id: id("u", 0), email: "bench-admin@factdesk.test", role: "admin" }];
  const editors = Math.max(2, Math.round(count * 0.1));
  const viewers = Math.max(1, Math.round(count * 0.1));
  for (let i = 1; i <= editors; i++) users.push({ id: id("u", users.length), email: `bench-editor-${i}@factdesk.test`, role: "editor" });
  for (let i = 1; i <= viewers; i++) users.push({ id: id("u", users.length), email: `bench-viewer-${i}@factdesk.test`, role: "viewer" });
  for (let i = 1; users.length < count; i++) users.push({ id: id("u", users.length), email: `bench-reviewer-${i}@factdesk.test`, role: "reviewer" });
  return users;
}

/** Claims per article: the hot and the long article first, then ~20 on average (5–35), until the total. */
function claimPlan(total: number, random: () => number): number[] {
  const plan = [CLAIMS_OF_LONG_ARTICLE, CLAIMS_OF_HOT_ARTICLE];
  let left = total - CLAIMS_OF_LONG_ARTICLE - CLAIMS_OF_HOT_ARTICLE;
  while (left > 0) {
    const n = Math.min(left, 5 + Math.floor(random() * (2 * AVERAGE_CLAIMS_PER_ARTICLE - 9)));
    plan.push(n);
    left -= n;
  }
  return plan;
}

async function load(client: pg.PoolClient, claims: number, seed: number, log: (m: string) => void): Promise<BenchFixtures> {
  const random = mulberry32(seed);
  const users = usersFor(claims);
  const reviewers = users.filter((u) => u.role === "reviewer");
  const editors = users.filter((u) => u.role === "editor");
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const epoch = Date.UTC(2024, 0, 1);
  const iso = (ms: number) => new Date(ms).toISOString();

  const t = {
    user: new Table("User", ["id", "email", "name", "role", "passwordHash", "createdAt", "updatedAt"]),
    rating: new Table("Rating", ["id", "slug", "label", "description", "value", "position", "color", "isDismissal"]),
    article: new Table("Article", ["id", "title", "url", "publisher", "author", "publishedAt", "language", "text", "sha256", "versionNumber", "createdById", "createdAt", "updatedAt"]),
    version: new Table("ArticleVersion", ["id", "articleId", "number", "text", "sha256", "createdById", "createdAt"]),
    claim: new Table("Claim", ["id", "articleId", "text", "start", "end", "exact", "prefix", "suffix", "status", "dismissalReason", "score", "reasons", "origin", "assigneeId", "finalVerdictId", "createdAt", "updatedAt"]),
    evidence: new Table("Evidence", ["id", "claimId", "url", "title", "publisher", "publishedAt", "excerpt", "stance", "accessedAt", "addedById", "createdAt"]),
    verdict: new Table("Verdict", ["id", "claimId", "reviewerId", "ratingId", "rationale", "confidence", "approvedById", "approvedAt", "createdAt", "updatedAt"]),
    verdictEvidence: new Table("VerdictEvidence", ["verdictId", "evidenceId"]),
    flag: new Table("Flag", ["id", "articleId", "claimId", "kind", "severity", "status", "ruleId", "explanation", "start", "end", "exact", "prefix", "suffix", "spans", "fingerprint", "createdAt", "updatedAt"]),
    comment: new Table("Comment", ["id", "claimId", "authorId", "body", "createdAt"]),
    audit: new Table("AuditLog", ["actorId", "action", "entityType", "entityId", "before", "after", "createdAt"]),
  };
  const tables = Object.values(t);
  const flushAll = async () => {
    for (const table of tables) await table.flush(client);
  };

  for (const [i, u] of users.entries()) t.user.add(u.id, u.email, `Bench ${u.role} ${i}`, u.role, passwordHash, iso(epoch), iso(epoch));
  const ratingIds = DEFAULT_RATINGS.map((r) => `rating-${r.slug}`);
  DEFAULT_RATINGS.forEach((r, i) => t.rating.add(`rating-${r.slug}`, r.slug, r.label, r.description, r.value, i, r.color, r.isDismissal));

  const plan = claimPlan(claims, random);
  const sampleClaimIds: string[] = [];
  const sampleEvery = Math.max(1, Math.floor(claims / 200));
  let claimNo = 0;
  let evidenceNo = 0;
  let verdictNo = 0;
  let flagNo = 0;
  let commentNo = 0;
  const started = Date.now();
  for (const [a, claimCount] of plan.entries()) {
    const articleId = id("a", a);
    // Articles arrive over time; the two special ones are the newest so they head the list.
    const created = a < 2 ? epoch + (plan.length + a) * 60_000 : epoch + a * 60_000;
    const author = users[a % users.length] as UserRow;
    // Text: the claim sentences, with an opinion sentence now and then, in paragraphs.
    const parts: string[] = [];
    const spans: { start: number; end: number; sentence: string }[] = [];
    let length = 0;
    const push = (s: string) => {
      const sep = parts.length === 0 ? "" : parts.length % 5 === 0 ? "\n\n" : " ";
      parts.push(sep + s);
      length += sep.length;
      const start = length;
      length += s.length;
      return start;
    };
    for (let c = 0; c < claimCount; c++) {
      if (random() < 0.3) push(pick(random, OPINIONS));
      const sentence = claimSentence(random);
      const start = push(sentence);
      spans.push({ start, end: start + sentence.length, sentence });
    }
    const text = parts.join("");
    const sha = createHash("sha256").update(text).digest("hex");
    const publisher = pick(random, PUBLISHERS);
    t.article.add(articleId, `${publisher}: ${claimSentence(random).slice(0, 80)}`, `https://news.example/${a}`, publisher, "Staff writer", iso(created - 3_600_000), "en", text, sha, 1, author.id, iso(created), iso(created));
    t.version.add(id("v", a), articleId, 1, text, sha, author.id, iso(created));

    for (const [c, span] of spans.entries()) {
      const claimId = id("c", claimNo);
      if (claimNo % sampleEvery === 0 && sampleClaimIds.length < 200) sampleClaimIds.push(claimId);
      claimNo++;
      const status = pick(random, STATUSES);
      const reviewed = status !== "new";
      const assignee = reviewed || random() < 0.3 ? pick(random, reviewers) : null;
      let finalVerdictId: string | null = null;
      const claimCreated = created + c;
      const evidenceIds: string[] = [];
      if (reviewed && status !== "dismissed") {
        const evidenceCount = 1 + Math.floor(random() * 2);
        for (let e = 0; e < evidenceCount; e++) {
          const evidenceId = id("e", evidenceNo++);
          evidenceIds.push(evidenceId);
          t.evidence.add(evidenceId, claimId, `https://source.example/${evidenceNo}`, `Official figures ${evidenceNo}`, pick(random, PUBLISHERS), iso(created - 86_400_000), span.sentence.slice(0, 120), random() < 0.5 ? "supports" : random() < 0.5 ? "refutes" : "context", iso(created + 3_600_000), assignee?.id, iso(created + 3_600_000));
        }
        const verdictCount = status === "in_review" ? 1 : 2;
        const first = reviewers.indexOf(assignee ?? (reviewers[0] as UserRow));
        for (let v = 0; v < verdictCount; v++) {
          const verdictId = id("d", verdictNo++);
          const approved = v === 0 && (status === "approved" || status === "published");
          if (approved) finalVerdictId = verdictId;
          const editor = pick(random, editors);
          t.verdict.add(verdictId, claimId, (reviewers[(first + v) % reviewers.length] as UserRow).id, pick(random, ratingIds.slice(0, 7)), "The official series contradicts the figure quoted.", 50 + Math.floor(random() * 50), approved ? editor.id : null, approved ? iso(created + 7_200_000) : null, iso(created + 5_400_000), iso(created + 5_400_000));
          t.verdictEvidence.add(verdictId, evidenceIds[0]);
        }
      }
      const score = Math.round(random() * 1000) / 1000;
      t.claim.add(
        claimId,
        articleId,
        span.sentence,
        span.start,
        span.end,
        span.sentence,
        text.slice(Math.max(0, span.start - 32), span.start),
        text.slice(span.end, span.end + 32),
        status,
        status === "dismissed" ? "Opinion, not a checkable claim." : null,
        score,
        JSON.stringify([{ code: "number", label: "States a number", weight: 0.9 }, { code: "attribution", label: "Attributed to a source", weight: 0.4 }]),
        "analysis",
        assignee?.id,
        finalVerdictId,
        iso(claimCreated),
        iso(claimCreated),
      );
      if (reviewed) t.audit.add(assignee?.id, "claim.status", "claim", claimId, JSON.stringify({ status: "new" }), JSON.stringify({ status }), iso(created + 3_600_000));
      if (random() < 0.1) t.comment.add(id("m", commentNo++), claimId, (assignee ?? (reviewers[0] as UserRow)).id, "Checked against the statistics office release; see evidence.", iso(created + 4_000_000));
      if (random() < 0.1) {
        const kind = pick(random, FLAG_KINDS);
        const exact = span.sentence.slice(0, 24);
        const flagSpan = { start: span.start, end: span.start + exact.length, exact, prefix: text.slice(Math.max(0, span.start - 32), span.start), suffix: text.slice(span.start + exact.length, span.start + exact.length + 32) };
        t.flag.add(id("f", flagNo++), articleId, random() < 0.5 ? claimId : null, kind, pick(random, ["low", "medium", "high"] as const), random() < 0.7 ? "open" : "confirmed", `rule.${kind}`, "The article's own timeline contradicts this date.", flagSpan.start, flagSpan.end, exact, flagSpan.prefix, flagSpan.suffix, JSON.stringify([flagSpan]), `fp-${flagNo}`, iso(created), iso(created));
      }
    }
    if (t.claim.rows.length >= 20_000) {
      await flushAll();
      log(`  ${claimNo.toLocaleString("en")} / ${claims.toLocaleString("en")} claims (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  await flushAll();
  const hot = id("a", 1);
  const long = id("a", 0);
  return {
    scale: "",
    claims: claimNo,
    articles: plan.length,
    hotArticleId: hot,
    longArticleId: long,
    sampleClaimIds,
    reviewerEmail: "bench-reviewer-1@factdesk.test",
    editorEmail: "bench-editor-1@factdesk.test",
    password: BENCH_PASSWORD,
  };
}

/**
 * The database of one scale, generated unless it already holds the same data (scale, seed, generator
 * version and schema). Refuses to touch the database named by DATABASE_URL.
 */
export async function ensureBenchDatabase(scale: string, claims: number, options: { seed?: number; log?: (m: string) => void } = {}): Promise<BenchDatabase> {
  const seed = options.seed ?? 20261201;
  const log = options.log ?? ((m: string) => console.log(m));
  const url = benchDatabaseUrl(scale);
  const name = `factdesk_bench_${scale}`;
  if (process.env.DATABASE_URL && new URL(process.env.DATABASE_URL).pathname === `/${name}`) {
    throw new Error(`DATABASE_URL names ${name}: the benchmark never writes to the dev or test database`);
  }
  const stamp = `${GENERATOR_VERSION}:${seed}:${claims}:${schemaHash()}`;

  const existing = new pg.Client({ connectionString: url });
  try {
    await existing.connect();
    const { rows } = await existing.query<{ stamp: string; fixtures: BenchFixtures }>(`SELECT stamp, fixtures FROM bench_meta LIMIT 1`);
    if (rows[0]?.stamp === stamp) return { url, fixtures: rows[0].fixtures, generatedMs: null };
  } catch {
    // no such database or no stamp: generate it
  } finally {
    await existing.end().catch(() => undefined);
  }

  const started = Date.now();
  log(`Generating ${name}: ${claims.toLocaleString("en")} claims (seed ${seed})…`);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await runMigrations(url, { quiet: true });

  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  try {
    await client.query("SET session_replication_role = replica");
    await client.query("BEGIN");
    const fixtures = await load(client, claims, seed, log);
    fixtures.scale = scale;
    // The search vectors: triggers do not fire under session_replication_role=replica, so they are filled in one
    // pass by the function the triggers use, the GIN indexes dropped first and built after (far faster than
    // maintaining them row by row).
    const vectorsStarted = Date.now();
    const { rows: gin } = await client.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('Claim', 'Article') AND indexdef LIKE '%USING gin%'`);
    for (const index of gin) await client.query(`DROP INDEX "${index.indexname}"`);
    await client.query(`SELECT "claim_search_refresh"(NULL)`);
    await client.query(`UPDATE "Article" SET "searchArticle" = "article_search_vector"("title", "author", "publisher", "text")`);
    for (const index of gin) await client.query(index.indexdef);
    log(`  search vectors and ${gin.length} GIN indexes (${((Date.now() - vectorsStarted) / 1000).toFixed(0)} s)`);
    await client.query("CREATE TABLE bench_meta (stamp text NOT NULL, fixtures jsonb NOT NULL)");
    await client.query("INSERT INTO bench_meta VALUES ($1, $2)", [stamp, JSON.stringify(fixtures)]);
    await client.query("COMMIT");
    await client.query("SET session_replication_role = DEFAULT");
    await client.query("VACUUM ANALYZE");
    const generatedMs = Date.now() - started;
    log(`  done in ${(generatedMs / 1000).toFixed(1)} s`);
    return { url, fixtures, generatedMs };
  } finally {
    client.release();
    await pool.end();
  }
}
