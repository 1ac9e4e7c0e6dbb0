// The review rules of issue 9: the status machine over the API for every role, the two-person rule, the evidence
// requirement, the blind second review (asserted on the API's response bodies) and corrections.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import type { ClaimStatus, Role } from "../../lib/db/generated/enums";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim } from "../../lib/claims/create-claim";
import { addEvidence, AddEvidenceInput } from "../../lib/evidence/add-evidence";
import { proposeVerdict } from "../../lib/verdicts/propose-verdict";
import { approveVerdict } from "../../lib/verdicts/approve-verdict";
import { changeClaimStatus } from "../../lib/claims/change-claim-status";
import { allowedTransitions, CLAIM_STATUSES, transitionsFrom } from "../../lib/claims/claim-status";
import { can } from "../../lib/auth/permissions";
import { createUser, resetDatabase, seedRatings } from "./helpers/db";
import { callRoute } from "./helpers/http";

const TEXT = `Mayor opens new bridge.

The city of Riverton opened its new bridge on March 3, 2024, after four years of work. The bridge cost $120 million, according to the city council. Officials said traffic would fall by 30 percent.`;
const QUOTE = "The bridge cost $120 million, according to the city council.";

let users: Record<Role, Actor>;
let reviewer2: Actor;
let editor2: Actor;
let ratings: Map<string, string>;
let articleId: string;

const revisionOf = async (claimId: string) => (await getDb().claim.findUniqueOrThrow({ where: { id: claimId } })).revision;

/** A fresh claim brought to `status` the ordinary way: reviewer 1 rates it on evidence, editor 2 approves and publishes. */
async function claimIn(status: ClaimStatus, options: { ratedBy?: Actor; evidence?: boolean } = {}) {
  const start = TEXT.indexOf(QUOTE);
  const claim = await createClaim(users.reviewer, articleId, { start, end: start + QUOTE.length });
  const id = claim.id;
  if (status === "new") return { id, verdictId: null };
  if (status === "dismissed") {
    await changeClaimStatus(users.reviewer, id, { status: "dismissed", reason: "Opinion, not a claim", revision: await revisionOf(id) });
    return { id, verdictId: null };
  }
  const evidence = await addEvidence(users.reviewer, id, AddEvidenceInput.parse({ url: "https://riverton.example/budget", title: "Bridge budget", stance: "supports" }));
  const verdict = await proposeVerdict(options.ratedBy ?? users.reviewer, id, {
    ratingId: ratings.get("true")!,
    rationale: "The council budget shows $120m.",
    confidence: 90,
    evidenceIds: options.evidence === false ? [] : [evidence.id],
  });
  if (status === "needs_second_review") await changeClaimStatus(users.reviewer, id, { status: "needs_second_review", revision: await revisionOf(id) });
  if (status === "approved" || status === "published") await approveVerdict(editor2, verdict.id, { claimRevision: await revisionOf(id) });
  if (status === "published") await changeClaimStatus(editor2, id, { status: "published", revision: await revisionOf(id) });
  expect((await getDb().claim.findUniqueOrThrow({ where: { id } })).status).toBe(status);
  return { id, verdictId: verdict.id };
}

const patchStatus = async (as: Actor, claimId: string, status: ClaimStatus, reason?: string) =>
  callRoute("/api/claims/[id]", "PATCH", { as, params: { id: claimId }, body: { status, revision: await revisionOf(claimId), ...(reason ? { reason } : {}) } });
const approve = async (as: Actor, claimId: string, verdictId: string) =>
  callRoute("/api/verdicts/[id]/approve", "POST", { as, params: { id: verdictId }, body: { claimRevision: await revisionOf(claimId) } });
const setOrganisation = (data: { twoPersonRule?: boolean; publishRequiresEvidence?: boolean }) =>
  getDb().organisation.upsert({ where: { id: "default" }, create: { id: "default", ...data }, update: data });

