// Issue 9, evidence: edit and delete (own vs anyone's, audited, soft-deleted, refused on a published claim,
// stale revisions refused), archived copies (text or file, SHA-256, capture date, never replaced, downloads
// only for who may read them), and a published verdict's deleted evidence staying in its correction.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim } from "../../lib/claims/create-claim";
import { addEvidence, AddEvidenceInput } from "../../lib/evidence/add-evidence";
import { proposeVerdict } from "../../lib/verdicts/propose-verdict";
import { approveVerdict } from "../../lib/verdicts/approve-verdict";
import { changeClaimStatus } from "../../lib/claims/change-claim-status";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";
import { callRoute } from "./helpers/http";

const TEXT = `Mayor opens new bridge.

The bridge cost $120 million, according to the city council. Officials said traffic would fall by 30 percent.`;
const QUOTE = "The bridge cost $120 million, according to the city council.";

let reviewer: Actor;
let reviewer2: Actor;
let editor: Actor;
let editor2: Actor;
let viewer: Actor;
let articleId: string;
let ratingId: string;

const revisionOf = async (claimId: string) => (await getDb().claim.findUniqueOrThrow({ where: { id: claimId } })).revision;
const newClaim = async () => (await createClaim(reviewer, articleId, { start: TEXT.indexOf(QUOTE), end: TEXT.indexOf(QUOTE) + QUOTE.length })).id;
const newEvidence = (claimId: string, by = reviewer, title = "Bridge budget") => addEvidence(by, claimId, AddEvidenceInput.parse({ url: "https://riverton.example/budget", title, stance: "supports" }));
const body = (e: { revision: number }, patch: Record<string, unknown> = {}) => ({ url: "https://riverton.example/budget-2024", title: "Bridge budget 2024", publisher: "City of Riverton", stance: "refutes", excerpt: "$125m", revision: e.revision, ...patch });
const patch = (as: Actor, id: string, b: unknown) => callRoute("/api/evidence/[id]", "PATCH", { as, params: { id }, body: b });
const del = (as: Actor, id: string, b: unknown) => callRoute("/api/evidence/[id]", "DELETE", { as, params: { id }, body: b });
const archiveForm = (fields: Record<string, string | File>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
};

beforeAll(async () => {
  await resetDatabase();
  ratingId = (await seedRatings()).get("true")!;
  reviewer = await createUser("reviewer");
  reviewer2 = await createUser("reviewer");
  editor = await createUser("editor");
  editor2 = await createUser("editor");
  viewer = await createUser("viewer");
  articleId = (await importArticle(editor, ImportArticleInput.parse({ title: "Bridge", text: TEXT }), { proposeClaims: false, detectFlags: false })).articleId;
});

describe("editing evidence", () => {
  it("the one who added it edits it; the change is audited with before and after, and the revision moves", async () => {
    const claimId = await newClaim();
    const e = await newEvidence(claimId);
    const res = await patch(reviewer, e.id, body(e));
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.evidence).toMatchObject({ title: "Bridge budget 2024", stance: "refutes", publisher: "City of Riverton", revision: e.revision + 1 });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "evidence.update", entityId: e.id } });
    expect(audit.actorId).toBe(reviewer.id);
    expect(audit.before).toMatchObject({ title: "Bridge budget", stance: "supports", url: "https://riverton.example/budget" });
    expect(audit.after).toMatchObject({ title: "Bridge budget 2024", stance: "refutes", url: "https://riverton.example/budget-2024" });
    const detail = await callRoute("/api/claims/[id]", "GET", { as: editor, params: { id: claimId } });
    expect(detail.json.claim.history.map((h: { description: string }) => h.description)).toContain(`${reviewer.name} edited evidence “Bridge budget 2024” (source URL, title, publisher, excerpt, stance)`);

    // The revision read is the one edited: a second edit from the old form is a conflict, and changes nothing.
    const stale = await patch(reviewer, e.id, body(e, { title: "Stale" }));
    expect(stale.status).toBe(409);
    expect(stale.json.error.current.revision).toBe(e.revision + 1);
    expect((await getDb().evidence.findUniqueOrThrow({ where: { id: e.id } })).title).toBe("Bridge budget 2024");
  });

  it("another reviewer may not edit or delete it; an editor may; a viewer may not at all; bad input names the field", async () => {
    const claimId = await newClaim();
    const e = await newEvidence(claimId);
    const other = await patch(reviewer2, e.id, body(e));
    expect(other.status).toBe(403);
    expect(other.json.error.message).toMatch(/only edit or delete evidence you added/);
    expect((await del(reviewer2, e.id, { revision: e.revision })).status).toBe(403);
    expect((await patch(viewer, e.id, body(e))).status).toBe(403);
    const bad = await patch(editor, e.id, body(e, { url: "javascript:alert(1)" }));
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe("url");
    expect((await patch(editor, e.id, body(e))).status).toBe(200);
    expect(await getDb().auditLog.count({ where: { action: "evidence.update", entityId: e.id } })).toBe(1);
    expect((await patch(editor, "cmissing000000000000000000", body(e))).status).toBe(404);
  });
});

