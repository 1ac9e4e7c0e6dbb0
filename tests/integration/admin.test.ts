// The admin screens' API: accounts (one-time passwords, roles, disabling, unlocking, resets), the rating scale,
// the organisation's settings and the whole audit log — each change audited, each refused to anyone else.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { signInWithPassword } from "../../lib/auth/sign-in-with-password";
import { SIGN_IN_LIMITS, TooManySignInsError } from "../../lib/auth/sign-in-throttle";
import { getDb } from "../../lib/db/client";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim, CreateClaimInput } from "../../lib/claims/create-claim";
import { proposeVerdict, ProposeVerdictInput } from "../../lib/verdicts/propose-verdict";
import { listRatings } from "../../lib/ratings/list-ratings";
import { getOrganisationSettings } from "../../lib/organisation/get-organisation-settings";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";
import { callRoute, sessionCookie } from "./helpers/http";

let admin: Actor;
let editor: Actor;
let reviewer: Actor;
let ratings: Map<string, string>;

beforeAll(async () => {
  await resetDatabase();
  ratings = await seedRatings();
  admin = await createUser("admin");
  editor = await createUser("editor");
  reviewer = await createUser("reviewer");
});

async function lastAudit(entityId: string) {
  return getDb().auditLog.findFirstOrThrow({ where: { entityId }, orderBy: { id: "desc" } });
}

