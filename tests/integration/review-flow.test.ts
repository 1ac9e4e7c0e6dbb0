import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim, CreateClaimInput } from "../../lib/claims/create-claim";
import { changeClaimStatus } from "../../lib/claims/change-claim-status";
import { addEvidence, AddEvidenceInput } from "../../lib/evidence/add-evidence";
import { proposeVerdict, ProposeVerdictInput } from "../../lib/verdicts/propose-verdict";
import { approveVerdict } from "../../lib/verdicts/approve-verdict";
import { createFlag, CreateFlagInput } from "../../lib/flags/create-flag";
import { resolveFlag } from "../../lib/flags/resolve-flag";
import { addComment } from "../../lib/comments/add-comment";
import { buildArticleReport } from "../../lib/reports/build-article-report";
import { renderReportMarkdown } from "../../lib/reports/render-report-markdown";
import { getClaimDetail } from "../../lib/claims/get-claim-detail";
import { ConflictError, ForbiddenError, InvalidInputError } from "../../lib/errors";
import { countRows, createUser, resetDatabase, seedRatings } from "./helpers/db";

const TEXT = `Mayor opens new bridge.

The city of Riverton opened its new bridge on March 3, 2024, after four years of work. The bridge cost $120 million, according to the city council. Officials said traffic would fall by 30 percent.`;

let reviewer: Actor;
let reviewer2: Actor;
let editor: Actor;
let ratings: Map<string, string>;
let articleId: string;
let claimId: string;

beforeAll(async () => {
  await resetDatabase();
  ratings = await seedRatings();
  reviewer = await createUser("reviewer");
  reviewer2 = await createUser("reviewer");
  editor = await createUser("editor");
  const result = await importArticle(editor, ImportArticleInput.parse({ title: "Bridge", text: TEXT, publisher: "Riverton Post", publishedAt: "2024-03-04" }), { proposeClaims: false, detectFlags: false });
  articleId = result.articleId;
});

