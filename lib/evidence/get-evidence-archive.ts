import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { canSeeVerdictsOf } from "../verdicts/verdict-visibility";

/** The archived copy of a piece of evidence, for whoever may read the claim's evidence (viewers: published claims only). */
export async function getEvidenceArchive(actor: Actor, evidenceId: string) {
  assertCan(actor, "article.read");
  const archive = await getDb().evidenceArchive.findUnique({ where: { evidenceId }, include: { evidence: { select: { deletedAt: true, claim: { select: { status: true } } } } } });
  // Not found, rather than forbidden, for what the reader may not see: its existence is the desk's business.
  if (!archive || !canSeeVerdictsOf(actor, archive.evidence.claim.status)) throw new NotFoundError("Archived copy");
  return archive;
}
