import { getServerSession } from "next-auth";
import { getDb } from "../db/client";
import type { Actor } from "./actor";
import { authOptions } from "./auth-options";

/**
 * The signed-in user, read fresh from the database: a disabled account or a changed role takes effect
 * on the next request, not when the token expires.
 */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({ where: { id }, select: { id: true, role: true, name: true, email: true, disabled: true } });
  if (!user || user.disabled) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
