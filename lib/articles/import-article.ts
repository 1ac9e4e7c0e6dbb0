import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb, type Tx } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors";
import { getLimits } from "../config/limits";
import { sha256Hex } from "../crypto/sha256";
import { proposeClaims } from "../claims/propose-claims";
import { refreshRuleFlags } from "../flags/refresh-rule-flags";
import { reanchorAnnotations } from "./reanchor-annotations";
import type { ImportOutcome, ParsedImportArticle } from "./import-article.types";
export { ImportArticleInput, type ImportOutcome, type ParsedImportArticle } from "./import-article.types";

export interface ImportOptions {
  /** Propose claims from the check-worthy sentences (default true). */
  proposeClaims?: boolean;
  /** Run the flag detectors (default true). */
  detectFlags?: boolean;
}


/** One canonical form of the text: BOM dropped, line endings unified, so the hash means the words. */
export function normalizeArticleText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Imports one article in one transaction: a new article, a new version of an existing one (same URL or
 * `versionOf`), or a recognised duplicate (same SHA-256). Either all of it is stored — text, claims,
 * flags, audit — or nothing.
 */
export async function importArticle(actor: Actor | null, input: ParsedImportArticle, options: ImportOptions = {}, tx?: Tx): Promise<ImportOutcome> {
  // A null actor is the system (seed, bulk worker acting for a recorded importer).
  if (actor) assertCan(actor, "article.import");
  const text = normalizeArticleText(input.text);
  if (!text.trim()) throw new InvalidInputError("text", "text: is empty");
  const { maxArticleChars } = getLimits();
  if (text.length > maxArticleChars) {
    throw new InvalidInputError("text", `text: is ${text.length.toLocaleString("en")} characters; the limit is ${maxArticleChars.toLocaleString("en")}`);
  }
  const sha256 = sha256Hex(text);
  const run = (t: Tx) => importInTransaction(t, actor, { ...input, text }, sha256, options);
  return tx ? run(tx) : getDb().$transaction(run, { timeout: 60_000 });
}

async function importInTransaction(tx: Tx, actor: Actor | null, input: ParsedImportArticle, sha256: string, options: ImportOptions): Promise<ImportOutcome> {
  const actorId = actor?.id ?? null;
  const target = input.versionOf
    ? await tx.article.findUnique({ where: { id: input.versionOf } })
    : input.url
      ? await tx.article.findFirst({ where: { url: input.url }, orderBy: { createdAt: "asc" } })
      : null;
  if (input.versionOf && !target) throw new NotFoundError("Article (versionOf)");

  const sameText = await tx.articleVersion.findFirst({
    where: target ? { articleId: target.id, sha256 } : { sha256 },
    orderBy: { number: "desc" },
  });
  if (sameText) return { outcome: "duplicate", articleId: sameText.articleId, version: sameText.number };

  if (target) {
    const number = target.versionNumber + 1;
    await tx.articleVersion.create({ data: { articleId: target.id, number, text: input.text, sha256, createdById: actorId } });
    const updated = await tx.article.update({
      where: { id: target.id },
      data: {
        text: input.text,
        sha256,
        versionNumber: number,
        title: input.title,
        publisher: input.publisher ?? target.publisher,
        author: input.author ?? target.author,
        publishedAt: input.publishedAt ?? target.publishedAt,
        language: input.language ?? target.language,
      },
    });
    const reanchored = await reanchorAnnotations(tx, target.id, target.text, input.text, number);
    const covered = await tx.claim.findMany({ where: { articleId: target.id, anchorState: { not: "orphaned" } }, select: { start: true, end: true } });
    const claimsProposed = options.proposeClaims === false ? 0 : await proposeClaims(tx, target.id, input.text, { covered, version: number });
    const flags = options.detectFlags === false ? { raised: 0, kept: 0, resolved: 0 } : await refreshRuleFlags(tx, target.id, input.text, updated.publishedAt, number);
    const flagsRaised = flags.raised;
    const flagsResolved = flags.resolved;
    await recordAudit(tx, actorId, {
      action: "article.new_version",
      entityId: target.id,
      before: { version: target.versionNumber, sha256: target.sha256 },
      after: { version: number, sha256, reanchored, claimsProposed, flagsRaised, flagsResolved },
    });
    return { outcome: "new_version", articleId: target.id, version: number, claimsProposed, flagsRaised, flagsResolved, reanchored };
  }

  const article = await tx.article.create({
    data: {
      title: input.title,
      url: input.url ?? null,
      publisher: input.publisher ?? null,
      author: input.author ?? null,
      publishedAt: input.publishedAt ?? null,
      language: input.language ?? "en",
      text: input.text,
      sha256,
      versionNumber: 1,
      createdById: actorId,
      versions: { create: { number: 1, text: input.text, sha256, createdById: actorId } },
    },
  });
  const claimsProposed = options.proposeClaims === false ? 0 : await proposeClaims(tx, article.id, input.text);
  const flagsRaised = options.detectFlags === false ? 0 : (await refreshRuleFlags(tx, article.id, input.text, article.publishedAt)).raised;
  const { text: _text, ...metadata } = article;
  await recordAudit(tx, actorId, { action: "article.import", entityId: article.id, after: { ...metadata, claimsProposed, flagsRaised } });
  return { outcome: "imported", articleId: article.id, version: 1, claimsProposed, flagsRaised };
}