beforeAll(async () => {
  await resetDatabase();
  ratings = await seedRatings();
  users = { admin: await createUser("admin"), editor: await createUser("editor"), reviewer: await createUser("reviewer"), viewer: await createUser("viewer") };
  reviewer2 = await createUser("reviewer");
  editor2 = await createUser("editor");
  const result = await importArticle(users.editor, ImportArticleInput.parse({ title: "Bridge", text: TEXT }), { proposeClaims: false, detectFlags: false });
  articleId = result.articleId;
});

describe("every transition of the status machine, by every role, over the API", () => {
  const ROLES: Role[] = ["admin", "editor", "reviewer", "viewer"];
  for (const from of CLAIM_STATUSES) {
    for (const move of allowedTransitions(from)) {
      for (const role of ROLES) {
        const allowed = can(role, move.permission) && can(role, "claim.update");
        it(`${from} → ${move.to} by ${role}: ${allowed ? "done" : "refused (403)"}`, async () => {
          const claim = await claimIn(from);
          const before = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
          const res = await patchStatus(users[role], claim.id, move.to, move.needsReason ? "Because the sources changed" : undefined);
          const after = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
          if (allowed) {
            expect(res.status, JSON.stringify(res.json)).toBe(200);
            expect(res.json.claim.status).toBe(move.to);
            expect(after.status).toBe(move.to);
            expect(after.revision).toBe(before.revision + 1);
            const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityType: "claim", entityId: claim.id }, orderBy: { id: "desc" } });
            expect(audit.actorId).toBe(users[role].id);
          } else {
            expect(res.status).toBe(403);
            expect(after).toEqual(before);
          }
        });
      }
    }
    if (transitionsFrom(from).some((t) => t.via === "approval")) {
      for (const role of ROLES) {
        const allowed = can(role, "verdict.approve");
        it(`${from} → approved by approving a verdict, by ${role}: ${allowed ? "done" : "refused (403)"}`, async () => {
          const claim = await claimIn(from);
          const res = await approve(users[role], claim.id, claim.verdictId!);
          expect(res.status, JSON.stringify(res.json)).toBe(allowed ? 200 : 403);
          expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe(allowed ? "approved" : from);
        });
      }
    }
  }

  it("refuses every move the machine does not have with a 400 that names the moves allowed, and changes nothing", async () => {
    for (const from of CLAIM_STATUSES) {
      const claim = await claimIn(from);
      const before = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
      const legal = new Set(allowedTransitions(from).map((t) => t.to));
      for (const to of CLAIM_STATUSES) {
        if (to === from || legal.has(to)) continue;
        const res = await patchStatus(users.admin, claim.id, to, "A reason");
        expect(res.status, `${from} → ${to}`).toBe(400);
        expect(res.json.error.field).toBe("status");
        expect(res.json.error.message).toContain(`from ${from.replace(/_/g, " ")} it can become`);
        for (const l of legal) expect(res.json.error.message).toContain(l.replace(/_/g, " "));
      }
      expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toEqual(before);
    }
  });

  it("refuses approving a verdict of a new, published or dismissed claim, naming what is allowed", async () => {
    const published = await claimIn("published");
    const res = await approve(users.editor, published.id, published.verdictId!);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe("verdictId: a claim that is published cannot become approved; from published it can become in review");
  });

  it("asks for a reason when dismissing, sending back or reopening", async () => {
    for (const [from, to] of [["new", "dismissed"], ["approved", "in_review"], ["published", "in_review"]] as const) {
      const claim = await claimIn(from);
      const res = await patchStatus(users.admin, claim.id, to);
      expect(res.status, `${from} → ${to}`).toBe(400);
      expect(res.json.error.field).toBe("reason");
    }
  });
});

