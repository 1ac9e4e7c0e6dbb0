// Regression tests for the holes an outside test found (issue 10): each one attacks the hole it closed.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim, CreateClaimInput } from "../../lib/claims/create-claim";
import { addEvidence, AddEvidenceInput } from "../../lib/evidence/add-evidence";
import { proposeVerdict, ProposeVerdictInput } from "../../lib/verdicts/propose-verdict";
import { approveVerdict } from "../../lib/verdicts/approve-verdict";
import { changeClaimStatus } from "../../lib/claims/change-claim-status";
import { mergeClaims } from "../../lib/claims/merge-claims";
import { addComment } from "../../lib/comments/add-comment";
import { signInWithPassword } from "../../lib/auth/sign-in-with-password";
import { SIGN_IN_LIMITS, TooManySignInsError } from "../../lib/auth/sign-in-throttle";
import { authOptions } from "../../lib/auth/auth-options";
import { CLIENT_ADDRESS_HEADER } from "../../lib/http/client-address";
import { countRows, createUser, resetDatabase, seedRatings } from "./helpers/db";
import { callRoute, ORIGIN, sessionCookie } from "./helpers/http";

const TEXT = `Mayor opens new bridge.

The city of Riverton opened its new bridge on March 3, 2024, after four years of work. The bridge cost $120 million, according to the city council. Officials said traffic would fall by 30 percent.`;

let admin: Actor;
let editor: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let viewer: Actor;
let ratings: Map<string, string>;
let articleId: string;

async function claimOf(quote: string) {
  const start = TEXT.indexOf(quote);
  return createClaim(reviewer, articleId, CreateClaimInput.parse({ start, end: start + quote.length }));
}

const rate = (slug: string, rationale = "Reported by the council in its minutes.") =>
  ProposeVerdictInput.parse({ ratingId: ratings.get(slug), rationale, confidence: 80 });

beforeAll(async () => {
  await resetDatabase();
  ratings = await seedRatings();
  [admin, editor, reviewer, reviewer2, viewer] = [await createUser("admin"), await createUser("editor"), await createUser("reviewer"), await createUser("reviewer"), await createUser("viewer")];
  articleId = (await importArticle(editor, ImportArticleInput.parse({ title: "Bridge", text: TEXT }), { proposeClaims: false, detectFlags: false })).articleId;
});

describe("1. sign-in throttling", () => {
  it("consumes a try before checking the password: 30 concurrent guesses with one try left check one", async () => {
    const target = await createUser("reviewer", "the right password");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) expect(await signInWithPassword({ email: target.email, password: `wrong ${i}` }, null)).toBeNull();
    // Wrong guesses, so no success resets the count mid-way: if more than one were checked, more than one
    // would come back as a plain failure instead of being refused before the check.
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => signInWithPassword({ email: target.email, password: `concurrent guess ${i}` }, null)));
    const checked = outcomes.filter((o) => o.status === "fulfilled" && o.value === null);
    const refused = outcomes.filter((o) => o.status === "rejected" && o.reason instanceof TooManySignInsError);
    expect(checked).toHaveLength(1);
    expect(refused).toHaveLength(29);
    // The allowance is spent: even the right password is refused now.
    await expect(signInWithPassword({ email: target.email, password: "the right password" }, null)).rejects.toBeInstanceOf(TooManySignInsError);
  });

  it("ignores a spoofed X-Forwarded-For: the address is only what the server vouched for", async () => {
    const target = await createUser("reviewer", "another right password");
    const authorize = (authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } }).options.authorize;
    process.env.FACTDESK_CLIENT_ADDRESS_TOKEN = "server-token";
    try {
      const from = (address: string, spoof: string) => ({ headers: { [CLIENT_ADDRESS_HEADER]: `server-token ${address}`, "x-forwarded-for": spoof } });
      for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await authorize({ email: `nobody${i}@example.test`, password: "x" }, from("203.0.113.7", `198.51.100.${i}`)).catch(() => null);
      // Blocked by address: a fresh X-Forwarded-For does not help, a forged vouching header neither.
      await expect(authorize({ email: target.email, password: "another right password" }, from("203.0.113.7", "192.0.2.1"))).rejects.toBeInstanceOf(TooManySignInsError);
      const forged = { headers: { [CLIENT_ADDRESS_HEADER]: "guessed-token 192.0.2.1", "x-forwarded-for": "192.0.2.1" } };
      // A forged header is no address at all (only the per-account limit applies), not a fresh one.
      expect(await authorize({ email: target.email, password: "another right password" }, forged)).toMatchObject({ email: target.email });
      await expect(authorize({ email: target.email, password: "another right password" }, from("203.0.113.7", "192.0.2.2"))).rejects.toBeInstanceOf(TooManySignInsError);
    } finally {
      delete process.env.FACTDESK_CLIENT_ADDRESS_TOKEN;
    }
  });
});

