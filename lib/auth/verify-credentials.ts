import "server-only";
import { z } from "zod";
import { getDb } from "../db/client";
import type { Actor } from "./actor";
import { verifyPassword } from "./hash-password";

export const CredentialsInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(200),
});

// Verifying against a fixed hash when the email is unknown keeps the time the same, so timing does not
// tell which of email or password was wrong.
const UNKNOWN_USER_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$9zrXNvli5QV1PfU9UbdGkQ$10S1gr/zqdb3U2KVOxR2BlioW8zBUVvGPPWaBp/Xx/M";

export type SignedInUser = Actor & { sessionVersion: number };

/** The user these credentials belong to, or null (one answer for every failure). */
export async function verifyCredentials(raw: unknown): Promise<SignedInUser | null> {
  const parsed = CredentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const user = await getDb().user.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, parsed.data.password);
  if (!user || !ok || user.disabled) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
