import type { Actor } from "./actor";
import { assertSignInAllowed, clearFailedSignIns, recordFailedSignIn } from "./sign-in-throttle";
import { verifyCredentials } from "./verify-credentials";

/**
 * The credentials sign-in: refused while the account or address has failed too often (brute force), else
 * the user these credentials belong to, or null; failures are counted, a success forgets them.
 */
export async function signInWithPassword(credentials: unknown, address: string | null): Promise<Actor | null> {
  const email = typeof (credentials as { email?: unknown } | null)?.email === "string" ? (credentials as { email: string }).email : "";
  await assertSignInAllowed(email, address);
  const actor = await verifyCredentials(credentials);
  if (!actor) {
    await recordFailedSignIn(email, address);
    return null;
  }
  await clearFailedSignIns(email);
  return actor;
}