describe("the review of a claim, from selection to published report", () => {
  it("creates a claim from a selection, anchored to its exact words", async () => {
    const quote = "The bridge cost $120 million, according to the city council.";
    const start = TEXT.indexOf(quote);
    // A sloppy selection with surrounding spaces is trimmed to the words.
    const claim = await createClaim(reviewer, articleId, CreateClaimInput.parse({ start: start - 1, end: start + quote.length }));
    claimId = claim.id;
    expect(claim.exact).toBe(quote);
    expect(TEXT.slice(claim.start, claim.end)).toBe(quote);
    expect(claim.prefix.endsWith("years of work. ")).toBe(true);
    expect(claim.suffix.startsWith(" Officials")).toBe(true);
    expect(claim.status).toBe("new");
  });

  it("adds evidence, which puts a new claim in review and is audited", async () => {
    const evidence = await addEvidence(
      reviewer,
      claimId,
      AddEvidenceInput.parse({ url: "https://riverton.example/budget", title: "Bridge budget", publisher: "City of Riverton", publishedAt: "2024-01-10", stance: "supports", excerpt: "Total cost: $120m" }),
    );
    expect(evidence.stance).toBe("supports");
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim.status).toBe("in_review");
    const audit = await getDb().auditLog.findMany({ where: { entityId: evidence.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(reviewer.id);
    expect(audit[0]!.action).toBe("evidence.add");
  });

  it("lets two reviewers rate independently, and refuses a stale edit with a conflict", async () => {
    const evidenceIds = (await getDb().evidence.findMany({ where: { claimId } })).map((e) => e.id);
    const v1 = await proposeVerdict(reviewer, claimId, ProposeVerdictInput.parse({ ratingId: ratings.get("true"), rationale: "The council budget shows $120m.", confidence: 90, evidenceIds }));
    await proposeVerdict(reviewer2, claimId, ProposeVerdictInput.parse({ ratingId: ratings.get("mostly-true"), rationale: "Cost overruns may not be included.", confidence: 60 }));
    const updated = await proposeVerdict(reviewer, claimId, ProposeVerdictInput.parse({ ratingId: ratings.get("true"), rationale: "The council budget shows $120m, final accounts.", confidence: 95, evidenceIds, revision: v1.revision }));
    expect(updated.revision).toBe(v1.revision + 1);
    // A second tab still holding the old revision gets a conflict, and nothing changes.
    await expect(
      proposeVerdict(reviewer, claimId, ProposeVerdictInput.parse({ ratingId: ratings.get("false"), rationale: "Overwriting from a stale tab.", confidence: 10, revision: v1.revision })),
    ).rejects.toBeInstanceOf(ConflictError);
    const stored = await getDb().verdict.findUniqueOrThrow({ where: { id: v1.id }, include: { rating: true } });
    expect(stored.rating.slug).toBe("true");
    expect(stored.confidence).toBe(95);
    expect(await getDb().verdict.count({ where: { claimId } })).toBe(2);
  });

  it("lets the editor approve one verdict as final, then publish", async () => {
    const mine = await getDb().verdict.findFirstOrThrow({ where: { claimId, reviewerId: reviewer.id } });
    const before = await getDb().claim.findUniqueOrThrow({ where: { id: claimId } });
    await approveVerdict(editor, mine.id, { claimRevision: before.revision });
    const approved = await getDb().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(approved.status).toBe("approved");
    expect(approved.finalVerdictId).toBe(mine.id);
    // The card keeps the time the reviewer rated it; the approval has its own time and person.
    const card = (await getClaimDetail(editor, claimId)).verdicts.find((v) => v.id === mine.id)!;
    expect(card.ratedAt).toEqual(mine.ratedAt);
    expect(card.approvedAt).not.toBeNull();
    expect(new Date(card.approvedAt!).getTime()).toBeGreaterThan(mine.ratedAt.getTime());
    expect(card.approvedBy?.name).toBe(editor.name);
    // A reviewer may not publish: the transition needs claim.publish.
    await expect(changeClaimStatus(reviewer, claimId, { status: "published", revision: approved.revision })).rejects.toBeInstanceOf(ForbiddenError);
    const published = await changeClaimStatus(editor, claimId, { status: "published", revision: approved.revision });
    expect(published.status).toBe("published");
  });

  it("records who did what, before and after, in the claim's history", async () => {
    const detail = await getClaimDetail(reviewer, claimId);
    const actions = detail.history.map((h) => h.action);
    expect(actions).toEqual(expect.arrayContaining(["claim.create", "evidence.add", "verdict.propose", "verdict.update", "verdict.approve", "claim.publish"]));
    const publish = await getDb().auditLog.findFirstOrThrow({ where: { action: "claim.publish", entityId: claimId } });
    expect(publish.actorId).toBe(editor.id);
    expect(publish.before).toMatchObject({ status: "approved" });
    expect(publish.after).toMatchObject({ status: "published" });
  });

  it("flags an error on a claim, and a dismissal needs a reason", async () => {
    const flag = await createFlag(reviewer, articleId, CreateFlagInput.parse({ kind: "numeric_inconsistency", severity: "medium", note: "Other reports say $125m.", claimId }));
    expect(flag.exact).toBe("The bridge cost $120 million, according to the city council.");
    await expect(resolveFlag(editor, flag.id, { status: "dismissed" })).rejects.toBeInstanceOf(InvalidInputError);
    expect((await getDb().flag.findUniqueOrThrow({ where: { id: flag.id } })).status).toBe("open");
    const confirmed = await resolveFlag(editor, flag.id, { status: "confirmed" });
    expect(confirmed.status).toBe("confirmed");
    expect(confirmed.resolvedById).toBe(editor.id);
    await addComment(editor, claimId, { body: "Check the final accounts too." });
  });

  it("exports a working report with the final verdict, evidence, flags and summary counts", async () => {
    const { report } = await buildArticleReport(editor, articleId, { kind: "working" });
    expect(report.article.title).toBe("Bridge");
    expect(report.article.publisher).toBe("Riverton Post");
    const claim = report.claims.find((c) => c.id === claimId)!;
    expect(claim.verdict?.rating.label).toBe("True");
    expect(claim.verdict?.approvedBy).toBe(editor.name);
    expect(claim.evidence[0]?.url).toBe("https://riverton.example/budget");
    const flag = report.flags.find((f) => claim.flagIds.includes(f.id))!;
    expect(flag.kind).toBe("numeric_inconsistency");
    expect(flag.claimId).toBe(claimId);
    expect(report.summary.verdicts).toEqual([{ key: "true", label: "True", count: 1, color: "#1a7f37" }]);
    expect(report.summary.flagsByKind).toEqual([{ key: "numeric_inconsistency", label: "Numeric inconsistency", count: 1 }]);
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("# Working report: Bridge");
    expect(markdown).toContain("- **Rating:** True");
    expect(markdown).toContain("[Bridge budget](<https://riverton.example/budget>)");
    expect(markdown).toContain("| Numeric inconsistency | 1 |");
  });

  it("keeps unpublished verdicts out of the published report", async () => {
    const quote = "Officials said traffic would fall by 30 percent.";
    const start = TEXT.indexOf(quote);
    const other = await createClaim(reviewer, articleId, { start, end: start + quote.length });
    const v = await proposeVerdict(reviewer, other.id, ProposeVerdictInput.parse({ ratingId: ratings.get("unverifiable"), rationale: "No traffic study was published.", confidence: 50 }));
    const c = await getDb().claim.findUniqueOrThrow({ where: { id: other.id } });
    await approveVerdict(editor, v.id, { claimRevision: c.revision });
    const { report: working } = await buildArticleReport(editor, articleId, { kind: "working" });
    const { report: published } = await buildArticleReport(editor, articleId, { kind: "published" });
    expect(working.claims.find((x) => x.id === other.id)?.verdict?.rating.label).toBe("Unverifiable");
    expect(published.claims.find((x) => x.id === other.id)).toBeUndefined();
    expect(published.claims.find((x) => x.id === claimId)?.verdict?.rating.label).toBe("True");
    expect(JSON.stringify(published)).not.toContain("No traffic study");
  });
});

describe("bad input changes nothing", () => {
  it("rejects evidence with a non-http URL, naming the field", () => {
    const parsed = AddEvidenceInput.safeParse({ url: "javascript:alert(1)", title: "x", stance: "supports" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["url"]);
    expect(parsed.error?.issues[0]?.message).toMatch(/http/);
  });

  it("refuses a verdict citing another claim's evidence, and writes nothing", async () => {
    const quote = "The city of Riverton opened its new bridge on March 3, 2024, after four years of work.";
    const start = TEXT.indexOf(quote);
    const claim = await createClaim(reviewer, articleId, { start, end: start + quote.length });
    const foreign = await getDb().evidence.findFirstOrThrow({ where: { claimId } });
    const before = await countRows();
    await expect(
      proposeVerdict(reviewer, claim.id, ProposeVerdictInput.parse({ ratingId: ratings.get("true"), rationale: "Citing evidence of another claim.", confidence: 50, evidenceIds: [foreign.id] })),
    ).rejects.toMatchObject({ field: "evidenceIds" });
    await expect(proposeVerdict(reviewer, claim.id, ProposeVerdictInput.parse({ ratingId: "no-such-rating", rationale: "Unknown rating id here.", confidence: 50 }))).rejects.toMatchObject({ field: "ratingId" });
    await expect(changeClaimStatus(reviewer, claim.id, { status: "dismissed", revision: 0 })).rejects.toMatchObject({ field: "reason" });
    await expect(createClaim(reviewer, articleId, { start: 0, end: TEXT.length + 10 })).rejects.toMatchObject({ field: "end" });
    expect(await countRows()).toEqual(before);
  });

  it("refuses a status change the workflow does not allow", async () => {
    const claim = await getDb().claim.findFirstOrThrow({ where: { articleId, status: "new" } });
    await expect(changeClaimStatus(editor, claim.id, { status: "published", revision: claim.revision })).rejects.toMatchObject({ field: "status" });
    await expect(changeClaimStatus(editor, claim.id, { status: "in_review", revision: claim.revision + 5 })).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses empty and oversized articles, naming the text field", async () => {
    const before = await countRows();
    await expect(importArticle(editor, ImportArticleInput.parse({ title: "Empty", text: "   \n  " }))).rejects.toMatchObject({ field: "text" });
    process.env.FACTDESK_MAX_ARTICLE_CHARS = "1000";
    try {
      await expect(importArticle(editor, ImportArticleInput.parse({ title: "Long", text: "word ".repeat(300) }))).rejects.toMatchObject({ field: "text", message: expect.stringMatching(/limit is 1,000/) });
    } finally {
      delete process.env.FACTDESK_MAX_ARTICLE_CHARS;
    }
    expect(await countRows()).toEqual(before);
  });
});
