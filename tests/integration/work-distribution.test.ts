// Issue 9, work distribution: assignments (audited, with inbox items), taking a claim, My queue (order, counts,
// keyset pages), mentions reaching the inbox, and marking read — over the API.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim } from "../../lib/claims/create-claim";
import { changeClaimStatus } from "../../lib/claims/change-claim-status";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";
import { callRoute } from "./helpers/http";

const TEXT = `Mayor opens new bridge.

The city of Riverton opened its new bridge on March 3, 2024, after four years of work. The bridge cost $120 million, according to the city council. Officials said traffic would fall by 30 percent.`;

let editor: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let viewer: Actor;
let articleId: string;

async function newClaim(score: number | null = null, article = articleId) {
  const claim = await createClaim(reviewer, article, { start: 25, end: 60 });
  if (score !== null) await getDb().claim.update({ where: { id: claim.id }, data: { score } });
  return claim.id;
}
const handleOf = (a: Actor) => a.email.slice(0, a.email.indexOf("@"));

beforeAll(async () => {
  await resetDatabase();
  await seedRatings();
  editor = await createUser("editor");
  reviewer = await createUser("reviewer");
  reviewer2 = await createUser("reviewer");
  viewer = await createUser("viewer");
  articleId = (await importArticle(editor, ImportArticleInput.parse({ title: "Bridge", text: TEXT }), { proposeClaims: false, detectFlags: false })).articleId;
});

describe("assignments", () => {
  it("an editor assigns claims with a due date; it is audited and reaches the assignee's inbox", async () => {
    const a = await newClaim();
    const b = await newClaim();
    const res = await callRoute("/api/assignments", "POST", { as: editor, body: { claimIds: [a, b], assigneeId: reviewer.id, dueAt: "2030-01-15" } });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toEqual({ assigned: 2, claimIds: expect.arrayContaining([a, b]) });
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: a } });
    expect(stored.assigneeId).toBe(reviewer.id);
    expect(stored.dueAt?.toISOString()).toBe("2030-01-15T00:00:00.000Z");
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "claim.assign", entityId: a } });
    expect(audit.actorId).toBe(editor.id);
    expect(audit.after).toMatchObject({ assigneeId: reviewer.id, assigneeName: reviewer.name });
    const detail = await callRoute("/api/claims/[id]", "GET", { as: reviewer, params: { id: a } });
    expect(detail.json.claim.assignee).toEqual({ id: reviewer.id, name: reviewer.name });
    expect(detail.json.claim.history.map((h: { description: string }) => h.description)).toContain(`${editor.name} assigned the claim to ${reviewer.name}, due 2030-01-15`);

    const inbox = await callRoute("/api/inbox", "GET", { as: reviewer });
    expect(inbox.status).toBe(200);
    expect(inbox.json.unread).toBe(1);
    expect(inbox.json.items[0]).toMatchObject({ kind: "assignment", text: `${editor.name} assigned you 2 claims in “Bridge”, due 2030-01-15`, articleId });
  });

  it("assigns every open claim of an article at once", async () => {
    const { articleId: other } = await importArticle(editor, ImportArticleInput.parse({ title: "Other", text: TEXT + " Other." }), { proposeClaims: false, detectFlags: false });
    const open = [await newClaim(null, other), await newClaim(null, other)];
    const dismissed = await newClaim(null, other);
    await changeClaimStatus(reviewer, dismissed, { status: "dismissed", reason: "Opinion", revision: 0 });
    const res = await callRoute("/api/assignments", "POST", { as: editor, body: { articleId: other, assigneeId: reviewer2.id } });
    expect(res.status).toBe(200);
    expect(res.json.claimIds.sort()).toEqual(open.sort());
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: dismissed } })).assigneeId).toBeNull();
  });

  it("refuses reviewers and viewers assigning, a viewer as assignee, and naming neither claims nor article", async () => {
    const a = await newClaim();
    expect((await callRoute("/api/assignments", "POST", { as: reviewer, body: { claimIds: [a], assigneeId: reviewer.id } })).status).toBe(403);
    const toViewer = await callRoute("/api/assignments", "POST", { as: editor, body: { claimIds: [a], assigneeId: viewer.id } });
    expect(toViewer.status).toBe(400);
    expect(toViewer.json.error.field).toBe("assigneeId");
    const neither = await callRoute("/api/assignments", "POST", { as: editor, body: { assigneeId: reviewer.id } });
    expect(neither.status).toBe(400);
    expect(neither.json.error.field).toBe("claimIds");
    const badDate = await callRoute("/api/assignments", "POST", { as: editor, body: { claimIds: [a], assigneeId: reviewer.id, dueAt: "2030-02-30" } });
    expect(badDate.status).toBe(400);
    expect(badDate.json.error.field).toBe("dueAt");
  });

  it("a reviewer takes an unassigned claim (audited); taking one someone has is a 409", async () => {
    const a = await newClaim();
    const taken = await callRoute("/api/claims/[id]/take", "POST", { as: reviewer2, params: { id: a } });
    expect(taken.status).toBe(200);
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: a } })).assigneeId).toBe(reviewer2.id);
    expect(await getDb().auditLog.count({ where: { action: "claim.assign", entityId: a, actorId: reviewer2.id } })).toBe(1);
    const again = await callRoute("/api/claims/[id]/take", "POST", { as: reviewer, params: { id: a } });
    expect(again.status).toBe(409);
    expect(again.json.error.message).toContain(`${reviewer2.name} already has this claim`);
  });
});