describe("4. viewers never read unpublished verdicts or the history", () => {
  it("GET /api/claims/{id} and /api/articles/{id} give a viewer no verdict, evidence, comment or history of an unpublished claim", async () => {
    const claim = await claimOf("The bridge cost $120 million, according to the city council.");
    const minutes = await addEvidence(reviewer, claim.id, AddEvidenceInput.parse({ url: "https://riverton.example/minutes", title: "Council minutes", stance: "supports" }));
    // Cited, so it may be published (the evidence requirement).
    const verdict = await proposeVerdict(reviewer, claim.id, { ...rate("true", "SECRET-RATIONALE the minutes say so."), evidenceIds: [minutes.id] });
    await addComment(reviewer, claim.id, { body: "SECRET-NOTE check the audit" });
    const fresh = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    await approveVerdict(editor, verdict.id, { claimRevision: fresh.revision });

    const asViewer = await callRoute("/api/claims/[id]", "GET", { as: viewer, params: { id: claim.id } });
    expect(asViewer.status).toBe(200);
    expect(asViewer.json.claim.verdicts).toEqual([]);
    expect(asViewer.json.claim.evidence).toEqual([]);
    expect(asViewer.json.claim.comments).toEqual([]);
    expect(asViewer.json.claim.history).toEqual([]);
    expect(asViewer.text).not.toContain("SECRET");
    const workspace = await callRoute("/api/articles/[id]", "GET", { as: viewer, params: { id: articleId } });
    expect(workspace.json.article.claims.find((c: { id: string }) => c.id === claim.id).finalVerdict).toBeNull();
    expect(workspace.text).not.toContain("SECRET");
    const report = await callRoute("/api/articles/[id]/report", "GET", { as: viewer, params: { id: articleId }, query: { format: "md" } });
    expect(report.status).toBe(200);
    expect(report.text).not.toContain("SECRET");

    // A reviewer reads all of it; once published, the viewer reads the final verdict and its evidence.
    const asReviewer = await callRoute("/api/claims/[id]", "GET", { as: reviewer, params: { id: claim.id } });
    expect(asReviewer.json.claim.verdicts).toHaveLength(1);
    expect(asReviewer.json.claim.history.length).toBeGreaterThan(0);
    const approved = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    await changeClaimStatus(editor, claim.id, { status: "published", revision: approved.revision });
    const published = await callRoute("/api/claims/[id]", "GET", { as: viewer, params: { id: claim.id } });
    expect(published.json.claim.verdicts.map((v: { id: string }) => v.id)).toEqual([verdict.id]);
    expect(published.json.claim.evidence).toHaveLength(1);
    expect(published.json.claim.comments).toEqual([]);
    expect(published.json.claim.history).toEqual([]);
  });
});

