import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { getDb } from "../../../lib/db/client";
import type { Actor } from "../../../lib/auth/actor";

export const ORIGIN = "http://localhost";
const APP_API = path.resolve(import.meta.dirname, "../../../app/api");

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/** A session cookie exactly as next-auth issues it at sign-in, for this user's current session version. */
export async function sessionCookie(actor: Actor): Promise<string> {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true, role: true } });
  const token = await encode({ token: { uid: actor.id, role: user.role, sv: user.sessionVersion, email: actor.email }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

/** Every route file under app/api, as the route pattern ("/api/claims/[id]") and its file. */
export function listRouteFiles(): { pattern: string; file: string }[] {
  const found: { pattern: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js)$/.test(name)) found.push({ pattern: "/api/" + path.relative(APP_API, dir).split(path.sep).join("/"), file: full });
    }
  };
  walk(APP_API);
  return found.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export async function loadRoute(pattern: string): Promise<Record<string, Handler | unknown>> {
  const file = listRouteFiles().find((r) => r.pattern === pattern)?.file;
  if (!file) throw new Error(`no route ${pattern}`);
  return (await import(file)) as Record<string, Handler>;
}

export interface CallOptions {
  as?: Actor | null;
  cookie?: string;
  /** Values for the dynamic segments, e.g. { id }. */
  params?: Record<string, string | string[]>;
  query?: Record<string, string>;
  /** A JSON body (sent as application/json unless headers say otherwise), or FormData. */
  body?: unknown;
  /** Sent as the raw body text. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** A response body as the tests read it: any shape, asserted field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

/** Calls a route handler as the app would: a real Request, the session cookie, the path params. */
export async function callRoute(pattern: string, method: string, options: CallOptions = {}): Promise<{ status: number; json: AnyJson; text: string; headers: Headers }> {
  const mod = await loadRoute(pattern);
  const handler = mod[method] as Handler | undefined;
  if (typeof handler !== "function") throw new Error(`${pattern} has no ${method}`);
  const params = options.params ?? {};
  const urlPath = pattern.replace(/\[\.{3}(\w+)\]|\[(\w+)\]/g, (_m, rest: string | undefined, one: string | undefined) => {
    const value = params[(rest ?? one)!];
    // A URL carries UTF-8: a lone surrogate cannot be in one (the handler still gets the raw value in params).
    return encodeURIComponent((Array.isArray(value) ? value.join("/") : (value ?? "x")).replace(/[\uD800-\uDFFF]/g, (c, i: number, all: string) => (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(all.slice(i, i + 2)) || /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(all.slice(i - 1, i + 1)) ? c : "\uFFFD")));
  });
  const url = new URL(ORIGIN + urlPath);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  const headers = new Headers(options.headers);
  const cookie = options.cookie ?? (options.as ? await sessionCookie(options.as) : undefined);
  if (cookie) headers.set("cookie", cookie);
  let body: BodyInit | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(url, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON (a Markdown report)
  }
  return { status: response.status, json, text, headers: response.headers };
}
