// Property-based fuzzing of the analyser and the importers' converters (tests/fuzz/lib-fuzz.ts): a few
// hundred generated texts and files each. `npm run fuzz` runs 10,000 of each.
import { describe, expect, it } from "vitest";
import { fuzzLib, LIB_TARGETS } from "../../fuzz/lib-fuzz";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

describe("the analyser and the importers take any text or file: an answer or a refusal that says why", () => {
  it.each(LIB_TARGETS.map((t) => [t.name, t] as const))("%s", async (_name, target) => {
    const report = await fuzzLib(target, { runs: RUNS, seed: SEED });
    expect(report.cases).toBe(RUNS);
    expect(report.failures.slice(0, 5)).toEqual([]);
  }, 600_000);
});
