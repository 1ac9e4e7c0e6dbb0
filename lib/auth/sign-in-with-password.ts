import { consumeSignInAttempt, forgetSignInAttempt } from "./sign-in-throttle";
import { verifyCredentials, type SignedInUser } from "./verify-credentials";

/**
 * The credentials sign-in: every attempt first uses up one try of the account and of the address (brute
 * force), refused once either has none left; then the user these credentials belong to, or null. A success
 * gives the tries back.
 */
export async function signInWithPassword(credentials: unknown, address: string | null): Promise<SignedInUser | null> {
  const email = typeof (credentials as { email?: unknown } | null)?.email === "string" ? (credentials as { email: string }).email : "";
  await consumeSignInAttempt(email, address);
  const user = await verifyCredentials(credentials);
  if (user) await forgetSignInAttempt(email, address);
  return user;
}
