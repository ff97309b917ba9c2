/**
 * Reading a reference table from CSV (docs/methodology.md §8.1, §10.3): the world figures per
 * reference set that score a one-country export — Top-x% thresholds (`threshold-table-csv.ts`)
 * and citation baselines (`impact/baseline-table-csv.ts`) — share one layout and one reader. Each
 * line is one reference set (`field`, `year`, `docType`, with the table's `referenceSets` and
 * `citationCount`), checked and refused with its line, and its numbers are read exactly. Counts
 * (`papers`, `above`, `citations`) are sums of field shares, written as the double's shortest
 * decimal (`4/3` as `1.3333333333333333`); weights and means are written as a rounded decimal
 * that spreadsheets read as a number, beside the exact fraction as two whole numbers
 * (`tieWeightNumerator`, `tieWeightDenominator`). Tables of earlier versions wrote weights as
 * fractions (`1/4`), which a spreadsheet reads as a date; those are still read.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type * as z from "zod";
import { CopubError } from "../../diagnostics/errors.ts";
import { DocumentTypeSchema } from "../../normalize/document-types.ts";
import { esiFieldOfName } from "../../normalize/journal-fields.ts";
import { csvRows } from "../../read/csv-rows.ts";
import { readFileBytes } from "../../read/source.ts";
import {
  add,
  compare,
  formatRational,
  isWhole,
  multiply,
  parseRational,
  type Rational,
  rational,
  simplestBetween,
  subtract,
} from "../core/rational.ts";
import {
  type CitationCount,
  CitationCountSchema,
  POOLED_DOC_TYPES,
  type ReferenceSetKey,
  type ReferenceSetKind,
  ReferenceSetKindSchema,
} from "./reference-sets.ts";
import type { ThresholdSourceSchema } from "./threshold-table.ts";

/**
 * How far (relative) a count that is not whole may be from the fraction it is read as: far above
 * a double's rounding (about 1e-16) and a spreadsheet's 15 significant digits, far below the gap
 * between fractions with small denominators.
 */
const COUNT_TOLERANCE = rational(1n, 10n ** 12n);

/**
 * A count as written: a whole number or a fraction (`4/3`) exactly; a decimal as the simplest
 * fraction within a relative 10^-12 of it, so `1.3333333333333333` (and `1.33333333333333`,
 * what a spreadsheet keeps of it) reads back as `4/3`; `null` when it is no non-negative number.
 * @example
 * countCell("1.3333333333333333") // → 4/3
 * countCell("12.5")               // → 25/2
 */
export function countCell(text: string): Rational | null {
  const value = parseRational(text);
  if (value === null || value.numerator < 0n) return null;
  if (isWhole(value) || text.includes("/")) return value;
  const slack = multiply(value, COUNT_TOLERANCE);
  return simplestBetween(subtract(value, slack), add(value, slack));
}

/** A weight as given: its value and how precisely the table knows it. */
export interface GivenWeight {
  /** The value: the exact fraction, or the decimal as written. */
  readonly value: Rational;
  /** Decimal places written when only a decimal was given (the value is known to ±½ of its last place); `null` when exact. */
  readonly decimals: number | null;
  /** How messages show it: the decimal as written, or the fraction. */
  readonly text: string;
}

/**
 * A weight from its three cells: the decimal (or, from earlier versions, the fraction) in `name`
 * and the exact fraction in `nameNumerator` and `nameDenominator`. With the fraction, the decimal
 * must agree with it to the places written; without it, the decimal is taken as written.
 * @param name - `tieWeight` or `scaleFactor`
 * @param cell - a cell of the row by column name, `null` when empty or absent
 * @param fail - throws the table error for this row
 * @returns the weight, or `null` when none of its cells is given
 * @example
 * weightCells("tieWeight", { tieWeight: "0.333333333333", tieWeightNumerator: "1", tieWeightDenominator: "3" }[name], fail)
 * // → { value: 1/3, decimals: null, text: "1/3" }
 */