describe("accounts", () => {
  it("an admin creates an account with a one-time password, which must be changed before anything else", async () => {
    const created = await callRoute("/api/admin/users", "POST", { as: admin, body: { name: "Nadia Haddad", email: "Nadia@Desk.test", role: "reviewer" } });
    expect(created.status).toBe(201);
    expect(created.json.user).toMatchObject({ email: "nadia@desk.test", name: "Nadia Haddad", role: "reviewer", mustChangePassword: true, disabled: false, locked: false });
    const oneTimePassword: string = created.json.oneTimePassword;
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const row = await getDb().user.findUniqueOrThrow({ where: { id: created.json.user.id } });
    expect(row.passwordHash).not.toContain(oneTimePassword);
    expect((await lastAudit(row.id)).action).toBe("user.create");

    // The same email twice is refused, naming the field.
    const again = await callRoute("/api/admin/users", "POST", { as: admin, body: { name: "N", email: "nadia@desk.test", role: "viewer" } });
    expect(again.status).toBe(409);
    expect(again.json.error.message).toMatch(/^email: /);

    const signedIn = await signInWithPassword({ email: "nadia@desk.test", password: oneTimePassword }, "10.1.0.1");
    expect(signedIn?.id).toBe(row.id);
    const nadia: Actor = { id: row.id, role: "reviewer", name: row.name, email: row.email };
    const cookie = await sessionCookie(nadia);

    // Until the password is changed every other call is refused.
    const articles = await callRoute("/api/articles", "GET", { cookie });
    expect(articles.status).toBe(403);
    expect(articles.json.error.code).toBe("password_change_required");

    const weak = await callRoute("/api/account/password", "POST", { cookie, body: { currentPassword: oneTimePassword, newPassword: "short" } });
    expect(weak.status).toBe(400);
    expect(weak.json.error.field).toBe("newPassword");
    const wrong = await callRoute("/api/account/password", "POST", { cookie, body: { currentPassword: "not it at all", newPassword: "a long new passphrase" } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.field).toBe("currentPassword");

    const changed = await callRoute("/api/account/password", "POST", { cookie, body: { currentPassword: oneTimePassword, newPassword: "a long new passphrase" } });
    expect(changed.status).toBe(200);
    expect((await lastAudit(row.id)).action).toBe("user.change_password");
    // The change ends the session: the client signs in again with the new password.
    expect((await callRoute("/api/articles", "GET", { cookie })).status).toBe(401);
    expect(await signInWithPassword({ email: "nadia@desk.test", password: oneTimePassword }, "10.1.0.1")).toBeNull();
    expect((await signInWithPassword({ email: "nadia@desk.test", password: "a long new passphrase" }, "10.1.0.1"))?.id).toBe(row.id);
    expect((await callRoute("/api/articles", "GET", { as: nadia })).status).toBe(200);
  });

  it("refuses bad input with 400 naming the field", async () => {
    const bad = await callRoute("/api/admin/users", "POST", { as: admin, body: { name: "X", email: "not an email", role: "boss" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.map((i: { field: string }) => i.field).sort()).toEqual(["email", "role"]);
  });

  it("changing a role ends the user's sessions; an admin cannot demote themselves", async () => {
    const user = await createUser("reviewer");
    const cookie = await sessionCookie(user);
    const changed = await callRoute("/api/admin/users/[id]", "PATCH", { as: admin, params: { id: user.id }, body: { role: "editor" } });
    expect(changed.status).toBe(200);
    expect(changed.json.user.role).toBe("editor");
    expect((await callRoute("/api/articles", "GET", { cookie })).status).toBe(401);
    const audit = await lastAudit(user.id);
    expect(audit.action).toBe("user.role");
    expect(audit.before).toMatchObject({ role: "reviewer" });

    const self = await callRoute("/api/admin/users/[id]", "PATCH", { as: admin, params: { id: admin.id }, body: { role: "viewer" } });
    expect(self.status).toBe(400);
    expect(self.json.error.field).toBe("role");
  });

  it("a disabled user's session stops at its next request and they cannot sign in; enabling lets them back", async () => {
    const user = await createUser("reviewer", "the user's own password");
    const cookie = await sessionCookie(user);
    expect((await callRoute("/api/articles", "GET", { cookie })).status).toBe(200);
    const disabled = await callRoute("/api/admin/users/[id]/disabled", "POST", { as: admin, params: { id: user.id }, body: { disabled: true } });
    expect(disabled.status).toBe(200);
    expect(disabled.json.user.disabled).toBe(true);
    expect((await callRoute("/api/articles", "GET", { cookie })).status).toBe(401);
    expect(await signInWithPassword({ email: user.email, password: "the user's own password" }, "10.1.0.2")).toBeNull();
    expect((await lastAudit(user.id)).action).toBe("user.disable");

    const enabled = await callRoute("/api/admin/users/[id]/disabled", "POST", { as: admin, params: { id: user.id }, body: { disabled: false } });
    expect(enabled.json.user.disabled).toBe(false);
    expect((await signInWithPassword({ email: user.email, password: "the user's own password" }, "10.1.0.2"))?.id).toBe(user.id);
    expect((await lastAudit(user.id)).action).toBe("user.enable");

    const self = await callRoute("/api/admin/users/[id]/disabled", "POST", { as: admin, params: { id: admin.id }, body: { disabled: true } });
    expect(self.status).toBe(400);
  });

  it("unlocks an account locked by failed sign-ins", async () => {
    const user = await createUser("reviewer", "remembered at last");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) await signInWithPassword({ email: user.email, password: "wrong" }, `10.2.0.${i}`).catch(() => null);
    await expect(signInWithPassword({ email: user.email, password: "remembered at last" }, "10.2.1.1")).rejects.toBeInstanceOf(TooManySignInsError);
    const listed = await callRoute("/api/admin/users", "GET", { as: admin });
    expect(listed.json.users.find((u: { id: string }) => u.id === user.id)).toMatchObject({ locked: true, failedSignIns: SIGN_IN_LIMITS.perAccount + 1 });

    const unlocked = await callRoute("/api/admin/users/[id]/unlock", "POST", { as: admin, params: { id: user.id } });
    expect(unlocked.status).toBe(200);
    expect(unlocked.json.user).toMatchObject({ locked: false, failedSignIns: 0 });
    expect((await signInWithPassword({ email: user.email, password: "remembered at last" }, "10.2.1.1"))?.id).toBe(user.id);
    const audit = await lastAudit(user.id);
    expect(audit.action).toBe("user.unlock");
    expect(audit.before).toMatchObject({ failedSignIns: SIGN_IN_LIMITS.perAccount + 1 });
  });

  it("a password reset gives a new one-time password and ends the old password and sessions", async () => {
    const user = await createUser("editor", "the forgotten password");
    const cookie = await sessionCookie(user);
    const reset = await callRoute("/api/admin/users/[id]/reset-password", "POST", { as: admin, params: { id: user.id } });
    expect(reset.status).toBe(200);
    expect(reset.json.user.mustChangePassword).toBe(true);
    expect((await callRoute("/api/articles", "GET", { cookie })).status).toBe(401);
    expect(await signInWithPassword({ email: user.email, password: "the forgotten password" }, "10.3.0.1")).toBeNull();
    expect((await signInWithPassword({ email: user.email, password: reset.json.oneTimePassword }, "10.3.0.1"))?.id).toBe(user.id);
    expect((await lastAudit(user.id)).action).toBe("user.reset_password");
    // The one-time password is never in the audit log.
    expect(JSON.stringify(await getDb().auditLog.findMany({ select: { before: true, after: true } }))).not.toContain(reset.json.oneTimePassword);
  });

  it("answers 404 for an account that does not exist", async () => {
    const missing = await callRoute("/api/admin/users/[id]/reset-password", "POST", { as: admin, params: { id: "cnobody00000000000000000" } });
    expect(missing.status).toBe(404);
  });

  it("is refused to editors, reviewers and viewers", async () => {
    const viewer = await createUser("viewer");
    for (const who of [editor, reviewer, viewer]) {
      const response = await callRoute("/api/admin/users", "POST", { as: who, body: { name: "X", email: "x@y.test", role: "admin" } });
      expect(response.status).toBe(403);
    }
    expect(await getDb().user.count({ where: { email: "x@y.test" } })).toBe(0);
  });
});

describe("the rating scale", () => {
  it("edits a rating's label, colour and ClaimReview number, and audits what changed", async () => {
    const id = ratings.get("mixed")!;
    const updated = await callRoute("/api/admin/ratings/[id]", "PATCH", { as: admin, params: { id }, body: { label: "Half true", color: "#AA8800", value: 4 } });
    expect(updated.status).toBe(200);
    expect(updated.json.rating).toMatchObject({ label: "Half true", color: "#aa8800", value: 4, active: true });
    const audit = await lastAudit(id);
    expect(audit.action).toBe("rating.update");
    expect(audit.before).toMatchObject({ label: "Mixed" });
    const bad = await callRoute("/api/admin/ratings/[id]", "PATCH", { as: admin, params: { id }, body: { color: "red" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe("color");
  });

  it("deletes an unused rating, refuses to delete one in use, and retires it instead", async () => {
    const created = await callRoute("/api/admin/ratings", "POST", { as: admin, body: { label: "Satire", color: "#123456", value: null } });
    expect(created.status).toBe(201);
    expect(created.json.rating).toMatchObject({ slug: "satire", position: 8, verdictCount: 0 });
    const unused = await callRoute("/api/admin/ratings/[id]", "DELETE", { as: admin, params: { id: created.json.rating.id } });
    expect(unused.status).toBe(200);
    expect(await getDb().rating.count({ where: { slug: "satire" } })).toBe(0);

    const { articleId } = await importArticle(editor, ImportArticleInput.parse({ title: "Scale", text: "The tower is 300 metres tall, the council said in 2024." }), { proposeClaims: false, detectFlags: false });
    const claim = await createClaim(editor, articleId, CreateClaimInput.parse({ start: 0, end: 28 }));
    const falseId = ratings.get("false")!;
    const verdict = await proposeVerdict(reviewer, claim.id, ProposeVerdictInput.parse({ ratingId: falseId, rationale: "It is 250 metres.", confidence: 70 }));

    const inUse = await callRoute("/api/admin/ratings/[id]", "DELETE", { as: admin, params: { id: falseId } });
    expect(inUse.status).toBe(409);
    expect(inUse.json.error.message).toMatch(/used by 1 verdict: retire it instead/);

    const retired = await callRoute("/api/admin/ratings/[id]", "PATCH", { as: admin, params: { id: falseId }, body: { active: false } });
    expect(retired.json.rating).toMatchObject({ active: false, verdictCount: 1 });
    expect((await lastAudit(falseId)).action).toBe("rating.retire");
    // Hidden from new verdicts, kept on the old one.
    expect((await listRatings()).map((r) => r.id)).not.toContain(falseId);
    await expect(proposeVerdict(editor, claim.id, ProposeVerdictInput.parse({ ratingId: falseId, rationale: "Rated again, with the retired rating.", confidence: 50 }))).rejects.toThrow(/not a rating of the scale/);
    expect((await getDb().verdict.findUniqueOrThrow({ where: { id: verdict.id } })).ratingId).toBe(falseId);

    const back = await callRoute("/api/admin/ratings/[id]", "PATCH", { as: admin, params: { id: falseId }, body: { active: true } });
    expect(back.json.rating.active).toBe(true);
    expect((await lastAudit(falseId)).action).toBe("rating.restore");
  });

  it("reorders the scale, naming every rating once", async () => {
    const scale = (await callRoute("/api/admin/ratings", "GET", { as: admin })).json.ratings as { id: string; label: string }[];
    const reversed = scale.map((r) => r.id).reverse();
    const response = await callRoute("/api/admin/ratings/order", "POST", { as: admin, body: { order: reversed } });
    expect(response.status).toBe(200);
    expect(response.json.ratings.map((r: { id: string }) => r.id)).toEqual(reversed);
    expect((await lastAudit("scale")).after).toMatchObject({ order: scale.map((r) => r.label).reverse() });
    const partial = await callRoute("/api/admin/ratings/order", "POST", { as: admin, body: { order: reversed.slice(1) } });
    expect(partial.status).toBe(400);
    expect(partial.json.error.field).toBe("order");
    await callRoute("/api/admin/ratings/order", "POST", { as: admin, body: { order: scale.map((r) => r.id) } });
  });

  it("is refused to editors", async () => {
    const response = await callRoute("/api/admin/ratings/[id]", "DELETE", { as: editor, params: { id: ratings.get("true")! } });
    expect(response.status).toBe(403);
  });
});

describe("the organisation's settings", () => {
  it("saves the settings the reports and review rules read, and audits which changed", async () => {
    const body = { name: "Riverton Checks", url: "https://checks.example", logoText: "RC", reportsNameReviewers: true, twoPersonRule: false, publishRequiresEvidence: true };
    const saved = await callRoute("/api/admin/organisation", "PATCH", { as: admin, body });
    expect(saved.status).toBe(200);
    expect(await getOrganisationSettings()).toEqual(body);
    const audit = await lastAudit("default");
    expect(audit.action).toBe("organisation.update");
    expect(audit.before).toMatchObject({ name: "Factdesk", twoPersonRule: true });
    const bad = await callRoute("/api/admin/organisation", "PATCH", { as: admin, body: { ...body, url: "javascript:alert(1)" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe("url");
    expect((await callRoute("/api/admin/organisation", "PATCH", { as: editor, body })).status).toBe(403);
  });
});

describe("the audit log", () => {
  it("filters by who, what, entity and day, and pages by keyset without repeating an entry", async () => {
    const all = await callRoute("/api/admin/audit", "GET", { as: admin, query: { take: "200" } });
    expect(all.status).toBe(200);
    const total = all.json.entries.length as number;
    expect(total).toBeGreaterThan(10);
    expect(all.json.entries[0].description).toMatch(/^admin \d+ /);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const query: Record<string, string> = { take: "4", ...(after ? { after } : {}) };
      const page = await callRoute("/api/admin/audit", "GET", { as: admin, query });
      seen.push(...page.json.entries.map((e: { id: string }) => e.id));
      after = page.json.nextCursor;
    } while (after);
    expect(seen).toEqual(all.json.entries.map((e: { id: string }) => e.id));

    const byAction = await callRoute("/api/admin/audit", "GET", { as: admin, query: { action: "user.disable" } });
    expect(byAction.json.entries.length).toBe(1);
    expect(byAction.json.entries[0].description).toMatch(/disabled the account reviewer\d+@example\.test/);

    const byActor = await callRoute("/api/admin/audit", "GET", { as: admin, query: { actor: reviewer.id } });
    expect(byActor.json.entries.map((e: { action: string }) => e.action)).toContain("verdict.propose");
    expect(byActor.json.entries.every((e: { actorId: string }) => e.actorId === reviewer.id)).toBe(true);

    const byEntity = await callRoute("/api/admin/audit", "GET", { as: admin, query: { entityType: "rating", entityId: ratings.get("false")! } });
    expect(byEntity.json.entries.map((e: { action: string }) => e.action)).toEqual(["rating.restore", "rating.retire"]);

    const today = new Date().toISOString().slice(0, 10);
    expect((await callRoute("/api/admin/audit", "GET", { as: admin, query: { from: today, to: today, take: "200" } })).json.entries.length).toBe(total);
    expect((await callRoute("/api/admin/audit", "GET", { as: admin, query: { to: "2020-01-01" } })).json.entries.length).toBe(0);

    const bad = await callRoute("/api/admin/audit", "GET", { as: admin, query: { action: "user.explode" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe("action");
    expect((await callRoute("/api/admin/audit", "GET", { as: editor })).status).toBe(403);
  });
});
