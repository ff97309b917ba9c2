/**
 * CSV output with fixed bytes: RFC 4180 quoting (by csv-stringify, which quotes exactly the
 * cells that need it), `\n` line ends, a header row, and a final newline. Booleans are written
 * `true`/`false` and missing values as empty cells, the same in every table copub writes. Rows
 * are stringified a batch at a time and handed on as chunks (`output/text-chunks.ts`), so a
 * table of any length is written without being one string; a record's text does not depend on
 * its neighbours, so the chunks are the bytes of the whole table.
 */
import { stringify } from "csv-stringify/sync";
import { batched, joinChunks } from "./text-chunks.ts";

/** A value a CSV cell can hold. */
export type CsvCell = string | number | boolean | null;

/**
 * Rows stringified in one call: csv-stringify costs about 5 µs a call, and at 64 rows a call
 * that is lost in the 1.3 µs per row it costs anyway, while a chunk stays within one batch of rows.
 */
export const ROWS_PER_CALL = 64;

const OPTIONS = { record_delimiter: "\n" } as const;

/**
 * Renders a header and rows as CSV.
 * @param header - column names
 * @param rows - one array of cells per row, in header order
 * @example
 * toCsv(["ut", "countries"], [["WOS:000000000000001", "JP;US"]]) // → "ut,countries\nWOS:000000000000001,JP;US\n"
 * toCsv(["title"], [['He said "hi", twice']])                  // → 'title\n"He said ""hi"", twice"\n'
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return joinChunks(csvChunks(header, rows));
}

/**
 * The chunks of `toCsv(header, rows)`: the same bytes, rows read one at a time as they come.
 * @param header - column names
 * @param rows - one array of cells per row, in header order (an array or a generator)
 * @example
 * [...csvChunks(["a"], [[1], [2]])].join("") // → "a\n1\n2\n"
 */
export function csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
): Generator<string, void, undefined> {
  return batched(csvPieces(header, rows));
}

function* csvPieces(header: readonly string[], rows: Iterable<readonly CsvCell[]>): Generator<string> {
  yield stringify([[...header]], OPTIONS);
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(row.map(cellText));
    if (batch.length === ROWS_PER_CALL) {
      yield stringify(batch, OPTIONS);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, OPTIONS);
}

function cellText(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return String(cell);
}
