/**
 * Reading a threshold table (docs/methodology.md §8.1): world thresholds per reference set, computed
 * once from a full extraction (`copub top --thresholds-out`) or taken from another source such as
 * ESI's baselines. A row gives `threshold` and either `papers`, `above` and `atThreshold` (from
 * which the tie weight and scale factor follow exactly), or the tie weight directly, or neither
 * (then only `--method inclusive`, `exclusive` or `incites` can use it). A weight is a decimal
 * (`tieWeight`) with, for exactness, its fraction as two whole numbers (`tieWeightNumerator`,
 * `tieWeightDenominator`), or a fraction `1/4` as earlier versions wrote it (`reference-table-csv.ts`).
 * Every row is checked.
 */
import {
  add,
  compare,
  formatRational,
  multiply,
  type Rational,
  rational,
  toNumber,
} from "../core/rational.ts";
import { compareKeys } from "./reference-set-pass.ts";
import type { ReferenceSetKey } from "./reference-sets.ts";
import {
  agrees,
  type CellReader,
  countCell,
  type LineFailure,
  loadReferenceTable,
  readReferenceTable,
  weightCells,
  wholeNumber,
} from "./reference-table-csv.ts";
import {
  type Percentile,
  PercentileSchema,
  type ThresholdRow,
  type ThresholdTable,
} from "./threshold-table.ts";
import { thresholdFromCounts, thresholdRow } from "./top-thresholds.ts";

/**
 * Parses a threshold table CSV.
 * @param text - the CSV text (BOM, CRLF and quoting are fine)
 * @param file - the table's name in messages and in the table's `source`
 * @param sha256 - the SHA-256 of the table's bytes; default: of `text` in UTF-8
 * @throws CopubError `invalid-option` naming the file and line: a missing column, a bad value, an
 *   inconsistent row (`above ≤ π·N < above + atThreshold` must hold), a repeated reference set
 * @example
 * parseThresholdsCsv("field,year,percentile,papers,above,atThreshold,threshold\nPHY,2021,10,20,1,4,12\n", "t.csv").rows[0]
 * // → { field: "PHY", year: 2021, docType: "all", percentile: 10, papers: 20, above: 1, atThreshold: 4, threshold: 12, tieWeight: "1/4", … }
 */
export function parseThresholdsCsv(text: string, file: string, sha256?: string): ThresholdTable {
  const table = readReferenceTable(text, file, sha256, {
    name: "threshold table",
    required: ["percentile", "threshold"],
    help: "copub top --help",
    row(key, cell, fail) {
      const percentile =
        PercentileSchema.safeParse(Number(cell("percentile"))).data ?? fail("percentile must be 10 or 1");
      const threshold =
        wholeNumber(cell("threshold")) ?? fail("threshold must be a whole number of citations");
      return {
        row: thresholdRowOf(key, percentile, threshold, cell, fail),
        label: `${key.field} ${key.year} ${key.docType} Top${percentile}%`,
      };
    },
  });
  return {
    ...table,
    snapshots: [],
    rows: table.rows.sort((a, b) => compareKeys(a, b) || b.percentile - a.percentile),
    unscored: {},
  };
}

/**
 * Reads and parses a threshold table file.
 * @param path - the CSV file
 * @throws CopubError `not-found` or `unreadable`; `invalid-option` for bad content (see `parseThresholdsCsv`)
 * @example
 * await loadThresholdsCsv("scie-thresholds.csv") // → { referenceSets: "field-year", rows: [ … ], source: { kind: "table", … } }
 */
export function loadThresholdsCsv(path: string): Promise<ThresholdTable> {
  return loadReferenceTable(path, "threshold table", parseThresholdsCsv);
}

/**
 * The row of a threshold table line: from `papers`, `above` and `atThreshold` when given (checked
 * to describe a threshold, and the tie weight and scale factor given checked against them), else
 * the threshold with the tie weight and scale factor given.
 */
function thresholdRowOf(
  key: ReferenceSetKey,
  percentile: Percentile,
  threshold: number,
  cell: CellReader,
  fail: LineFailure,
): ThresholdRow {
  const count = (name: string): Rational | null => {
    const text = cell(name);
    if (text === null) return null;
    return countCell(text) ?? fail(`${name} "${text}" is not a non-negative number`);
  };
  const papers = count("papers");
  const above = count("above");
  const at = count("atThreshold");
  const given = weightCells("tieWeight", cell, fail);
  const scale = weightCells("scaleFactor", cell, fail);
  const counts = [papers, above, at].filter((v) => v !== null).length;
  if (counts !== 0 && counts !== 3) fail("give all of papers, above and atThreshold, or none");
  if (given !== null && compare(given.value, rational(1n)) >= 0)
    fail("tieWeight must be below 1 (methodology §8.3)");
  if (papers === null || above === null || at === null)
    return {
      ...key,
      percentile,
      papers: null,
      above: null,
      atThreshold: null,
      threshold,
      tieWeight: given === null ? null : formatRational(given.value),
      tieWeightValue: given === null ? null : toNumber(given.value),
      scaleFactor: scale === null ? null : formatRational(scale.value),
      expectedTop: null,
      smallReferenceSet: null,
      recentCitationWindow: null,
    };
  const expected = multiply(papers, rational(percentile, 100));
  if (at.numerator === 0n || compare(above, expected) > 0 || compare(add(above, at), expected) <= 0)
    fail(
      `the counts do not describe a Top${percentile}% threshold: above ≤ ${percentile}% of papers < above + atThreshold must hold`,
    );
  const exact = thresholdFromCounts(papers, above, at, threshold, percentile);
  for (const [name, weight, value] of [
    ["tieWeight", given, exact.tieWeight],
    ["scaleFactor", scale, exact.scaleFactor],
  ] as const)
    if (weight !== null && !agrees(weight, value))
      fail(
        `${name} ${weight.text} disagrees with papers, above and atThreshold, which give ${formatRational(value)}`,
      );
  // A table knows no citation snapshot, so whether a year is recent is unknown.
  return thresholdRow(key, percentile, exact, null);
}