describe("the two-person rule", () => {
  it("refuses an editor approving the verdict they proposed; another editor may", async () => {
    const claim = await claimIn("in_review", { ratedBy: users.editor });
    const own = await approve(users.editor, claim.id, claim.verdictId!);
    expect(own.status).toBe(403);
    expect(own.json.error.message).toBe("Two-person rule: you proposed this verdict, so another editor must approve it");
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("in_review");
    expect((await approve(editor2, claim.id, claim.verdictId!)).status).toBe(200);
  });

  it("refuses an editor publishing a claim whose approved verdict is their own; another editor may", async () => {
    const claim = await claimIn("in_review", { ratedBy: users.editor });
    expect((await approve(editor2, claim.id, claim.verdictId!)).status).toBe(200);
    const own = await patchStatus(users.editor, claim.id, "published");
    expect(own.status).toBe(403);
    expect(own.json.error.message).toBe("Two-person rule: the approved verdict is your own, so another editor must publish it");
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("approved");
    const other = await patchStatus(editor2, claim.id, "published");
    expect(other.status).toBe(200);
    expect(other.json.claim.status).toBe("published");
  });

  it("lets one editor approve and publish their own verdict when the organisation turns the rule off", async () => {
    await setOrganisation({ twoPersonRule: false });
    try {
      const claim = await claimIn("in_review", { ratedBy: users.editor });
      expect((await approve(users.editor, claim.id, claim.verdictId!)).status).toBe(200);
      expect((await patchStatus(users.editor, claim.id, "published")).status).toBe(200);
    } finally {
      await setOrganisation({ twoPersonRule: true });
    }
  });
});

describe("a published verdict rests on evidence", () => {
  it("refuses publishing a verdict that cites no evidence, unless the organisation does not require it", async () => {
    const claim = await claimIn("approved", { evidence: false });
    const res = await patchStatus(users.editor, claim.id, "published");
    expect(res.status).toBe(400);
    expect(res.json.error.field).toBe("status");
    expect(res.json.error.message).toContain("rests on no evidence");
    await setOrganisation({ publishRequiresEvidence: false });
    try {
      expect((await patchStatus(users.editor, claim.id, "published")).status).toBe(200);
    } finally {
      await setOrganisation({ publishRequiresEvidence: true });
    }
  });
});

describe("blind second review", () => {
  const SECRET = "The first reviewer found the council minutes CONFIDENTIAL-RATIONALE-7731.";

  it("hides the first verdict from the second reviewer's API answers until theirs is in; editors see all", async () => {
    const start = TEXT.indexOf(QUOTE);
    const { id } = await createClaim(users.reviewer, articleId, { start, end: start + QUOTE.length });
    const evidence = await addEvidence(users.reviewer, id, AddEvidenceInput.parse({ url: "https://riverton.example/minutes", title: "Minutes", stance: "refutes" }));
    await proposeVerdict(users.reviewer, id, { ratingId: ratings.get("false")!, rationale: SECRET, confidence: 70, evidenceIds: [evidence.id] });
    const first = await getDb().verdict.findFirstOrThrow({ where: { claimId: id }, include: { rating: true } });
    expect((await patchStatus(users.reviewer, id, "needs_second_review")).status).toBe(200);

    // The second reviewer: no verdict, no rationale, no rating, no history line naming it — in the claim and the article.
    const blind = await callRoute("/api/claims/[id]", "GET", { as: reviewer2, params: { id } });
    expect(blind.status).toBe(200);
    expect(blind.json.claim.verdicts).toEqual([]);
    expect(blind.json.claim.blindReview).toBe(true);
    expect(blind.text).not.toContain("CONFIDENTIAL-RATIONALE-7731");
    expect(blind.text).not.toContain(first.id);
    expect(blind.text).not.toContain(first.rating.label);
    expect(blind.json.claim.history.map((h: { action: string }) => h.action)).not.toContain("verdict.propose");
    for (const [pattern, params] of [["/api/articles/[id]", { id: articleId }], ["/api/articles/[id]/claims", { id: articleId }]] as const) {
      const res = await callRoute(pattern, "GET", { as: reviewer2, params });
      expect(res.status, pattern).toBe(200);
      expect(res.text, pattern).not.toContain("CONFIDENTIAL-RATIONALE-7731");
    }
    const report = await callRoute("/api/articles/[id]/report", "GET", { as: reviewer2, params: { id: articleId }, query: { format: "json" } });
    expect(report.text).not.toContain("CONFIDENTIAL-RATIONALE-7731");

    // The first reviewer sees their own; an editor sees it too.
    const own = await callRoute("/api/claims/[id]", "GET", { as: users.reviewer, params: { id } });
    expect(own.json.claim.blindReview).toBe(false);
    expect(own.text).toContain("CONFIDENTIAL-RATIONALE-7731");
    const editorView = await callRoute("/api/claims/[id]", "GET", { as: users.editor, params: { id } });
    expect(editorView.json.claim.blindReview).toBe(false);
    expect(editorView.json.claim.verdicts.map((v: { rationale: string }) => v.rationale)).toEqual([SECRET]);

    // The second verdict in, both see both.
    const second = await callRoute("/api/claims/[id]/verdicts", "POST", {
      as: reviewer2,
      params: { id },
      body: { ratingId: ratings.get("mostly-true"), rationale: "The budget line matches the report.", confidence: 60, evidenceIds: [evidence.id] },
    });
    expect(second.status).toBe(201);
    expect(second.text).not.toContain("CONFIDENTIAL-RATIONALE-7731");
    const after = await callRoute("/api/claims/[id]", "GET", { as: reviewer2, params: { id } });
    expect(after.json.claim.blindReview).toBe(false);
    expect(after.json.claim.verdicts.map((v: { rationale: string }) => v.rationale).sort()).toEqual([SECRET, "The budget line matches the report."].sort());
    const firstAfter = await callRoute("/api/claims/[id]", "GET", { as: users.reviewer, params: { id } });
    expect(firstAfter.json.claim.verdicts).toHaveLength(2);
  });
});

