import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isServedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

/**
 * Runs before every page and API request: a fresh CSP nonce per request (Next reads it from the request's
 * Content-Security-Policy header and puts it on its scripts), the policy on the response, and HSTS over https.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (isServedOverHttps(request)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Not for Next's static files: they carry no scripts of their own to protect and are cached.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
