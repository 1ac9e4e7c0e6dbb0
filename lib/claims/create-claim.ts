import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { checkClaimSpan, claimAnchorColumns } from "./claim-span";
import { createAnchor } from "../anchoring/create-anchor";
import { NotFoundError } from "../errors";
import { Id } from "../validation/common";
import { CreateClaimInput } from "./create-claim.types";
export { CreateClaimInput } from "./create-claim.types";

/** A reviewer makes a claim of a selected span of the article's current text. */
export async function createClaim(actor: Actor, articleId: string, input: CreateClaimInput) {
  assertCan(actor, "claim.create");
  Id.parse(articleId);
  const db = getDb();
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, text: true } });
    if (!article) throw new NotFoundError("Article");
    // Trimmed to its words, so a sloppy drag still anchors cleanly.
    const { start, end } = checkClaimSpan(article.text, input.start, input.end);
    const anchor = createAnchor(article.text, start, end);
    const claim = await tx.claim.create({
      data: {
        articleId,
        ...claimAnchorColumns(anchor),
        origin: "reviewer",
        status: "new",
      },
    });
    await recordAudit(tx, actor.id, { action: "claim.create", entityId: claim.id, after: claim });
    return claim;
  });
}
