/**
 * A threshold table as CSV (METHODOLOGY.md §8.1): one row per reference set and percentile, with
 * the exact tie weight and scale factor, so that thresholds computed once from a full extraction
 * can score later country-only exports (`copub top --reference thresholds.csv`).
 */
import type { ThresholdTable } from "../indicators/top-cited/threshold-table.ts";
import { toCsv } from "./csv.ts";

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
  "scaleFactor",
] as const;

/**
 * The table as CSV that `parseThresholdsCsv` reads back.
 * @example
 * thresholdsCsv(topThresholds(dataSetT.papers))
 * // → "referenceSets,citationCount,field,year,docType,percentile,papers,above,atThreshold,threshold,tieWeight,scaleFactor\n
 * //    field-year,TC,PHY,2021,all,10,20,1,4,12,1/4,2/5\nfield-year,TC,PHY,2021,all,1,20,0,1,31,1/5,1/5\n"
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
      row.tieWeight,
      row.scaleFactor,
    ]),
  );
}
