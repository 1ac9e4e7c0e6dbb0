import { beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "../../lib/auth/sign-in-with-password";
import { SIGN_IN_LIMITS, TooManySignInsError } from "../../lib/auth/sign-in-throttle";
import { createUser, resetDatabase } from "./helpers/db";

let email: string;
let other: string;

beforeAll(async () => {
  await resetDatabase();
  email = (await createUser("reviewer", "right password here")).email;
  other = (await createUser("reviewer", "another password")).email;
});

describe("brute-force protection of sign-in", () => {
  it("a success after a few failures forgets them", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) expect(await signInWithPassword({ email, password: "wrong" }, "10.0.0.1")).toBeNull();
    expect((await signInWithPassword({ email, password: "right password here" }, "10.0.0.1"))?.email).toBe(email);
    expect(await signInWithPassword({ email, password: "wrong" }, "10.0.0.1")).toBeNull();
  });

  it("refuses an account after too many failures, even with the right password, and only that account", async () => {
    // One failure is left from the test before: the last attempts of this loop are already refused.
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) await signInWithPassword({ email: email.toUpperCase(), password: "wrong" }, `10.0.1.${i}`).catch(() => null);
    const refused = await signInWithPassword({ email, password: "right password here" }, "10.0.2.1").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TooManySignInsError);
    expect((refused as Error).message).toMatch(/Try again in 15 minutes/);
    expect((await signInWithPassword({ email: other, password: "another password" }, "10.0.2.1"))?.email).toBe(other);
  });

  it("refuses an address that fails across many accounts", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await signInWithPassword({ email: `nobody${i}@example.test`, password: "x" }, "10.9.9.9");
    await expect(signInWithPassword({ email: other, password: "another password" }, "10.9.9.9")).rejects.toBeInstanceOf(TooManySignInsError);
    expect((await signInWithPassword({ email: other, password: "another password" }, "10.9.9.10"))?.email).toBe(other);
  });
});
