import "server-only";
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/hash-password";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { InvalidInputError } from "../errors";
import { ChangeOwnPasswordInput } from "./change-own-password.types";
export { ChangeOwnPasswordInput };

/**
 * A signed-in user replaces their password (the one-time password an admin gave, or their own). Every
 * session of theirs ends (the new hash bumps sessionVersion): the client signs in again with the new one.
 */
export async function changeOwnPassword(actor: Actor, input: ChangeOwnPasswordInput): Promise<{ ok: true }> {
  assertCan(actor, "account.change_password");
  const data = ChangeOwnPasswordInput.parse(input);
  const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) throw new InvalidInputError("currentPassword", "currentPassword: is not your current password");
  const passwordHash = await hashPassword(data.newPassword);
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } });
    await recordAudit(tx, actor.id, { action: "user.change_password", entityId: actor.id, before: { oneTimePassword: user.mustChangePassword } });
  });
  return { ok: true };
}
