import { cookies, headers } from "next/headers";
import { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { Actor } from "./actor";
import { actorForToken } from "./session-actor";

type TokenRequest = Parameters<typeof getToken>[0]["req"];

/** The signed-in user of a server-rendered page (reads the request's cookies through next/headers). */
export async function getActor(): Promise<Actor | null> {
  const req = { headers: Object.fromEntries((await headers()).entries()), cookies: await cookies() };
  return actorForToken(await getToken({ req: req as unknown as TokenRequest }));
}

/** The signed-in user of an API request: from its session cookie (or a Bearer token), checked as above. */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  // NextRequest only to read the cookies: route handlers get one, tests and scripts may pass a plain Request.
  const req = request instanceof NextRequest ? request : new NextRequest(request.url, { headers: request.headers });
  return actorForToken(await getToken({ req }));
}
