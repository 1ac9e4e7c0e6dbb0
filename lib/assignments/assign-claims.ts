import "server-only";
import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors";
import { lockClaims } from "../claims/lock-claims";
import { OPEN_CLAIM_STATUSES } from "../claims/claim-status";
import { notify } from "../inbox/notify";
import { AssignClaimsInput } from "./assign-claims.types";
export { AssignClaimsInput } from "./assign-claims.types";

/**
 * An editor assigns claims — some, or every open claim of an article — to one person of the desk, with an
 * optional due date (or unassigns them). Each change is audited; the assignee gets one inbox item per article.
 * Assigning does not bump the claim's revision: it is not an edit of the claim, and must not make a reviewer's
 * open form stale.
 */
export async function assignClaims(actor: Actor, input: z.output<typeof AssignClaimsInput>) {
  assertCan(actor, "claim.assign");
  return getDb().$transaction(async (tx) => {
    const assignee = input.assigneeId ? await tx.user.findUnique({ where: { id: input.assigneeId } }) : null;
    if (input.assigneeId && (!assignee || assignee.disabled || !can(assignee.role, "claim.take"))) {
      throw new InvalidInputError("assigneeId", "assigneeId: is not a reviewer or editor of the desk");
    }
    let ids: string[];
    if (input.articleId) {
      const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
      if (!article) throw new NotFoundError("Article");
      ids = (await tx.claim.findMany({ where: { articleId: article.id, status: { in: [...OPEN_CLAIM_STATUSES] } }, select: { id: true } })).map((c) => c.id);
    } else {
      ids = [...new Set(input.claimIds)];
    }
    await lockClaims(tx, ids);
    const claims = await tx.claim.findMany({ where: { id: { in: ids } }, include: { article: { select: { id: true, title: true } } }, orderBy: [{ articleId: "asc" }, { start: "asc" }] });
    if (claims.length !== ids.length) throw new InvalidInputError("claimIds", "claimIds: one of the claims does not exist");
    const closed = claims.find((c) => !(OPEN_CLAIM_STATUSES as readonly string[]).includes(c.status));
    if (closed) throw new InvalidInputError("claimIds", `claimIds: a ${closed.status} claim cannot be assigned; reopen it first`);

    const changed = claims.filter((c) => c.assigneeId !== (assignee?.id ?? null) || (c.dueAt?.getTime() ?? null) !== (input.dueAt?.getTime() ?? null));
    for (const claim of changed) {
      await tx.claim.update({ where: { id: claim.id }, data: { assigneeId: assignee?.id ?? null, dueAt: input.dueAt } });
      await recordAudit(tx, actor.id, {
        action: "claim.assign",
        entityId: claim.id,
        before: { assigneeId: claim.assigneeId, dueAt: claim.dueAt },
        after: { assigneeId: assignee?.id ?? null, assigneeName: assignee?.name ?? null, dueAt: input.dueAt, taken: false },
      });
    }
    if (assignee && assignee.id !== actor.id) {
      const byArticle = new Map<string, typeof changed>();
      for (const c of changed.filter((c) => c.assigneeId !== assignee.id)) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
      for (const group of byArticle.values()) {
        const first = group[0]!;
        const what = group.length === 1 ? "a claim" : `${group.length} claims`;
        const due = input.dueAt ? `, due ${input.dueAt.toISOString().slice(0, 10)}` : "";
        await notify(tx, { userId: assignee.id, actorId: actor.id, kind: "assignment", claimId: first.id, text: `${actor.name} assigned you ${what} in “${first.article.title}”${due}` });
      }
    }
    return { assigned: changed.length, claimIds: changed.map((c) => c.id) };
  });
}
