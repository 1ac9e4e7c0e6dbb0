import { getToken, type JWT } from "next-auth/jwt";

type TokenRequest = Parameters<typeof getToken>[0]["req"];

// Decrypted session tokens by their exact ciphertext, oldest first. A token is put here only after it
// decrypted and verified, and its expiry is checked on every hit: the cache saves the key derivation
// (HKDF) and the JWE decryption that every API request otherwise pays.
const decoded = new Map<string, JWT>();
const MAX_CACHED_TOKENS = 10_000;

/**
 * The next-auth session token of the request (the `next-auth.session-token` cookie, chunked or not, or a
 * Bearer header), decrypted; null when absent, forged or expired.
 */
export async function readSessionToken(req: { cookies: unknown; headers: unknown }): Promise<JWT | null> {
  const request = req as unknown as TokenRequest;
  const raw = await getToken({ req: request, raw: true });
  if (!raw) return null;
  const nowSeconds = Date.now() / 1000;
  const cached = decoded.get(raw);
  if (cached) {
    if (typeof cached.exp === "number" && cached.exp > nowSeconds) return cached;
    decoded.delete(raw);
    return null;
  }
  const token = await getToken({ req: request });
  if (!token || typeof token.exp !== "number" || token.exp <= nowSeconds) return null;
  if (decoded.size >= MAX_CACHED_TOKENS) decoded.delete(decoded.keys().next().value as string);
  decoded.set(raw, token);
  return token;
}
