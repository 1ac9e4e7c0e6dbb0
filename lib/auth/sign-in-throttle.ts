import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "../db/client";
import { DomainError } from "../errors";

/** Failed sign-ins allowed per account, and per client address, within the window. */
export const SIGN_IN_LIMITS = { perAccount: 8, perAddress: 40, windowSeconds: 15 * 60 } as const;

export class TooManySignInsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minutes.`, 429, "too_many_sign_ins");
  }
}

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | null = null;

// Counters live in PostgreSQL (model RateLimit), so every app server behind a load balancer counts the same.
function getLimiters() {
  if (!limiters) {
    const common = { storeClient: getDb(), tableName: "rateLimit", duration: SIGN_IN_LIMITS.windowSeconds, clearExpiredByTimeout: false };
    limiters = {
      account: new RateLimiterPrisma({ ...common, keyPrefix: "signin:account", points: SIGN_IN_LIMITS.perAccount }),
      address: new RateLimiterPrisma({ ...common, keyPrefix: "signin:address", points: SIGN_IN_LIMITS.perAddress }),
    };
  }
  return limiters;
}

const accountKey = (email: string) => email.trim().toLowerCase();

/** Refuses a sign-in attempt for an account or address that failed too often in the window. */
export async function assertSignInAllowed(email: string, address: string | null): Promise<void> {
  const { account, address: byAddress } = getLimiters();
  const [a, b] = await Promise.all([account.get(accountKey(email)), address ? byAddress.get(address) : null]);
  const blocked = [a && a.consumedPoints >= SIGN_IN_LIMITS.perAccount ? a : null, b && b.consumedPoints >= SIGN_IN_LIMITS.perAddress ? b : null].filter(
    (r): r is RateLimiterRes => r !== null,
  );
  if (blocked.length) throw new TooManySignInsError(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
}

/** Counts a failed attempt against the account and the address. */
export async function recordFailedSignIn(email: string, address: string | null): Promise<void> {
  const { account, address: byAddress } = getLimiters();
  // consume() rejects once over the limit; the count is what matters here, not the rejection.
  await Promise.allSettled([account.consume(accountKey(email)), address ? byAddress.consume(address) : Promise.resolve()]);
}

/** A successful sign-in forgets the account's failures. */
export async function clearFailedSignIns(email: string): Promise<void> {
  await getLimiters().account.delete(accountKey(email));
}
