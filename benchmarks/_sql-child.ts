/**
 * One run of the SQL benchmark (`sql.bench.ts`) in a fresh Node process, so that its peak
 * resident memory is DuckDB's and this run's alone: opens the Parquet corpus, runs one
 * indicator's shipped SQL and sends back the wall time, the peak RSS and the result's rows.
 *
 *   _sql-child.ts <dir> <run> [threads] [memory-limit]
 */
import { collaborationFromSql } from "../src/indicators/collaboration/collaboration-sql.ts";
import { partnersFromSql } from "../src/indicators/partners/partners-sql.ts";
import { openParquetCorpus } from "../src/indicators/sql/duckdb-corpus.ts";
import { yearsPresent } from "../src/indicators/sql/sql-periods.ts";
import { topCitedFromSql } from "../src/indicators/top-cited/top-cited-sql.ts";
import { round } from "./_harness.ts";
import type { SqlRunResult } from "./sql.bench.ts";

const [dir = "", run = "", threads = "", memoryLimit = ""] = process.argv.slice(2);
const started = performance.now();
const session = await openParquetCorpus(dir, {
  ...(threads === "" ? {} : { threads: Number(threads) }),
  ...(memoryLimit === "" ? {} : { memoryLimit }),
});
const rows = await (async () => {
  switch (run) {
    case "years":
      return (await yearsPresent(session)).size;
    case "collaboration":
      return (await collaborationFromSql(session, { byField: true })).rows.length;
    case "collaboration-fractional":
      return (await collaborationFromSql(session, { counting: "fractional", byField: true })).rows.length;
    case "top":
      return (await topCitedFromSql(session, { reference: "corpus" })).rows.length;
    case "top-fractional":
      return (await topCitedFromSql(session, { reference: "corpus", counting: "fractional", byField: true }))
        .rows.length;
    case "partners":
      return (await partnersFromSql(session, { focal: "US", byField: true })).rows.length;
    default:
      throw new Error(`unknown run ${run}`);
  }
})();
session.close();
const result: SqlRunResult = {
  run,
  seconds: round((performance.now() - started) / 1000, 2),
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  rows,
};
process.send?.(result);
