/**
 * CSV output with fixed bytes: RFC 4180 quoting (by csv-stringify, which quotes exactly the
 * cells that need it), `\n` line ends, a header row, and a final newline. Booleans are written
 * `true`/`false` and missing values as empty cells, the same in every table copub writes.
 */
import { stringify } from "csv-stringify/sync";

/** A value a CSV cell can hold. */
export type CsvCell = string | number | boolean | null;

/**
 * Renders a header and rows as CSV.
 * @param header - column names
 * @param rows - one array of cells per row, in header order
 * @example
 * toCsv(["ut", "countries"], [["WOS:000000000000001", "JP;US"]]) // → "ut,countries\nWOS:000000000000001,JP;US\n"
 * toCsv(["title"], [['He said "hi", twice']])                  // → 'title\n"He said ""hi"", twice"\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows.map((row) => row.map(cellText))], { record_delimiter: "\n" });
}

function cellText(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return String(cell);
}
