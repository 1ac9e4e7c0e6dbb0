import "server-only";
import { sha256Hex } from "../crypto/sha256";
import { getDb } from "../db/client";
import { buildArticleReports, type LoadedReport } from "./build-article-reports";
import { SHARE_TOKEN } from "./share-link.types";

/**
 * For the signed-out visitor of /r/{token}: the article's *published* report when the token is a live share
 * link, else null (unknown, malformed or revoked: the page answers 404 either way, saying nothing more).
 */
export async function getSharedReport(token: string, baseUrl: string): Promise<LoadedReport | null> {
  if (!SHARE_TOKEN.test(token)) return null;
  const link = await getDb().shareLink.findUnique({ where: { tokenHash: sha256Hex(token) }, select: { articleId: true, revokedAt: true } });
  if (!link || link.revokedAt) return null;
  const [loaded] = await buildArticleReports([link.articleId], { kind: "published", baseUrl });
  return loaded ?? null;
}

/**
 * For /v/{claimId}, the stable public page of one published verdict: the article's published report with that
 * claim only (and the flags that belong to it), or null when the claim is not published.
 */
export async function getPublishedVerdict(claimId: string, baseUrl: string): Promise<LoadedReport | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(claimId)) return null;
  const claim = await getDb().claim.findUnique({ where: { id: claimId }, select: { articleId: true, status: true } });
  if (!claim || claim.status !== "published") return null;
  const [loaded] = await buildArticleReports([claim.articleId], { kind: "published", baseUrl, claimWhere: { id: claimId } });
  if (!loaded || !loaded.report.claims.length) return null;
  const { report } = loaded;
  return { ...loaded, report: { ...report, flags: report.flags.filter((f) => f.claimId === claimId) } };
}
