import "server-only";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { getRatingAdminView, ratingSnapshot } from "./list-rating-scale";
import { loadRatingForAdmin } from "./load-rating-for-admin";
import { UpdateRatingInput, type RatingAdminView } from "./rating-admin.types";
export { UpdateRatingInput };

/**
 * An admin edits a rating (label, description, colour, ClaimReview number), or retires it (`active: false`:
 * hidden from new verdicts, kept on the verdicts that have it) or brings it back. Old verdicts show the
 * rating as it is now: the audit log keeps what it was.
 */
export async function updateRating(actor: Actor, ratingId: string, input: UpdateRatingInput): Promise<RatingAdminView> {
  const { active, ...fields } = UpdateRatingInput.parse(input);
  return getDb().$transaction(async (tx) => {
    const before = await loadRatingForAdmin(tx, actor, ratingId);
    const edited = { ...before, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
    const afterEdit = ratingSnapshot(edited);
    if (JSON.stringify(afterEdit) !== JSON.stringify(ratingSnapshot(before))) {
      await tx.rating.update({ where: { id: ratingId }, data: fields });
      await recordAudit(tx, actor.id, { action: "rating.update", entityId: ratingId, before: ratingSnapshot(before), after: afterEdit });
    }
    if (active !== undefined && active !== before.active) {
      await tx.rating.update({ where: { id: ratingId }, data: { active } });
      await recordAudit(tx, actor.id, { action: active ? "rating.restore" : "rating.retire", entityId: ratingId, before: afterEdit, after: { ...afterEdit, active } });
    }
    return getRatingAdminView(tx, ratingId);
  });
}
