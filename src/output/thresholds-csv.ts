/**
 * A threshold table as CSV (docs/methodology.md §8.1): one row per reference set and percentile, with
 * the tie weight and scale factor exactly, so that thresholds computed once from a full extraction
 * can score later country-only exports (`copub top --reference thresholds.csv`). Every cell is one
 * a spreadsheet reads as what it is: each weight is a decimal (12 places) followed by its exact
 * fraction as two whole numbers, never `1/4`, which spreadsheets read as a date.
 */
import { parseRational, type Rational } from "../indicators/core/rational.ts";
import type { ReferenceSetKey } from "../indicators/top-cited/reference-sets.ts";
import type { ThresholdTable } from "../indicators/top-cited/threshold-table.ts";
import { type CsvCell, csvChunks } from "./csv.ts";
import { decimalText } from "./round.ts";
import { joinChunks, mapped } from "./text-chunks.ts";

/** Decimal places of the weight columns: within the 15 significant digits spreadsheets keep. */
const WEIGHT_DIGITS = 12;

/** The columns that name a line's reference set, first in every reference table file. */
const REFERENCE_SET_COLUMNS = ["referenceSets", "citationCount", "field", "year", "docType"] as const;

/**
 * Columns of a threshold table file after the reference set, in order.
 * @example
 * THRESHOLD_COLUMNS.slice(0, 5) // → ["percentile", "papers", "above", "atThreshold", "threshold"]
 */
export const THRESHOLD_COLUMNS = [
  "percentile",
  "papers",
  "above",
  "atThreshold",
  "threshold",
  "tieWeight",
  "tieWeightNumerator",
  "tieWeightDenominator",
  "scaleFactor",
  "scaleFactorNumerator",
  "scaleFactorDenominator",
] as const;

/**
 * The table as CSV that `parseThresholdsCsv` reads back.
 * @example
 * thresholdsCsv(topThresholds(dataSetT.papers))
 * // → "referenceSets,citationCount,field,year,docType,percentile,papers,above,atThreshold,threshold,tieWeight,tieWeightNumerator,tieWeightDenominator,scaleFactor,scaleFactorNumerator,scaleFactorDenominator\n
 * //    field-year,TC,PHY,2021,all,10,20,1,4,12,0.25,1,4,0.4,2,5\nfield-year,TC,PHY,2021,all,1,20,0,1,31,0.2,1,5,0.2,1,5\n"
 */
export function thresholdsCsv(table: ThresholdTable): string {
  return joinChunks(thresholdsCsvChunks(table));
}

/**
 * The chunks of `thresholdsCsv(table)`, rows written as they come.
 * @example
 * await writeOutputFile("thresholds.csv", thresholdsCsvChunks(table));
 */
export function thresholdsCsvChunks(table: ThresholdTable): Generator<string, void, undefined> {
  return referenceTableCsvChunks(table, THRESHOLD_COLUMNS, (row) => [
    row.percentile,
    row.papers,
    row.above,
    row.atThreshold,
    row.threshold,
    ...fractionCells(row.tieWeight),
    ...fractionCells(row.scaleFactor),
  ]);
}

/**
 * A reference table (thresholds, citation baselines) as CSV: each line's reference set —
 * the table's grouping and citation count, the set's field, year and document type — then its
 * own cells. `parseThresholdsCsv` and `parseBaselinesCsv` read this layout.
 * @param table - the grouping, citation count and rows
 * @param columns - the columns after the reference set
 * @param cells - a row's cells in `columns` order
 * @example
 * referenceTableCsv(baselines, ["papers", "citations"], (row) => [row.papers, row.citations])
 * // → "referenceSets,citationCount,field,year,docType,papers,citations\nfield-year,TC,PHY,2021,all,4,16\n"
 */
export function referenceTableCsv<R extends ReferenceSetKey>(
  table: { readonly referenceSets: string; readonly citationCount: string; readonly rows: readonly R[] },
  columns: readonly string[],
  cells: (row: R) => CsvCell[],
): string {
  return joinChunks(referenceTableCsvChunks(table, columns, cells));
}

/**
 * The chunks of `referenceTableCsv(table, columns, cells)`, rows written as they come.
 * @example
 * [...referenceTableCsvChunks(baselines, ["papers"], (row) => [row.papers])].join("") // → "referenceSets,…,papers\nfield-year,TC,PHY,2021,all,4\n"
 */
export function referenceTableCsvChunks<R extends ReferenceSetKey>(
  table: { readonly referenceSets: string; readonly citationCount: string; readonly rows: readonly R[] },
  columns: readonly string[],
  cells: (row: R) => CsvCell[],
): Generator<string, void, undefined> {
  return csvChunks(
    [...REFERENCE_SET_COLUMNS, ...columns],
    mapped(table.rows, (row) => [
      table.referenceSets,
      table.citationCount,
      row.field,
      row.year,
      row.docType,
      ...cells(row),
    ]),
  );
}

/**
 * An exact fraction's three cells: the decimal a spreadsheet reads (12 places), then numerator and
 * denominator; all empty when it is unknown. Tie weights, scale factors and baseline means are
 * written so.
 * @param fraction - `"1/3"`, `"4"`, or `null`
 * @example
 * fractionCells("1/3") // → ["0.333333333333", "1", "3"]
 */
export function fractionCells(fraction: string | null): [CsvCell, CsvCell, CsvCell] {
  const value: Rational | null = fraction === null ? null : parseRational(fraction);
  if (value === null) return [null, null, null];
  return [decimalText(value, WEIGHT_DIGITS), `${value.numerator}`, `${value.denominator}`];
}
