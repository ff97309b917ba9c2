/**
 * Reading a citation baseline table (docs/methodology.md §10.3): the world's mean citations per
 * reference set, computed once from a full extraction (`copub impact --baselines-out`) or taken from
 * another source such as InCites' baselines (expected citation rates). A line gives `papers` and
 * `citations` (the mean follows exactly), or the mean alone (`mean`, a decimal, with its exact
 * fraction as `meanNumerator` and `meanDenominator` when known), or both, checked to agree. The
 * layout and the checks of each line's reference set are the threshold table's
 * (`top-cited/reference-table-csv.ts`).
 */
import { compare, divide, formatRational, type Rational, toNumber, ZERO } from "../core/rational.ts";
import { compareKeys } from "../top-cited/reference-set-pass.ts";
import type { ReferenceSetKey } from "../top-cited/reference-sets.ts";
import {
  agrees,
  type CellReader,
  countCell,
  type LineFailure,
  loadReferenceTable,
  readReferenceTable,
  weightCells,
} from "../top-cited/reference-table-csv.ts";
import type { BaselineRow, BaselineTable } from "./baseline-table.ts";
import { baselineRow } from "./citation-baselines.ts";

/**
 * Parses a baseline table CSV.
 * @param text - the CSV text (BOM, CRLF and quoting are fine)
 * @param file - the table's name in messages and in the table's `source`
 * @param sha256 - the SHA-256 of the table's bytes; default: of `text` in UTF-8
 * @throws CopubError `invalid-option` naming the file and line: a missing column, a bad value, a
 *   mean that disagrees with `citations / papers`, a repeated reference set
 * @example
 * parseBaselinesCsv("field,year,papers,citations\nPHY,2021,4,16\n", "b.csv").rows[0]
 * // → { field: "PHY", year: 2021, docType: "all", papers: 4, citations: 16, mean: "4", meanValue: 4, recentCitationWindow: null }
 */
export function parseBaselinesCsv(text: string, file: string, sha256?: string): BaselineTable {
  const table = readReferenceTable(text, file, sha256, {
    name: "baseline table",
    required: [],
    help: "copub impact --help",
    row: (key, cell, fail) => ({
      row: baselineRowOf(key, cell, fail),
      label: `${key.field} ${key.year} ${key.docType}`,
    }),
  });
  return { ...table, snapshots: [], rows: table.rows.sort(compareKeys), unscored: {} };
}

/**
 * Reads and parses a baseline table file.
 * @param path - the CSV file
 * @throws CopubError `not-found` or `unreadable`; `invalid-option` for bad content (see `parseBaselinesCsv`)
 * @example
 * await loadBaselinesCsv("scie-baselines.csv") // → { referenceSets: "field-year", rows: [ … ], source: { kind: "table", … } }
 */
export function loadBaselinesCsv(path: string): Promise<BaselineTable> {
  return loadReferenceTable(path, "baseline table", parseBaselinesCsv);
}

/** The row of a line: from `papers` and `citations` (the mean given checked against them), or the mean alone. */
function baselineRowOf(key: ReferenceSetKey, cell: CellReader, fail: LineFailure): BaselineRow {
  const count = (name: string): Rational | null => {
    const text = cell(name);
    if (text === null) return null;
    return countCell(text) ?? fail(`${name} "${text}" is not a non-negative number`);
  };
  const papers = count("papers");
  const citations = count("citations");
  const given = weightCells("mean", cell, fail);
  if ((papers === null) !== (citations === null)) fail("give both papers and citations, or neither");
  if (papers === null || citations === null) {
    if (given === null) fail("give papers and citations, or mean (methodology §10.3)");
    // A table that knows only the means knows no snapshot either.
    return {
      ...key,
      papers: null,
      citations: null,
      mean: formatRational(given.value),
      meanValue: toNumber(given.value),
      recentCitationWindow: null,
    };
  }
  if (compare(papers, ZERO) <= 0) fail("papers must be above 0");
  if (given !== null && !agrees(given, divide(citations, papers)))
    fail(
      `mean ${given.text} disagrees with citations / papers, which give ${formatRational(divide(citations, papers))}`,
    );
  return baselineRow(key, papers, citations, null);
}
