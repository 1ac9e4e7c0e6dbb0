import type { JWT } from "next-auth/jwt";
import { getDb } from "../db/client";
import type { Actor } from "./actor";

/**
 * The user a session token stands for, read fresh with one indexed query: a disabled account, a changed
 * role or password, or a sign-out (each bumps the user's sessionVersion) ends every older token at its next
 * request instead of when it expires.
 */
export async function actorForToken(token: JWT | null): Promise<Actor | null> {
  const id = typeof token?.uid === "string" ? token.uid : null;
  if (!id || typeof token?.sv !== "number") return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, role: true, name: true, email: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== token.sv) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
