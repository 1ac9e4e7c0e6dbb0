import { cookies, headers } from "next/headers";
import { sqlRows } from "../db/client";
import type { Role } from "../db/generated/enums";
import type { Actor } from "./actor";
import { readSessionToken } from "./read-session-token";

/**
 * The signed-in user, read fresh from the database: a disabled account or a changed role takes effect
 * on the next request, not when the token expires.
 *
 * Per request: the session cookie decrypted directly (not through getServerSession, which runs the whole
 * next-auth handler and its callbacks each time) and cached by its ciphertext, then ONE primary-key
 * query, in plain SQL because it runs on every request (see sqlRows).
 */
export async function getActor(): Promise<Actor | null> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const token = await readSessionToken({ cookies: cookieStore, headers: headerList });
  const id = typeof token?.uid === "string" ? token.uid : null;
  if (!id) return null;
  const [user] = await sqlRows<{ id: string; role: Role; name: string; email: string; disabled: boolean }>(
    `SELECT "id", "role", "name", "email", "disabled" FROM "User" WHERE "id" = $1`,
    [id],
  );
  if (!user || user.disabled) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
