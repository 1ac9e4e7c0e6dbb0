import { cookies, headers } from "next/headers";
import { NextRequest } from "next/server";
import { cache } from "react";
import type { Actor } from "./actor";
import { readSessionToken } from "./read-session-token";
import { actorForToken } from "./session-actor";

/**
 * The signed-in user of a server-rendered page, read fresh from the database: a disabled account, a
 * changed role or a sign-out takes effect on the next request, not when the token expires. The session
 * cookie is decrypted directly (cached by its ciphertext, see readSessionToken), then one primary-key query;
 * once per request (React cache), however many layouts, pages and metadata functions ask.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return actorForToken(await readSessionToken({ cookies: cookieStore, headers: headerList }));
});

/** The signed-in user of an API request: from its session cookie (or a Bearer token), checked as above. */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  // NextRequest only to read the cookies: route handlers get one, tests and scripts may pass a plain Request.
  const req = request instanceof NextRequest ? request : new NextRequest(request.url, { headers: request.headers });
  return actorForToken(await readSessionToken(req));
}
