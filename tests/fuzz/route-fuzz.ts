// Property-based fuzzing of every API route through its real handler (the apiRoute wrapper, zod parsing,
// the lib/ function, PostgreSQL): generated from each route's own schemas. Every answer must be a 2xx or
// a 4xx with a clear message — never a 5xx, never a database error, never slower than the timeout — and
// a refused request must leave every table as it was. Used by tests/integration/fuzz-routes.test.ts
// (a few hundred cases per route) and `npm run fuzz` (10,000 per route).
import fc from "fast-check";
import type { Actor } from "../../lib/auth/actor";
import type { Role } from "../../lib/db/generated/enums";
import { getDb } from "../../lib/db/client";
import type { ApiRouteHandler } from "../../lib/http/api-route";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim, CreateClaimInput } from "../../lib/claims/create-claim";
import { addEvidence, AddEvidenceInput } from "../../lib/evidence/add-evidence";
import { proposeVerdict, ProposeVerdictInput } from "../../lib/verdicts/propose-verdict";
import { createFlag } from "../../lib/flags/create-flag";
import { enqueueBulkImport } from "../../lib/import/enqueue-bulk-import";
import { processImportBatch } from "../../lib/import/process-import-batch";
import { countRows, createUser, resetDatabase, seedRatings } from "../integration/helpers/db";
import { callRoute, listRouteFiles, loadRoute, sessionCookie } from "../integration/helpers/http";
import { fromSchema, type FuzzPools } from "./from-schema";
import { fuzzFile } from "./files";
import { deepJson, nastyString } from "./nasty";

/** next-auth's own endpoints are not the app's API: they have no schema of ours. */
const NOT_OURS = new Set(["/api/auth/[...nextauth]"]);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const ROLES: Role[] = ["viewer", "reviewer", "editor", "admin"];

/** What a response must never say: a database or runtime error leaking through. */
const LEAK = /Prisma|P20\d\d|invalid input syntax|violates .* constraint|Maximum call stack|\n\s+at /;

export interface FuzzTarget {
  pattern: string;
  method: string;
  meta: NonNullable<ApiRouteHandler["apiRoute"]>;
}

export interface FuzzFailure {
  route: string;
  reason: string;
  input: string;
}

export interface FuzzReport {
  route: string;
  cases: number;
  statuses: Record<string, number>;
  failures: FuzzFailure[];
  ms: number;
}

export interface FuzzFixtures {
  actors: Map<Role, { actor: Actor; cookie: string }>;
  pools: FuzzPools;
}

const TEXT = `Mayor opens new bridge.

The city of Riverton opened its new bridge on March 3, 2024, after four years of work. The bridge cost $120 million, according to the city council. Officials said traffic would fall by 30 percent.

Mayor Jane Doe said the bridge, 400 meters long, was finished two years ahead of schedule, in 2026.`;

/** Every method of every route under app/api that goes through apiRoute. */
export async function listFuzzTargets(): Promise<FuzzTarget[]> {
  const targets: FuzzTarget[] = [];
  for (const { pattern } of listRouteFiles()) {
    if (NOT_OURS.has(pattern)) continue;
    const mod = await loadRoute(pattern);
    for (const method of METHODS) {
      const handler = mod[method] as ApiRouteHandler | undefined;
      if (typeof handler === "function" && handler.apiRoute) targets.push({ pattern, method, meta: handler.apiRoute });
    }
  }
  return targets;
}

