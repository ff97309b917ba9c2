/**
 * Tables as an Excel workbook (`.xlsx`), the file analysts forward: one sheet per table, a bold
 * header row frozen above the rows, columns as wide as their text, and numbers stored as numbers
 * with a display format by what they are — whole counts `#,##0`, fractional counts `#,##0.00`,
 * shares `0.0%` (the value stays the unrounded 0–1 share), ratios `0.00`, years `0`. The bytes
 * come from write-excel-file (pure JavaScript, one dependency, fflate; loaded on first use, so the
 * commands that write no workbook do not load it); its zip entries carry the time of writing, so
 * every entry's time is set to 1980-01-01 00:00 (the earliest time a zip can hold), which makes the
 * same tables the same bytes on every run.
 */
import type { Cell, Sheet } from "write-excel-file/universal";
import * as z from "zod";

/**
 * What a column holds, which decides how its numbers are shown: `text` (codes, names, periods),
 * `integer` (whole counts, `#,##0`), `count` (counts that may be fractional: `#,##0.00` when any
 * is not whole, else `#,##0`), `share` (a 0–1 proportion shown as a percentage, `0.0%`), `ratio`
 * (an indicator near 1 such as MNCS, `0.00`), `year` (`0`, no thousands separator), `boolean`.
 */
export const XlsxColumnKindSchema = z.enum(["text", "integer", "count", "share", "ratio", "year", "boolean"]);

/** What a column holds. */
export type XlsxColumnKind = z.infer<typeof XlsxColumnKindSchema>;

/** A column of a sheet: its header and what it holds. */
export const XlsxColumnSchema = z.object({
  /** The header people read. */
  header: z.string(),
  /** What it holds (how its numbers are shown). */
  kind: XlsxColumnKindSchema,
});

/** A column of a sheet. */
export type XlsxColumn = z.infer<typeof XlsxColumnSchema>;

/** A cell's value: text, a number, a boolean, or `null` for an empty cell. */
export const XlsxCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A cell's value. */
export type XlsxCell = z.infer<typeof XlsxCellSchema>;

/** One sheet: a table with a header row. */
export const XlsxSheetSchema = z.object({
  /** Its tab name; made valid and unique by `toXlsx` (at most 31 characters, none of `[]:*?/\`). */
  name: z.string(),
  /** Its columns, in order. */
  columns: z.array(XlsxColumnSchema),
  /** Its rows, one cell per column. */
  rows: z.array(z.array(XlsxCellSchema)),
});

/** One sheet. */
export type XlsxSheet = z.infer<typeof XlsxSheetSchema>;

/** Excel's limit on a sheet name. */
export const SHEET_NAME_LENGTH = 31;

/** The widest a column is made, in characters; a longer text is shown cut, and is whole in the cell. */
const MAX_WIDTH = 60;

/**
 * 1980-01-01 00:00 as a zip stores it: the DOS time (0) in the low 16 bits, the DOS date
 * `(1980 − 1980) << 9 | 1 << 5 | 1` in the high ones, little-endian.
 */
const ZIP_TIME = 0x0021_0000;

/**
 * The sheets as the bytes of an `.xlsx` workbook: same sheets, same bytes.
 * @param sheets - in tab order; names are made valid and unique (`sheetNames`)
 * @example
 * const bytes = await toXlsx([{ name: "Collaboration", columns: [{ header: "Papers", kind: "integer" }], rows: [[7]] }]);
 * bytes.subarray(0, 2) // → Uint8Array [0x50, 0x4b] ("PK": a zip archive)
 */
export async function toXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  const written = await writeXlsxFile(
    sheets.map((sheet, i) => librarySheet(sheet, names[i] ?? sheet.name)),
    { fontFamily: "Calibri", fontSize: 11 },
  ).toBlob();
  return withFixedTimes(new Uint8Array(await written.arrayBuffer()));
}

