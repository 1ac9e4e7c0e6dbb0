import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_EVENTS, type AuditAction, type AuditEvent } from "../../../lib/audit/audit-events";
import { describeAuditEvent } from "../../../lib/audit/describe-audit-event";

const claim = {
  id: "c1",
  articleId: "a1",
  text: "The bridge cost $120 million",
  start: 10,
  end: 38,
  exact: "The bridge cost $120 million",
  prefix: "",
  suffix: "",
  anchorState: "anchored" as const,
  status: "in_review" as const,
  origin: "reviewer",
  score: 0.82,
  revision: 3,
};
const verdict = { id: "v1", claimId: "c1", reviewerId: "u1", ratingId: "r1", ratingLabel: "False", rationale: "The budget says otherwise.", confidence: 80, revision: 0, evidence: [] };
const flag = { id: "f1", articleId: "a1", claimId: null, kind: "numeric_inconsistency" as const, severity: "high" as const, ruleId: "numeric-parts-exceed-total", explanation: "Parts exceed the total", start: 1, end: 5, exact: "60%", prefix: "", suffix: "" };
const statusChange = { status: "in_review" as const, finalVerdictId: null };
const rating = { slug: "half-true", label: "Half true", description: "", value: 4, position: 8, color: "#b08800", isDismissal: false, active: true };
const organisation = { name: "Factdesk", url: "https://factdesk.example", logoText: "Factdesk", reportsNameReviewers: false, twoPersonRule: true, publishRequiresEvidence: true };
const place = { start: 10, end: 38, exact: claim.exact, anchorState: "anchored" as const };

