import "server-only";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { InvalidInputError } from "../errors";
import { ChangeUserRoleInput } from "./change-user-role.types";
import { getUserAdminData } from "./list-users";
import { loadUserForAdmin } from "./load-user-for-admin";
import type { UserAdminData } from "./users.types";
export { ChangeUserRoleInput };

/** An admin changes an account's role; the user's sessions end (a database trigger bumps sessionVersion). */
export async function changeUserRole(actor: Actor, userId: string, input: ChangeUserRoleInput): Promise<UserAdminData> {
  const { role } = ChangeUserRoleInput.parse(input);
  return getDb().$transaction(async (tx) => {
    const user = await loadUserForAdmin(tx, actor, userId);
    if (user.id === actor.id && role !== "admin") throw new InvalidInputError("role", "role: you cannot take the admin role from yourself; ask another admin");
    if (user.role !== role) {
      await tx.user.update({ where: { id: userId }, data: { role } });
      const snapshot = { email: user.email, name: user.name };
      await recordAudit(tx, actor.id, { action: "user.role", entityId: userId, before: { ...snapshot, role: user.role }, after: { ...snapshot, role } });
    }
    return getUserAdminData(tx, userId);
  });
}