export function weightCells(
  name: string,
  cell: (name: string) => string | null,
  fail: (what: string) => never,
): GivenWeight | null {
  const text = cell(name);
  const numerator = cell(`${name}Numerator`);
  const denominator = cell(`${name}Denominator`);
  const written = text === null ? null : writtenWeight(text);
  if (text !== null && written === null) fail(`${name} "${text}" is not a non-negative number`);
  if (numerator === null && denominator === null) return written;
  if (numerator === null || denominator === null)
    fail(`give both ${name}Numerator and ${name}Denominator, or neither`);
  if (!/^\d+$/.test(numerator)) fail(`${name}Numerator "${numerator}" is not a whole number`);
  if (!/^\d+$/.test(denominator) || BigInt(denominator) === 0n)
    fail(`${name}Denominator "${denominator}" is not a positive whole number`);
  const exact = rational(BigInt(numerator), BigInt(denominator));
  if (written !== null && !agrees(written, exact))
    fail(
      `${name} ${written.text} disagrees with ${name}Numerator and ${name}Denominator, which give ${formatRational(exact)}`,
    );
  return { value: exact, decimals: null, text: formatRational(exact) };
}

/**
 * Whether a given weight is the exact value: equal when given exactly, else within half a unit
 * of the last decimal place written (`0.333333333333` agrees with 1/3, `0.34` does not).
 * @example
 * agrees({ value: 333333333333n/10n**12n, decimals: 12, text: "0.333333333333" }, 1/3) // → true
 */
export function agrees(given: GivenWeight, exact: Rational): boolean {
  if (given.decimals === null) return compare(given.value, exact) === 0;
  const gap = subtract(given.value, exact);
  const distance = gap.numerator < 0n ? rational(-gap.numerator, gap.denominator) : gap;
  return compare(distance, rational(1n, 2n * 10n ** BigInt(given.decimals))) <= 0;
}

function writtenWeight(text: string): GivenWeight | null {
  const value = parseRational(text);
  if (value === null || value.numerator < 0n) return null;
  const places = /\.(\d+)$/.exec(text.trim())?.[1]?.length;
  return places === undefined ? { value, decimals: null, text } : { value, decimals: places, text };
}

/** A cell of the current line by column name, `null` when empty or absent. */
export type CellReader = (name: string) => string | null;

/** Throws the table error of the current line. */
export type LineFailure = (what: string) => never;

/** What a kind of reference table reads beyond the reference set of a line. */
export interface ReferenceTableLayout<R> {
  /** What the table is, for messages: `"threshold table"`. */
  readonly name: string;
  /** Columns required besides `field` and `year`. */
  readonly required: readonly string[];
  /** Where the columns are described, for messages: `"copub top --help"`. */
  readonly help: string;
  /**
   * The row of a line: its value and a label that must be unique in the table (the reference set,
   * and the percentile for thresholds), which also names it in the message for a repeated line.
   */
  readonly row: (key: ReferenceSetKey, cell: CellReader, fail: LineFailure) => { row: R; label: string };
}

/** The lines of a reference table read: the grouping and citation count they share, and their rows. */
export interface ReferenceTableLines<R> {
  /** The grouping of every line (default `field-year`). */
  readonly referenceSets: ReferenceSetKind;
  /** The citation count of every line (default `TC`). */
  readonly citationCount: CitationCount;
  /** The table as a source: its base name and SHA-256. */
  readonly source: Extract<z.infer<typeof ThresholdSourceSchema>, { kind: "table" }>;
  /** One row per line, in file order. */
  readonly rows: R[];
}

/**
 * Reads the lines of a reference table CSV: the header, then each line's reference set (its
 * `referenceSets` and `citationCount`, the same on every line; its ESI field, or WoS Category for
 * `category-year-type`; its year and document type), then what the layout reads of it.
 * @param text - the CSV text (BOM, CRLF and quoting are fine)
 * @param file - the table's name in messages and in its `source`
 * @param sha256 - the SHA-256 of the table's bytes; default: of `text` in UTF-8
 * @param layout - the kind of table
 * @throws CopubError `invalid-option` naming the file and line: an empty table, a missing column,
 *   a bad reference set, a repeated label, or what the layout refuses
 * @example
 * readReferenceTable("field,year,mean\nPHY,2021,4\n", "b.csv", undefined, baselineLayout).rows
 * // → [{ field: "PHY", year: 2021, docType: "all", mean: "4", … }]
 */
