import "server-only";
import type { JWT } from "next-auth/jwt";
import { sqlRows } from "../db/client";
import type { Role } from "../db/generated/enums";
import type { Actor } from "./actor";

/**
 * The user a session token stands for, read fresh with one primary-key query (plain SQL: it runs on
 * every request, see sqlRows): a disabled account, a changed role or password, or a sign-out (each bumps
 * the user's sessionVersion) ends every older token at its next request instead of when it expires.
 */
export async function actorForToken(token: JWT | null): Promise<Actor | null> {
  const id = typeof token?.uid === "string" ? token.uid : null;
  if (!id || typeof token?.sv !== "number") return null;
  const [user] = await sqlRows<{ id: string; role: Role; name: string; email: string; disabled: boolean; sessionVersion: number; mustChangePassword: boolean }>(
    `SELECT "id", "role", "name", "email", "disabled", "sessionVersion", "mustChangePassword" FROM "User" WHERE "id" = $1`,
    [id],
  );
  if (!user || user.disabled || user.sessionVersion !== token.sv) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, ...(user.mustChangePassword ? { mustChangePassword: true } : {}) };
}
