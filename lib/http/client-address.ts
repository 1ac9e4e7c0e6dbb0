import proxyaddr from "proxy-addr";
import { z } from "zod";

/**
 * The header through which Factdesk's own server (scripts/serve.mts) tells the app the client's address:
 * `<per-process token> <address>`. The server sets it on every request, replacing whatever the client sent,
 * and the token (FACTDESK_CLIENT_ADDRESS_TOKEN, made at start) proves it came from there.
 */
export const CLIENT_ADDRESS_HEADER = "x-factdesk-client-address";

const TrustedProxies = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(",").map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$|^(loopback|linklocal|uniquelocal)$/, "must be IP addresses or CIDR ranges, comma-separated")));

/**
 * Which peers may speak for the client through `X-Forwarded-For` (FACTDESK_TRUSTED_PROXIES, e.g.
 * "10.0.0.0/8,loopback"); by default none, so a forwarded header from anyone is ignored.
 */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): (address: string, hop: number) => boolean {
  const parsed = TrustedProxies.safeParse(env.FACTDESK_TRUSTED_PROXIES);
  if (!parsed.success) throw new Error(`FACTDESK_TRUSTED_PROXIES: ${parsed.error.issues[0]?.message}`);
  return parsed.data.length ? proxyaddr.compile(parsed.data) : () => false;
}

/** The client's address for a Node request: the socket's peer, or what trusted proxies forwarded. */
export function clientAddressOf(req: Parameters<typeof proxyaddr>[0], trust: ReturnType<typeof trustedProxies>): string {
  return proxyaddr(req, trust);
}

/** The address the server vouched for, or null when the request did not come through it. */
export function vouchedClientAddress(header: string | null | undefined, token = process.env.FACTDESK_CLIENT_ADDRESS_TOKEN): string | null {
  if (!token || !header) return null;
  const [given, address] = header.split(" ");
  return given === token && address ? address : null;
}
