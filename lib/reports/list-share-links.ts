import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { getDb } from "../db/client";
import type { ShareLinkView } from "./share-link.types";

export function toShareLinkView(link: { id: string; createdAt: Date; revokedAt: Date | null; createdBy: { name: string } | null }): ShareLinkView {
  return { id: link.id, createdAt: link.createdAt.toISOString(), createdBy: link.createdBy?.name ?? null, revokedAt: link.revokedAt?.toISOString() ?? null };
}

/** An article's share links, newest first (their tokens are not kept, so never shown again). */
export async function listShareLinks(actor: Actor, articleId: string): Promise<ShareLinkView[]> {
  assertCan(actor, "report.share");
  const links = await getDb().shareLink.findMany({ where: { articleId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { createdBy: { select: { name: true } } } });
  return links.map(toShareLinkView);
}
