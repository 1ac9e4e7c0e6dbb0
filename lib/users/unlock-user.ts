import "server-only";
import type { Actor } from "../auth/actor";
import { accountLimitKey } from "../auth/sign-in-throttle";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { getUserAdminData } from "./list-users";
import { loadUserForAdmin } from "./load-user-for-admin";
import type { UserAdminData } from "./users.types";

/** An admin forgets an account's failed sign-ins, so a locked account can sign in again at once. */
export async function unlockUser(actor: Actor, userId: string): Promise<UserAdminData> {
  return getDb().$transaction(async (tx) => {
    const user = await loadUserForAdmin(tx, actor, userId);
    const key = accountLimitKey(user.email);
    const counter = await tx.rateLimit.findUnique({ where: { key } });
    if (counter) {
      await tx.rateLimit.delete({ where: { key } });
      const failedSignIns = counter.expire && counter.expire > new Date() ? counter.points : 0;
      await recordAudit(tx, actor.id, { action: "user.unlock", entityId: userId, before: { email: user.email, failedSignIns } });
    }
    return getUserAdminData(tx, userId);
  });
}