describe("deleting evidence", () => {
  it("is soft: the row stays with who and when, the claim's list drops it, the history keeps it, no verdict can cite it", async () => {
    const claimId = await newClaim();
    const e = await newEvidence(claimId);
    const res = await del(reviewer, e.id, { revision: e.revision, reason: "The page is gone" });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const row = await getDb().evidence.findUniqueOrThrow({ where: { id: e.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deletedById).toBe(reviewer.id);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "evidence.delete", entityId: e.id } });
    expect(audit.before).toMatchObject({ title: "Bridge budget" });
    expect(audit.after).toMatchObject({ reason: "The page is gone" });
    const detail = await callRoute("/api/claims/[id]", "GET", { as: reviewer, params: { id: claimId } });
    expect(detail.json.claim.evidence).toEqual([]);
    expect(detail.json.claim.history.map((h: { description: string }) => h.description)).toContain(`${reviewer.name} deleted evidence “Bridge budget”: The page is gone`);
    // Gone for edits and for verdicts.
    expect((await patch(reviewer, e.id, body({ revision: row.revision }))).status).toBe(404);
    expect((await del(reviewer, e.id, { revision: row.revision })).status).toBe(404);
    const cite = await callRoute("/api/claims/[id]/verdicts", "POST", { as: reviewer, params: { id: claimId }, body: { ratingId, rationale: "Per the budget.", confidence: 80, evidenceIds: [e.id] } });
    expect(cite.status).toBe(400);
    expect(cite.json.error.field).toBe("evidenceIds");
  });

  it("a verdict whose only evidence was deleted cannot be published while evidence is required", async () => {
    const claimId = await newClaim();
    const e = await newEvidence(claimId);
    const verdict = await proposeVerdict(reviewer, claimId, { ratingId, rationale: "Per the budget.", confidence: 80, evidenceIds: [e.id] });
    await approveVerdict(editor, verdict.id, { claimRevision: await revisionOf(claimId) });
    expect((await del(reviewer, e.id, { revision: e.revision })).status).toBe(200);
    const publish = await callRoute("/api/claims/[id]", "PATCH", { as: editor2, params: { id: claimId }, body: { status: "published", revision: await revisionOf(claimId) } });
    expect(publish.status).toBe(400);
    expect(publish.json.error.message).toMatch(/rests on no evidence/);
    // The working report says what the verdict cited and is gone, instead of leaving it out unsaid.
    const report = await callRoute("/api/articles/[id]/report", "GET", { as: editor, params: { id: articleId }, query: { format: "json", kind: "working" } });
    const claim = report.json.claims.find((c: { id: string }) => c.id === claimId);
    expect(claim.verdict.evidenceIds).toEqual([]);
    expect(claim.verdict.removedEvidence).toEqual([{ title: e.title, url: e.url }]);
    const md = await callRoute("/api/articles/[id]/report", "GET", { as: editor, params: { id: articleId }, query: { format: "md", kind: "working" } });
    expect(md.text).toContain(`- **Cited evidence since removed:** [${e.title}](<${e.url}>)`);
  });
});

describe("a published verdict's evidence", () => {
  it("cannot change until the claim is reopened; deleted then, it still shows in the published report's correction", async () => {
    const claimId = await newClaim();
    const e = await newEvidence(claimId, reviewer, "Council minutes, March");
    const verdict = await proposeVerdict(reviewer, claimId, { ratingId, rationale: "The minutes say $120m.", confidence: 90, evidenceIds: [e.id] });
    await approveVerdict(editor, verdict.id, { claimRevision: await revisionOf(claimId) });
    await changeClaimStatus(editor, claimId, { status: "published", revision: await revisionOf(claimId) });

    const refused = await del(editor, e.id, { revision: e.revision });
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toMatch(/reopen it for a correction/);
    expect((await patch(editor, e.id, body(e))).status).toBe(400);

    await changeClaimStatus(editor, claimId, { status: "in_review", reason: "The minutes were amended", revision: await revisionOf(claimId) });
    expect((await del(reviewer, e.id, { revision: e.revision, reason: "Superseded by the amended minutes" })).status).toBe(200);
    const amended = await newEvidence(claimId, reviewer, "Council minutes, amended");
    const v = await getDb().verdict.findUniqueOrThrow({ where: { id: verdict.id } });
    await proposeVerdict(reviewer, claimId, { ratingId, rationale: "The amended minutes say $125m.", confidence: 85, evidenceIds: [amended.id], revision: v.revision });
    await approveVerdict(editor2, verdict.id, { claimRevision: await revisionOf(claimId) });
    await changeClaimStatus(editor2, claimId, { status: "published", revision: await revisionOf(claimId) });

    const report = await callRoute("/api/articles/[id]/report", "GET", { as: viewer, params: { id: articleId }, query: { format: "json", kind: "published" } });
    expect(report.status, report.text.slice(0, 300)).toBe(200);
    const claim = report.json.claims.find((c: { id: string }) => c.id === claimId);
    expect(claim.evidence.map((x: { title: string }) => x.title)).toEqual(["Council minutes, amended"]);
    expect(claim.corrections).toHaveLength(1);
    expect(claim.corrections[0].previousEvidence).toEqual([{ title: "Council minutes, March", url: "https://riverton.example/budget", publisher: null, stance: "supports", removed: true }]);
    const md = await callRoute("/api/articles/[id]/report", "GET", { as: viewer, params: { id: articleId }, query: { format: "md", kind: "published" } });
    expect(md.text).toContain("It rested on: [Council minutes, March](<https://riverton.example/budget>) (since removed)");
    const csv = await callRoute("/api/articles/[id]/report", "GET", { as: viewer, params: { id: articleId }, query: { format: "csv", kind: "published" } });
    expect(csv.text).toContain("(The minutes were amended); it rested on https://riverton.example/budget (since removed)");
  });
});

