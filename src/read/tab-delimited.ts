/**
 * Reader for the WoS tab-delimited export ("Tab delimited (Win)", "Tab delimited (Win, UTF-8)",
 * "Tab delimited (Mac)"): a header row of tags, then one row per record. WoS does not quote
 * cells, and titles contain bare `"`, so rows are split on tabs only; a CSV parser would
 * corrupt them. Same push-parser design as the plain-text reader.
 */
import { CopubError } from "../diagnostics/errors.ts";
import { type LineParser, parseLines, readLines } from "./_line-parser.ts";
import { splitCellValues, splitOutsideBrackets } from "./_split.ts";
import { LINE_VALUE_TAGS, recordFromTags } from "./_tags.ts";
import type { ReadItem, ReadOptions } from "./read-item.ts";
import type { ByteSource } from "./source.ts";
import type { RecordWarning } from "./wos-record.ts";

/** A header cell must be a WoS tag. */
const TAG = /^[A-Z][A-Z0-9]$/;
/** A row broken by line breaks inside cells is joined again over at most this many lines. */
const MAX_JOINED_LINES = 20;

/** A push parser for tab-delimited exports: feed it lines, get back read items. */
export type TabDelimitedParser = LineParser;

interface PendingRow {
  readonly line: number;
  readonly recordIndex: number;
  cells: string[];
  lines: number;
}

/**
 * Creates the tab-delimited push parser. The first non-blank line is the header.
 * @param file - name used in locations and rejections
 * @param options - reader options (`citedReferences`)
 * @throws CopubError `not-wos` when the header is not a row of WoS tags
 * @example
 * const parser = createTabDelimitedParser("savedrecs.txt");
 * parser.push(["PT\tAU\tUT", "J\tSato, A\tWOS:000306312500009"]); // → [{ ok: true, record: { ut: "WOS:000306312500009", … }, … }]
 */
export function createTabDelimitedParser(file: string, options: ReadOptions = {}): TabDelimitedParser {
  let header: string[] | null = null;
  let lineNumber = 0;
  let nextIndex = 0;
  let pending: PendingRow | null = null;
  const readOptions =
    options.citedReferences === undefined ? {} : { citedReferences: options.citedReferences };

  const fits = (cells: readonly string[], width: number): boolean =>
    cells.length === width || (cells.length > width && cells.slice(width).every((c) => c.trim() === ""));

  const rejectRow = (row: PendingRow, width: number, why: string): ReadItem => {
    const utColumn = header?.indexOf("UT") ?? -1;
    const ut = utColumn === -1 ? undefined : row.cells[utColumn]?.trim();
    return {
      ok: false,
      rejection: {
        file,
        line: row.line,
        recordIndex: row.recordIndex,
        code: "malformed",
        reason: `the row has ${row.cells.length} tab-separated cells, the header has ${width}${why}`,
        recordId: ut !== undefined && /^WOS:/i.test(ut) ? ut : null,
      },
    };
  };

  const toItem = (columns: readonly string[], row: PendingRow): ReadItem => {
    const values = new Map<string, readonly string[]>();
    columns.forEach((tag, i) => {
      const cell = row.cells[i]?.trim() ?? "";
      if (cell.length === 0 || values.has(tag)) return;
      if (!LINE_VALUE_TAGS.has(tag)) values.set(tag, [cell]);
      else values.set(tag, tag === "C1" ? splitOutsideBrackets(cell) : splitCellValues(cell));
    });
    const warnings: RecordWarning[] =
      row.lines > 1
        ? [{ code: "row-joined", detail: `the row spans lines ${row.line}–${row.line + row.lines - 1}` }]
        : [];
    return recordFromTags(
      values,
      { file, line: row.line, recordIndex: row.recordIndex },
      { ...readOptions, warnings },
    );
  };

  const readHeader = (line: string): string[] => {
    const cells = line.split("\t").map((c) => c.trim());
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    const bad = cells.find((c) => !TAG.test(c));
    if (cells.length < 2 || bad !== undefined) {
      throw new CopubError(
        "not-wos",
        `${file}:${lineNumber}: not a WoS tab-delimited header (expected tags such as PT, AU, UT; found "${bad ?? line.slice(0, 40)}")`,
        file,
      );
    }
    return cells;
  };

  const pushLine = (line: string, out: ReadItem[]): void => {
    lineNumber++;
    if (header === null) {
      if (line.trim().length > 0) header = readHeader(line);
      return;
    }
    const columns = header;
    const width = columns.length;
    if (line.trim().length === 0) {
      if (pending !== null) out.push(rejectRow(pending, width, " (a blank line follows it)"));
      pending = null;
      return;
    }
    const cells = line.split("\t");
    if (pending !== null) {
      // A line break inside a cell: the broken cell continues on this line.
      const joined = [
        ...pending.cells.slice(0, -1),
        `${pending.cells[pending.cells.length - 1] ?? ""} ${cells[0] ?? ""}`,
        ...cells.slice(1),
      ];
      if (joined.length <= width && pending.lines < MAX_JOINED_LINES) {
        pending.cells = joined;
        pending.lines++;
        if (fits(joined, width)) {
          out.push(toItem(columns, pending));
          pending = null;
        }
        return;
      }
      out.push(rejectRow(pending, width, ""));
      pending = null;
    }
    const row: PendingRow = { line: lineNumber, recordIndex: nextIndex++, cells, lines: 1 };
    if (fits(cells, width)) out.push(toItem(columns, row));
    else if (cells.length < width) pending = row;
    else out.push(rejectRow(row, width, ""));
  };

  return {
    push(lines: readonly string[]): ReadItem[] {
      const out: ReadItem[] = [];
      for (const line of lines) pushLine(line, out);
      return out;
    },
    end(): ReadItem[] {
      const out: ReadItem[] = [];
      if (pending !== null && header !== null)
        out.push(rejectRow(pending, header.length, " (the file ends within the row)"));
      pending = null;
      return out;
    },
  };
}

/**
 * Parses a whole tab-delimited export held in a string.
 * @param text - the export's text (a BOM, if any, is ignored)
 * @param options - `fileName` for locations (default `"<text>"`), `citedReferences`
 * @throws CopubError `not-wos` when the first line is not a WoS header
 * @example
 * parseTabDelimited("PT\tAU\tUT\nJ\tSato, A\tWOS:000306312500009\n")
 * // → [{ ok: true, record: { ut: "WOS:000306312500009", authors: [{ seq: 1, name: "Sato, A", … }], … }, … }]
 */
export function parseTabDelimited(text: string, options: ReadOptions = {}): ReadItem[] {
  return parseLines(createTabDelimitedParser, text, options);
}

/**
 * Reads a tab-delimited export (UTF-8 or UTF-16, any line ending) one row at a time.
 * @param source - where the bytes come from
 * @param options - `fileName` for locations, `citedReferences`
 * @throws CopubError `not-found` / `unreadable` for a bad path, `not-wos` for a header that is not WoS tags
 * @example
 * for await (const item of readTabDelimited("savedrecs-tab.txt")) if (item.ok) console.log(item.record.ut);
 */
export async function* readTabDelimited(
  source: ByteSource,
  options: ReadOptions = {},
): AsyncIterable<ReadItem> {
  yield* readLines(createTabDelimitedParser, source, options);
}
