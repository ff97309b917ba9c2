// The shipped SQL's sums are exact (DECIMAL in units of 2^-96, docs/parquet.md), so DuckDB's
// threads, which add partial sums in whatever order they finish, cannot change a digit: on a
// generated corpus of 5,000 papers in 26 yearly Parquet partitions, where plain DOUBLE sums gave
// 4 threads different last digits than 1 thread (fractional Top10% papers and collaboration
// rows), the JSON of every indicator is the same bytes at 1, 2 and 4 threads; and the
// collaboration table, whose terms are copub's own (weight x field share), is the TypeScript
// table to the last digit (both are the exact sum of the same doubles, rounded once).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticExport } from "../../../benchmarks/generate/write.ts";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { loadCorpus } from "../../../src/corpus/load-corpus.ts";
import { collaborationIndicators } from "../../../src/indicators/collaboration/collaboration.ts";
import { collaborationFromSql } from "../../../src/indicators/collaboration/collaboration-sql.ts";
import type { PeriodsInput } from "../../../src/indicators/core/periods.ts";
import { partnersFromSql } from "../../../src/indicators/partners/partners-sql.ts";
import { openParquetCorpus } from "../../../src/indicators/sql/duckdb-corpus.ts";
import { incitesTopCitedFromSql } from "../../../src/indicators/top-cited/source-tables-sql.ts";
import { topCitedFromSql } from "../../../src/indicators/top-cited/top-cited-sql.ts";
import { exportParquet, HAVE_DUCKDB, NEEDS_DUCKDB } from "../../_parquet.ts";
import { resultsAtThreads } from "./_threads.ts";

let root = "";
let corpus: Corpus;
const windows: PeriodsInput = { kind: "moving", size: 3 };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "copub-sql-threads-"));
  if (!HAVE_DUCKDB) return;
  const file = join(root, "generated.txt");
  await writeSyntheticExport(file, { format: "plain", records: 5000, seed: 7 });
  const { skipped: _, ...loaded } = await loadCorpus([file]);
  corpus = loaded;
  await exportParquet(join(root, "parquet"), corpus);
}, 600_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.skipIf(!HAVE_DUCKDB)(`shipped SQL with several DuckDB threads${NEEDS_DUCKDB}`, () => {
  it("gives the same bytes with 1, 2 and 4 threads on a generated corpus", async () => {
    const [one = "", ...more] = await resultsAtThreads(join(root, "parquet"), [1, 2, 4], async (session) => [
      await collaborationFromSql(session, {
        counting: "fractional",
        method: "author",
        byField: true,
        periods: windows,
      }),
      await collaborationFromSql(session, { counting: "fractional", byField: true }),
      await topCitedFromSql(session, { reference: "corpus", counting: "fractional", byField: true }),
      await topCitedFromSql(session, {
        reference: "corpus",
        counting: "fractional",
        countingMethod: "cwts",
        referenceSets: "field-year-type",
        periods: windows,
      }),
      await incitesTopCitedFromSql(session, { reference: "corpus", periods: windows }),
      await partnersFromSql(session, { focal: "US", byField: true }),
    ]);
    expect(one.length).toBeGreaterThan(100_000);
    expect(more).toEqual([one, one]);
  }, 600_000);

  it("gives the TypeScript collaboration table to the last digit under fractional counting", async () => {
    const session = await openParquetCorpus(join(root, "parquet"), { threads: 4 });
    try {
      for (const options of [
        { counting: "fractional", byField: true },
        { counting: "fractional", method: "cwts", periods: windows },
        { counting: "fractional", method: "author", cwtsRenormalize: true, byField: true },
      ] as const) {
        const sql = await collaborationFromSql(session, options);
        expect(sql.rows.length).toBeGreaterThan(100);
        expect(sql).toEqual(collaborationIndicators(corpus.papers, options));
      }
    } finally {
      session.close();
    }
  }, 600_000);
});