export function readReferenceTable<R>(
  text: string,
  file: string,
  sha256: string = createHash("sha256").update(text).digest("hex"),
  layout: ReferenceTableLayout<R>,
): ReferenceTableLines<R> {
  const [header, ...body] = csvRows(text, file);
  if (header === undefined) throw tableError(file, null, `the ${layout.name} is empty`);
  const index = new Map(header.cells.map((name, i) => [name.trim(), i]));
  for (const required of ["field", "year", ...layout.required])
    if (!index.has(required))
      throw tableError(file, header.line, `the header has no "${required}" column (see ${layout.help})`);
  let kind: ReferenceSetKind | null = null;
  let citationCount: CitationCount | null = null;
  const rows: R[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of body) {
    const fail: LineFailure = (what) => {
      throw tableError(file, line, what);
    };
    const cell: CellReader = (name) => {
      const i = index.get(name);
      const value = i === undefined ? "" : (cells[i] ?? "").trim();
      return value === "" ? null : value;
    };
    const rowKind = ReferenceSetKindSchema.safeParse(cell("referenceSets") ?? "field-year");
    if (!rowKind.success) fail(`referenceSets must be ${ReferenceSetKindSchema.options.join(", ")}`);
    const rowCount = CitationCountSchema.safeParse(cell("citationCount") ?? "TC");
    if (!rowCount.success) fail("citationCount must be TC or Z9");
    if (
      (kind !== null && kind !== rowKind.data) ||
      (citationCount !== null && citationCount !== rowCount.data)
    )
      fail("every row must have the same referenceSets and citationCount");
    kind = rowKind.data ?? null;
    citationCount = rowCount.data ?? null;
    const { row, label } = layout.row(referenceSetOf(kind, cell, fail), cell, fail);
    const earlier = seen.get(label);
    if (earlier !== undefined) fail(`${label} is also on line ${earlier}`);
    seen.set(label, line);
    rows.push(row);
  }
  return {
    referenceSets: kind ?? "field-year",
    citationCount: citationCount ?? "TC",
    source: { kind: "table", file: basename(file), sha256 },
    rows,
  };
}

/**
 * Reads a reference table file and parses it, naming the table by the SHA-256 of its bytes (as
 * `sha256sum` would) for the run manifest.
 * @param path - the CSV file
 * @param what - what the file is, for the read error: `"threshold table"`
 * @param parse - the table's parser: text, file name, SHA-256 → table
 * @throws CopubError `not-found` or `unreadable`; what `parse` throws
 * @example
 * await loadReferenceTable("world.csv", "threshold table", parseThresholdsCsv) // → { referenceSets: "field-year", … }
 */
export async function loadReferenceTable<T>(
  path: string,
  what: string,
  parse: (text: string, file: string, sha256: string) => T,
): Promise<T> {
  const bytes = await readFileBytes(path, what);
  return parse(new TextDecoder().decode(bytes), path, createHash("sha256").update(bytes).digest("hex"));
}

/**
 * A whole number written in decimal digits, or `null`.
 * @example
 * wholeNumber("2021") // → 2021
 * wholeNumber("12.0") // → null
 */
export function wholeNumber(text: string | null): number | null {
  return text !== null && /^\d+$/.test(text) ? Number(text) : null;
}

/** The reference set of a line: field (checked for the grouping), year and document type. */
function referenceSetOf(kind: ReferenceSetKind | null, cell: CellReader, fail: LineFailure): ReferenceSetKey {
  const rawField = cell("field") ?? fail("field is empty");
  const field =
    kind === "category-year-type"
      ? rawField
      : (esiFieldOfName(rawField) ?? fail(`field "${rawField}" is not an ESI field id or name`));
  const docType = cell("docType") ?? POOLED_DOC_TYPES;
  if (kind === "field-year" && docType !== POOLED_DOC_TYPES)
    fail(`docType must be "${POOLED_DOC_TYPES}" for field-year reference sets`);
  if (kind !== "field-year" && !DocumentTypeSchema.safeParse(docType).success)
    fail(`docType "${docType}" is not a canonical document type such as Article or Review`);
  const year = wholeNumber(cell("year")) ?? fail("year must be a whole number");
  return { field, year, docType };
}

function tableError(file: string, line: number | null, what: string): CopubError {
  return new CopubError("invalid-option", `${file}:${line ?? "?"}: ${what}`, file);
}
