/**
 * The collaboration table computed by the shipped SQL (`indicators/sql/collaboration.sql`) over a
 * Parquet corpus instead of by the pass over papers: the same options, settled the same way, and
 * the same table, row for row (docs/scale-out.md). The SQL sums; this module sets its parameters
 * and puts its results in the table's shape.
 */
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { ALL_FIELDS } from "../core/row-keys.ts";
import type { CountingWarning } from "../counting/country-weights.ts";
import { countingColumn } from "../sql/counting-column.ts";
import type { SqlRow, SqlSession } from "../sql/duckdb-corpus.ts";
import { paramsStatement, runShippedSql, sqlNumber } from "../sql/shipped-sql.ts";
import { periodsStatement, settlePeriods } from "../sql/sql-periods.ts";
import {
  type CollaborationOptionsInput,
  CollaborationOptionsSchema,
  type CollaborationRow,
  type CollaborationTable,
} from "./collaboration.ts";

/**
 * `collaborationIndicators` of the papers in scope of a Parquet corpus, computed by SQL.
 * @param session - the corpus, from `openParquetCorpus`
 * @param options - as for `collaborationIndicators`, every counting method and switch
 * @throws MissingYearsError when a window's years are not all present (§6)
 * @example
 * await collaborationFromSql(await openParquetCorpus("corpus-parquet"), { counting: "fractional" })
 * // → { counting: "fractional", method: "nistep", rows: [{ country: "AU", period: "2021", … }], … }
 */
export async function collaborationFromSql(
  session: SqlSession,
  options: CollaborationOptionsInput = {},
): Promise<CollaborationTable> {
  const settled = checkOptions(CollaborationOptionsSchema, options, "collaborationFromSql options");
  const fractional = settled.counting === "fractional";
  const method = countingColumn(settled);
  const periods = await settlePeriods(session, [settled.periods]);
  const results = await runShippedSql(session, "collaboration", [
    paramsStatement([
      ["counting", "STRING", settled.counting],
      ["method", "STRING", method],
      ["by_field", "BOOLEAN", settled.byField],
    ]),
    periodsStatement(periods),
  ]);
  const totals = new Map(
    (results.get("totals") ?? []).map((row) => [String(row.item), sqlNumber(row.value) ?? 0]),
  );
  const warnings: Record<CountingWarning, number> = {
    "fraction-renormalized": totals.get("fraction-renormalized") ?? 0,
    "cwts-fallback-address": totals.get("cwts-fallback-address") ?? 0,
  };
  return {
    counting: settled.counting,
    method: fractional ? settled.method : "integer",
    rows: (results.get("rows") ?? []).map(collaborationRow),
    unattributed: (results.get("unattributed") ?? []).map((row) => ({
      period: String(row.period),
      field: String(row.field ?? ALL_FIELDS),
      inScope: sqlNumber(row.in_scope) ?? 0,
      attributable: sqlNumber(row.attributable) ?? 0,
      unattributed: sqlNumber(row.unattributed) ?? 0,
    })),
    papersRead: totals.get("papers_read") ?? 0,
    papersOutsidePeriods: totals.get("papers_outside_periods") ?? 0,
    warnings,
  };
}

function collaborationRow(row: SqlRow): CollaborationRow {
  const value = (name: string) => sqlNumber(row[name]) ?? 0;
  return {
    country: String(row.country),
    period: String(row.period),
    field: String(row.field),
    papers: value("papers"),
    domestic: value("domestic"),
    domesticSingleInstitution: value("domestic_single_institution"),
    domesticMultiInstitution: value("domestic_multi_institution"),
    international: value("international"),
    bilateral: value("bilateral"),
    multilateral: value("multilateral"),
    internationalShare: sqlNumber(row.international_share),
  };
}
