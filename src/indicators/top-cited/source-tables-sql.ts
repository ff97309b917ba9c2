/**
 * The CWTS and InCites Top-x% tables (docs/methodology.md §8.3, §8.5, §14) computed by the shipped
 * SQL over a Parquet corpus: each is a few Top-x% runs side by side (full and fractional CWTS
 * counting, Top10% and Top1%; InCites percentiles at 10% and 1%), and each run is `top.sql`
 * (`topCitedFromSql`) with the options the TypeScript table gives it (`cwtsRun`, `incitesRun`),
 * so the rows are assembled by the same code as `cwtsTopCited` and `incitesTopCited`. With the
 * corpus as reference either table takes any kind of reference sets (`referenceSets`), as
 * `copub top --table cwts|incites --reference-sets …` does by computing a threshold table over
 * them first: the SQL computes those thresholds itself (`topCitedOverSetsFromSql`).
 */
import type * as z from "zod";

import { checkOptions } from "../../diagnostics/checked-options.ts";
import type { SqlSession } from "../sql/duckdb-corpus.ts";
import { CwtsTopCitedOptionsSchema, type CwtsTopCitedRow, cwtsRows, cwtsRun } from "./cwts-top-cited.ts";
import {
  IncitesTopCitedOptionsSchema,
  type IncitesTopCitedRow,
  incitesRows,
  incitesRun,
} from "./incites-top-cited.ts";
import { ReferenceSetKindSchema } from "./reference-sets.ts";
import type { ThresholdTable } from "./threshold-table.ts";
import { topCitedFromSql, topCitedOverSetsFromSql } from "./top-cited-sql.ts";
import type { TopCitedRow, TopCitedTable } from "./top-cited-table.ts";
import { REFERENCE_REQUIRED, type TopCitedOptionsInput } from "./top-options.ts";

/**
 * Options of `cwtsTopCitedFromSql`: those of `cwtsTopCited`, and with the corpus as reference any
 * kind of reference sets (default `"field-year-type"`, CWTS's).
 */
export const CwtsTopCitedSqlOptionsSchema = CwtsTopCitedOptionsSchema.extend({
  /** The sets of thresholds from the corpus; a table brings its own. */
  referenceSets: ReferenceSetKindSchema.default("field-year-type"),
});

/** Options of `cwtsTopCitedFromSql` as a caller gives them. */
export type CwtsTopCitedSqlOptionsInput = z.input<typeof CwtsTopCitedSqlOptionsSchema>;

/**
 * Options of `incitesTopCitedFromSql`: those of `incitesTopCited`, and with the corpus as
 * reference any kind of reference sets (default `"category-year-type"`, InCites').
 */
export const IncitesTopCitedSqlOptionsSchema = IncitesTopCitedOptionsSchema.extend({
  /** The sets of thresholds from the corpus; a table brings its own. */
  referenceSets: ReferenceSetKindSchema.default("category-year-type"),
});

/** Options of `incitesTopCitedFromSql` as a caller gives them. */
export type IncitesTopCitedSqlOptionsInput = z.input<typeof IncitesTopCitedSqlOptionsSchema>;

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
  options: CwtsTopCitedSqlOptionsInput,
): Promise<SourceTableFromSql<CwtsTopCitedRow>> {
  const { referenceSets, ...settled } = checkOptions(
    CwtsTopCitedSqlOptionsSchema,
    options,
    "cwtsTopCitedFromSql options",
    {
      reference: REFERENCE_REQUIRED,
    },
  );
  const runs = new Map<string, TopCitedTable>();
  for (const counting of ["integer", "fractional"] as const)
    for (const percentile of [10, 1] as const)
      runs.set(
        `${counting} ${percentile}`,
        await runOver(
          session,
          cwtsRun({ ...settled, referenceSets: "field-year-type" }, settled.reference, counting, percentile),
          referenceSets,
        ),
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
  options: IncitesTopCitedSqlOptionsInput,
): Promise<SourceTableFromSql<IncitesTopCitedRow>> {
  const { referenceSets, ...settled } = checkOptions(
    IncitesTopCitedSqlOptionsSchema,
    options,
    "incitesTopCitedFromSql options",
    {
      reference: REFERENCE_REQUIRED,
    },
  );
  const runs = new Map<string, TopCitedTable>();
  for (const percentile of [10, 1] as const)
    runs.set(
      String(percentile),
      await runOver(session, incitesRun(settled, settled.reference, percentile), referenceSets),
    );
  return {
    rows: incitesRows((percentile) => rowsOf(runs, String(percentile))),
    reference: sourceOf(runs),
  };
}

/** One run: over `referenceSets` with the corpus as reference, over the table's sets with a table. */
function runOver(
  session: SqlSession,
  run: TopCitedOptionsInput,
  referenceSets: z.infer<typeof ReferenceSetKindSchema>,
): Promise<TopCitedTable> {
  const { reference } = run;
  return reference === "corpus"
    ? topCitedOverSetsFromSql(session, { ...run, reference }, referenceSets)
    : topCitedFromSql(session, run);
}

function rowsOf(runs: ReadonlyMap<string, TopCitedTable>, key: string): readonly TopCitedRow[] {
  return runs.get(key)?.rows ?? [];
}

function sourceOf(runs: ReadonlyMap<string, TopCitedTable>): ThresholdTable["source"] {
  const [first] = runs.values();
  if (first === undefined) throw new Error("a source table without runs");
  return first.reference;
}
