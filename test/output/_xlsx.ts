// Reads an .xlsx workbook back the way a spreadsheet does, independently of the library that wrote
// it: unzip (fflate) and parse the XML parts (fast-xml-parser), resolving shared strings and each
// cell's number format through styles.xml. Tests check values, cell types and formats with it.

import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";

/** One cell as read: its value, how it is stored (`n` number, `s` text, `b` boolean) and its number format. */
export interface ReadCell {
  readonly value: string | number | boolean;
  readonly type: "n" | "s" | "b";
  readonly format: string;
}

/** One sheet as read. */
export interface ReadSheet {
  readonly name: string;
  /** Rows of cells keyed by column letters ("A", "B", …); an empty cell is absent. */
  readonly rows: readonly Readonly<Record<string, ReadCell>>[];
  /** Whether the first row is frozen (a frozen pane split below row 1). */
  readonly headerFrozen: boolean;
  /** Column widths in characters, by column number from 1. */
  readonly widths: readonly number[];
  /** Whether the header cells are bold. */
  readonly headerBold: boolean;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) =>
    ["sheet", "row", "c", "si", "col", "numFmt", "xf", "font", "Relationship"].includes(name),
});

// Excel's built-in number formats that the writer may use without declaring them.
const BUILT_IN: Readonly<Record<string, string>> = {
  "0": "General",
  "1": "0",
  "2": "0.00",
  "3": "#,##0",
  "9": "0%",
  "10": "0.00%",
};

type Node = Record<string, unknown>;

function text(node: unknown): string {
  if (typeof node === "string") return node;
  if (node !== null && typeof node === "object" && "#text" in node) return String((node as Node)["#text"]);
  return "";
}

/** The workbook's sheets in tab order. */
export function readWorkbook(bytes: Uint8Array): ReadSheet[] {
  const parts = unzipSync(bytes);
  const xml = (name: string): Node => {
    const part = parts[name];
    if (part === undefined) throw new Error(`${name} is missing from the workbook`);
    return parser.parse(strFromU8(part)) as Node;
  };
  const workbook = xml("xl/workbook.xml").workbook as Node;
  const rels = (xml("xl/_rels/workbook.xml.rels").Relationships as Node).Relationship as Node[];
  const targets = new Map(rels.map((r) => [String(r["@Id"]), String(r["@Target"])] as const));
  const strings = parts["xl/sharedStrings.xml"]
    ? (((xml("xl/sharedStrings.xml").sst as Node).si as Node[] | undefined) ?? []).map((si) => text(si.t))
    : [];
  const styles = xml("xl/styles.xml").styleSheet as Node;
  const numFmts = new Map(
    (((styles.numFmts as Node | undefined)?.numFmt as Node[] | undefined) ?? []).map((f) => [
      String(f["@numFmtId"]),
      String(f["@formatCode"]),
    ]),
  );
  const xfs = (styles.cellXfs as Node).xf as Node[];
  const fonts = (styles.fonts as Node).font as Node[];
  const formatOf = (style: string | undefined): string => {
    const id = String(xfs[Number(style ?? 0)]?.["@numFmtId"] ?? "0");
    return numFmts.get(id) ?? BUILT_IN[id] ?? `builtin ${id}`;
  };
  const boldOf = (style: string | undefined): boolean =>
    fonts[Number(xfs[Number(style ?? 0)]?.["@fontId"] ?? 0)]?.b !== undefined;
  return ((workbook.sheets as Node).sheet as Node[]).map((sheet) => {
    const target = targets.get(String(sheet["@r:id"])) ?? "";
    const worksheet = xml(`xl/${target}`).worksheet as Node;
    const pane = ((worksheet.sheetViews as Node | undefined)?.sheetView as Node | undefined)?.pane as
      | Node
      | undefined;
    const rows = (((worksheet.sheetData as Node).row as Node[] | undefined) ?? []).map((row) => {
      const cells: Record<string, ReadCell> = {};
      for (const c of (row.c as Node[] | undefined) ?? []) {
        const column = String(c["@r"]).replace(/\d+$/, "");
        const raw = text(c.v);
        const t = c["@t"];
        const style = c["@s"] === undefined ? undefined : String(c["@s"]);
        cells[column] =
          t === "s"
            ? { value: strings[Number(raw)] ?? "", type: "s", format: formatOf(style) }
            : t === "b"
              ? { value: raw === "1", type: "b", format: formatOf(style) }
              : { value: Number(raw), type: "n", format: formatOf(style) };
      }
      return { cells, bold: ((row.c as Node[] | undefined) ?? []).every((c) => boldOf(c["@s"] as string)) };
    });
    return {
      name: String(sheet["@name"]),
      rows: rows.map((row) => row.cells),
      headerFrozen: pane?.["@state"] === "frozen" && pane["@ySplit"] === "1" && pane["@topLeftCell"] === "A2",
      widths: (((worksheet.cols as Node | undefined)?.col as Node[] | undefined) ?? []).map((col) =>
        Number(col["@width"]),
      ),
      headerBold: rows[0]?.bold ?? false,
    };
  });
}

/** A sheet's rows as plain values (empty cells `null`), columns A… up to the header's width. */
export function sheetValues(sheet: ReadSheet): (string | number | boolean | null)[][] {
  const columns = Object.keys(sheet.rows[0] ?? {});
  return sheet.rows.map((row) => columns.map((column) => row[column]?.value ?? null));
}

/** The row whose first cell is `first`, as a record from the header's texts to the cells. */
export function rowOf(sheet: ReadSheet, first: string, nth = 0): Record<string, ReadCell> {
  const header = sheet.rows[0] ?? {};
  const row = sheet.rows.filter((r) => r.A?.value === first)[nth];
  if (row === undefined) throw new Error(`${sheet.name}: no row starting with ${first}`);
  return Object.fromEntries(
    Object.entries(header).flatMap(([column, cell]) => {
      const found = row[column];
      return found === undefined ? [] : [[String(cell.value), found]];
    }),
  );
}