// One event of every kind, with the line the history shows for it: a new kind without a line here fails to compile.
const EXAMPLES: { [A in AuditAction]: [Extract<AuditEvent, { action: A }>, string] } = {
  "article.import": [
    { action: "article.import", entityId: "a1", after: { id: "a1", title: "Bridge", language: "en", sha256: "x", versionNumber: 1, claimsProposed: 2, flagsRaised: 1, publishedAt: new Date("2024-03-04") } },
    "Ana imported the article “Bridge”",
  ],
  "article.new_version": [
    { action: "article.new_version", entityId: "a1", before: { version: 2, sha256: "x" }, after: { version: 3, sha256: "y", reanchored: { anchored: 1, fuzzy: 0, orphaned: 0 }, claimsProposed: 0, flagsRaised: 0 } },
    "Ana brought in version 3 of the article",
  ],
  "article.reanalyze": [
    { action: "article.reanalyze", entityId: "a1", after: { version: 2, flagsRaised: 1, flagsResolved: 0, claimsRescored: 3, claimsProposed: 0 } },
    "The analysis ran again on version 2: 1 flag raised, 0 resolved, 3 claims rescored, 0 proposed",
  ],
  "import_batch.enqueue": [
    { action: "import_batch.enqueue", entityId: "b1", after: { fileName: "news.jsonl", format: "jsonl", total: 1, unreadableLines: 0, bytes: 10 } },
    "Ana queued news.jsonl for import (1 row)",
  ],
  "import_batch.complete": [
    {
      action: "import_batch.complete",
      entityId: "b1",
      before: { status: "running" },
      after: { status: "done", fileName: "news.jsonl", total: 6, processed: 6, imported: 3, newVersions: 1, duplicates: 1, rejected: 1, startedAt: new Date(), finishedAt: new Date() },
    },
    "The import of news.jsonl finished: 3 imported, 1 new version, 1 duplicate, 1 rejected",
  ],
  "claim.create": [{ action: "claim.create", entityId: "c1", after: claim }, "Ana created the claim"],
  "claim.propose": [{ action: "claim.propose", entityId: "c1", after: { ...claim, origin: "analysis", version: 1 } }, "Analysis proposed the claim (check-worthiness 82%)"],
  "claim.status": [
    { action: "claim.status", entityId: "c1", before: statusChange, after: { status: "approved", finalVerdictId: "v1", reason: null } },
    "Ana changed the status from In review to Approved",
  ],
  "claim.publish": [{ action: "claim.publish", entityId: "c1", before: { status: "approved" }, after: { status: "published" } }, "Ana published the verdict"],
  "claim.send_back": [{ action: "claim.send_back", entityId: "c1", before: { status: "approved" }, after: { status: "in_review", reason: "Needs a second source" } }, "Ana sent the claim back to In review: Needs a second source"],
  "claim.assign": [
    { action: "claim.assign", entityId: "c1", before: { assigneeId: null, dueAt: null }, after: { assigneeId: "u2", assigneeName: "Sam", dueAt: "2030-01-15T00:00:00.000Z", taken: false } },
    "Ana assigned the claim to Sam, due 2030-01-15",
  ],
  "claim.reopen": [
    { action: "claim.reopen", entityId: "c1", before: { status: "published", finalVerdictId: "v1" }, after: { status: "in_review", finalVerdictId: null, reason: "New figures", correctionId: "k1" } },
    "Ana reopened the published claim for a correction: New figures",
  ],
  "claim.correct": [
    {
      action: "claim.correct",
      entityId: "c1",
      before: { status: "approved", previousRating: "True", previousRationale: "Old" },
      after: { status: "published", correctionId: "k1", finalVerdictId: "v2", rating: "False", rationale: "New", reason: "New figures" },
    },
    "Ana published a correction: True → False (New figures)",
  ],
  "claim.span": [{ action: "claim.span", entityId: "c1", before: claim, after: { ...claim, exact: "cost $120 million" } }, "Ana moved the claim's span to “cost $120 million”"],
  "claim.reanchor": [{ action: "claim.reanchor", entityId: "c1", before: place, after: { ...place, start: 20, end: 48, version: 3 } }, "Re-anchoring moved the claim when version 3 came in"],
  "claim.split": [
    { action: "claim.split", entityId: "c1", before: claim, after: { claim: { ...claim, exact: "The bridge" }, at: 20, newClaimId: "c2", movedFlagIds: [] } },
    "Ana split the claim in two; this part keeps “The bridge”",
  ],
  "claim.split_from": [{ action: "claim.split_from", entityId: "c2", before: { splitFromId: "c1" }, after: claim }, "Ana made the claim by splitting another"],
  "claim.merge": [
    {
      action: "claim.merge",
      entityId: "c1",
      before: { claim, merged: [claim] },
      after: { claim, absorbedIds: ["c2"], moved: { evidence: 0, verdicts: 0, comments: 0, flags: 0 }, droppedVerdictIds: [] },
    },
    "Ana merged claims into this one (1 other claim)",
  ],
  "claim.merged_into": [
    { action: "claim.merged_into", entityId: "c2", before: { ...claim, reasons: [], evidenceIds: [], verdictIds: [], droppedVerdictIds: [], commentIds: [], flagIds: [] }, after: { mergedIntoId: "c1" } },
    "Ana merged “The bridge cost $120 million” into this claim",
  ],
  "evidence.add": [{ action: "evidence.add", entityId: "e1", after: { id: "e1", claimId: "c1", url: "https://x.example", title: "Budget 2024", stance: "refutes" } }, "Ana added evidence “Budget 2024” (refutes)"],
  "evidence.update": [
    {
      action: "evidence.update",
      entityId: "e1",
      before: { id: "e1", claimId: "c1", url: "https://x.example", title: "Budget 2024", stance: "refutes", excerpt: null },
      after: { id: "e1", claimId: "c1", url: "https://x.example/budget", title: "Budget 2024", stance: "context", excerpt: null },
    },
    "Ana edited evidence “Budget 2024” (source URL, stance)",
  ],
  "evidence.delete": [
    { action: "evidence.delete", entityId: "e1", before: { id: "e1", claimId: "c1", url: "https://x.example", title: "Budget 2024", stance: "refutes" }, after: { deletedAt: new Date("2025-01-02"), reason: "A dead link" } },
    "Ana deleted evidence “Budget 2024”: A dead link",
  ],
  "evidence.archive": [
    { action: "evidence.archive", entityId: "e1", after: { kind: "file", fileName: "budget.pdf", mimeType: "application/pdf", byteSize: 10, sha256: "ab".repeat(32), capturedAt: new Date("2025-01-02T10:00:00Z") } },
    "Ana archived a copy of the evidence (budget.pdf, SHA-256 abababababab…, captured 2025-01-02)",
  ],
  "verdict.propose": [{ action: "verdict.propose", entityId: "v1", after: verdict }, "Ana proposed a verdict False"],
  "verdict.update": [{ action: "verdict.update", entityId: "v1", before: verdict, after: { ...verdict, ratingLabel: "Misleading" } }, "Ana revised a verdict to Misleading"],
  "verdict.approve": [{ action: "verdict.approve", entityId: "c1", before: statusChange, after: { status: "approved", finalVerdictId: "v1", rating: "False" } }, "Ana approved the verdict False"],
  "verdict.drop": [
    { action: "verdict.drop", entityId: "v2", before: { ...verdict, rating: "True" }, after: { reason: "claims merged", mergedIntoId: "c1", keptVerdictId: "v1" } },
    "Ana removed a duplicate verdict (True) while merging",
  ],
  "share_link.create": [{ action: "share_link.create", entityId: "s1", after: { id: "s1", articleId: "a1" } }, "Ana created a public link to the published report"],
  "share_link.revoke": [
    { action: "share_link.revoke", entityId: "s1", before: { id: "s1", articleId: "a1" }, after: { id: "s1", articleId: "a1", revokedAt: new Date("2025-11-01T00:00:00Z") } },
    "Ana revoked a public link to the published report",
  ],
  "comment.add": [{ action: "comment.add", entityId: "m1", after: { id: "m1", claimId: "c1", body: "Checked." } }, "Ana commented"],
  "flag.create": [{ action: "flag.create", entityId: "f1", after: flag }, "Ana flagged numeric inconsistency on “60%”"],
  "flag.raise": [{ action: "flag.raise", entityId: "f1", after: { ...flag, version: 2 } }, "The numeric-parts-exceed-total rule raised numeric inconsistency on “60%” when version 2 came in"],
  "flag.reanchor": [{ action: "flag.reanchor", entityId: "f1", before: place, after: { ...place, anchorState: "orphaned", version: 4 } }, "Re-anchoring lost the flag's text when version 4 came in"],
  "flag.confirm": [{ action: "flag.confirm", entityId: "f1", before: { status: "open" }, after: { status: "confirmed" } }, "Ana confirmed the flag"],
  "flag.dismiss": [{ action: "flag.dismiss", entityId: "f1", before: { status: "open" }, after: { status: "dismissed", dismissalReason: "Not an error" } }, "Ana dismissed the flag: Not an error"],
  "flag.reopen": [{ action: "flag.reopen", entityId: "f1", before: { status: "dismissed" }, after: { status: "open" } }, "Ana reopened the flag"],
  "user.create": [
    { action: "user.create", entityId: "u2", after: { email: "bo@x.test", name: "Bo", role: "reviewer" } },
    "Ana created the account of Bo (bo@x.test, reviewer) with a one-time password",
  ],
  "user.role": [
    { action: "user.role", entityId: "u2", before: { email: "bo@x.test", name: "Bo", role: "reviewer" }, after: { email: "bo@x.test", name: "Bo", role: "editor" } },
    "Ana changed the role of Bo from reviewer to editor",
  ],
  "user.disable": [{ action: "user.disable", entityId: "u2", before: { email: "bo@x.test", disabled: false }, after: { disabled: true } }, "Ana disabled the account bo@x.test"],
  "user.enable": [{ action: "user.enable", entityId: "u2", before: { email: "bo@x.test", disabled: true }, after: { disabled: false } }, "Ana enabled the account bo@x.test again"],
  "user.unlock": [{ action: "user.unlock", entityId: "u2", before: { email: "bo@x.test", failedSignIns: 8 } }, "Ana unlocked the account bo@x.test (8 failed sign-ins forgotten)"],
  "user.reset_password": [{ action: "user.reset_password", entityId: "u2", after: { email: "bo@x.test" } }, "Ana reset the password of bo@x.test to a one-time password"],
  "user.change_password": [{ action: "user.change_password", entityId: "u1", before: { oneTimePassword: true } }, "Ana changed their password (replacing a one-time password)"],
  "rating.create": [{ action: "rating.create", entityId: "r9", after: rating }, "Ana added the rating Half true to the scale"],
  "rating.update": [{ action: "rating.update", entityId: "r9", before: rating, after: { ...rating, color: "#000000", value: 3 } }, "Ana changed the rating Half true: ClaimReview number, colour"],
  "rating.retire": [{ action: "rating.retire", entityId: "r9", before: rating, after: { ...rating, active: false } }, "Ana retired the rating Half true (kept on old verdicts, hidden from new ones)"],
  "rating.restore": [{ action: "rating.restore", entityId: "r9", before: { ...rating, active: false }, after: rating }, "Ana brought the rating Half true back into use"],
  "rating.delete": [{ action: "rating.delete", entityId: "r9", before: rating }, "Ana deleted the unused rating Half true"],
  "rating.reorder": [{ action: "rating.reorder", entityId: "scale", before: { order: ["True", "False"] }, after: { order: ["False", "True"] } }, "Ana reordered the rating scale: False, True"],
  "organisation.update": [
    { action: "organisation.update", entityId: "default", before: organisation, after: { ...organisation, name: "The Desk", twoPersonRule: false } },
    "Ana changed the organisation's settings: name, the two-person rule",
  ],
  "flag.refresh": [
    {
      action: "flag.refresh",
      entityId: "f1",
      before: { ruleId: "numeric-change-percent", explanation: "6% stated; 7.5% computed", start: 1, end: 5, exact: "6 percent" },
      after: { ruleId: "numeric-change-percent", explanation: "5% stated; 7.5% computed", start: 1, end: 5, exact: "5 percent", version: 2 },
    },
    "The numeric-change-percent rule still finds the error in version 2, now: 5% stated; 7.5% computed",
  ],
  "flag.resolve_by_version": [
    { action: "flag.resolve_by_version", entityId: "f1", before: { status: "confirmed" }, after: { status: "resolved", version: 3 } },
    "Resolved by version 3: its text no longer has the error",
  ],
  "flag.recur": [
    { action: "flag.recur", entityId: "f1", before: { status: "resolved" }, after: { status: "open", version: 4 } },
    "The error came back in version 4, so the rule reopened the flag",
  ],
  "claim.rescore": [
    { action: "claim.rescore", entityId: "c1", before: { score: 0.5, exact: "rose 6%", reasons: [] }, after: { score: 0.82, exact: "rose 7.5%", reasons: ["contains a percentage: 7.5%"] } },
    "Check-worthiness recomputed for the new wording: 50% → 82%",
  ],
};

