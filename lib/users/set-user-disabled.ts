import "server-only";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { InvalidInputError } from "../errors";
import { getUserAdminData } from "./list-users";
import { loadUserForAdmin } from "./load-user-for-admin";
import { SetUserDisabledInput } from "./set-user-disabled.types";
import type { UserAdminData } from "./users.types";
export { SetUserDisabledInput };

/**
 * An admin disables an account (or enables it again). A disabled user cannot sign in, and their open
 * sessions stop at their next request: the database trigger bumps sessionVersion, which every request checks.
 * Accounts are never deleted: the audit log keeps who did what.
 */
export async function setUserDisabled(actor: Actor, userId: string, input: SetUserDisabledInput): Promise<UserAdminData> {
  const { disabled } = SetUserDisabledInput.parse(input);
  return getDb().$transaction(async (tx) => {
    const user = await loadUserForAdmin(tx, actor, userId);
    if (user.id === actor.id && disabled) throw new InvalidInputError("disabled", "disabled: you cannot disable your own account; ask another admin");
    if (user.disabled !== disabled) {
      await tx.user.update({ where: { id: userId }, data: { disabled, sessionVersion: { increment: 1 } } });
      await recordAudit(tx, actor.id, { action: disabled ? "user.disable" : "user.enable", entityId: userId, before: { email: user.email, disabled: user.disabled }, after: { disabled } });
    }
    return getUserAdminData(tx, userId);
  });
}
