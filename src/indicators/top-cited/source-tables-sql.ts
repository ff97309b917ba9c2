/**
 * The CWTS and InCites Top-x% tables (docs/methodology.md §8.3, §8.5, §14) computed by the shipped
 * SQL over a Parquet corpus: each is a few Top-x% runs side by side (full and fractional CWTS
 * counting, Top10% and Top1%; InCites percentiles at 10% and 1%), and each run is `top.sql`
 * (`topCitedFromSql`) with the options the TypeScript table gives it (`cwtsRun`, `incitesRun`),
 * so the rows are assembled by the same code as `cwtsTopCited` and `incitesTopCited`.
 */

import { checkOptions } from "../../diagnostics/checked-options.ts";
import type { SqlSession } from "../sql/duckdb-corpus.ts";
import {
  type CwtsTopCitedOptionsInput,
  CwtsTopCitedOptionsSchema,
  type CwtsTopCitedRow,
  cwtsRows,
  cwtsRun,
} from "./cwts-top-cited.ts";
import {
  type IncitesTopCitedOptionsInput,
  IncitesTopCitedOptionsSchema,
  type IncitesTopCitedRow,
  incitesRows,
  incitesRun,
} from "./incites-top-cited.ts";
import type { ThresholdTable } from "./threshold-table.ts";
import { topCitedFromSql } from "./top-cited-sql.ts";
import type { TopCitedRow, TopCitedTable } from "./top-cited-table.ts";
import { REFERENCE_REQUIRED } from "./top-options.ts";

/** A source's table computed by SQL: its rows and where its thresholds came from. */
export interface SourceTableFromSql<R> {
  /** The rows, as `cwtsTopCited` / `incitesTopCited` give them. */
  readonly rows: R[];
  /** The thresholds' source: the exported reference population, or the table given. */
  readonly reference: ThresholdTable["source"];
}

/**
 * `cwtsTopCited` of the papers in scope of a Parquet corpus, computed by SQL.
 * @param session - the corpus, from `openParquetCorpus`
 * @param options - as for `cwtsTopCited`; `reference: "corpus"` takes every exported paper as the
 *   reference population
 * @throws CopubError `invalid-option` without `reference`; MissingYearsError for a window's missing years
 * @example
 * (await cwtsTopCitedFromSql(session, { reference: "corpus" })).rows[0]
 * // → { country: "AU", period: "2013", field: "all", counting: "full", P: 12, "P(top 10%)": 1.5, … }
 */
export async function cwtsTopCitedFromSql(
  session: SqlSession,
  options: CwtsTopCitedOptionsInput,
): Promise<SourceTableFromSql<CwtsTopCitedRow>> {
  const settled = checkOptions(CwtsTopCitedOptionsSchema, options, "cwtsTopCitedFromSql options", {
    reference: REFERENCE_REQUIRED,
  });
  const runs = new Map<string, TopCitedTable>();
  for (const counting of ["integer", "fractional"] as const)
    for (const percentile of [10, 1] as const)
      runs.set(
        `${counting} ${percentile}`,
        await topCitedFromSql(session, cwtsRun(settled, settled.reference, counting, percentile)),
      );
  return {
    rows: cwtsRows((counting, percentile) => rowsOf(runs, `${counting} ${percentile}`)),
    reference: sourceOf(runs),
  };
}

/**
 * `incitesTopCited` of the papers in scope of a Parquet corpus, computed by SQL.
 * @param session - the corpus, from `openParquetCorpus`
 * @param options - as for `incitesTopCited`
 * @throws CopubError `invalid-option` without `reference`; MissingYearsError for a window's missing years
 * @example
 * (await incitesTopCitedFromSql(session, { reference: "corpus" })).rows[0]
 * // → { country: "AU", period: "2013", field: "all", "Web of Science Documents": 12, "Documents in Top 10%": 1, … }
 */
export async function incitesTopCitedFromSql(
  session: SqlSession,
  options: IncitesTopCitedOptionsInput,
): Promise<SourceTableFromSql<IncitesTopCitedRow>> {
  const settled = checkOptions(IncitesTopCitedOptionsSchema, options, "incitesTopCitedFromSql options", {
    reference: REFERENCE_REQUIRED,
  });
  const runs = new Map<string, TopCitedTable>();
  for (const percentile of [10, 1] as const)
    runs.set(
      String(percentile),
      await topCitedFromSql(session, incitesRun(settled, settled.reference, percentile)),
    );
  return {
    rows: incitesRows((percentile) => rowsOf(runs, String(percentile))),
    reference: sourceOf(runs),
  };
}

function rowsOf(runs: ReadonlyMap<string, TopCitedTable>, key: string): readonly TopCitedRow[] {
  return runs.get(key)?.rows ?? [];
}

function sourceOf(runs: ReadonlyMap<string, TopCitedTable>): ThresholdTable["source"] {
  const [first] = runs.values();
  if (first === undefined) throw new Error("a source table without runs");
  return first.reference;
}
