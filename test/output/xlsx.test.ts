// The workbook writer: numbers stored as numbers with a format by kind, text as text, a bold frozen
// header, widths, valid unique sheet names, and the same bytes whatever the clock says.
import { unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SHEET_NAME_LENGTH, sheetNames, toXlsx, type XlsxSheet } from "../../src/output/xlsx.ts";
import { readWorkbook, rowOf } from "./_xlsx.ts";

const SHEET: XlsxSheet = {
  name: "Collaboration",
  columns: [
    { header: "Country", kind: "text" },
    { header: "Papers", kind: "integer" },
    { header: "International", kind: "count" },
    { header: "Whole counts", kind: "count" },
    { header: "International share", kind: "share" },
    { header: "MNCS", kind: "ratio" },
    { header: "Fiscal year", kind: "year" },
    { header: "In top", kind: "boolean" },
  ],
  rows: [
    // 4 international papers of 7: share 4/7; a fractional count 2.5.
    ["Japan", 7, 2.5, 3, 4 / 7, 1.942, 2021, true],
    ["World", 1234, 0.25, 1, null, null, 2022, false],
  ],
};

afterEach(() => {
  vi.useRealTimers();
});

describe("toXlsx(sheets)", () => {
  it("stores numbers as numbers with their format, text as text and booleans as booleans", async () => {
    const [sheet] = readWorkbook(await toXlsx([SHEET]));
    if (sheet === undefined) throw new Error("no sheet");
    expect(sheet.name).toBe("Collaboration");
    const japan = rowOf(sheet, "Japan");
    expect(japan.Country).toEqual({ value: "Japan", type: "s", format: "General" });
    expect(japan.Papers).toEqual({ value: 7, type: "n", format: "#,##0" });
    // A column of counts with one fractional value shows two decimals; one of whole counts none.
    expect(japan.International).toEqual({ value: 2.5, type: "n", format: "#,##0.00" });
    expect(japan["Whole counts"]).toEqual({ value: 3, type: "n", format: "#,##0" });
    // The share keeps its unrounded 0–1 value; the percentage is only how it is shown.
    expect(japan["International share"]).toEqual({ value: 4 / 7, type: "n", format: "0.0%" });
    expect(japan.MNCS).toEqual({ value: 1.942, type: "n", format: "0.00" });
    expect(japan["Fiscal year"]).toEqual({ value: 2021, type: "n", format: "0" });
    expect(japan["In top"]).toEqual({ value: true, type: "b", format: "General" });
    // null is an empty cell, not 0 or "".
    expect(rowOf(sheet, "World")["International share"]).toBeUndefined();
  });

  it("makes the header bold and frozen, and sets every column's width", async () => {
    const [sheet] = readWorkbook(await toXlsx([SHEET]));
    expect(sheet?.headerBold).toBe(true);
    expect(sheet?.headerFrozen).toBe(true);
    // The longest text + 2: "Country" 7 → 9, "International share" 19 → 21, "Fiscal year" 11 → 13;
    // "Papers" 6 (and "1,234" 5) → 8, the narrowest a column is made.
    expect(sheet?.widths).toEqual([9, 8, 15, 14, 21, 8, 13, 8]);
  });

  it("gives the same bytes whatever the time of writing: every zip entry is dated 1980-01-01 00:00", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2021-03-04T05:06:07Z"));
    const before = await toXlsx([SHEET]);
    vi.setSystemTime(new Date("2033-11-12T13:14:15Z"));
    const after = await toXlsx([SHEET]);
    expect(after).toEqual(before);
    // The first local file header: signature PK\3\4, then the DOS time at bytes 10–11 (0: 00:00:00)
    // and the date at 12–13: (1980 − 1980) << 9 | 1 << 5 | 1 = 0x0021.
    const header = new DataView(before.buffer, before.byteOffset);
    expect(header.getUint32(0, true)).toBe(0x04034b50);
    expect(header.getUint16(10, true)).toBe(0);
    expect(header.getUint16(12, true)).toBe(0x0021);
  });

  it("gives the bytes of the library's entries zipped again with that date, sheets large and small", async () => {
    // 1,000 rows of 8 cells make a sheet part of over 160,000 bytes, which fflate compresses
    // apart (in a worker) from the small parts: the compressed data must be those of zipSync at
    // its default level either way, with only the entries' dates set.
    const rows = Array.from({ length: 1000 }, (_, i) => [
      `Country ${i}`,
      i,
      i / 4,
      i,
      i / 1000,
      i / 7,
      2000 + (i % 30),
      i % 2 === 0,
    ]);
    const bytes = await toXlsx([SHEET, { ...SHEET, name: "Large", rows }]);
    const parts = unzipSync(bytes);
    expect(parts["xl/worksheets/sheet2.xml"]?.length).toBeGreaterThan(160_000);
    const again = zipSync(parts, { level: 6, mtime: new Date(1980, 0, 1, 0, 0, 0) });
    expect(bytes).toEqual(again);
    expect(readWorkbook(bytes)[1]?.rows).toHaveLength(1001);
  });

  it("writes several sheets in order, names made valid and unique", async () => {
    const sheets = readWorkbook(
      await toXlsx([SHEET, { ...SHEET, name: "collaboration" }, { ...SHEET, name: "Top10%: [fields]" }]),
    );
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      "Collaboration",
      "collaboration (2)",
      "Top10%- -fields-",
    ]);
  });
});

describe("sheetNames(names)", () => {
  it("cuts names to 31 characters and numbers the ones already taken, ignoring case", () => {
    const long = "Partners United States of America";
    expect(sheetNames([long, long, "TOP10%", "top10%", "", "'quoted'"])).toEqual([
      "Partners United States of Ameri",
      "Partners United States of A (2)",
      "TOP10%",
      "top10% (2)",
      "Sheet",
      "quoted",
    ]);
    expect(sheetNames([long])[0]).toHaveLength(SHEET_NAME_LENGTH);
    // Cut at 31, "Partners Saint Vincent and the " would end in a space, which is dropped.
    expect(sheetNames(["Partners Saint Vincent and the Grenadines"])).toEqual([
      "Partners Saint Vincent and the",
    ]);
  });
});
