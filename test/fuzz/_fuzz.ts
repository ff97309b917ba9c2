// The fuzz runs: seeded fast-check properties over mutated exports, through the library
// (`openWos`, every format, gzip, whole and chunked) and through the CLI. `fuzz.test.ts` runs a
// modest number in `npm test`; `npm run fuzz` (run.ts) runs as many as asked.
import fc from "fast-check";
import { checkCli, checkReading, TIGHT_LIMITS, withHangGuard } from "./_checks.ts";
import { type FuzzCase, fuzzCases, MUTATION_KINDS, mutate } from "./_mutations.ts";
import { type SeedFile, seedFiles } from "./_seeds.ts";

/** How a fuzz run goes. */
export interface FuzzOptions {
  /** fast-check's seed: the same seed gives the same cases. */
  readonly seed: number;
  /** Cases read through the library. */
  readonly runs: number;
  /** Cases run through the CLI (read and corpus; one in eight also report). */
  readonly cliRuns: number;
  /** Mutate whole exports instead of their first records. */
  readonly full: boolean;
  /** Largest value a `huge-value` mutation inserts, in bytes. */
  readonly hugeBytes: number;
  /** A case that takes longer fails (a hang guard, not a speed test). */
  readonly hangGuardMs: number;
  /** Shrink a failing case to a smaller one before reporting it (slower). */
  readonly shrink: boolean;
  /** Told of each case before it runs (the runner of `npm run fuzz` prints the one that hangs). */
  readonly onCase?: (index: number, label: string, fuzzCase: FuzzCase) => void;
}

/** What a fuzz run tried and what came of it, for the record (docs/reliability.md). */
export interface FuzzSummary {
  readonly seedFiles: number;
  readonly sharedSamples: boolean;
  readonly cases: number;
  readonly cliCases: number;
  /** Cases per mutation kind (a case may have several). */
  readonly byKind: Record<string, number>;
  /** Outcomes: `read:<format>` or `error:<code>`. */
  readonly outcomes: Record<string, number>;
  /** Rejections per code over all readings. */
  readonly rejections: Record<string, number>;
  /** CLI exit codes. */
  readonly exitCodes: Record<string, number>;
}

const add = (counts: Record<string, number>, key: string, n = 1): void => {
  counts[key] = (counts[key] ?? 0) + n;
};

/** A case's name: its seed file and its mutations. */
export function caseLabel(files: readonly SeedFile[], fuzzCase: FuzzCase): string {
  const kinds = fuzzCase.mutations.map((m) => m.kind).join("+");
  return `${files[fuzzCase.seed]?.name ?? "?"} ${kinds}${fuzzCase.gzip ? "+gzip" : ""}`;
}

/**
 * Runs the fuzz properties and returns what was tried.
 * @throws the fast-check failure (seed, path and counterexample to replay it) when a property breaks
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const { files, shared } = seedFiles(options.full);
  const summary: FuzzSummary = {
    seedFiles: files.length,
    sharedSamples: shared,
    cases: 0,
    cliCases: 0,
    byKind: Object.fromEntries(MUTATION_KINDS.map((k) => [k, 0])),
    outcomes: {},
    rejections: {},
    exitCodes: {},
  };
  const budget = { hugeBytes: options.hugeBytes };
  const parameters = { seed: options.seed, endOnFailure: !options.shrink } as const;
  let index = 0;
  const bytesOf = (fuzzCase: FuzzCase): Uint8Array =>
    mutate(files[fuzzCase.seed]?.bytes ?? new Uint8Array(), fuzzCase, budget);

  await fc.assert(
    fc.asyncProperty(
      fuzzCases(files.length),
      fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      async (fuzzCase, chunkSizes, tight) => {
        const label = caseLabel(files, fuzzCase);
        options.onCase?.(index++, label, fuzzCase);
        const outcome = await withHangGuard(options.hangGuardMs, label, () =>
          checkReading(bytesOf(fuzzCase), label, tight ? TIGHT_LIMITS : {}, chunkSizes),
        );
        (summary as { cases: number }).cases++;
        for (const m of fuzzCase.mutations) add(summary.byKind, m.kind);
        add(summary.outcomes, outcome.kind === "read" ? `read:${outcome.format}` : `error:${outcome.code}`);
        if (outcome.kind === "read")
          for (const [code, n] of Object.entries(outcome.byCode)) add(summary.rejections, code, n);
      },
    ),
    { ...parameters, numRuns: options.runs },
  );

  if (options.cliRuns > 0) {
    await fc.assert(
      fc.asyncProperty(fuzzCases(files.length), fc.integer({ min: 0, max: 7 }), async (fuzzCase, eighth) => {
        const label = `cli ${caseLabel(files, fuzzCase)}`;
        options.onCase?.(index++, label, fuzzCase);
        const codes = await withHangGuard(options.hangGuardMs, label, () =>
          checkCli(bytesOf(fuzzCase), fuzzCase.gzip ? "case.gz" : "case.txt", eighth === 0),
        );
        (summary as { cliCases: number }).cliCases++;
        for (const code of codes) add(summary.exitCodes, String(code));
      }),
      { ...parameters, numRuns: options.cliRuns },
    );
  }
  return summary;
}
