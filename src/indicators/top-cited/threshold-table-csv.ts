/**
 * Reading a threshold table (docs/methodology.md §8.1): world thresholds per reference set, computed
 * once from a full extraction (`copub top --thresholds-out`) or taken from another source such as
 * ESI's baselines. A row gives `threshold` and either `papers`, `above` and `atThreshold` (from
 * which the tie weight and scale factor follow exactly), or the tie weight directly, or neither
 * (then only `--method inclusive`, `exclusive` or `incites` can use it). A weight is a decimal
 * (`tieWeight`) with, for exactness, its fraction as two whole numbers (`tieWeightNumerator`,
 * `tieWeightDenominator`), or a fraction `1/4` as earlier versions wrote it (`_threshold-cells.ts`).
 * Every row is checked.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { CopubError } from "../../diagnostics/errors.ts";
import { DocumentTypeSchema } from "../../normalize/document-types.ts";
import { esiFieldOfName } from "../../normalize/journal-fields.ts";
import { csvRows } from "../../read/csv-rows.ts";
import { readFileBytes } from "../../read/source.ts";
import {
  add,
  compare,
  formatRational,
  multiply,
  type Rational,
  rational,
  toNumber,
} from "../core/rational.ts";
import { agrees, countCell, weightCells } from "./_threshold-cells.ts";
import { CitationCountSchema, POOLED_DOC_TYPES, ReferenceSetKindSchema, setId } from "./reference-sets.ts";
import {
  type Percentile,
  PercentileSchema,
  type ThresholdRow,
  type ThresholdTable,
} from "./threshold-table.ts";
import { compareKeys, thresholdFromCounts, thresholdRow } from "./top-thresholds.ts";

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
export function parseThresholdsCsv(
  text: string,
  file: string,
  sha256: string = createHash("sha256").update(text).digest("hex"),
): ThresholdTable {
  const records = csvRows(text, file);
  const [header, ...body] = records;
  if (header === undefined) throw tableError(file, null, "the threshold table is empty");
  const index = new Map(header.cells.map((name, i) => [name.trim(), i]));
  for (const required of ["field", "year", "percentile", "threshold"])
    if (!index.has(required))
      throw tableError(file, header.line, `the header has no "${required}" column (see copub top --help)`);
  const cell = (cells: readonly string[], name: string): string | null => {
    const i = index.get(name);
    const value = i === undefined ? "" : (cells[i] ?? "").trim();
    return value === "" ? null : value;
  };
  let kind: ThresholdTable["referenceSets"] | null = null;
  let citationCount: ThresholdTable["citationCount"] | null = null;
  const rows: ThresholdRow[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of body) {
    const fail = (what: string): never => {
      throw tableError(file, line, what);
    };
    const rowKind = ReferenceSetKindSchema.safeParse(cell(cells, "referenceSets") ?? "field-year");
    if (!rowKind.success) fail(`referenceSets must be ${ReferenceSetKindSchema.options.join(", ")}`);
    const rowCount = CitationCountSchema.safeParse(cell(cells, "citationCount") ?? "TC");
    if (!rowCount.success) fail("citationCount must be TC or Z9");
    if (
      (kind !== null && kind !== rowKind.data) ||
      (citationCount !== null && citationCount !== rowCount.data)
    )
      fail("every row must have the same referenceSets and citationCount");
    kind = rowKind.data ?? null;
    citationCount = rowCount.data ?? null;
    const rawField = cell(cells, "field") ?? fail("field is empty");
    const field =
      kind === "category-year-type"
        ? rawField
        : (esiFieldOfName(rawField) ?? fail(`field "${rawField}" is not an ESI field id or name`));
    const docType = cell(cells, "docType") ?? POOLED_DOC_TYPES;
    if (kind === "field-year" && docType !== POOLED_DOC_TYPES)
      fail(`docType must be "${POOLED_DOC_TYPES}" for field-year reference sets`);
    if (kind !== "field-year" && !DocumentTypeSchema.safeParse(docType).success)
      fail(`docType "${docType}" is not a canonical document type such as Article or Review`);
    const year = wholeNumber(cell(cells, "year")) ?? fail("year must be a whole number");
    const percentile =
      PercentileSchema.safeParse(Number(cell(cells, "percentile"))).data ??
      fail("percentile must be 10 or 1");
    const threshold =
      wholeNumber(cell(cells, "threshold")) ?? fail("threshold must be a whole number of citations");
    const key = { field, year, docType };
    const id = `${setId(key)}\u0000${percentile}`;
    const earlier = seen.get(id);
    if (earlier !== undefined)
      fail(`${field} ${year} ${docType} Top${percentile}% is also on line ${earlier}`);
    seen.set(id, line);
    rows.push(thresholdRowOf(key, percentile, threshold, cells, cell, fail));
  }
  return {
    referenceSets: kind ?? "field-year",
    citationCount: citationCount ?? "TC",
    source: { kind: "table", file: basename(file), sha256 },
    snapshots: [],
    rows: rows.sort((a, b) => compareKeys(a, b) || b.percentile - a.percentile),
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
export async function loadThresholdsCsv(path: string): Promise<ThresholdTable> {
  const bytes = await readFileBytes(path, "threshold table");
  // The manifest names the table by the SHA-256 of its bytes, as `sha256sum` would.
  return parseThresholdsCsv(
    new TextDecoder().decode(bytes),
    path,
    createHash("sha256").update(bytes).digest("hex"),
  );
}

/**
 * The row of a threshold table line: from `papers`, `above` and `atThreshold` when given (checked
 * to describe a threshold, and the tie weight and scale factor given checked against them), else
 * the threshold with the tie weight and scale factor given.
 */
function thresholdRowOf(
  key: { readonly field: string; readonly year: number; readonly docType: string },
  percentile: Percentile,
  threshold: number,
  cells: readonly string[],
  cell: (cells: readonly string[], name: string) => string | null,
  fail: (what: string) => never,
): ThresholdRow {
  const count = (name: string): Rational | null => {
    const text = cell(cells, name);
    if (text === null) return null;
    return countCell(text) ?? fail(`${name} "${text}" is not a non-negative number`);
  };
  const papers = count("papers");
  const above = count("above");
  const at = count("atThreshold");
  const given = weightCells("tieWeight", (name) => cell(cells, name), fail);
  const scale = weightCells("scaleFactor", (name) => cell(cells, name), fail);
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

function wholeNumber(text: string | null): number | null {
  return text !== null && /^\d+$/.test(text) ? Number(text) : null;
}

function tableError(file: string, line: number | null, what: string): CopubError {
  return new CopubError("invalid-option", `${file}:${line ?? "?"}: ${what}`, file);
}
