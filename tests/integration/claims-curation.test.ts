import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { getArticleWorkspace } from "../../lib/articles/get-article-workspace";
import { getArticleVersions } from "../../lib/articles/get-article-versions";
import { compareArticleVersions } from "../../lib/articles/compare-article-versions";
import { createClaim } from "../../lib/claims/create-claim";
import { changeClaimStatus } from "../../lib/claims/change-claim-status";
import { getClaimDetail } from "../../lib/claims/get-claim-detail";
import { updateClaimSpan, UpdateClaimSpanInput } from "../../lib/claims/update-claim-span";
import { mergeClaims, MergeClaimsInput } from "../../lib/claims/merge-claims";
import { splitClaim } from "../../lib/claims/split-claim";
import { addEvidence, AddEvidenceInput } from "../../lib/evidence/add-evidence";
import { proposeVerdict, ProposeVerdictInput } from "../../lib/verdicts/propose-verdict";
import { addComment } from "../../lib/comments/add-comment";
import { createFlag, CreateFlagInput } from "../../lib/flags/create-flag";
import { ConflictError, InvalidInputError } from "../../lib/errors";
import { countRows, createUser, resetDatabase, seedRatings } from "./helpers/db";

const P1 = "The city of Riverton opened its new bridge on March 3, 2024, after four years of work. The bridge cost $120 million, according to the city council.";
const P2 = "Officials said traffic would fall by 30 percent. The mayor called it a historic day.";
const P3 = "Critics noted that the budget had doubled since 2019. The council denies any overrun.";
const TEXT = [P1, P2, P3].join("\n\n");

let reviewer: Actor;
let reviewer2: Actor;
let ratings: Map<string, string>;

beforeAll(async () => {
  await resetDatabase();
  ratings = await seedRatings();
  reviewer = await createUser("reviewer");
  reviewer2 = await createUser("reviewer");
});

/** A new article of TEXT (a line naming it at the end, so each text is new: the same text twice is a duplicate). */
async function newArticle(title: string) {
  const result = await importArticle(reviewer, ImportArticleInput.parse({ title, text: `${TEXT}\n\n(${title})` }), { proposeClaims: false, detectFlags: false });
  expect(result.outcome).toBe("imported");
  return result.articleId;
}

async function claimOf(articleId: string, quote: string) {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return createClaim(reviewer, articleId, { start, end: start + quote.length });
}

const fresh = (id: string) => getDb().claim.findUniqueOrThrow({ where: { id } });

/** Runs a call that must be refused, and checks that nothing was written. */
async function refused(call: () => Promise<unknown>, check: (error: unknown) => void) {
  const before = await countRows();
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the call should have been refused").not.toBeNull();
  check(error);
  expect(await countRows()).toEqual(before);
}

function invalidField(field: string) {
  return (error: unknown) => {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe(field);
    expect((error as InvalidInputError).message.startsWith(`${field}: `)).toBe(true);
  };
}

