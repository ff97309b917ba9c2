/**
 * The rows of a small CSV table that a user supplies beside the exports (threshold tables,
 * project tables, targets), each with the line it starts on, so that every complaint about a
 * cell can name its file, line and column. csv-parse does the CSV (BOM, CRLF, quotes, a quoted
 * cell over several lines); a syntax error becomes a `CopubError` naming the line
 * (`CsvSyntaxError`, which also carries it as a number).
 */
import { CsvError, parse } from "csv-parse/sync";
import { CopubError } from "../diagnostics/errors.ts";

/** One CSV row: its cells as written and the 1-based line it starts on. */
export interface CsvRow {
  /** The cells, untrimmed. */
  readonly cells: readonly string[];
  /** 1-based line of the row's first character. */
  readonly line: number;
}

/** A table that is not valid CSV, with the line where the parser stopped. */
export class CsvSyntaxError extends CopubError {
  /** 1-based line where the parser stopped, or `null` when it did not say. */
  readonly line: number | null;

  /**
   * @param message - `file:line: not a valid CSV: …`
   * @param file - the table's name
   * @param line - 1-based line, or `null`
   * @param options - standard `ErrorOptions`: the csv-parse `cause`
   */
  constructor(message: string, file: string, line: number | null, options?: ErrorOptions) {
    super("invalid-option", message, file, options);
    this.line = line;
  }
}

/**
 * Parses CSV text into rows, empty lines skipped.
 * @param text - the CSV text (a BOM, CRLF and quoted cells are fine)
 * @param file - the table's name in messages
 * @param options - `trim`: cut the whitespace around cells, quoted ones too (a table typed by hand
 *   as `key, "value"`); default `false`
 * @throws CsvSyntaxError (`invalid-option`): `file:line: not a valid CSV: …`
 * @example
 * csvRows("project,grants\nP1,JPMJAP9999\n", "projects.csv")
 * // → [{ cells: ["project", "grants"], line: 1 }, { cells: ["P1", "JPMJAP9999"], line: 2 }]
 */
export function csvRows(text: string, file: string, options: { readonly trim?: boolean } = {}): CsvRow[] {
  try {
    const rows = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: options.trim ?? false,
    }) as unknown as {
      info: { lines: number };
      record: string[];
    }[];
    // csv-parse counts the lines read when a record ends; a record starts on its first line.
    return rows.map(({ info, record }) => ({
      cells: record,
      line: info.lines - lineBreaksInside(record),
    }));
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === "number" ? error.lines : null;
    throw new CsvSyntaxError(
      `${file}:${line ?? "?"}: not a valid CSV: ${error instanceof Error ? error.message : String(error)}`,
      file,
      line,
      { cause: error },
    );
  }
}

function lineBreaksInside(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) breaks += cell.split(/\r\n|\r|\n/).length - 1;
  return breaks;
}