/** Empties the database and fills it with one of everything, so generated ids hit real rows. */
export async function prepareFuzzFixtures(): Promise<FuzzFixtures> {
  await resetDatabase();
  const ratings = await seedRatings();
  const actors = new Map<Role, { actor: Actor; cookie: string }>();
  for (const role of ROLES) {
    const actor = await createUser(role);
    actors.set(role, { actor, cookie: await sessionCookie(actor) });
  }
  const reviewer = actors.get("reviewer")!.actor;
  const editor = actors.get("editor")!.actor;
  const { articleId } = await importArticle(editor, ImportArticleInput.parse({ title: "Fuzzed bridge", text: TEXT, url: "https://riverton.example/bridge" }), { proposeClaims: true, detectFlags: true });
  for (const quote of ["The bridge cost $120 million, according to the city council.", "Officials said traffic would fall by 30 percent."]) {
    const start = TEXT.indexOf(quote);
    const claim = await createClaim(reviewer, articleId, CreateClaimInput.parse({ start, end: start + quote.length }));
    const evidence = await addEvidence(reviewer, claim.id, AddEvidenceInput.parse({ url: "https://riverton.example/minutes", title: "Minutes", stance: "supports" }));
    await proposeVerdict(reviewer, claim.id, ProposeVerdictInput.parse({ ratingId: [...ratings.values()][0], rationale: "The minutes say so plainly.", confidence: 70, evidenceIds: [evidence.id] }));
  }
  await createFlag(reviewer, articleId, { kind: "internal_inconsistency", severity: "low", note: "Two dates disagree.", start: 0, end: 10 } as never).catch(() => undefined);
  const batch = await enqueueBulkImport(editor, { fileName: "seed.jsonl", bytes: new TextEncoder().encode(JSON.stringify({ title: "Row", text: "A row of text." })) });
  await processImportBatch({ batchId: batch.id });

  const ids = async () => {
    const db = getDb();
    const [articles, claims, verdicts, flags, evidence, batches] = await Promise.all([
      db.article.findMany({ select: { id: true }, take: 20 }),
      db.claim.findMany({ select: { id: true }, take: 30 }),
      db.verdict.findMany({ select: { id: true }, take: 20 }),
      db.flag.findMany({ select: { id: true }, take: 20 }),
      db.evidence.findMany({ select: { id: true }, take: 20 }),
      db.importBatch.findMany({ select: { id: true }, take: 5 }),
    ]);
    return [...articles, ...claims, ...verdicts, ...flags, ...evidence, ...batches].map((r) => r.id).concat([...ratings.values()]);
  };
  const known = await ids();
  return { actors, pools: { ids: () => known, textLength: () => TEXT.length, file: fuzzFile } };
}

interface Case {
  role: Role | null;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  /** Sent instead of the body: malformed or deep JSON text. */
  rawBody: string | null;
  contentType: string;
}

const asText = (value: unknown): string => (typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)));

function caseArbitrary(target: FuzzTarget, pools: FuzzPools): fc.Arbitrary<Case> {
  const { schemas, body: bodyKind } = target.meta;
  const record = (schema: FuzzTarget["meta"]["schemas"]["params"]) => (schema ? fromSchema(schema, pools) : fc.constant({})).map((v) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v }));
  const rawBody = fc.oneof(
    { weight: 12, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom("", "{", "not json", "null", "[]", '{"a":1}{"b":2}', "\u0000", '"\ud800"') },
    { weight: 1, arbitrary: fc.constantFrom(200, 100_000).map((depth) => "[".repeat(depth) + "]".repeat(depth)) },
    { weight: 1, arbitrary: fc.constantFrom(50).map((depth) => JSON.stringify(deepJson(depth, "object"))) },
  );
  return fc.record({
    role: fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.constantFrom<Role>(...ROLES) }, { weight: 4, arbitrary: fc.constant<Role>("admin") }),
    params: schemas.params ? record(schemas.params) : fc.constant({}),
    query: schemas.query ? record(schemas.query) : fc.option(fc.dictionary(nastyString(), nastyString(), { maxKeys: 2 }), { nil: {} }).map((q) => q ?? {}),
    body: schemas.body ? fromSchema(schemas.body, pools) : fc.constant(undefined),
    rawBody: bodyKind === "json" ? rawBody : fc.constant(null),
    contentType:
      bodyKind === "json"
        ? fc.oneof({ weight: 10, arbitrary: fc.constant("application/json") }, { weight: 1, arbitrary: fc.constantFrom("text/plain", "application/json; charset=utf-16", "application/ld+json", "") })
        : fc.constant(""),
  });
}

function formOf(body: unknown): FormData {
  const form = new FormData();
  if (body && typeof body === "object" && !Array.isArray(body)) {
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined) continue;
      form.append(key, value instanceof File ? value : asText(value));
    }
  }
  return form;
}

