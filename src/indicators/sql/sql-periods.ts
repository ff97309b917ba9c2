/**
 * The periods of an indicator run as SQL (docs/methodology.md §6): settled exactly as the
 * TypeScript indicators settle them — over the publication years present among the papers in
 * scope, with the same check that a window's years are all there — and handed to the shipped SQL
 * as the `copub_periods` view.
 */
import type { YearWindow } from "../../normalize/publication-year.ts";
import { comparePeriods, type PeriodsInput, periodLabel, periodPlan } from "../core/periods.ts";
import type { SqlSession } from "./duckdb-corpus.ts";
import { viewStatement } from "./shipped-sql.ts";

/**
 * The publication years of the papers in scope.
 * @example
 * await yearsPresent(session) // → Set { 2019, 2020, 2021 }
 */
export async function yearsPresent(session: SqlSession): Promise<ReadonlySet<number>> {
  const rows = await session.query("SELECT DISTINCT year FROM papers WHERE in_scope AND year IS NOT NULL");
  return new Set(rows.map((row) => Number(row.year)));
}

/**
 * The final periods of one or more specs over the years present, each once, ascending.
 * @param session - the corpus
 * @param specs - the periods specs (a table's periods, and a compare window as a one-window spec)
 * @throws MissingYearsError when a period's years are not all present (§6)
 * @example
 * await settlePeriods(session, [{ kind: "moving", size: 3 }]) // → [{ from: 2019, to: 2021 }, …]
 */
export async function settlePeriods(
  session: SqlSession,
  specs: readonly (PeriodsInput | undefined)[],
): Promise<YearWindow[]> {
  const present = await yearsPresent(session);
  const periods = new Map<string, YearWindow>();
  for (const spec of specs)
    for (const period of periodPlan(spec).resolve(present)) periods.set(periodLabel(period), period);
  return [...periods.values()].sort(comparePeriods);
}

/**
 * The `copub_periods` view of the shipped SQL: label, first and last year of each period.
 * @example
 * periodsStatement([{ from: 2019, to: 2021 }])
 * // → "CREATE OR REPLACE TEMPORARY VIEW copub_periods AS SELECT … FROM (VALUES ('2019-2021', 2019, 2021)) AS t(period, year_from, year_to)"
 */
export function periodsStatement(periods: readonly YearWindow[]): string {
  return viewStatement(
    "copub_periods",
    [
      ["period", "STRING"],
      ["year_from", "INT"],
      ["year_to", "INT"],
    ],
    periods.map((p) => [periodLabel(p), p.from, p.to]),
  );
}
