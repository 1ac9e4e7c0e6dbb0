// Flags follow the text: on a new version every rule runs again. A rule flag whose error is gone is
// resolved by that version; one that still holds keeps its status and takes the new explanation; a new
// error is raised; a person's flag whose words changed is marked for a look. A claim whose words change is
// scored again, so its reasons speak of what it says now.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createFlag, CreateFlagInput } from "../../lib/flags/create-flag";
import { resolveFlag } from "../../lib/flags/resolve-flag";
import { describeAuditEvent } from "../../lib/audit/describe-audit-event";
import { updateClaimSpan } from "../../lib/claims/update-claim-span";
import { createUser, resetDatabase } from "./helpers/db";

// A doubled word (an editorial error a rule flags), a rise that does not add up (numeric), a plain sentence.
const DOUBLED = "The the council met on Monday to vote on the budget.";
const RISE = "Spending on parks rose from $45.2 million to $48.6 million, a 6 percent rise, the report said.";
const PLAIN = "Residents asked questions about bus routes and the library's opening hours for two hours.";
const V1 = [DOUBLED, RISE, PLAIN].join("\n\n");

let editor: Actor;
let articleId: string;

const flagsOf = (ruleId?: string) => getDb().flag.findMany({ where: { articleId, ...(ruleId ? { ruleId } : {}) }, orderBy: { start: "asc" } });
const eventsFor = (entityId: string) => getDb().auditLog.findMany({ where: { entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

async function newVersion(text: string) {
  const result = await importArticle(editor, ImportArticleInput.parse({ title: "Council budget", text, versionOf: articleId }));
  if (result.outcome !== "new_version") throw new Error(`expected a new version, got ${result.outcome}`);
  return result;
}

beforeAll(async () => {
  await resetDatabase();
  editor = await createUser("editor");
  const result = await importArticle(editor, ImportArticleInput.parse({ title: "Council budget", text: V1 }));
  if (result.outcome !== "imported") throw new Error(result.outcome);
  articleId = result.articleId;
});

describe("rule flags on a new version", () => {
  it("flags both errors of the first version", async () => {
    const flags = await flagsOf();
    expect(flags.find((f) => f.exact.toLowerCase() === "the the")).toMatchObject({ kind: "editorial", status: "open" });
    expect(flags.some((f) => f.kind === "numeric_inconsistency" && f.status === "open")).toBe(true);
  });

  it("resolves the flag whose error a new version fixed, keeps a still-wrong one with its status and new explanation, and raises a new error", async () => {
    const [doubled] = (await flagsOf()).filter((f) => f.exact.toLowerCase() === "the the");
    const numeric = (await flagsOf()).find((f) => f.kind === "numeric_inconsistency")!;
    await resolveFlag(editor, numeric.id, { status: "confirmed" });

    // v2: the doubled word fixed; the rise still wrong (now "5 percent"); a new doubled word elsewhere.
    const v2 = [DOUBLED.replace("The the", "The"), RISE.replace("6 percent", "5 percent"), PLAIN.replace("for two", "for for two")].join("\n\n");
    const result = await newVersion(v2);
    expect(result.flagsResolved).toBe(1);
    expect(result.flagsRaised).toBeGreaterThanOrEqual(1);

    const fixed = await getDb().flag.findUniqueOrThrow({ where: { id: doubled!.id } });
    expect(fixed).toMatchObject({ status: "resolved", resolvedByVersion: 2, resolvedById: null });
    const fixedEvents = await eventsFor(fixed.id);
    const resolvedEvent = fixedEvents.find((e) => e.action === "flag.resolve_by_version")!;
    expect(resolvedEvent).toMatchObject({ actorId: null, after: { status: "resolved", version: 2 } });
    expect(describeAuditEvent(resolvedEvent, { actor: "system" })).toBe("Resolved by version 2: its text no longer has the error");

    const still = await getDb().flag.findUniqueOrThrow({ where: { id: numeric.id } });
    expect(still.status).toBe("confirmed");
    expect(still.explanation).not.toBe(numeric.explanation);
    expect(still.explanation).toMatch(/5 percent/);
    expect(v2.slice(still.start, still.end)).toBe(still.exact);
    const refresh = (await eventsFor(still.id)).find((e) => e.action === "flag.refresh")!;
    expect(refresh).toMatchObject({ actorId: null, before: { explanation: numeric.explanation }, after: { explanation: still.explanation, version: 2 } });

    const raised = (await flagsOf()).find((f) => f.exact.toLowerCase() === "for for");
    expect(raised).toMatchObject({ status: "open", kind: "editorial" });
    expect((await eventsFor(raised!.id)).map((e) => e.action)).toEqual(["flag.raise"]);
  });

  it("leaves a dismissed flag dismissed when its error is still there, and changes nothing on an unchanged text", async () => {
    const forFor = (await flagsOf()).find((f) => f.exact.toLowerCase() === "for for")!;
    await resolveFlag(editor, forFor.id, { status: "dismissed", reason: "A quote: the speaker repeated himself" });
    const current = (await getDb().article.findUniqueOrThrow({ where: { id: articleId } })).text;
    const before = await flagsOf();
    await newVersion(`${current}\n\nThe meeting ended at 9 p.m.`);
    const after = await flagsOf();
    expect(after.map((f) => [f.id, f.status, f.explanation])).toEqual(before.map((f) => [f.id, f.status, f.explanation]));
    expect(after.find((f) => f.id === forFor.id)).toMatchObject({ status: "dismissed", dismissalReason: "A quote: the speaker repeated himself" });
  });

  it("reopens a resolved flag when its very words come back", async () => {
    const resolved = (await flagsOf()).find((f) => f.status === "resolved")!;
    const current = (await getDb().article.findUniqueOrThrow({ where: { id: articleId } })).text;
    const result = await newVersion(current.replace("The council met", "The the council met"));
    const back = await getDb().flag.findUniqueOrThrow({ where: { id: resolved.id } });
    expect(back).toMatchObject({ status: "open", resolvedByVersion: null });
    expect((await eventsFor(back.id)).at(-1)).toMatchObject({ action: "flag.recur", after: { version: result.version } });
  });
});

describe("a person's flag and a claim's score on a new version", () => {
  it("marks a person's flag for a look when its words changed, and a person's decision clears the mark", async () => {
    const current = (await getDb().article.findUniqueOrThrow({ where: { id: articleId } })).text;
    const words = "bus routes and the library's opening hours";
    const start = current.indexOf(words);
    const flag = await createFlag(editor, articleId, CreateFlagInput.parse({ kind: "unsupported_assertion", severity: "low", note: "Which routes?", start, end: start + words.length }));
    const untouched = await createFlag(editor, articleId, CreateFlagInput.parse({ kind: "editorial", severity: "low", note: "Time format", start: current.indexOf("9 p.m."), end: current.indexOf("9 p.m.") + 6 }));

    await newVersion(current.replace("bus routes", "tram routes"));
    const moved = await getDb().flag.findUniqueOrThrow({ where: { id: flag.id } });
    expect(moved).toMatchObject({ needsLook: true, status: "open" });
    expect(moved.exact).toContain("tram routes");
    expect((await getDb().flag.findUniqueOrThrow({ where: { id: untouched.id } })).needsLook).toBe(false);
    const reanchor = (await eventsFor(flag.id)).find((e) => e.action === "flag.reanchor")!;
    expect(describeAuditEvent(reanchor, { actor: "system" })).toMatch(/its words changed, so it is marked for a look$/);

    await resolveFlag(editor, flag.id, { status: "confirmed" });
    expect((await getDb().flag.findUniqueOrThrow({ where: { id: flag.id } })).needsLook).toBe(false);
  });

  it("scores a claim again when a new version changes its words, and the reasons quote the new words", async () => {
    const claim = await getDb().claim.findFirstOrThrow({ where: { articleId, exact: { startsWith: "Spending on parks" } } });
    expect(claim.score).not.toBeNull();
    const current = (await getDb().article.findUniqueOrThrow({ where: { id: articleId } })).text;
    await newVersion(current.replace("$45.2 million to $48.6 million, a 5 percent rise", "$45.2 million to $48.6 million, a 7.5 percent rise"));
    const rescored = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(rescored.exact).toContain("7.5 percent");
    const labels = JSON.stringify(rescored.reasons);
    expect(labels).toContain("7.5 percent");
    expect(labels).not.toContain("5 percent rise\"");
    const event = (await eventsFor(claim.id)).filter((e) => e.action === "claim.rescore").at(-1)!;
    expect(event).toMatchObject({ actorId: null, after: { exact: rescored.exact } });
  });

  it("scores a claim again when a reviewer moves its span", async () => {
    const claim = await getDb().claim.findFirstOrThrow({ where: { articleId, exact: { startsWith: "Spending on parks" } } });
    const text = (await getDb().article.findUniqueOrThrow({ where: { id: articleId } })).text;
    const shorter = "Spending on parks rose from $45.2 million to $48.6 million";
    const start = text.indexOf(shorter);
    const updated = await updateClaimSpan(editor, claim.id, { start, end: start + shorter.length, revision: claim.revision });
    expect(updated.exact).toBe(shorter);
    expect(JSON.stringify(updated.reasons)).not.toContain("percent");
    expect(updated.score).not.toBe(claim.score);
  });
});