/** The event as it comes back from the JSON column: written through its shapes, Dates as strings, absent as null. */
function stored(event: AuditEvent) {
  const kind = AUDIT_EVENTS[event.action];
  const json = (v: unknown) => (v === undefined ? null : (JSON.parse(JSON.stringify(v)) as unknown));
  return { action: event.action, before: json(kind.before.parse(event.before)), after: json(kind.after.parse(event.after)) };
}

describe("describeAuditEvent", () => {
  it.each(AUDIT_ACTIONS)("describes %s in words", (action) => {
    const [event, line] = EXAMPLES[action];
    expect(describeAuditEvent(stored(event), { actor: "Ana" })).toBe(line);
  });

  it("reads re-anchoring outcomes: fuzzy, lost and found again", () => {
    const fuzzy = { action: "claim.reanchor", before: place, after: { ...place, anchorState: "fuzzy", version: 2 } };
    expect(describeAuditEvent(fuzzy, { actor: "The system" })).toBe("Re-anchoring found the claim again, not word for word (check the span), when version 2 came in");
    const back = { action: "claim.reanchor", before: { ...place, anchorState: "orphaned" }, after: { ...place, version: 5 } };
    expect(describeAuditEvent(back, { actor: "The system" })).toBe("Re-anchoring found the claim's text again, word for word, when version 5 came in");
  });

  it("reads a row written before a field existed, and says something plain for an unknown action", () => {
    // Older verdict rows had no rating label.
    const { ratingLabel: _label, ...old } = verdict;
    expect(describeAuditEvent({ action: "verdict.propose", before: null, after: old }, { actor: "Sam" })).toBe("Sam proposed a verdict");
    expect(describeAuditEvent({ action: "claim.retired", before: null, after: null }, { actor: "Sam" })).toBe("Sam recorded claim retired");
    expect(describeAuditEvent({ action: "claim.status", before: { nonsense: true }, after: null }, { actor: "Sam" })).toBe("Sam recorded claim status");
  });

  it("refuses to record an event whose after does not fit its shape", () => {
    expect(() => AUDIT_EVENTS["claim.status"].after.parse({ status: "maybe" })).toThrow();
  });
});