/**
 * Valid, unique sheet names: the characters Excel refuses (`[]:*?/\`) become `-`, a leading or
 * trailing apostrophe is dropped, an empty name becomes `Sheet`, names are cut to 31 characters
 * (a space left at the end dropped), and a name already taken (Excel compares them ignoring case) gets ` (2)`, ` (3)`, … within the 31.
 * @example
 * sheetNames(["Partners of United States of America by field", "Top10%", "top10%"])
 * // → ["Partners of United States of Am", "Top10%", "top10% (2)"]
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((wanted) => {
    const clean =
      wanted
        .replace(/[[\]:*?/\\]/g, "-")
        .replace(/^'+|'+$/g, "")
        .trim() || "Sheet";
    // Cut, a space left at the cut is dropped: Excel keeps it, and nobody can see it in the tab.
    const cut = (length: number) => clean.slice(0, length).trimEnd();
    let name = cut(SHEET_NAME_LENGTH);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${cut(SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A sheet as write-excel-file takes it: typed cells with their formats, a bold frozen header, widths. */
function librarySheet(sheet: XlsxSheet, name: string): Sheet<never> {
  const formats = sheet.columns.map((column, i) => numberFormat(column.kind, sheet.rows, i));
  const header: Cell[] = sheet.columns.map((column) => ({
    value: column.header,
    type: String,
    fontWeight: "bold",
    bottomBorderStyle: "thin",
  }));
  const body = sheet.rows.map((row) =>
    sheet.columns.map((_, i): Cell => libraryCell(row[i] ?? null, formats[i])),
  );
  return {
    sheet: name,
    data: [header, ...body],
    stickyRowsCount: 1,
    columns: sheet.columns.map((column, i) => ({
      width: columnWidth(column.header, sheet.rows, i, formats[i]),
    })),
  };
}

function libraryCell(value: XlsxCell, format: string | undefined): Cell {
  if (value === null) return null;
  if (typeof value === "number")
    return format === undefined ? { value, type: Number } : { value, type: Number, format };
  if (typeof value === "boolean") return { value, type: Boolean };
  return { value, type: String };
}

/** The display format of a column's numbers, `undefined` for text. */
function numberFormat(
  kind: XlsxColumnKind,
  rows: readonly (readonly XlsxCell[])[],
  i: number,
): string | undefined {
  switch (kind) {
    case "integer":
      return "#,##0";
    case "count":
      return rows.every((row) => typeof row[i] !== "number" || Number.isInteger(row[i]))
        ? "#,##0"
        : "#,##0.00";
    case "share":
      return "0.0%";
    case "ratio":
      return "0.00";
    case "year":
      return "0";
    default:
      return undefined;
  }
}

/** A column's width in characters: its longest text as shown, plus a margin, within 8…60. */
function columnWidth(
  header: string,
  rows: readonly (readonly XlsxCell[])[],
  i: number,
  format: string | undefined,
): number {
  let widest = header.length;
  for (const row of rows) widest = Math.max(widest, shownText(row[i] ?? null, format).length);
  return Math.min(MAX_WIDTH, Math.max(8, widest + 2));
}

/** About the text Excel shows for a cell: enough to size its column. */
function shownText(value: XlsxCell, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value !== "number") return String(value);
  if (format === "0.0%") return `${(value * 100).toFixed(1)}%`;
  const digits = format === "#,##0.00" || format === "0.00" ? 2 : 0;
  const text = value.toFixed(digits);
  return format?.startsWith("#,##") ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : text;
}

/**
 * The same archive with every entry dated `ZIP_TIME`: the library dates them at the time of
 * writing. The time is set where it is stored — in each entry's local header (bytes 10–13) and its
 * central directory record (bytes 12–15) — and nothing else changes: the compressed data are
 * fflate's at its default level either way, so these are the bytes that unzipping and zipping
 * again with that time gave, without inflating and deflating every sheet a second time.
 * @throws Error when the archive has no end of central directory where a zip without a comment
 *   has it (the library's never has one)
 */
function withFixedTimes(archive: Uint8Array): Uint8Array {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50)
    throw new Error("xlsx: no end of central directory");
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("xlsx: broken central directory");
    view.setUint32(at + 12, ZIP_TIME, true);
    view.setUint32(view.getUint32(at + 42, true) + 10, ZIP_TIME, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return archive;
}
