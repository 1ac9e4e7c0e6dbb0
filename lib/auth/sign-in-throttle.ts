import "server-only";
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

const ACCOUNT_KEY_PREFIX = "signin:account";

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | null = null;

// Counters live in PostgreSQL (model RateLimit), so every app server behind a load balancer counts the same.
function getLimiters() {
  if (!limiters) {
    const common = { storeClient: getDb(), tableName: "rateLimit", duration: SIGN_IN_LIMITS.windowSeconds, clearExpiredByTimeout: false };
    limiters = {
      account: new RateLimiterPrisma({ ...common, keyPrefix: ACCOUNT_KEY_PREFIX, points: SIGN_IN_LIMITS.perAccount }),
      address: new RateLimiterPrisma({ ...common, keyPrefix: "signin:address", points: SIGN_IN_LIMITS.perAddress }),
    };
  }
  return limiters;
}

const accountKey = (email: string) => email.trim().toLowerCase();
/** The RateLimit row that counts an account's failed sign-ins (rate-limiter-flexible's `prefix:key`). */
export function accountLimitKey(email: string): string {
  return `${ACCOUNT_KEY_PREFIX}:${accountKey(email)}`;
}

/**
 * Takes one try from the account's and the address's allowance before the password is checked: the
 * counters are incremented in one statement each, so concurrent guesses cannot all pass a check made before
 * any of them was counted. Over the limit: TooManySignInsError.
 */
export async function consumeSignInAttempt(email: string, address: string | null): Promise<void> {
  const { account, address: byAddress } = getLimiters();
  const results = await Promise.allSettled([account.consume(accountKey(email)), address ? byAddress.consume(address) : Promise.resolve(null)]);
  const refused: RateLimiterRes[] = [];
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    // consume() rejects with the counter's state when over the limit, and with an Error when the store fails.
    if (result.reason instanceof RateLimiterRes) refused.push(result.reason);
    else throw result.reason;
  }
  if (refused.length) throw new TooManySignInsError(Math.max(...refused.map((r) => r.msBeforeNext)) / 1000);
}

/** A successful sign-in forgets the account's failures and gives the address its try back. */
export async function forgetSignInAttempt(email: string, address: string | null): Promise<void> {
  const { account, address: byAddress } = getLimiters();
  await Promise.all([account.delete(accountKey(email)), address ? byAddress.reward(address, 1) : null]);
}
