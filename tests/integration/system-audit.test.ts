// What the system does on its own — claims proposed by analysis, flags raised by the detectors, spans moved
// by re-anchoring — is in the audit log and reads in the claim's history like what people do.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { getClaimDetail } from "../../lib/claims/get-claim-detail";
import { createUser, resetDatabase } from "./helpers/db";

const P1 = "Unemployment fell to 4.1 percent in March, the lowest rate since 2019, according to the labour ministry.";
const P2 = "The the minister said wages rose by 6 percent last year while prices rose by 3 percent.";
const P3 = "Officials expect the economy to grow by 2.5 percent in 2025.";
const TEXT = [P1, P2, P3].join("\n\n");

let editor: Actor;

beforeAll(async () => {
  await resetDatabase();
  editor = await createUser("editor");
});

describe("the system's own writes", () => {
  it("records each claim proposed by analysis and each flag raised by a rule, with no person as actor", async () => {
    const result = await importArticle(editor, ImportArticleInput.parse({ title: "Jobs", text: TEXT }));
    if (result.outcome !== "imported") throw new Error(result.outcome);
    expect(result.claimsProposed).toBeGreaterThan(0);
    expect(result.flagsRaised).toBeGreaterThan(0);

    const claims = await getDb().claim.findMany({ where: { articleId: result.articleId } });
    const proposed = await getDb().auditLog.findMany({ where: { action: "claim.propose" } });
    expect(proposed.map((a) => a.entityId).sort()).toEqual(claims.map((c) => c.id).sort());
    expect(proposed.every((a) => a.actorId === null && a.entityType === "claim")).toBe(true);
    expect(proposed[0]!.after).toMatchObject({ origin: "analysis", status: "new", version: 1 });

    const flags = await getDb().flag.findMany({ where: { articleId: result.articleId } });
    const raised = await getDb().auditLog.findMany({ where: { action: "flag.raise" } });
    expect(raised.map((a) => a.entityId).sort()).toEqual(flags.map((f) => f.id).sort());
    const doubled = flags.find((f) => f.exact.toLowerCase() === "the the");
    expect(doubled).toBeDefined();
    expect(raised.find((a) => a.entityId === doubled!.id)?.after).toMatchObject({ ruleId: doubled!.ruleId, kind: "editorial", exact: doubled!.exact });

    const history = (await getClaimDetail(editor, claims[0]!.id)).history;
    expect(history.map((h) => h.description)).toEqual([expect.stringMatching(/^Analysis proposed the claim \(check-worthiness \d+%\)$/)]);
  });

  it("records the claims and flags that re-anchoring moved, and the history says when", async () => {
    const articleId = (await getDb().article.findFirstOrThrow({ where: { title: "Jobs" } })).id;
    const jobs = await getDb().claim.findFirstOrThrow({ where: { articleId, exact: { startsWith: "Unemployment" } } });
    const note = "Correction appended below.\n\n";
    const v2 = note + [P1.replace("4.1 percent", "4.2 percent"), P2, P3].join("\n\n");
    const result = await importArticle(editor, ImportArticleInput.parse({ title: "Jobs", text: v2, versionOf: articleId }), { proposeClaims: false, detectFlags: false });
    expect(result.outcome).toBe("new_version");

    const events = await getDb().auditLog.findMany({ where: { action: { in: ["claim.reanchor", "flag.reanchor"] } } });
    const claimCount = await getDb().claim.count({ where: { articleId } });
    const flagCount = await getDb().flag.count({ where: { articleId } });
    // Every span shifted by the note, so every claim and flag moved.
    expect(events.filter((e) => e.action === "claim.reanchor")).toHaveLength(claimCount);
    expect(events.filter((e) => e.action === "flag.reanchor")).toHaveLength(flagCount);
    const edited = events.find((e) => e.entityId === jobs.id)!;
    expect(edited.actorId).toBeNull();
    expect(edited.before).toMatchObject({ start: jobs.start, anchorState: "anchored" });
    expect(edited.after).toMatchObject({ anchorState: "fuzzy", version: 2 });

    const history = (await getClaimDetail(editor, jobs.id)).history.map((h) => h.description);
    expect(history).toContain("Re-anchoring found the claim again, not word for word (check the span), when version 2 came in");
    // Its words changed, so it was scored again.
    expect(history).toContainEqual(expect.stringMatching(/^Check-worthiness recomputed for the new wording: /));
    const shifted = await getDb().claim.findFirstOrThrow({ where: { articleId, exact: { startsWith: "Officials" } } });
    expect((await getClaimDetail(editor, shifted.id)).history[0]?.description).toBe("Re-anchoring moved the claim when version 2 came in");
  });

  it("records nothing for spans a new version leaves where they were; a fuzzy span found word for word again says so", async () => {
    const articleId = (await getDb().article.findFirstOrThrow({ where: { title: "Jobs" } })).id;
    const fuzzy = await getDb().claim.findFirstOrThrow({ where: { articleId, anchorState: "fuzzy" } });
    const seen = new Set((await getDb().auditLog.findMany({ select: { id: true } })).map((a) => a.id));
    const current = (await getDb().article.findUniqueOrThrow({ where: { id: articleId } })).text;
    await importArticle(editor, ImportArticleInput.parse({ title: "Jobs", text: `${current}\n\nAn added closing line.`, versionOf: articleId }), { proposeClaims: false, detectFlags: false });
    const added = (await getDb().auditLog.findMany({ where: { action: { in: ["claim.reanchor", "flag.reanchor"] } } })).filter((a) => !seen.has(a.id));
    // The fuzzy claim's quote was updated to the new words, so it is found exactly now; nothing else moved.
    expect(added.map((a) => a.entityId)).toEqual([fuzzy.id]);
    expect((await getClaimDetail(editor, fuzzy.id)).history[0]?.description).toBe("Re-anchoring found the claim's text again, word for word, when version 3 came in");
  });
});
