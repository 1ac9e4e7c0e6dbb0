import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import type { Tx } from "../db/client";
import { NotFoundError } from "../errors";

/** The rating an admin changes, locked for the change (FOR UPDATE); 404 when there is none. */
export async function loadRatingForAdmin(tx: Tx, actor: Actor, ratingId: string) {
  assertCan(actor, "rating.manage");
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Rating" WHERE "id" = ${ratingId} FOR UPDATE`;
  if (!locked) throw new NotFoundError("Rating");
  return tx.rating.findUniqueOrThrow({ where: { id: ratingId } });
}
