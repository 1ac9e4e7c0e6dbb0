import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { InvalidInputError } from "../errors";
import { listRatingScale } from "./list-rating-scale";
import { ReorderRatingsInput, type RatingAdminView } from "./rating-admin.types";
export { ReorderRatingsInput };

/**
 * An admin puts the scale in a new order (best first): `order` names every rating once. The order is the
 * ordinal scale of the agreement measure and the order of the verdict form.
 */
export async function reorderRatings(actor: Actor, input: ReorderRatingsInput): Promise<RatingAdminView[]> {
  assertCan(actor, "rating.manage");
  const { order } = ReorderRatingsInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "Rating" IN SHARE ROW EXCLUSIVE MODE`;
    const ratings = await tx.rating.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
    const known = new Set(ratings.map((r) => r.id));
    if (new Set(order).size !== order.length || order.length !== ratings.length || order.some((id) => !known.has(id))) {
      throw new InvalidInputError("order", "order: must name every rating of the scale exactly once");
    }
    const byId = new Map(ratings.map((r) => [r.id, r]));
    const changed = order.some((id, position) => byId.get(id)!.position !== position);
    if (changed) {
      for (const [position, id] of order.entries()) await tx.rating.update({ where: { id }, data: { position } });
      await recordAudit(tx, actor.id, {
        action: "rating.reorder",
        entityId: "scale",
        before: { order: ratings.map((r) => r.label) },
        after: { order: order.map((id) => byId.get(id)!.label) },
      });
    }
    return listRatingScale(actor, tx);
  });
}