describe("editing a claim's span", () => {
  it("moves the claim, anchors it again, keeps its verdict and audits before and after", async () => {
    const articleId = await newArticle("Span");
    const claim = await claimOf(articleId, "The bridge cost $120 million");
    await proposeVerdict(reviewer, claim.id, ProposeVerdictInput.parse({ ratingId: ratings.get("true"), rationale: "Budget documents show it.", confidence: 80 }));
    const current = await fresh(claim.id);
    const quote = "The bridge cost $120 million, according to the city council.";
    const start = TEXT.indexOf(quote);
    // A sloppy span with a space either side is trimmed to the words.
    const updated = await updateClaimSpan(reviewer, claim.id, UpdateClaimSpanInput.parse({ start: start - 1, end: start + quote.length + 1, revision: current.revision }));
    expect(updated).toMatchObject({ start, end: start + quote.length, exact: quote, text: quote, anchorState: "anchored", revision: current.revision + 1 });
    expect(updated.prefix.endsWith("four years of work. ")).toBe(true);
    expect(updated.suffix.startsWith("\n\nOfficials")).toBe(true);
    expect(await getDb().verdict.count({ where: { claimId: claim.id } })).toBe(1);

    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "claim.span", entityId: claim.id } });
    expect(audit.actorId).toBe(reviewer.id);
    expect(audit.before).toMatchObject({ exact: "The bridge cost $120 million", start: claim.start, end: claim.end });
    expect(audit.after).toMatchObject({ exact: quote, start, end: start + quote.length });
    expect((await getClaimDetail(reviewer, claim.id)).history.map((h) => h.action)).toContain("claim.span");
  });

  it("refuses a span out of range, empty or blank, naming the field, and changes nothing", async () => {
    const articleId = await newArticle("Bad spans");
    const claim = await claimOf(articleId, "The mayor called it a historic day.");
    const { revision } = await fresh(claim.id);
    await refused(() => updateClaimSpan(reviewer, claim.id, { start: 10, end: TEXT.length + 500, revision }), invalidField("end"));
    const blank = TEXT.indexOf("\n\n");
    await refused(() => updateClaimSpan(reviewer, claim.id, { start: blank, end: blank + 2, revision }), invalidField("start"));
    // Empty and reversed spans are refused by the input schema, naming the field.
    for (const body of [
      { start: 20, end: 20, revision },
      { start: -1, end: 10, revision },
    ]) {
      const parsed = UpdateClaimSpanInput.safeParse(body);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual([body.start < 0 ? "start" : "end"]);
    }
    expect(await fresh(claim.id)).toMatchObject({ start: claim.start, end: claim.end, exact: claim.exact, revision });
  });

  it("refuses a stale revision, and offsets read on an older version of the article, with a conflict", async () => {
    const articleId = await newArticle("Stale span");
    const claim = await claimOf(articleId, "Officials said traffic would fall by 30 percent.");
    const { revision } = await fresh(claim.id);
    await changeClaimStatus(reviewer, claim.id, { status: "in_review", revision });
    await refused(() => updateClaimSpan(reviewer, claim.id, { start: claim.start, end: claim.end - 1, revision }), (e) => expect(e).toBeInstanceOf(ConflictError));
    const now = await fresh(claim.id);
    await refused(
      () => updateClaimSpan(reviewer, claim.id, { start: claim.start, end: claim.end - 1, revision: now.revision, articleVersion: 2 }),
      (e) => expect(e).toBeInstanceOf(ConflictError),
    );
  });
});

