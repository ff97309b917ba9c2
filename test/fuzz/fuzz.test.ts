// A modest fuzz run in every `npm test`: mutated real exports through the library and the CLI,
// with a fixed seed so a failure is the same on every machine. `npm run fuzz` runs thousands
// (docs/reliability.md). COPUB_FUZZ_SEED changes the seed here too.
import { describe, expect, it } from "vitest";
import { NEEDS_SHARED } from "../_shared-samples.ts";
import { runFuzz } from "./_fuzz.ts";

const seed = Number(process.env.COPUB_FUZZ_SEED ?? 20_261_205);

describe(`fuzz: mutated exports never escape the accounting${NEEDS_SHARED}`, () => {
  it("160 library cases and 16 CLI cases (seed 20261205): no internal error, reports add up, output deterministic", async () => {
    const summary = await runFuzz({
      seed,
      runs: 160,
      cliRuns: 16,
      full: false,
      hugeBytes: 300 * 1024,
      hangGuardMs: 30_000,
      shrink: true,
    });
    expect(summary.cases).toBe(160);
    expect(summary.cliCases).toBe(16);
  }, 240_000);
});
