// A modest fuzz run in every `npm test`: mutated real exports through the library and the CLI,
// with a fixed seed so a failure is the same on every machine. `npm run fuzz` runs thousands
// (docs/reliability.md). COPUB_FUZZ_SEED changes the seed here too.
import { describe, expect, it } from "vitest";
import { NEEDS_SHARED } from "../_shared-samples.ts";
import { runFuzz } from "./_fuzz.ts";

const seed = Number(process.env.COPUB_FUZZ_SEED ?? 20_261_205);
/** Library and CLI cases: about 10 s on 2 cores, the rest is `npm run fuzz`'s. */
const RUNS = 400;
const CLI_RUNS = 32;

describe(`fuzz: mutated exports never escape the accounting${NEEDS_SHARED}`, () => {
  it("400 library cases and 32 CLI cases (seed 20261205): no internal error, reports add up, output deterministic", async () => {
    const summary = await runFuzz({
      seed,
      runs: RUNS,
      cliRuns: CLI_RUNS,
      full: false,
      hugeBytes: 300 * 1024,
      hangGuardMs: 30_000,
      shrink: true,
    });
    expect(summary.cases).toBe(RUNS);
    expect(summary.cliCases).toBe(CLI_RUNS);
  }, 240_000);
});
