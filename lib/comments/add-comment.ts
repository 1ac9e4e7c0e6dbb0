import { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";

export const AddCommentInput = z.object({
  body: z.string({ error: "is required" }).trim().min(1, "is required").max(5000, "must be at most 5000 characters"),
});
export type AddCommentInput = z.infer<typeof AddCommentInput>;

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
