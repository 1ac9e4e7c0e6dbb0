import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { toShareLinkView } from "./list-share-links";
import type { ShareLinkView } from "./share-link.types";

/** Ends a share link: from now on its URL answers 404. Revoking it again changes nothing. */
export async function revokeShareLink(actor: Actor, linkId: string): Promise<ShareLinkView> {
  assertCan(actor, "report.share");
  return getDb().$transaction(async (tx) => {
    const link = await tx.shareLink.findUnique({ where: { id: linkId }, include: { createdBy: { select: { name: true } } } });
    if (!link) throw new NotFoundError("Share link");
    if (link.revokedAt) return toShareLinkView(link);
    const revoked = await tx.shareLink.update({ where: { id: linkId }, data: { revokedAt: new Date() }, include: { createdBy: { select: { name: true } } } });
    await recordAudit(tx, actor.id, { action: "share_link.revoke", entityId: linkId, before: { id: link.id, articleId: link.articleId }, after: { id: link.id, articleId: link.articleId, revokedAt: revoked.revokedAt! } });
    return toShareLinkView(revoked);
  });
}
