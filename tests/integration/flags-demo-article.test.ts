// The detectors on the demo article, end to end through the database: import stores the flags with their
// rule, kind, severity, spans and explanation; a dismissal needs a reason, is audited, and survives a new
// version of the text (re-anchored, not raised again).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput, normalizeArticleText } from "../../lib/articles/import-article";
import { FLAG_RULES } from "../../lib/flags/detect-flags";
import { resolveFlag, ResolveFlagInput } from "../../lib/flags/resolve-flag";
import { InvalidInputError } from "../../lib/errors";
import { countRows, createUser, resetDatabase, seedRatings } from "./helpers/db";

type StoredSpan = { start: number; end: number; exact: string; prefix: string; suffix: string };

const NOTE = "This article is part of our weekly newsletter on trade.";
const DISMISS_REASON = "The conclusion is the author's analysis, labelled as such; not an unsupported factual claim.";

let text: string;
let editor: Actor;
let reviewer: Actor;
let articleId: string;

async function flagsOf(id: string) {
  const flags = await getDb().flag.findMany({ where: { articleId: id }, orderBy: [{ start: "asc" }, { ruleId: "asc" }] });
  return flags.map((f) => ({ ...f, spans: f.spans as unknown as StoredSpan[] }));
}
type StoredFlag = Awaited<ReturnType<typeof flagsOf>>[number];

/** The one flag of `ruleId` whose spans include every one of `exacts`. */
function findFlag(flags: StoredFlag[], ruleId: string, exacts: string[]): StoredFlag {
  const found = flags.filter((f) => f.ruleId === ruleId && exacts.every((e) => f.spans.some((s) => s.exact === e)));
  expect(found, `${ruleId} on ${exacts.join(" / ")}`).toHaveLength(1);
  return found[0]!;
}

beforeAll(async () => {
  await resetDatabase();
  await seedRatings();
  editor = await createUser("editor");
  reviewer = await createUser("reviewer");
  text = normalizeArticleText(await readFile(path.join(import.meta.dirname, "../../prisma/seed/demo-article.txt"), "utf8"));
  const title = text.split("\n", 1)[0]!.replace(/\.$/, "");
  const result = await importArticle(editor, ImportArticleInput.parse({ title, text, publisher: "Demo Daily", publishedAt: "2025-11-02" }));
  expect(result.outcome).toBe("imported");
  articleId = result.articleId;
  if (result.outcome === "imported") expect(result.flagsRaised).toBe((await flagsOf(articleId)).length);
});

