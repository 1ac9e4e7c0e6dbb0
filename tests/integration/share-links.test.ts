// Public share links and verdict pages: what a signed-out visitor gets, and what they never get.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { GET as sharedReport } from "../../app/r/[token]/route";
import { GET as verdictPage } from "../../app/v/[id]/route";
import { resetDatabase } from "./helpers/db";
import { callRoute } from "./helpers/http";
import { prepareDemoDesk, type DemoDesk } from "./helpers/demo-reports";

let desk: DemoDesk;

beforeAll(async () => {
  await resetDatabase();
  desk = await prepareDemoDesk();
}, 120_000);

const visit = async (token: string) => {
  const response = await sharedReport(new Request(`http://localhost/r/${token}`), { params: Promise.resolve({ token }) });
  return { status: response.status, text: await response.text(), headers: response.headers };
};

describe("share links", () => {
  it("an editor creates one; signed out it shows the published report with its ClaimReview and nothing unpublished", async () => {
    const created = await callRoute("/api/articles/[id]/share-links", "POST", { as: desk.editor, params: { id: desk.articleId } });
    expect(created.status).toBe(201);
    const token = /\/r\/([A-Za-z0-9_-]{43})$/.exec(created.json.url)![1]!;
    // Only the hash is stored.
    const stored = await getDb().shareLink.findFirstOrThrow({ where: { id: created.json.link.id } });
    expect(stored.tokenHash).not.toContain(token);
    const page = await visit(token);
    expect(page.status).toBe(200);
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(page.text).toContain('<script type="application/ld+json">');
    expect(page.text).toContain("Busan, South Korea on October 30, 2025");
    for (const claim of desk.unpublished) for (const rationale of claim.rationales) expect(page.text).not.toContain(rationale.slice(0, 40));
    for (const ruleId of desk.ruleIds) expect(page.text).not.toContain(ruleId);
    for (const explanation of desk.hiddenFlagExplanations) expect(page.text).not.toContain(explanation.slice(0, 40));
    expect(page.text).not.toMatch(/confidence|Ravi Menon|Elena Ruiz/);

    const revoked = await callRoute("/api/share-links/[id]", "DELETE", { as: desk.editor, params: { id: created.json.link.id } });
    expect(revoked.status).toBe(200);
    expect(revoked.json.link.revokedAt).not.toBeNull();
    expect((await visit(token)).status).toBe(404);
    const audit = await getDb().auditLog.findMany({ where: { entityId: created.json.link.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["share_link.create", "share_link.revoke"]);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(token);
  });

  it("unknown or malformed tokens are 404; reviewers and viewers may not create links", async () => {
    expect((await visit("A".repeat(43))).status).toBe(404);
    expect((await visit("../../api/articles")).status).toBe(404);
    expect((await callRoute("/api/articles/[id]/share-links", "POST", { as: desk.viewer, params: { id: desk.articleId } })).status).toBe(403);
    expect((await callRoute("/api/articles/[id]/share-links", "POST", { as: desk.reviewer, params: { id: desk.articleId } })).status).toBe(403);
    expect((await callRoute("/api/articles/[id]/share-links", "POST", { as: desk.editor, params: { id: "cmissing000000000000000000" } })).status).toBe(404);
  });
});

describe("the public page of a published verdict", () => {
  const open = async (id: string) => {
    const response = await verdictPage(new Request(`http://localhost/v/${id}`), { params: Promise.resolve({ id }) });
    return { status: response.status, text: await response.text() };
  };

  it("shows one published verdict with its ClaimReview; an unpublished claim is 404", async () => {
    const published = await getDb().claim.findFirstOrThrow({ where: { articleId: desk.articleId, status: "published" } });
    const page = await open(published.id);
    expect(page.status).toBe(200);
    expect(page.text.match(/<article class="claim"/g)).toHaveLength(1);
    expect(page.text).toContain(`"url": "http://localhost:3000/v/${published.id}"`.replace("http://localhost:3000", process.env.NEXTAUTH_URL ?? "http://localhost:3000"));
    const unpublished = await getDb().claim.findFirstOrThrow({ where: { articleId: desk.articleId, status: { not: "published" } } });
    const hidden = await open(unpublished.id);
    expect(hidden.status).toBe(404);
    expect(hidden.text).not.toContain(unpublished.text);
    expect((await open("nope")).status).toBe(404);
  });
});