describe("6. state-changing requests from another origin or with the wrong content type", () => {
  const comment = async (headers: Record<string, string>, rawBody = JSON.stringify({ body: "Sneaky comment" })) => {
    const claim = await getDb().claim.findFirstOrThrow({ where: { articleId } });
    return callRoute("/api/claims/[id]/comments", "POST", { as: reviewer, params: { id: claim.id }, rawBody, headers });
  };

  it("refuses another origin, another port of the same host, and a same-site page; changes nothing", async () => {
    const before = await countRows();
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example", "content-type": "application/json" },
      { origin: "http://localhost:8080", "content-type": "application/json" },
      { "sec-fetch-site": "same-site", "content-type": "application/json" },
      { "sec-fetch-site": "cross-site", origin: ORIGIN, "content-type": "application/json" },
    ];
    for (const headers of attempts) {
      const response = await comment(headers);
      expect(response.status).toBe(403);
      expect(response.json.error.code).toBe("cross_origin");
    }
    expect(await countRows()).toEqual(before);
  });

  it("refuses JSON sent as text/plain (what a cross-site form can send) with 415", async () => {
    const before = await countRows();
    const response = await comment({ "content-type": "text/plain" });
    expect(response.status).toBe(415);
    expect(response.json.error.field).toBe("body");
    expect(await countRows()).toEqual(before);
  });

  it("refuses a cross-site upload of a file", async () => {
    const form = new FormData();
    form.set("file", new File(["Text of an article."], "a.txt", { type: "text/plain" }));
    const response = await callRoute("/api/articles/upload", "POST", { as: reviewer, body: form, headers: { "sec-fetch-site": "same-site" } });
    expect(response.status).toBe(403);
  });

  it("lets the app's own pages and programs without browser headers through", async () => {
    expect((await comment({ origin: ORIGIN, "sec-fetch-site": "same-origin", "content-type": "application/json" })).status).toBe(201);
    expect((await comment({ "content-type": "application/json; charset=utf-8" })).status).toBe(201);
  });

  it("checks next-auth's own sign-in and sign-out posts too", async () => {
    const response = await callRoute("/api/auth/[...nextauth]", "POST", { params: { nextauth: ["signout"] }, rawBody: "", headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" } });
    expect(response.status).toBe(403);
  });
});

describe("7. bad input is a 400 naming the field, never a 500", () => {
  it("NUL and lone surrogates in any text field, at any depth", async () => {
    const claim = await getDb().claim.findFirstOrThrow({ where: { articleId } });
    const before = await countRows();
    for (const [body, field] of [
      [{ body: "a\u0000b" }, "body"],
      [{ body: "lone \ud800 surrogate" }, "body"],
      [{ body: "ok", extra: { deeper: ["x\u0000"] } }, "extra.deeper.0"],
    ] as const) {
      const response = await callRoute("/api/claims/[id]/comments", "POST", { as: reviewer, params: { id: claim.id }, body });
      expect(response.status).toBe(400);
      expect(response.json.error.field).toBe(field);
    }
    const imported = await callRoute("/api/articles", "POST", { as: reviewer, body: { title: "Nul\u0000title", text: "Some text here." } });
    expect(imported.status).toBe(400);
    expect(imported.json.error.field).toBe("title");
    expect(await countRows()).toEqual(before);
  });

  it("%00 and other junk as a path id", async () => {
    for (const id of ["\u0000", "%00", "../../etc", "a b"]) {
      const response = await callRoute("/api/claims/[id]", "GET", { as: reviewer, params: { id } });
      expect(response.status).toBe(400);
      expect(response.json.error.field).toBe("id");
    }
  });

  it("year 0000 and impossible calendar days", async () => {
    const claim = await getDb().claim.findFirstOrThrow({ where: { articleId } });
    for (const publishedAt of ["0000-01-01", "0999-12-31", "2025-02-30", "2025-13-01"]) {
      const response = await callRoute("/api/claims/[id]/evidence", "POST", { as: reviewer, params: { id: claim.id }, body: { url: "https://e.example", title: "t", stance: "supports", publishedAt } });
      expect(response.status).toBe(400);
      expect(response.json.error.field).toBe("publishedAt");
    }
  });

  it("JSON nested 100,000 deep", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const response = await callRoute("/api/articles", "POST", { as: reviewer, rawBody: `{"title":"x","text":"Some text.","x":${deep}}`, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(400);
  });

  it("an HTML upload nested 20,000 levels deep", async () => {
    const form = new FormData();
    form.set("file", new File(["<html><body>" + "<div>".repeat(20_000) + "Deep text." + "</div>".repeat(20_000) + "</body></html>"], "deep.html", { type: "text/html" }));
    const response = await callRoute("/api/articles/upload", "POST", { as: reviewer, body: form });
    expect(response.status).toBeLessThan(500);
  });

  it("a JSONL import with NUL, a lone surrogate and 5,000-deep nesting rejects those rows with their reason, not the batch", async () => {
    const lines = [
      JSON.stringify({ title: "Good one", text: "A perfectly fine article text." }),
      `{"title":"Nul row","text":"bad \\u0000 text"}`,
      `{"title":"Surrogate row","text":"bad \\ud800 text"}`,
      `{"title":"Deep row","text":"t","meta":${"[".repeat(5000)}${"]".repeat(5000)}}`,
      JSON.stringify({ title: "Good two", text: "Another perfectly fine article text." }),
    ];
    const form = new FormData();
    form.set("file", new File([lines.join("\n")], "batch.jsonl", { type: "application/x-ndjson" }));
    const response = await callRoute("/api/imports", "POST", { as: reviewer, body: form });
    expect(response.status).toBe(202);
    const rows = await getDb().importBatchRow.findMany({ where: { batchId: response.json.batch.id }, orderBy: { line: "asc" } });
    expect(rows.map((r) => [r.line, r.parseError === null])).toEqual([[1, true], [2, false], [3, false], [4, false], [5, true]]);
    expect(rows[1]!.parseError).toMatch(/^text: contains a character that is not allowed/);
    expect(rows[2]!.parseError).toMatch(/^text: contains a character that is not allowed/);
    expect(rows[3]!.parseError).toMatch(/nested too deeply/);
  });
});

describe("8 and 9. races end in one applied write and 409s with the current revision", () => {
  it("50 concurrent edits of one verdict: one applied, 49 conflicts naming the current revision, no 5xx", async () => {
    const claim = await claimOf("Officials said traffic would fall by 30 percent.");
    const verdict = await proposeVerdict(reviewer, claim.id, rate("mixed"));
    const cookie = await sessionCookie(reviewer);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        callRoute("/api/claims/[id]/verdicts", "POST", { cookie, params: { id: claim.id }, body: { ratingId: ratings.get("false"), rationale: `Edit number ${i} of the rationale.`, confidence: i, revision: verdict.revision } }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of responses.filter((r) => r.status === 409)) expect(r.json.error.current.revision).toBe(verdict.revision + 1);
    expect(await getDb().auditLog.count({ where: { action: "verdict.update", entityId: verdict.id } })).toBe(1);
  });

  it("a reviewer's 50 concurrent first proposals on one claim: one verdict, the rest 409", async () => {
    const claim = await claimOf("The city of Riverton opened its new bridge on March 3, 2024, after four years of work.");
    const cookie = await sessionCookie(reviewer2);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => callRoute("/api/claims/[id]/verdicts", "POST", { cookie, params: { id: claim.id }, body: { ratingId: ratings.get("true"), rationale: "The opening was reported widely.", confidence: 70 } })),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(49);
    expect(await getDb().verdict.count({ where: { claimId: claim.id, reviewerId: reviewer2.id } })).toBe(1);
    expect(responses.every((r) => r.status < 500)).toBe(true);
    const verdict = await getDb().verdict.findFirstOrThrow({ where: { claimId: claim.id, reviewerId: reviewer2.id } });
    expect(await getDb().auditLog.count({ where: { action: "verdict.propose", entityId: verdict.id } })).toBe(1);
  });

  it("50 concurrent status changes of one claim, each to a different allowed status: one applied, 49 conflicts, one audit row", async () => {
    const fresh = await importArticle(editor, ImportArticleInput.parse({ title: "Status race", text: TEXT }), { proposeClaims: false, detectFlags: false });
    const start = TEXT.indexOf("Officials said");
    const claim = await createClaim(reviewer, fresh.articleId, CreateClaimInput.parse({ start, end: start + 30 }));
    const cookie = await sessionCookie(reviewer);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        callRoute("/api/claims/[id]", "PATCH", { cookie, params: { id: claim.id }, body: i % 2 ? { status: "in_review", revision: claim.revision } : { status: "dismissed", reason: `Not checkable (${i}).`, revision: claim.revision } }),
      ),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(49);
    for (const r of responses.filter((r) => r.status === 409)) expect(r.json.error.current.revision).toBe(claim.revision + 1);
    const after = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.revision).toBe(claim.revision + 1);
    expect(after.status).toBe(responses.find((r) => r.status === 200)!.json.claim.status);
    expect(await getDb().auditLog.count({ where: { action: "claim.status", entityId: claim.id } })).toBe(1);
  });

  it("50 concurrent approvals of one claim: one applied, the rest 409", async () => {
    const claim = await getDb().claim.findFirstOrThrow({ where: { articleId, exact: { startsWith: "The city of Riverton" } } });
    const verdict = await getDb().verdict.findFirstOrThrow({ where: { claimId: claim.id } });
    const cookie = await sessionCookie(editor);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => callRoute("/api/verdicts/[id]/approve", "POST", { cookie, params: { id: verdict.id }, body: { claimRevision: claim.revision } })),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(49);
    expect(responses.every((r) => r.status < 500)).toBe(true);
    expect(await getDb().auditLog.count({ where: { action: "verdict.approve", entityId: claim.id } })).toBe(1);
  });

  it("50 concurrent evidence posts on a new claim move it to in review once, audited once", async () => {
    const fresh = await importArticle(editor, ImportArticleInput.parse({ title: "Evidence race", text: TEXT }), { proposeClaims: false, detectFlags: false });
    const start = TEXT.indexOf("The bridge cost");
    const claim = await createClaim(reviewer, fresh.articleId, CreateClaimInput.parse({ start, end: start + 20 }));
    const cookie = await sessionCookie(reviewer);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => callRoute("/api/claims/[id]/evidence", "POST", { cookie, params: { id: claim.id }, body: { url: `https://e.example/${i}`, title: `Source ${i}`, stance: "context" } })),
    );
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const after = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe("in_review");
    expect(after.revision).toBe(claim.revision + 1);
    expect(await getDb().auditLog.count({ where: { action: "claim.status", entityId: claim.id } })).toBe(1);
  });
});

