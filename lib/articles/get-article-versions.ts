import "server-only";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import type { ReanchorSummary } from "./reanchor-annotations";

export interface VersionSummary {
  number: number;
  sha256: string;
  createdAt: Date;
  createdBy: string | null;
  /** Characters of the version's text. */
  length: number;
  /** How the claims and flags fared when this version came in (absent for the first version). */
  reanchored: ReanchorSummary | null;
  claimsProposed: number | null;
}

/**
 * An article's versions, newest first, each with how re-anchoring went when it came in (from the
 * "article.new_version" audit row), and the claims and flags that now need a look: re-anchored fuzzily
 * (check the span) or orphaned (their text is gone; shown with their last known quote).
 */
export async function getArticleVersions(articleId: string) {
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, title: true, versionNumber: true } });
  if (!article) throw new NotFoundError("Article");
  const [versions, lengths, audits, claims, flags] = await Promise.all([
    db.articleVersion.findMany({
      where: { articleId },
      orderBy: { number: "desc" },
      select: { number: true, sha256: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
    db.$queryRaw<{ number: number; length: number }[]>`SELECT "number", length("text")::int AS "length" FROM "ArticleVersion" WHERE "articleId" = ${articleId}`,
    db.auditLog.findMany({ where: { entityType: "article", entityId: articleId, action: "article.new_version" }, select: { after: true } }),
    db.claim.findMany({
      where: { articleId, anchorState: { not: "anchored" } },
      orderBy: { start: "asc" },
      select: { id: true, text: true, exact: true, status: true, anchorState: true },
    }),
    db.flag.findMany({
      where: { articleId, anchorState: { not: "anchored" } },
      orderBy: { start: "asc" },
      select: { id: true, kind: true, exact: true, status: true, anchorState: true },
    }),
  ]);
  const lengthOf = new Map(lengths.map((l) => [Number(l.number), Number(l.length)]));
  const stepOf = new Map<number, { reanchored: ReanchorSummary | null; claimsProposed: number | null }>();
  for (const { after } of audits) {
    const a = after as { version?: unknown; reanchored?: Partial<ReanchorSummary>; claimsProposed?: unknown } | null;
    if (typeof a?.version !== "number") continue;
    const r = a.reanchored;
    stepOf.set(a.version, {
      reanchored: r ? { anchored: Number(r.anchored ?? 0), fuzzy: Number(r.fuzzy ?? 0), orphaned: Number(r.orphaned ?? 0) } : null,
      claimsProposed: typeof a.claimsProposed === "number" ? a.claimsProposed : null,
    });
  }
  const summaries: VersionSummary[] = versions.map((v) => ({
    number: v.number,
    sha256: v.sha256,
    createdAt: v.createdAt,
    createdBy: v.createdBy?.name ?? null,
    length: lengthOf.get(v.number) ?? 0,
    reanchored: stepOf.get(v.number)?.reanchored ?? null,
    claimsProposed: stepOf.get(v.number)?.claimsProposed ?? null,
  }));
  return { article, versions: summaries, attention: { claims, flags } };
}

export type ArticleVersions = Awaited<ReturnType<typeof getArticleVersions>>;
