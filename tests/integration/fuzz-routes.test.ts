// Property-based fuzzing of every API route (tests/fuzz/route-fuzz.ts): a few hundred generated inputs per
// route method through the real handler and PostgreSQL. `npm run fuzz` runs 10,000 per route.
import { beforeAll, describe, expect, it } from "vitest";
import { fuzzRoute, listFuzzTargets, prepareFuzzFixtures, type FuzzFixtures, type FuzzTarget } from "../fuzz/route-fuzz";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

let fixtures: FuzzFixtures;

beforeAll(async () => {
  fixtures = await prepareFuzzFixtures();
});

const targets: FuzzTarget[] = await listFuzzTargets();

describe("every route answers generated input with a 2xx or a 4xx with a message, never a 5xx or a partial write", () => {
  it("covers every route handler", () => {
    expect(targets.length).toBeGreaterThanOrEqual(17);
  });

  it.each(targets.map((t) => [`${t.method} ${t.pattern}`, t] as const))("%s", async (_name, target) => {
    const report = await fuzzRoute(target, fixtures, { runs: RUNS, seed: SEED });
    expect(report.cases).toBe(RUNS);
    expect(report.failures.slice(0, 5)).toEqual([]);
  }, 600_000);
});