describe("11. sign-out, disabling, a role or password change end existing sessions", () => {
  const read = (cookie: string) => callRoute("/api/ratings", "GET", { cookie });

  it("sign-out ends the token at its next request", async () => {
    const user = await createUser("reviewer");
    const cookie = await sessionCookie(user);
    expect((await read(cookie)).status).toBe(200);
    await authOptions.events!.signOut!({ token: { uid: user.id }, session: null as never });
    expect((await read(cookie)).status).toBe(401);
  });

  it("disabling, a role change and a password change end it too, whichever code makes the change", async () => {
    for (const change of [{ disabled: true }, { role: "viewer" as const }, { passwordHash: "$argon2id$changed" }]) {
      const user = await createUser("reviewer");
      const cookie = await sessionCookie(user);
      expect((await read(cookie)).status).toBe(200);
      await getDb().user.update({ where: { id: user.id }, data: change });
      if (!("disabled" in change)) await getDb().user.update({ where: { id: user.id }, data: { disabled: false } });
      expect((await read(cookie)).status).toBe(401);
      // A new sign-in gets a token of the new version that works (unless disabled).
      if (!("disabled" in change)) expect((await read(await sessionCookie(user))).status).toBe(200);
    }
  });

  it("a token without a session version (issued before this check) is refused", async () => {
    const { encode } = await import("next-auth/jwt");
    const token = await encode({ token: { uid: admin.id, role: "admin" }, secret: process.env.NEXTAUTH_SECRET! });
    expect((await read(`next-auth.session-token=${token}`)).status).toBe(401);
  });
});

