import "server-only";
import type { Actor } from "../auth/actor";
import { hashPassword } from "../auth/hash-password";
import { accountLimitKey } from "../auth/sign-in-throttle";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { generateOneTimePassword } from "./generate-one-time-password";
import { getUserAdminData } from "./list-users";
import { loadUserForAdmin } from "./load-user-for-admin";
import type { UserAdminData } from "./users.types";

/**
 * An admin replaces a forgotten password with a one-time password (shown once): the user's sessions end
 * (the new hash bumps sessionVersion), a lock from failed sign-ins is lifted, and the next sign-in must
 * choose a new password.
 */
export async function resetUserPassword(actor: Actor, userId: string): Promise<{ user: UserAdminData; oneTimePassword: string }> {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return getDb().$transaction(async (tx) => {
    const user = await loadUserForAdmin(tx, actor, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } });
    await tx.rateLimit.deleteMany({ where: { key: accountLimitKey(user.email) } });
    await recordAudit(tx, actor.id, { action: "user.reset_password", entityId: userId, after: { email: user.email } });
    return { user: await getUserAdminData(tx, userId), oneTimePassword };
  });
}