describe("flags raised on import of the demo article", () => {
  it("stores every flag anchored to its words, with a known rule, its kind and an explanation", async () => {
    const flags = await flagsOf(articleId);
    expect(flags.length).toBeGreaterThanOrEqual(8);
    const rules = new Map(FLAG_RULES.map((r) => [r.id, r]));
    for (const f of flags) {
      const rule = rules.get(f.ruleId ?? "");
      expect(rule, `rule ${f.ruleId}`).toBeDefined();
      expect(f.kind).toBe(rule!.kind);
      expect(["low", "medium", "high"]).toContain(f.severity);
      expect(f.status).toBe("open");
      expect(f.anchorState).toBe("anchored");
      expect(f.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(f.explanation.length).toBeGreaterThan(20);
      // The anchor is the first span; every span points at its exact words, with a quote around it.
      expect(f.spans.length).toBeGreaterThanOrEqual(1);
      expect(f.spans[0]).toMatchObject({ start: f.start, end: f.end, exact: f.exact });
      for (const s of f.spans) {
        expect(text.slice(s.start, s.end)).toBe(s.exact);
        expect(text.slice(0, s.start).endsWith(s.prefix)).toBe(true);
        expect(text.slice(s.end).startsWith(s.suffix)).toBe(true);
      }
    }
  });

  it("flags the inauguration date that cannot be right", async () => {
    const flags = await flagsOf(articleId);
    const sequence = findFlag(flags, "temporal.sequence", ["January 20, 2025", "just four weeks before", "October 30, 2025"]);
    expect(sequence).toMatchObject({ kind: "temporal_inconsistency", severity: "high", exact: "January 20, 2025" });
    expect(sequence.explanation).toMatch(/October 30, 2025/);
    expect(sequence.explanation).toMatch(/after the date it is said to precede/);

    const office = findFlag(flags, "entity.office", ["Xi’s impending presidential inauguration", "January 20, 2025"]);
    expect(office).toMatchObject({ kind: "entity_mixup", severity: "high", exact: "Xi’s impending presidential inauguration" });
    expect(office.explanation).toMatch(/U\.S\. presidential inauguration/);

    const tense = findFlag(flags, "temporal.tense", ["January 20, 2025", "impending"]);
    expect(tense).toMatchObject({ kind: "temporal_inconsistency", severity: "high" });
  });

  it("flags the Brazil/China mix-up", async () => {
    const flag = findFlag(await flagsOf(articleId), "entity.stray-actor", ["Brazil would benefit most"]);
    expect(flag).toMatchObject({ kind: "entity_mixup", severity: "medium", exact: "Brazil would benefit most" });
    expect(flag.spans.length).toBeGreaterThan(1);
    expect(flag.explanation).toMatch(/Brazil appears only here/);
    expect(flag.explanation).toMatch(/China/);
  });

  it("flags China acting against itself: leverage … against China", async () => {
    const flag = findFlag(await flagsOf(articleId), "entity.self-opposition", ["China", "Beijing", "against"]);
    expect(flag).toMatchObject({ kind: "entity_mixup", severity: "high", exact: "China" });
    // The anchor is the "China" of "leverage point to use against China", not an earlier one.
    expect(text.slice(flag.start - 40, flag.end)).toBe("strategic leverage point to use against China");
    expect(flag.explanation).toMatch(/China acting against itself/);
  });

  it("flags the pasted search-result citation counters", async () => {
    const flags = await flagsOf(articleId);
    for (const counter of ["Reuters +2", "Al Jazeera + 1", "The Guardian +1"]) {
      const flag = findFlag(flags, "citation.residue", [counter]);
      expect(flag).toMatchObject({ kind: "citation_residue", severity: "medium", exact: counter });
      expect(flag.spans).toHaveLength(1);
      expect(flag.explanation).toMatch(/search-result counter/);
    }
  });

  it("flags the repeated “giving Beijing another …” clause, every occurrence as a span", async () => {
    const flag = findFlag(await flagsOf(articleId), "repetition.clause", ["giving Beijing another"]);
    expect(flag).toMatchObject({ kind: "duplicated_passage", severity: "medium", exact: "giving Beijing another" });
    expect(flag.spans).toHaveLength(3);
    expect(new Set(flag.spans.map((s) => s.start)).size).toBe(3);
    expect(flag.spans.every((s) => s.exact === "giving Beijing another")).toBe(true);
    expect(flag.explanation).toMatch(/occurs 3 times/);
  });
});

describe("resolving flags", () => {
  it("refuses a dismissal without a reason and changes nothing", async () => {
    const flag = findFlag(await flagsOf(articleId), "entity.stray-actor", ["Brazil would benefit most"]);
    const before = await countRows();
    await expect(resolveFlag(reviewer, flag.id, ResolveFlagInput.parse({ status: "dismissed" }))).rejects.toBeInstanceOf(InvalidInputError);
    await expect(resolveFlag(reviewer, flag.id, ResolveFlagInput.parse({ status: "dismissed", reason: "   " }))).rejects.toMatchObject({ field: "reason" });
    expect(await countRows()).toEqual(before);
    const after = await getDb().flag.findUniqueOrThrow({ where: { id: flag.id } });
    expect(after).toMatchObject({ status: "open", dismissalReason: null, resolvedById: null, resolvedAt: null, updatedAt: flag.updatedAt });
  });

  it("confirms a flag, audited with who and before/after", async () => {
    const flag = findFlag(await flagsOf(articleId), "temporal.sequence", ["January 20, 2025"]);
    const confirmed = await resolveFlag(reviewer, flag.id, { status: "confirmed" });
    expect(confirmed).toMatchObject({ status: "confirmed", resolvedById: reviewer.id });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: flag.id, action: "flag.confirm" } });
    expect(audit.actorId).toBe(reviewer.id);
    expect(audit.before).toMatchObject({ status: "open" });
    expect(audit.after).toMatchObject({ status: "confirmed" });
  });

  it("dismisses a flag with its reason, kept in the audit log", async () => {
    const flag = findFlag(await flagsOf(articleId), "assertion.unsupported", ["clearly"]);
    const dismissed = await resolveFlag(reviewer, flag.id, ResolveFlagInput.parse({ status: "dismissed", reason: `  ${DISMISS_REASON} ` }));
    expect(dismissed).toMatchObject({ status: "dismissed", dismissalReason: DISMISS_REASON, resolvedById: reviewer.id });
    const audit = await getDb().auditLog.findMany({ where: { entityType: "flag", entityId: flag.id }, orderBy: { id: "asc" } });
    // The rule's raising of it on import, then the dismissal.
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["flag.raise", null],
      ["flag.dismiss", reviewer.id],
    ]);
    expect(audit[1]!.before).toMatchObject({ status: "open", dismissalReason: null });
    expect(audit[1]!.after).toMatchObject({ status: "dismissed", dismissalReason: DISMISS_REASON });
  });
});