describe("12. merging claims never destroys another person's verdict", () => {
  it("refuses a merge that would drop a verdict of someone else, and changes nothing", async () => {
    const fresh = await importArticle(editor, ImportArticleInput.parse({ title: "Merge guard", text: TEXT }), { proposeClaims: false, detectFlags: false });
    const make = async (quote: string) => {
      const start = TEXT.indexOf(quote);
      return createClaim(reviewer, fresh.articleId, CreateClaimInput.parse({ start, end: start + quote.length }));
    };
    const a = await make("The city of Riverton opened its new bridge on March 3, 2024, after four years of work.");
    const b = await make("The bridge cost $120 million, according to the city council.");
    await proposeVerdict(reviewer, a.id, rate("true"));
    await proposeVerdict(reviewer, b.id, rate("false"));
    const [ra, rb] = await Promise.all([a.id, b.id].map((id) => getDb().claim.findUniqueOrThrow({ where: { id } })));
    const before = await countRows();
    const response = await callRoute("/api/claims/merge", "POST", { as: reviewer2, body: { claims: [{ id: a.id, revision: ra!.revision }, { id: b.id, revision: rb!.revision }] } });
    expect(response.status).toBe(400);
    expect(response.json.error.message).toMatch(/would remove one of their verdicts/);
    expect(await countRows()).toEqual(before);
    // The reviewer who rated both may merge: their own verdict gives way, quoted in a comment.
    const merged = await mergeClaims(reviewer, { claims: [{ id: a.id, revision: ra!.revision }, { id: b.id, revision: rb!.revision }] });
    expect(merged.droppedVerdictIds).toHaveLength(1);
  });
});
