/**
 * Reader for the WoS tab-delimited export ("Tab delimited (Win)", "Tab delimited (Win, UTF-8)",
 * "Tab delimited (Mac)"): a header row of tags, then one row per record. WoS does not quote
 * cells, and titles contain bare `"`, so rows are split on tabs only; a CSV parser would
 * corrupt them. Same push-parser design as the plain-text reader. A row past the record limit,
 * or a line past the line limit, is rejected as `record-too-large`; a row is never cut into more
 * cells than the header has, plus a few, whatever number of tabs it holds.
 */
import { CopubError } from "../diagnostics/errors.ts";
import { isJsSpace } from "./_js-space.ts";
import { createLineFingerprint } from "./_line-fingerprint.ts";
import { FILE_START, type LineParser, type ParseStart, parseLines, readLines } from "./_line-parser.ts";
import { splitCellValues, splitOutsideBrackets } from "./_split.ts";
import { LINE_VALUE_TAGS, leftOutTags, recordFromTags } from "./_tags.ts";
import type { SplitLine } from "./lines.ts";
import { checkReadOptions, type ReadItem, type ReadOptions } from "./read-item.ts";
import { readLimits } from "./read-limits.ts";
import type { ByteSource } from "./source.ts";
import type { RecordWarning } from "./wos-record.ts";

/** A header cell must be a WoS tag. */
const TAG = /^[A-Z][A-Z0-9]$/;
/** A row broken by line breaks inside cells is joined again over at most this many lines. */
const MAX_JOINED_LINES = 20;
/** Cells cut from a row beyond the header's width; the rest are counted, not cut. */
const EXTRA_CELLS = 64;

/** A push parser for tab-delimited exports: feed it lines, get back read items. */
export type TabDelimitedParser = LineParser;

interface PendingRow {
  readonly line: number;
  readonly recordIndex: number;
  cells: string[];
  /** Cells past the ones cut (`EXTRA_CELLS` beyond the header), counted only. */
  uncut: number;
  /** Whether the uncut rest of the row is blank (tabs and spaces). */
  uncutBlank: boolean;
  lines: number;
  /** Characters of the row's lines so far. */
  chars: number;
  /** The row's line, while the row is one line (its cells are cut from it). */
  text: string | null;
}

/**
 * Creates the tab-delimited push parser. The first non-blank line is the header.
 * @param file - name used in locations and rejections
 * @param options - reader options (`citedReferences`, the record and line limits)
 * @param start - the number of the first line pushed and the index of the first row (a
 *   row-aligned block of a file, `text-blocks.ts`, pushed after its header); default line 1, row 0
 * @throws CopubError `not-wos` when the header is not a row of WoS tags, `input-too-large` when
 *   the header line is past the line limit, `invalid-option` for a bad limit
 * @example
 * const parser = createTabDelimitedParser("savedrecs.txt");
 * parser.push(["PT\tAU\tUT", "J\tSato, A\tWOS:000306312500009"]); // → [{ ok: true, record: { ut: "WOS:000306312500009", … }, … }]
 */
