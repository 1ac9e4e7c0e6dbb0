import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import type { Tx } from "../db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../errors";
import { lockClaims } from "../claims/lock-claims";

/**
 * The evidence an edit, a deletion or an archived copy is about, locked with its claim: it must exist and not
 * be deleted, be the actor's own unless they may edit anyone's, and its claim must not be published — a
 * published verdict's evidence changes only through a correction (reopen the claim first), so the report
 * never shows a source other than the one the verdict was published on. `revision`, when given, must match.
 */
export async function loadEvidenceForEdit(tx: Tx, actor: Actor, evidenceId: string, revision?: number) {
  assertCan(actor, "evidence.edit_own");
  const found = await tx.evidence.findUnique({ where: { id: evidenceId }, select: { claimId: true } });
  if (!found) throw new NotFoundError("Evidence");
  await lockClaims(tx, [found.claimId]);
  const evidence = await tx.evidence.findUnique({ where: { id: evidenceId }, include: { claim: { select: { id: true, status: true } }, archive: { select: { id: true } } } });
  if (!evidence || evidence.deletedAt) throw new NotFoundError("Evidence");
  if (evidence.addedById !== actor.id && !can(actor.role, "evidence.edit_any")) throw new ForbiddenError(`Your role (${actor.role}) may only edit or delete evidence you added yourself`);
  if (evidence.claim.status === "published") throw new InvalidInputError("claimId", "claimId: the claim is published; reopen it for a correction before changing its evidence");
  if (revision !== undefined && evidence.revision !== revision) throw new ConflictError("Someone changed this evidence since you opened it; reload to see their version.", { revision: evidence.revision });
  return evidence;
}

/** What the audit log keeps of a piece of evidence. */
export function evidenceSnapshot(e: { id: string; claimId: string; url: string; title: string; publisher: string | null; publishedAt: Date | null; excerpt: string | null; stance: string }) {
  return { id: e.id, claimId: e.claimId, url: e.url, title: e.title, publisher: e.publisher, publishedAt: e.publishedAt, excerpt: e.excerpt, stance: e.stance };
}