describe("archived copies", () => {
  it("keeps pasted text with its SHA-256 and capture date, audited, never replaced; the desk downloads it, a viewer of an unpublished claim may not", async () => {
    const claimId = await newClaim();
    const e = await newEvidence(claimId);
    const text = "Council minutes, 3 March 2024: the bridge cost $120 million. Ünïcödé.";
    const res = await callRoute("/api/evidence/[id]/archive", "POST", { as: reviewer, params: { id: e.id }, body: archiveForm({ text, capturedAt: "2024-03-05" }) });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const sha = createHash("sha256").update(text, "utf8").digest("hex");
    expect(res.json.archive).toMatchObject({ kind: "text", sha256: sha, byteSize: Buffer.byteLength(text), capturedAt: "2024-03-05T00:00:00.000Z" });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "evidence.archive", entityId: e.id } });
    expect(audit.after).toMatchObject({ sha256: sha, kind: "text" });

    const again = await callRoute("/api/evidence/[id]/archive", "POST", { as: reviewer, params: { id: e.id }, body: archiveForm({ text: "other" }) });
    expect(again.status).toBe(409);
    expect((await getDb().evidenceArchive.findUniqueOrThrow({ where: { evidenceId: e.id } })).sha256).toBe(sha);

    const download = await callRoute("/api/evidence/[id]/archive", "GET", { as: reviewer2, params: { id: e.id } });
    expect(download.status).toBe(200);
    expect(download.text).toBe(text);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(download.headers.get("x-archive-sha256")).toBe(sha);
    expect((await callRoute("/api/evidence/[id]/archive", "GET", { as: viewer, params: { id: e.id } })).status).toBe(404);
    const detail = await callRoute("/api/claims/[id]", "GET", { as: reviewer, params: { id: claimId } });
    expect(detail.json.claim.evidence[0].archive).toMatchObject({ sha256: sha, kind: "text" });
  });

  it("keeps an uploaded file byte for byte; refuses both or neither, and others' evidence", async () => {
    const claimId = await newClaim();
    const e = await newEvidence(claimId);
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0xff, 0x10]);
    const file = new File([bytes], "minutes.pdf", { type: "application/pdf" });
    expect((await callRoute("/api/evidence/[id]/archive", "POST", { as: reviewer2, params: { id: e.id }, body: archiveForm({ file }) })).status).toBe(403);
    const neither = await callRoute("/api/evidence/[id]/archive", "POST", { as: reviewer, params: { id: e.id }, body: archiveForm({}) });
    expect(neither.status).toBe(400);
    expect(neither.json.error.field).toBe("text");
    const both = await callRoute("/api/evidence/[id]/archive", "POST", { as: reviewer, params: { id: e.id }, body: archiveForm({ text: "x", file }) });
    expect(both.status).toBe(400);
    const res = await callRoute("/api/evidence/[id]/archive", "POST", { as: reviewer, params: { id: e.id }, body: archiveForm({ file }) });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json.archive).toMatchObject({ kind: "file", fileName: "minutes.pdf", mimeType: "application/pdf", byteSize: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
    const stored = await getDb().evidenceArchive.findUniqueOrThrow({ where: { evidenceId: e.id } });
    expect(new Uint8Array(stored.content!)).toEqual(bytes);
    const download = await callRoute("/api/evidence/[id]/archive", "GET", { as: editor, params: { id: e.id } });
    expect(download.headers.get("content-type")).toBe("application/octet-stream");
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="minutes.pdf"');
  });

  it("takes pasted text from a browser form, which also sends an empty file field", async () => {
    const e = await newEvidence(await newClaim());
    const res = await callRoute("/api/evidence/[id]/archive", "POST", { as: reviewer, params: { id: e.id }, body: archiveForm({ text: "Pasted.", file: new File([], ""), capturedAt: "" }) });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json.archive).toMatchObject({ kind: "text", byteSize: 7 });
  });

  it("an archived text given with new evidence is kept the same way", async () => {
    const claimId = await newClaim();
    const e = await addEvidence(reviewer, claimId, AddEvidenceInput.parse({ url: "https://riverton.example/b", title: "B", stance: "context", archivedText: "As captured." }));
    const archive = await getDb().evidenceArchive.findUniqueOrThrow({ where: { evidenceId: e.id } });
    expect(archive).toMatchObject({ kind: "text", text: "As captured.", sha256: createHash("sha256").update("As captured.").digest("hex") });
  });
});