function describeCase(c: Case): string {
  const cut = (value: unknown) => {
    const text = value instanceof FormData ? JSON.stringify([...value.entries()].map(([k, v]) => [k, v instanceof File ? `File(${v.name}, ${v.size} bytes)` : v])) : asText(value);
    return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
  };
  return `as ${c.role ?? "signed out"} params=${cut(c.params)} query=${cut(c.query)} body=${c.rawBody !== null ? `raw ${cut(c.rawBody)}` : cut(c.body instanceof FormData ? c.body : c.body)} content-type=${c.contentType}`;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Row counts of every table a route writes (the import queue included). */
async function snapshot() {
  const db = getDb();
  const [rows, batches, batchRows, versions] = await Promise.all([countRows(), db.importBatch.count(), db.importBatchRow.count(), db.articleVersion.count()]);
  return JSON.stringify({ ...rows, batches, batchRows, versions });
}

/** One case: call the route, judge the answer. Returns why it failed, or null. */
async function runCase(target: FuzzTarget, fixtures: FuzzFixtures, c: Case, timeoutMs: number, seen: (status: string) => void): Promise<string | null> {
  const before = await snapshot();
  const headers: Record<string, string> = {};
  if (c.contentType) headers["content-type"] = c.contentType;
  const body = target.meta.body === "form" ? formOf(c.body) : c.body;
  const call = callRoute(target.pattern, target.method, {
    cookie: c.role ? fixtures.actors.get(c.role)!.cookie : undefined,
    params: Object.fromEntries(Object.entries(c.params).map(([k, v]) => [k, asText(v)])),
    query: Object.fromEntries(Object.entries(c.query).map(([k, v]) => [k, asText(v)])),
    ...(c.rawBody !== null ? { rawBody: c.rawBody } : target.meta.body ? { body } : {}),
    headers,
  }).catch((error: unknown) => error as Error);
  const response = await withTimeout(call, timeoutMs);
  if (response === "timeout") return `no answer within ${timeoutMs} ms`;
  if (response instanceof Error) return `the handler threw: ${response.message}`;
  const { status, json, text } = response;
  seen(String(status));
  if (status >= 500) return `answered ${status}: ${text.slice(0, 300)}`;
  if (status < 200 || (status >= 300 && status < 400)) return `answered ${status}`;
  if (LEAK.test(text)) return `answered ${status} with an internal error text: ${text.slice(0, 300)}`;
  if (status >= 400) {
    const message = (json as { error?: { message?: unknown } } | null)?.error?.message;
    if (typeof message !== "string" || message.trim().length < 3) return `answered ${status} without a message: ${text.slice(0, 200)}`;
    const after = await snapshot();
    if (after !== before) return `answered ${status} yet changed the data: ${before} → ${after}`;
  }
  if (status === 202 && target.pattern === "/api/imports") {
    // The importer: every queued row ends imported, a duplicate, a new version or rejected with its reason.
    const batchId = (json as { batch: { id: string } }).batch.id;
    const done = await withTimeout(processImportBatch({ batchId }).catch((error: unknown) => error as Error), timeoutMs * 4);
    if (done === "timeout") return "the bulk import did not finish in time";
    if (done instanceof Error) return `the bulk import threw: ${done.message}`;
    const rows = await getDb().importBatchRow.findMany({ where: { batchId }, select: { line: true, outcome: true, reason: true } });
    const bad = rows.find((r) => r.outcome === "pending" || (r.outcome === "rejected" && (!r.reason || /internal error/.test(r.reason))));
    if (bad) return `bulk row ${bad.line} ended ${bad.outcome}: ${bad.reason}`;
  }
  return null;
}

/** Fuzzes one route method with `runs` generated cases (in chunks, so huge inputs are not all held at once). */
export async function fuzzRoute(target: FuzzTarget, fixtures: FuzzFixtures, options: { runs: number; seed: number; timeoutMs?: number; onCase?: (n: number) => void }): Promise<FuzzReport> {
  const started = Date.now();
  const route = `${target.method} ${target.pattern}`;
  const arbitrary = caseArbitrary(target, fixtures.pools);
  const report: FuzzReport = { route, cases: 0, statuses: {}, failures: [], ms: 0 };
  const CHUNK = 50;
  for (let done = 0; done < options.runs; done += CHUNK) {
    const cases = fc.sample(arbitrary, { numRuns: Math.min(CHUNK, options.runs - done), seed: options.seed + done });
    for (const c of cases) {
      const reason = await runCase(target, fixtures, c, options.timeoutMs ?? 20_000, (status) => {
        report.statuses[status] = (report.statuses[status] ?? 0) + 1;
      });
      report.cases++;
      options.onCase?.(report.cases);
      if (reason) report.failures.push({ route, reason, input: describeCase(c) });
    }
  }
  report.ms = Date.now() - started;
  return report;
}
