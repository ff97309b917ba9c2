// CSV in chunks: RFC 4180 quoting by csv-stringify, the same bytes whether the rows come as one
// array or one at a time in batches.
import { describe, expect, it } from "vitest";
import { csvChunks, ROWS_PER_CALL, toCsv } from "../../src/output/csv.ts";
import { CHUNK_CHARS } from "../../src/output/text-chunks.ts";

describe("toCsv(header, rows)", () => {
  it("quotes exactly the cells that need it and writes booleans and missing values", () => {
    expect(toCsv(["ut", "countries"], [["WOS:000000000000001", "JP;US"]])).toBe(
      "ut,countries\nWOS:000000000000001,JP;US\n",
    );
    expect(toCsv(["title", "ok", "n"], [['He said "hi", twice', true, null]])).toBe(
      'title,ok,n\n"He said ""hi"", twice",true,\n',
    );
    expect(toCsv(["a"], [])).toBe("a\n");
  });
});

describe("csvChunks(header, rows)", () => {
  it("gives the bytes of the whole table with rows from a generator, across batches", () => {
    // 5,000 rows: many batches of ROWS_PER_CALL rows, the last one partial, cells needing quotes among them.
    const rows = Array.from({ length: 5000 }, (_, i) => [`r${i}`, i % 7 === 0 ? "a,b" : i, i % 2 === 0]);
    function* generated(): Generator<(string | number | boolean)[]> {
      yield* rows;
    }
    const chunks = [...csvChunks(["id", "value", "even"], generated())];
    const lines = [
      "id,value,even",
      ...rows.map(([id, v, even]) => `${id},${v === "a,b" ? '"a,b"' : v},${even}`),
    ];
    expect(chunks.join("")).toBe(`${lines.join("\n")}\n`);
    // No chunk is more than CHUNK_CHARS plus one batch of ROWS_PER_CALL rows (each under 20 characters).
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(CHUNK_CHARS + ROWS_PER_CALL * 20);
  });
});