describe("merging claims", () => {
  it("merges adjacent claims into the first one named, moving evidence, verdicts, comments and flags", async () => {
    const articleId = await newArticle("Merge");
    const a = await claimOf(articleId, "The city of Riverton opened its new bridge on March 3, 2024");
    const b = await claimOf(articleId, "The bridge cost $120 million, according to the city council.");
    const evidence = await addEvidence(reviewer, b.id, AddEvidenceInput.parse({ url: "https://riverton.example/budget", title: "Budget", stance: "supports" }));
    // reviewer rated both claims (a clash), reviewer2 only the absorbed one.
    await proposeVerdict(reviewer, a.id, ProposeVerdictInput.parse({ ratingId: ratings.get("true"), rationale: "The opening was reported widely.", confidence: 90 }));
    const clash = await proposeVerdict(reviewer, b.id, ProposeVerdictInput.parse({ ratingId: ratings.get("mostly-true"), rationale: "Cost overruns may be missing.", confidence: 60, evidenceIds: [evidence.id] }));
    const moved = await proposeVerdict(reviewer2, b.id, ProposeVerdictInput.parse({ ratingId: ratings.get("true"), rationale: "The council's figure is final.", confidence: 70 }));
    const comment = await addComment(reviewer2, b.id, { body: "Check the audited accounts." });
    const flag = await createFlag(reviewer, articleId, CreateFlagInput.parse({ kind: "numeric_inconsistency", severity: "low", note: "Other reports say $125m.", claimId: b.id }));

    const [ra, rb] = [await fresh(a.id), await fresh(b.id)];
    const result = await mergeClaims(reviewer, MergeClaimsInput.parse({ claims: [{ id: a.id, revision: ra.revision }, { id: b.id, revision: rb.revision }] }));
    expect(result.absorbedIds).toEqual([b.id]);
    expect(result.moved).toEqual({ evidence: 1, verdicts: 1, comments: 1, flags: 1 });
    expect(result.droppedVerdictIds).toEqual([clash.id]);

    const merged = await fresh(a.id);
    expect(merged.start).toBe(a.start);
    expect(merged.end).toBe(b.end);
    expect(merged.exact).toBe(TEXT.slice(a.start, b.end));
    expect(merged.status).toBe("in_review");
    expect(merged.revision).toBe(ra.revision + 1);
    expect(await getDb().claim.findUnique({ where: { id: b.id } })).toBeNull();
    expect((await getDb().evidence.findUniqueOrThrow({ where: { id: evidence.id } })).claimId).toBe(a.id);
    expect((await getDb().verdict.findUniqueOrThrow({ where: { id: moved.id } })).claimId).toBe(a.id);
    expect((await getDb().comment.findUniqueOrThrow({ where: { id: comment.id } })).claimId).toBe(a.id);
    expect((await getDb().flag.findUniqueOrThrow({ where: { id: flag.id } })).claimId).toBe(a.id);

    // One verdict per reviewer: the one on the kept claim stands; the other is gone but quoted and audited.
    const verdicts = await getDb().verdict.findMany({ where: { claimId: a.id } });
    expect(verdicts.map((v) => v.reviewerId).sort()).toEqual([reviewer.id, reviewer2.id].sort());
    expect(verdicts.find((v) => v.reviewerId === reviewer.id)?.rationale).toBe("The opening was reported widely.");
    expect(await getDb().verdict.findUnique({ where: { id: clash.id } })).toBeNull();
    const drop = await getDb().auditLog.findFirstOrThrow({ where: { action: "verdict.drop", entityId: clash.id } });
    expect(drop.before).toMatchObject({ rationale: "Cost overruns may be missing.", claimId: b.id, evidence: [evidence.id] });
    const comments = await getDb().comment.findMany({ where: { claimId: a.id } });
    expect(comments.some((c) => c.body.includes("Cost overruns may be missing."))).toBe(true);

    const mergeAudit = await getDb().auditLog.findFirstOrThrow({ where: { action: "claim.merge", entityId: a.id } });
    expect(mergeAudit.actorId).toBe(reviewer.id);
    expect(mergeAudit.before).toMatchObject({ claim: { exact: a.exact }, merged: [{ id: b.id, exact: b.exact }] });
    expect(mergeAudit.after).toMatchObject({ claim: { exact: merged.exact }, absorbedIds: [b.id] });
    const gone = await getDb().auditLog.findFirstOrThrow({ where: { action: "claim.merged_into", entityId: b.id } });
    expect(gone.before).toMatchObject({ exact: b.exact, status: "in_review" });
    expect(gone.after).toEqual({ mergedIntoId: a.id });
    // The merged claim's history carries the absorbed claim's history too.
    const history = (await getClaimDetail(reviewer, a.id)).history;
    expect(history.filter((h) => h.action === "claim.create")).toHaveLength(2);
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(["claim.merge", "claim.merged_into", "verdict.drop", "evidence.add"]));
  });

  it("merges overlapping claims into their union", async () => {
    const articleId = await newArticle("Overlap");
    const a = await claimOf(articleId, "Critics noted that the budget had doubled");
    const b = await claimOf(articleId, "the budget had doubled since 2019.");
    const { claim } = await mergeClaims(reviewer, { claims: [{ id: b.id, revision: b.revision }, { id: a.id, revision: a.revision }] });
    expect(claim.id).toBe(b.id);
    expect(claim.exact).toBe("Critics noted that the budget had doubled since 2019.");
  });

  it("refuses claims that are not adjacent, and a stale revision, changing nothing", async () => {
    const articleId = await newArticle("Merge refused");
    const a = await claimOf(articleId, "The city of Riverton opened its new bridge");
    const b = await claimOf(articleId, "The bridge cost $120 million");
    const c = await claimOf(articleId, "Officials said traffic would fall by 30 percent.");
    const d = await claimOf(articleId, "The mayor called it a historic day.");
    // Another paragraph.
    await refused(() => mergeClaims(reviewer, { claims: [{ id: b.id, revision: 0 }, { id: c.id, revision: 0 }] }), invalidField("claims"));
    // Another claim between.
    const e = await claimOf(articleId, "after four years of work.");
    await refused(() => mergeClaims(reviewer, { claims: [{ id: a.id, revision: 0 }, { id: b.id, revision: 0 }] }), invalidField("claims"));
    // A stale revision.
    await changeClaimStatus(reviewer, d.id, { status: "in_review", revision: 0 });
    await refused(() => mergeClaims(reviewer, { claims: [{ id: c.id, revision: 0 }, { id: d.id, revision: 0 }] }), (err) => expect(err).toBeInstanceOf(ConflictError));
    // A dismissed claim must be reopened first.
    await changeClaimStatus(reviewer, e.id, { status: "dismissed", revision: 0, reason: "Not a claim" });
    await refused(() => mergeClaims(reviewer, { claims: [{ id: b.id, revision: 0 }, { id: e.id, revision: 1 }] }), invalidField("claims"));
    // Naming fewer than two claims, or one twice, is refused by the schema.
    expect(MergeClaimsInput.safeParse({ claims: [{ id: a.id, revision: 0 }] }).error?.issues[0]?.path).toEqual(["claims"]);
    expect(MergeClaimsInput.safeParse({ claims: [{ id: a.id, revision: 0 }, { id: a.id, revision: 0 }] }).success).toBe(false);
  });
});

