import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import type { Tx } from "../db/client";
import { NotFoundError } from "../errors";

/** The account an admin acts on, locked for the change (FOR UPDATE); 404 when there is none. */
export async function loadUserForAdmin(tx: Tx, actor: Actor, userId: string) {
  assertCan(actor, "user.manage");
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  if (!locked) throw new NotFoundError("User");
  return tx.user.findUniqueOrThrow({ where: { id: userId } });
}
