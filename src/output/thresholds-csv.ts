/**
 * A threshold table as CSV (docs/methodology.md §8.1): one row per reference set and percentile, with
 * the tie weight and scale factor exactly, so that thresholds computed once from a full extraction
 * can score later country-only exports (`copub top --reference thresholds.csv`). Every cell is one
 * a spreadsheet reads as what it is: each weight is a decimal (12 places) followed by its exact
 * fraction as two whole numbers, never `1/4`, which spreadsheets read as a date.
 */
import { parseRational, type Rational } from "../indicators/core/rational.ts";
import type { ThresholdTable } from "../indicators/top-cited/threshold-table.ts";
import { type CsvCell, toCsv } from "./csv.ts";
import { decimalText } from "./round.ts";

/** Decimal places of the weight columns: within the 15 significant digits spreadsheets keep. */
const WEIGHT_DIGITS = 12;

/** Columns of a threshold table file, in order. */
export const THRESHOLD_COLUMNS = [
  "referenceSets",
  "citationCount",
  "field",
  "year",
  "docType",
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
  return toCsv(
    THRESHOLD_COLUMNS,
    table.rows.map((row) => [
      table.referenceSets,
      table.citationCount,
      row.field,
      row.year,
      row.docType,
      row.percentile,
      row.papers,
      row.above,
      row.atThreshold,
      row.threshold,
      ...weightCells(row.tieWeight),
      ...weightCells(row.scaleFactor),
    ]),
  );
}

/** A weight's three cells: decimal, numerator, denominator (all empty when it is unknown). */
function weightCells(fraction: string | null): [CsvCell, CsvCell, CsvCell] {
  const value: Rational | null = fraction === null ? null : parseRational(fraction);
  if (value === null) return [null, null, null];
  return [decimalText(value, WEIGHT_DIGITS), `${value.numerator}`, `${value.denominator}`];
}