export function createTabDelimitedParser(
  file: string,
  options: ReadOptions = {},
  start: ParseStart = FILE_START,
): TabDelimitedParser {
  checkReadOptions(options, "tab-delimited reader");
  let header: string[] | null = null;
  let lineNumber = start.line - 1;
  let nextIndex = start.recordIndex;
  let pending: PendingRow | null = null;
  const { maxRecordBytes, maxLineBytes } = readLimits(options, file);
  // Cited references not asked for are not split: the longest cell of a row, dropped anyway.
  const citedReferences = options.citedReferences !== false;
  // A one-line row's cells, fingerprinted (`ReadOptions.fingerprints`) with the header's line, so
  // that a row read under another header (other columns) never has the same fingerprint.
  const fingerprint = options.fingerprints === true ? createLineFingerprint(citedReferences ? 3 : 4) : null;
  let headerPrint = 0;
  // Columns whose values are not asked for (`leftOutTags`) are not trimmed nor split, but in a
  // one-line row only: a joined row gets no fingerprint, so the corpus builder compares it by its
  // values, all of them.
  const leftOut = leftOutTags(options);
  /** Whether each column of the header is left out (`leftOut`). */
  let leftOutColumns: readonly boolean[] = [];
  /** The fingerprint of a one-line row: its cells under the header, the cited references' left out when dropped. */
  const rowPrint = (
    columns: readonly string[],
    cells: readonly string[],
    text: string,
  ): number | undefined => {
    if (fingerprint === null) return undefined;
    let at = 0;
    for (let i = 0; i < columns.length && i < cells.length; i++) {
      const end = at + (cells[i] as string).length;
      if (citedReferences || columns[i] !== "CR") fingerprint.add(text, at, end);
      at = end + 1;
    }
    return xorPrints(fingerprint.finish(), headerPrint);
  };

  const count = (row: PendingRow): number => row.cells.length + row.uncut;
  const fits = (row: PendingRow, width: number): boolean =>
    count(row) === width ||
    (count(row) > width && row.uncutBlank && row.cells.slice(width).every((c) => c.trim() === ""));

  const rejection = (row: PendingRow, code: "malformed" | "record-too-large", reason: string): ReadItem => {
    const utColumn = header?.indexOf("UT") ?? -1;
    const ut = utColumn === -1 ? undefined : row.cells[utColumn]?.trim();
    return {
      ok: false,
      rejection: {
        file,
        line: row.line,
        recordIndex: row.recordIndex,
        code,
        reason,
        recordId: ut !== undefined && /^WOS:/i.test(ut) ? ut : null,
      },
    };
  };
  const rejectRow = (row: PendingRow, width: number, why: string): ReadItem =>
    rejection(
      row,
      "malformed",
      `the row has ${count(row)} tab-separated cells, the header has ${width}${why}`,
    );
  const rejectLarge = (row: PendingRow): ReadItem =>
    rejection(
      row,
      "record-too-large",
      `the row is more than ${maxRecordBytes} characters long (maxRecordBytes, --max-record-size)`,
    );
  /** A row's cells, cut at most `EXTRA_CELLS` past the header's width. */
  const rowOf = (line: string, width: number, lineNo: number, recordIndex: number): PendingRow => {
    const cut = width + EXTRA_CELLS;
    const cells = line.split("\t", cut);
    let uncut = 0;
    let uncutBlank = true;
    if (cells.length === cut) {
      // Each cut cell was followed by a tab: the rest starts after them.
      let offset = cells.length;
      for (const cell of cells) offset += cell.length;
      const rest = line.slice(offset);
      if (offset <= line.length) {
        uncut = 1;
        for (let tab = rest.indexOf("\t"); tab !== -1; tab = rest.indexOf("\t", tab + 1)) uncut++;
        uncutBlank = rest.trim() === "";
      }
    }
    return { line: lineNo, recordIndex, cells, uncut, uncutBlank, lines: 1, chars: line.length, text: line };
  };

  const toItem = (columns: readonly string[], row: PendingRow): ReadItem => {
    const values = new Map<string, readonly string[]>();
    const cells = row.cells;
    const leaveOut = leftOut !== null && row.text !== null;
    for (let i = 0; i < columns.length; i++) {
      const tag = columns[i] as string;
      if (leaveOut && leftOutColumns[i] === true) continue;
      const cell = cells[i]?.trim() ?? "";
      if (cell.length === 0 || values.has(tag) || (!citedReferences && tag === "CR")) continue;
      if (!LINE_VALUE_TAGS.has(tag)) values.set(tag, [cell]);
      else values.set(tag, tag === "C1" ? splitOutsideBrackets(cell) : splitCellValues(cell));
    }
    const warnings: RecordWarning[] =
      row.lines > 1
        ? [{ code: "row-joined", detail: `the row spans lines ${row.line}–${row.line + row.lines - 1}` }]
        : [];
    // A joined row's warning names its lines: it gets no fingerprint (its record's place is in it).
    const print = row.text === null ? undefined : rowPrint(columns, cells, row.text);
    return recordFromTags(
      values,
      { file, line: row.line, recordIndex: row.recordIndex },
      { citedReferences, warnings, fingerprint: print },
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

  const pushLine = (split: SplitLine, out: ReadItem[]): void => {
    lineNumber++;
    const chars = typeof split === "string" ? split.length : split.chars;
    if (typeof split !== "string" || chars > maxLineBytes) {
      if (header === null) {
        // A header past the line limit names no columns copub could trust.
        throw new CopubError(
          "input-too-large",
          `${file}:${lineNumber}: the header line is ${chars} characters long, over the line limit of ${maxLineBytes} (maxLineBytes, --max-line-size)`,
          file,
        );
      }
      // The row so far and this line are one record, too large to keep.
      const row = pending ?? { ...rowOf("", header.length, lineNumber, nextIndex++), chars };
      pending = null;
      out.push(
        rejection(
          row,
          "record-too-large",
          `line ${lineNumber} is ${chars} characters long, over the line limit of ${maxLineBytes} (maxLineBytes, --max-line-size)`,
        ),
      );
      return;
    }
    const line = split;
    if (header === null) {
      if (line.trim().length > 0) {
        header = readHeader(line);
        if (leftOut !== null) leftOutColumns = header.map(leftOut);
        if (fingerprint !== null) {
          fingerprint.add(line, 0, line.length);
          headerPrint = fingerprint.finish();
        }
      }
      return;
    }
    const columns = header;
    const width = columns.length;
    if (chars > maxRecordBytes) {
      out.push(rejectLarge(pending ?? rowOf(line, width, lineNumber, nextIndex++)));
      pending = null;
      return;
    }
    if (isBlank(line)) {
      if (pending !== null) out.push(rejectRow(pending, width, " (a blank line follows it)"));
      pending = null;
      return;
    }
    if (pending !== null) {
      const next = rowOf(line, width, lineNumber, pending.recordIndex);
      // A line break inside a cell: the broken cell continues on this line.
      const joined = [
        ...pending.cells.slice(0, -1),
        `${pending.cells[pending.cells.length - 1] ?? ""} ${next.cells[0] ?? ""}`,
        ...next.cells.slice(1),
      ];
      if (joined.length + next.uncut <= width && pending.lines < MAX_JOINED_LINES) {
        pending.cells = joined;
        pending.text = null;
        pending.lines++;
        pending.chars += line.length;
        if (pending.chars > maxRecordBytes) {
          out.push(rejectLarge(pending));
          pending = null;
        } else if (fits(pending, width)) {
          out.push(toItem(columns, pending));
          pending = null;
        }
        return;
      }
      out.push(rejectRow(pending, width, ""));
      pending = null;
    }
    const row = rowOf(line, width, lineNumber, nextIndex++);
    if (fits(row, width)) out.push(toItem(columns, row));
    else if (count(row) < width) pending = row;
    else out.push(rejectRow(row, width, ""));
  };

  return {
    push(lines: readonly SplitLine[]): ReadItem[] {
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
export function readTabDelimited(source: ByteSource, options: ReadOptions = {}): AsyncIterable<ReadItem> {
  // The line reader's own items, as `readPlainText` returns them: no generator delegating to them.
  return readLines(createTabDelimitedParser, source, options);
}

/** Two fingerprints (whole numbers below 2^53) in one, bit by bit. */
function xorPrints(a: number, b: number): number {
  const high = (Math.floor(a / 0x200000) ^ Math.floor(b / 0x200000)) >>> 0;
  return high * 0x200000 + ((a % 0x200000) ^ (b % 0x200000));
}

/** Whether a line is empty or white space only, found without the copy `trim` makes of a row. */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isJsSpace(line.charCodeAt(i))) return false;
  return true;
}