describe("reopening a published claim and publishing a correction", () => {
  it("keeps the published verdict in a correction, then dates it with what changed and why", async () => {
    const claim = await claimIn("published");
    const reopened = await patchStatus(users.editor, claim.id, "in_review", "The council revised the cost to $125m");
    expect(reopened.status).toBe(200);
    expect(reopened.json.claim.status).toBe("in_review");
    expect(reopened.json.claim.finalVerdictId).toBeNull();
    const open = await getDb().correction.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(open).toMatchObject({ previousRatingLabel: "True", previousRationale: "The council budget shows $120m.", reason: "The council revised the cost to $125m", publishedAt: null, openedById: users.editor.id });

    // The reviewer revises their verdict; another editor approves and publishes it.
    const verdict = await getDb().verdict.findUniqueOrThrow({ where: { id: claim.verdictId! }, include: { evidence: true } });
    const revised = await callRoute("/api/claims/[id]/verdicts", "POST", {
      as: users.reviewer,
      params: { id: claim.id },
      body: { ratingId: ratings.get("mostly-true"), rationale: "The final cost was $125m, not $120m.", confidence: 85, evidenceIds: verdict.evidence.map((e) => e.evidenceId), revision: verdict.revision },
    });
    expect(revised.status, JSON.stringify(revised.json)).toBe(201);
    expect((await approve(users.editor, claim.id, claim.verdictId!)).status).toBe(200);
    expect((await patchStatus(users.editor, claim.id, "published")).status).toBe(200);

    const corrected = await getDb().correction.findUniqueOrThrow({ where: { id: open.id } });
    expect(corrected.publishedAt).not.toBeNull();
    expect(corrected).toMatchObject({ previousRatingLabel: "True", newRatingLabel: "Mostly true", newRationale: "The final cost was $125m, not $120m.", newVerdictId: claim.verdictId });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "claim.correct", entityId: claim.id } });
    expect(audit.actorId).toBe(users.editor.id);
    const detail = await callRoute("/api/claims/[id]", "GET", { as: users.editor, params: { id: claim.id } });
    expect(detail.json.claim.history.map((h: { description: string }) => h.description)).toContain(
      `${users.editor.name} published a correction: True → Mostly true (The council revised the cost to $125m)`,
    );
  });
});