describe("a new version of the article", () => {
  it("does not raise a dismissed flag again: it stays dismissed and is re-anchored to its words", async () => {
    const before = await flagsOf(articleId);
    const dismissed = findFlag(before, "assertion.unsupported", ["clearly"]);
    expect(dismissed.status).toBe("dismissed");

    // The same text with an unrelated sentence added after the headline: every later offset moves.
    const cut = text.indexOf("\n\n") + 2;
    const inserted = `${NOTE}\n\n`;
    const newText = text.slice(0, cut) + inserted + text.slice(cut);
    const result = await importArticle(editor, ImportArticleInput.parse({ title: "At Trump trade talks (updated)", text: newText, versionOf: articleId }));
    expect(result).toMatchObject({ outcome: "new_version", articleId, version: 2 });
    if (result.outcome !== "new_version") return;
    expect(result.flagsRaised).toBe(0);
    expect(result.reanchored.orphaned).toBe(0);

    const after = await flagsOf(articleId);
    expect(after).toHaveLength(before.length);
    const again = after.filter((f) => f.fingerprint === dismissed.fingerprint);
    expect(again).toHaveLength(1);
    const moved = again[0]!;
    expect(moved.id).toBe(dismissed.id);
    expect(moved).toMatchObject({ status: "dismissed", dismissalReason: DISMISS_REASON, anchorState: "anchored", exact: "clearly" });
    expect(moved.start).toBe(dismissed.start + inserted.length);
    expect(newText.slice(moved.start, moved.end)).toBe("clearly");
    expect(moved.spans[0]).toMatchObject({ start: moved.start, end: moved.end, exact: "clearly" });

    // The other flags moved with their words too (those in the headline, before the insertion, stayed),
    // and kept their status.
    const shifted = (offset: number) => (offset < cut ? offset : offset + inserted.length);
    for (const f of after) {
      const old = before.find((b) => b.id === f.id)!;
      expect(f.status).toBe(old.status);
      expect(f.spans.map((s) => s.start)).toEqual(old.spans.map((s) => shifted(s.start)));
      for (const s of f.spans) expect(newText.slice(s.start, s.end)).toBe(s.exact);
    }
    expect(after.find((f) => f.ruleId === "temporal.sequence")?.status).toBe("confirmed");
  });
});
