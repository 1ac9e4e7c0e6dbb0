import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { sha256Hex } from "../crypto/sha256";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { publicBaseUrl, shareUrl } from "./public-url";
import { toShareLinkView } from "./list-share-links";
import type { ShareLinkView } from "./share-link.types";

/**
 * An unguessable public link to an article's published report: 256 random bits, of which only the SHA-256
 * is stored, so the URL is shown once and a database dump cannot open any link.
 */
export async function createShareLink(actor: Actor, articleId: string, baseUrl = publicBaseUrl()): Promise<{ link: ShareLinkView; url: string }> {
  assertCan(actor, "report.share");
  const token = randomBytes(32).toString("base64url");
  const link = await getDb().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw new NotFoundError("Article");
    const created = await tx.shareLink.create({ data: { articleId, tokenHash: sha256Hex(token), createdById: actor.id }, include: { createdBy: { select: { name: true } } } });
    await recordAudit(tx, actor.id, { action: "share_link.create", entityId: created.id, after: { id: created.id, articleId } });
    return created;
  });
  return { link: toShareLinkView(link), url: shareUrl(baseUrl, token) };
}
