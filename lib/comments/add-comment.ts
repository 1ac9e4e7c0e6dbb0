import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { notify } from "../inbox/notify";
import { deskPeople } from "../people/list-people";
import { findMentions } from "./find-mentions";
import { AddCommentInput } from "./add-comment.types";
export { AddCommentInput } from "./add-comment.types";

/** A comment on a claim; each person of the desk it @mentions (but the author) gets it in their inbox. */
export async function addComment(actor: Actor, claimId: string, input: AddCommentInput) {
  assertCan(actor, "comment.add");
  return getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw new NotFoundError("Claim");
    const comment = await tx.comment.create({ data: { claimId, authorId: actor.id, body: input.body } });
    await recordAudit(tx, actor.id, { action: "comment.add", entityId: comment.id, after: comment });
    const handles = findMentions(input.body);
    if (handles.length) {
      const people = await deskPeople(tx);
      for (const person of people.filter((p) => handles.includes(p.handle) && p.id !== actor.id)) {
        const excerpt = input.body.length > 120 ? `${input.body.slice(0, 117)}…` : input.body;
        await notify(tx, { userId: person.id, actorId: actor.id, kind: "mention", claimId, commentId: comment.id, text: `${actor.name} mentioned you: ${excerpt}` });
      }
    }
    return comment;
  });
}
