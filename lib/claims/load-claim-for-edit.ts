import type { Tx } from "../db/client";
import { ConflictError, NotFoundError } from "../errors";
import { lockClaims } from "./lock-claims";

/**
 * Locks a claim for a change of its span and checks the caller's view is current: the claim's revision,
 * and (when given) the article version its offsets were read on. Returns the claim and the article text.
 */
export async function loadClaimForEdit(tx: Tx, claimId: string, expected: { revision: number; articleVersion?: number }) {
  await lockClaims(tx, [claimId]);
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) throw new NotFoundError("Claim");
  const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { text: true, versionNumber: true } });
  if (claim.revision !== expected.revision) {
    throw new ConflictError("This claim was changed by someone else since you opened it; reload to see the change.", { revision: claim.revision });
  }
  if (expected.articleVersion !== undefined && expected.articleVersion !== article.versionNumber) {
    throw new ConflictError(`The article has a newer version (${article.versionNumber}) than the one you edited (${expected.articleVersion}); reload to see it.`, { revision: claim.revision, articleVersion: article.versionNumber });
  }
  return { claim, article };
}
