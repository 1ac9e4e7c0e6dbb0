/** Methods that change something: only these need to prove they come from the app's own pages. */
export const STATE_CHANGING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The app's own origin: NEXTAUTH_URL's when set (the public address behind a proxy), else the request's. */
export function appOrigin(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // an invalid NEXTAUTH_URL is refused at start-up; fall through for scripts and tests
    }
  }
  return new URL(request.url).origin;
}

/**
 * Why a state-changing request must be refused as cross-site, or null when it may go on. Browsers send
 * Sec-Fetch-Site and Origin: anything but the app's own origin (another site, or another port of the same
 * host, which is "same-site" but not "same-origin") is refused. A request with neither comes from a
 * program, not a browser page riding on a user's cookie, and goes on.
 */
export function crossOriginRefusal(request: Request): string | null {
  if (!STATE_CHANGING_METHODS.has(request.method.toUpperCase())) return null;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return `a ${site} request may not change anything here`;
  const origin = request.headers.get("origin");
  if (origin && origin !== appOrigin(request)) return "a request from another origin may not change anything here";
  return null;
}