describe("splitting a claim", () => {
  it("cuts a claim at a word: the first part keeps evidence and verdicts, the second is a new claim", async () => {
    const articleId = await newArticle("Split");
    const quote = "Officials said traffic would fall by 30 percent. The mayor called it a historic day.";
    const claim = await claimOf(articleId, quote);
    const evidence = await addEvidence(reviewer, claim.id, AddEvidenceInput.parse({ url: "https://riverton.example/traffic", title: "Traffic study", stance: "context" }));
    await proposeVerdict(reviewer, claim.id, ProposeVerdictInput.parse({ ratingId: ratings.get("unverifiable"), rationale: "No traffic study was published.", confidence: 50 }));
    const secondStart = TEXT.indexOf("The mayor called");
    const flag = await createFlag(reviewer, articleId, CreateFlagInput.parse({ kind: "editorial", severity: "low", note: "Cliché.", start: secondStart + 4, end: secondStart + 9 }));
    await getDb().flag.update({ where: { id: flag.id }, data: { claimId: claim.id } });
    const { revision } = await fresh(claim.id);

    await refused(() => splitClaim(reviewer, claim.id, { at: claim.start, revision }), invalidField("at"));
    await refused(() => splitClaim(reviewer, claim.id, { at: claim.end + 3, revision }), invalidField("at"));
    await refused(() => splitClaim(reviewer, claim.id, { at: claim.start + 1, revision }), invalidField("at"));
    await refused(() => splitClaim(reviewer, claim.id, { at: secondStart, revision: revision + 7 }), (e) => expect(e).toBeInstanceOf(ConflictError));

    const { claim: first, created } = await splitClaim(reviewer, claim.id, { at: secondStart - 1, revision });
    expect(first.id).toBe(claim.id);
    expect(first.exact).toBe("Officials said traffic would fall by 30 percent.");
    expect(created.exact).toBe("The mayor called it a historic day.");
    expect(created).toMatchObject({ start: secondStart, status: "new", origin: "reviewer", anchorState: "anchored" });
    expect(first.status).toBe("in_review");
    expect((await getDb().evidence.findUniqueOrThrow({ where: { id: evidence.id } })).claimId).toBe(claim.id);
    expect(await getDb().verdict.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await getDb().verdict.count({ where: { claimId: created.id } })).toBe(0);
    expect((await getDb().flag.findUniqueOrThrow({ where: { id: flag.id } })).claimId).toBe(created.id);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "claim.split", entityId: claim.id } });
    expect(audit.before).toMatchObject({ exact: quote });
    expect(audit.after).toMatchObject({ claim: { exact: first.exact }, newClaimId: created.id, movedFlagIds: [flag.id] });
    expect(await getDb().auditLog.count({ where: { action: "claim.split_from", entityId: created.id } })).toBe(1);
  });
});

