import "server-only";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { DomainError } from "../errors";
import { ratingSnapshot } from "./list-rating-scale";
import { loadRatingForAdmin } from "./load-rating-for-admin";

/** A rating some verdict uses: deleting it would rewrite those verdicts, so it can only be retired. */
export class RatingInUseError extends DomainError {
  constructor(verdicts: number) {
    super(`This rating is used by ${verdicts === 1 ? "1 verdict" : `${verdicts} verdicts`}: retire it instead (hidden from new verdicts, kept on old ones)`, 409, "rating_in_use");
  }
}

/** An admin deletes a rating no verdict has ever used. */
export async function deleteRating(actor: Actor, ratingId: string): Promise<{ ok: true }> {
  return getDb().$transaction(async (tx) => {
    const rating = await loadRatingForAdmin(tx, actor, ratingId);
    const verdicts = await tx.verdict.count({ where: { ratingId } });
    if (verdicts > 0) throw new RatingInUseError(verdicts);
    await tx.rating.delete({ where: { id: ratingId } });
    await recordAudit(tx, actor.id, { action: "rating.delete", entityId: ratingId, before: ratingSnapshot(rating) });
    return { ok: true as const };
  });
}
