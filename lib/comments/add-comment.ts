import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { AddCommentInput } from "./add-comment.types";
export { AddCommentInput } from "./add-comment.types";

export async function addComment(actor: Actor, claimId: string, input: AddCommentInput) {
  assertCan(actor, "comment.add");
  return getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw new NotFoundError("Claim");
    const comment = await tx.comment.create({ data: { claimId, authorId: actor.id, body: input.body } });
    await recordAudit(tx, actor.id, { action: "comment.add", entityId: comment.id, after: comment });
    return comment;
  });
}
