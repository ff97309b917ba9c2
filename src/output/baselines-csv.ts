/**
 * A citation baseline table as CSV (docs/methodology.md §10.3): one row per reference set with its
 * papers, citations and mean citations, the mean exactly, so that baselines computed once from a
 * full extraction can normalize later country-only exports (`copub impact --reference
 * baselines.csv`). Written like a threshold table: the mean as a decimal (12 places) followed by
 * its exact fraction as two whole numbers.
 */
import type { BaselineTable } from "../indicators/impact/baseline-table.ts";
import { joinChunks } from "./text-chunks.ts";
import { fractionCells, referenceTableCsvChunks } from "./thresholds-csv.ts";

/**
 * Columns of a baseline table file after the reference set, in order.
 * @example
 * BASELINE_COLUMNS // → ["papers", "citations", "mean", "meanNumerator", "meanDenominator"], after the key columns
 */
export const BASELINE_COLUMNS = ["papers", "citations", "mean", "meanNumerator", "meanDenominator"] as const;

/**
 * The table as CSV that `parseBaselinesCsv` reads back.
 * @example
 * baselinesCsv(citationBaselines(papers))
 * // → "referenceSets,citationCount,field,year,docType,papers,citations,mean,meanNumerator,meanDenominator\n
 * //    field-year,TC,PHY,2021,all,1.5,14,9.333333333333,28,3\n"
 */
export function baselinesCsv(table: BaselineTable): string {
  return joinChunks(baselinesCsvChunks(table));
}

/**
 * The chunks of `baselinesCsv(table)`, rows written as they come.
 * @example
 * await writeOutputFile("baselines.csv", baselinesCsvChunks(table));
 */
export function baselinesCsvChunks(table: BaselineTable): Generator<string, void, undefined> {
  return referenceTableCsvChunks(table, BASELINE_COLUMNS, (row) => [
    row.papers,
    row.citations,
    ...fractionCells(row.mean),
  ]);
}
