/**
 * The Content-Security-Policy of every page: scripts only from the app itself and those carrying this
 * request's nonce (Next puts it on its own inline scripts), `strict-dynamic` for the chunks they load; no
 * plugins, no framing (clickjacking), forms post only to the app. Styles allow inline `style` attributes,
 * which React renders; scripts never run inline without the nonce.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // Dev mode's React refresh evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS for two years, only when the app is served over https (a browser ignores it over http anyway). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function isServedOverHttps(request: Request): boolean {
  const configured = process.env.NEXTAUTH_URL;
  if (configured?.startsWith("https://")) return true;
  return (request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "")) === "https";
}
