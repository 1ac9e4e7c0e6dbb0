import "server-only";
import { getDb, type Db, type Tx } from "../db/client";
import { accountLimitKey, SIGN_IN_LIMITS } from "../auth/sign-in-throttle";
import type { UserAdminData } from "./users.types";

type UserRow = { id: string; email: string; name: string; role: UserAdminData["role"]; disabled: boolean; mustChangePassword: boolean; createdAt: Date };

const USER_FIELDS = { id: true, email: true, name: true, role: true, disabled: true, mustChangePassword: true, createdAt: true } as const;

/** The accounts with their sign-in lock state, read from the failed sign-in counters. */
async function withLockState(db: Db | Tx, users: UserRow[]): Promise<UserAdminData[]> {
  const counters = await db.rateLimit.findMany({ where: { key: { in: users.map((u) => accountLimitKey(u.email)) }, expire: { gt: new Date() } } });
  const failures = new Map(counters.map((c) => [c.key, c.points]));
  return users.map((user) => {
    const failedSignIns = failures.get(accountLimitKey(user.email)) ?? 0;
    return { ...user, failedSignIns, locked: failedSignIns >= SIGN_IN_LIMITS.perAccount };
  });
}

/** Every account, by name: the admin's user list. */
export async function listUsers(db: Db | Tx = getDb()): Promise<UserAdminData[]> {
  return withLockState(db, await db.user.findMany({ select: USER_FIELDS, orderBy: [{ name: "asc" }, { id: "asc" }] }));
}

/** One account as the list shows it. */
export async function getUserAdminData(db: Db | Tx, userId: string): Promise<UserAdminData> {
  const [view] = await withLockState(db, [await db.user.findUniqueOrThrow({ where: { id: userId }, select: USER_FIELDS })]);
  return view!;
}