describe("My queue", () => {
  it("lists my claims by due date, then score, then age, with the unassigned of recent articles below and the counts", async () => {
    const me = await createUser("reviewer");
    const { articleId: fresh } = await importArticle(editor, ImportArticleInput.parse({ title: "Queue", text: TEXT + " Queue." }), { proposeClaims: false, detectFlags: false });
    const late = await newClaim(0.9, fresh);
    const soonLow = await newClaim(0.2, fresh);
    const soonHigh = await newClaim(0.8, fresh);
    const noDueOld = await newClaim(null, fresh);
    const noDueHigh = await newClaim(0.95, fresh);
    const overdue = await newClaim(0.1, fresh);
    const assign = (ids: string[], dueAt?: string) => callRoute("/api/assignments", "POST", { as: editor, body: { claimIds: ids, assigneeId: me.id, ...(dueAt ? { dueAt } : {}) } });
    await assign([late], "2031-06-01");
    await assign([soonLow, soonHigh], "2031-01-01");
    await assign([noDueOld, noDueHigh]);
    await assign([overdue], "2020-01-01");

    const res = await callRoute("/api/queue", "GET", { as: me });
    expect(res.status).toBe(200);
    const { queue } = res.json;
    expect(queue.assigned.map((c: { id: string }) => c.id)).toEqual([overdue, soonHigh, soonLow, late, noDueHigh, noDueOld]);
    expect(queue.counts).toMatchObject({ assigned: 6, overdue: 1 });
    expect(queue.assigned[0]).toMatchObject({ articleId: fresh, articleTitle: "Queue", status: "new", rated: false });
    const unassignedIds = queue.unassigned.map((c: { id: string }) => c.id);
    expect(unassignedIds.length).toBeGreaterThan(0);
    expect(unassignedIds).not.toContain(overdue);
    expect(queue.counts.unassigned).toBe(await getDb().claim.count({ where: { assigneeId: null, status: { in: ["new", "in_review", "needs_second_review"] } } }));

    // Keyset pages of two: the same order, no row twice.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { json: { queue: { assigned: { id: string }[]; nextCursor: string | null } } } = await callRoute("/api/queue", "GET", { as: me, query: { take: "2", ...(after ? { after } : {}) } });
      seen.push(...page.json.queue.assigned.map((c) => c.id));
      after = page.json.queue.nextCursor;
    } while (after);
    expect(seen).toEqual([overdue, soonHigh, soonLow, late, noDueHigh, noDueOld]);
    const useen: string[] = [];
    let uafter: string | null = null;
    do {
      const page: { json: { queue: { unassigned: { id: string }[]; nextUnassignedCursor: string | null } } } = await callRoute("/api/queue", "GET", { as: me, query: { take: "2", ...(uafter ? { unassignedAfter: uafter } : {}) } });
      useen.push(...page.json.queue.unassigned.map((c) => c.id));
      uafter = page.json.queue.nextUnassignedCursor;
    } while (uafter);
    expect(useen).toEqual(unassignedIds.slice(0, useen.length));
    expect(new Set(useen).size).toBe(useen.length);
    expect(useen.length).toBe(queue.counts.unassigned);

    // A dismissed claim leaves the queue; a bad cursor is a 400 naming it.
    await changeClaimStatus(me, noDueOld, { status: "dismissed", reason: "Duplicate", revision: 0 });
    expect((await callRoute("/api/queue", "GET", { as: me })).json.queue.counts.assigned).toBe(5);
    const bad = await callRoute("/api/queue", "GET", { as: me, query: { after: "nonsense" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe("after");
    expect((await callRoute("/api/queue", "GET", { as: viewer })).status).toBe(403);
  });
});

describe("mentions and the inbox", () => {
  it("a mention reaches the person's inbox (not the author's), and marking read is one's own", async () => {
    const a = await newClaim();
    const before = (await callRoute("/api/inbox", "GET", { as: reviewer2 })).json.unread;
    const res = await callRoute("/api/claims/[id]/comments", "POST", { as: editor, params: { id: a }, body: { body: `@${handleOf(reviewer2)} can you find the minutes? cc @${handleOf(editor)} @nobody` } });
    expect(res.status).toBe(201);
    const inbox = await callRoute("/api/inbox", "GET", { as: reviewer2 });
    expect(inbox.json.unread).toBe(before + 1);
    const item = inbox.json.items[0];
    expect(item).toMatchObject({ kind: "mention", claimId: a, articleId, readAt: null });
    expect(item.text).toBe(`${editor.name} mentioned you: @${handleOf(reviewer2)} can you find the minutes? cc @${handleOf(editor)} @nobody`);
    expect(await getDb().notification.count({ where: { userId: editor.id } })).toBe(0);

    // Someone else cannot mark it read; its owner can.
    const other = await callRoute("/api/inbox/read", "POST", { as: reviewer, body: { ids: [item.id] } });
    expect(other.json.marked).toBe(0);
    const mine = await callRoute("/api/inbox/read", "POST", { as: reviewer2, body: { ids: [item.id] } });
    expect(mine.json).toEqual({ marked: 1, unread: before });
    const all = await callRoute("/api/inbox/read", "POST", { as: reviewer2, body: { all: true } });
    expect(all.json.unread).toBe(0);
    expect((await callRoute("/api/inbox/read", "POST", { as: reviewer2, body: {} })).status).toBe(400);
  });

  it("lists the desk's people with their handles for autocomplete", async () => {
    const res = await callRoute("/api/people", "GET", { as: reviewer });
    expect(res.status).toBe(200);
    expect(res.json.people).toEqual(expect.arrayContaining([{ id: reviewer2.id, name: reviewer2.name, handle: handleOf(reviewer2), role: "reviewer" }]));
    expect(res.json.people.map((p: { id: string }) => p.id)).not.toContain(viewer.id);
  });
});