describe("a new version of an article", () => {
  it("re-anchors claims: shifted by an insertion, fuzzy when edited, orphaned when deleted but still listed", async () => {
    const articleId = await newArticle("Versions");
    const shifted = await claimOf(articleId, "Officials said traffic would fall by 30 percent.");
    const edited = await claimOf(articleId, "The bridge cost $120 million, according to the city council.");
    const deleted = await claimOf(articleId, "Critics noted that the budget had doubled since 2019.");
    const flag = await createFlag(reviewer, articleId, CreateFlagInput.parse({ kind: "unsupported_assertion", severity: "medium", note: "No source given.", claimId: deleted.id }));

    const note = "Editor's note: updated with the final cost.\n\n";
    const v2 = note + [P1.replace("$120 million", "$135 million"), P2, "The council denies any overrun."].join("\n\n");
    const result = await importArticle(reviewer, ImportArticleInput.parse({ title: "Versions", text: v2, versionOf: articleId }), { proposeClaims: false, detectFlags: false });
    expect(result).toMatchObject({ outcome: "new_version", version: 2, reanchored: { anchored: 1, fuzzy: 1, orphaned: 2 } });

    const s = await fresh(shifted.id);
    expect(s).toMatchObject({ anchorState: "anchored", start: shifted.start + note.length, end: shifted.end + note.length, exact: shifted.exact });
    const e = await fresh(edited.id);
    expect(e.anchorState).toBe("fuzzy");
    expect(e.exact).toBe("The bridge cost $135 million, according to the city council.");
    expect(v2.slice(e.start, e.end)).toBe(e.exact);
    const d = await fresh(deleted.id);
    expect(d.anchorState).toBe("orphaned");
    expect(d.exact).toBe(deleted.exact);
    expect((await getDb().flag.findUniqueOrThrow({ where: { id: flag.id } })).anchorState).toBe("orphaned");

    // Orphans stay listed, with their last known quote.
    const workspace = await getArticleWorkspace(reviewer, articleId);
    expect(workspace.claims.map((c) => c.id)).toEqual(expect.arrayContaining([shifted.id, edited.id, deleted.id]));
    const versions = await getArticleVersions(articleId);
    expect(versions.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(versions.versions[0]).toMatchObject({ length: v2.length, reanchored: { anchored: 1, fuzzy: 1, orphaned: 2 } });
    expect(versions.versions[1]?.reanchored).toBeNull();
    expect(versions.attention.claims.map((c) => [c.id, c.anchorState])).toEqual([
      [edited.id, "fuzzy"],
      [deleted.id, "orphaned"],
    ]);
    expect(versions.attention.flags.map((f) => f.id)).toEqual([flag.id]);

    // The diff shows the change word by word.
    const diff = await compareArticleVersions(articleId, { from: 1, to: 2 });
    expect(diff.changes.filter((c) => c.kind === "insert").map((c) => c.text)).toEqual(expect.arrayContaining(["$135"]));
    expect(diff.changes.filter((c) => c.kind === "delete").map((c) => c.text)).toEqual(expect.arrayContaining(["$120"]));
    expect(diff.stats.wordsDeleted).toBeGreaterThan(5);
    await expect(compareArticleVersions(articleId, { from: 1, to: 9 })).rejects.toMatchObject({ field: "to" });

    // Offsets read on version 1 are refused now; confirming the fuzzy span on version 2 anchors it.
    await expect(updateClaimSpan(reviewer, e.id, { start: e.start, end: e.end, revision: e.revision, articleVersion: 1 })).rejects.toBeInstanceOf(ConflictError);
    const confirmed = await updateClaimSpan(reviewer, e.id, { start: e.start, end: e.end, revision: e.revision, articleVersion: 2 });
    expect(confirmed.anchorState).toBe("anchored");
    // An orphan is put back into the text by giving it a span again.
    const where = v2.indexOf("The council denies any overrun.");
    const back = await updateClaimSpan(reviewer, d.id, { start: where, end: where + "The council denies any overrun.".length, revision: d.revision });
    expect(back).toMatchObject({ anchorState: "anchored", exact: "The council denies any overrun." });
    // The claim panel learns which version its offsets are on.
    expect((await getClaimDetail(reviewer, d.id)).article.versionNumber).toBe(2);
  });
});
