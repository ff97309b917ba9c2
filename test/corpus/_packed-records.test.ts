// Packed records read back as they were packed, field by field, when one packer packs several
// pieces: each piece carries only the shared strings the packer had not given before, and the
// main thread's table (createStringTable) gives every piece's numbers their strings, interned.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createRecordPacker,
  createStringTable,
  packRecords,
  unpackedRecords,
  unpackRecords,
} from "../../src/corpus/_packed-records.ts";
import { createRecordPreparer, type PreparedRecord } from "../../src/corpus/_prepared-record.ts";
import { CorpusOptionsSchema } from "../../src/corpus/corpus-options.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";
import { sample } from "../_samples.ts";
import { textsInSlotZero } from "./_colliding-texts.ts";

function prepared(file: string): PreparedRecord[] {
  const prepare = createRecordPreparer(CorpusOptionsSchema.parse({}));
  return parsePlainText(readFileSync(sample(`plain-text/${file}`), "utf8")).flatMap((item) =>
    item.ok ? [prepare(item.record, item.at)] : [],
  );
}

describe("createRecordPacker over two pieces, read back through one string table", () => {
  // The same two records twice: the second piece repeats every shared string of the first, so
  // it carries none (its numbers point into the first piece's strings), only its own ones.
  const records = prepared("two-records.txt");
  const packer = createRecordPacker();
  for (const record of records) packer.add(record);
  const first = packer.finish();
  for (const record of records) packer.add(record);
  const second = packer.finish();

  it("the second piece carries no shared string, and its own strings again", () => {
    expect(records).toHaveLength(2);
    expect(first.firstString).toBe(0);
    expect(first.strings.length).toBeGreaterThan(0);
    expect(second.firstString).toBe(first.strings.length);
    expect(second.strings).toEqual([]);
    // Own strings, as code units: each record's UT twice (record and paper) and its DOI when it has one.
    expect(second.own).toEqual(first.own);
    const ownText = String.fromCharCode(...second.own);
    expect(ownText.split("WOS:")).toHaveLength(5);
    expect(ownText.startsWith(`${records[0]?.ut}${records[0]?.paper.ut}`)).toBe(true);
  });

  it("both pieces read back equal to the records, every shared string the interner's instance", () => {
    const interned = new Map<string, string>();
    const intern = (strings: readonly string[]): string[] =>
      strings.map((s) => {
        if (!interned.has(s)) interned.set(s, s);
        return interned.get(s) as string;
      });
    const table = createStringTable(intern);
    const one = [...unpackedRecords(first, table.extend(first))];
    const two = [...unpackedRecords(second, table.extend(second))];
    expect(one).toEqual(records);
    expect(two).toEqual(records);
    // The author keys of both pieces are one instance each (the table's).
    expect(two[0]?.paper.authorKeys[0]).toBe(interned.get(records[0]?.paper.authorKeys[0] as string));
  });

  it("a piece whose strings do not follow the table's is refused", () => {
    const table = createStringTable((strings) => [...strings]);
    expect(() => table.extend(second)).toThrow(/start at \d+, not at 0/);
  });
});

describe("createRecordPacker with shared strings its index cannot keep", () => {
  it("sends a string past its probes as the paper's own, and the record reads back the same", () => {
    // 65 countries in slot 0 of the packer's new index: the 65th finds no free slot in 64 probes.
    const [record] = prepared("two-records.txt") as [PreparedRecord];
    const countries = textsInSlotZero(65);
    const crowded: PreparedRecord = { ...record, paper: { ...record.paper, countries } };
    const packer = createRecordPacker();
    packer.add(crowded);
    const packed = packer.finish();
    expect(String.fromCharCode(...packed.own)).toContain(countries[64]);
    expect(packed.strings).not.toContain(countries[64]);
    expect(packed.strings).toContain(countries[63]);
    const table = createStringTable((strings) => [...strings]);
    expect([...unpackedRecords(packed, table.extend(packed))]).toEqual([crowded]);
  });
});

describe("createRecordPacker's own strings as code units", () => {
  it("reads back strings longer than one String.fromCharCode call and lone surrogates, unit for unit", () => {
    const [record] = prepared("two-records.txt") as [PreparedRecord];
    // A cited reference of 20,000 units (three calls of 8,192) and one holding a lone high surrogate.
    const long = `${"R".repeat(19_999)}\u00e9`;
    const lone = "bad \ud800 surrogate";
    const odd: PreparedRecord = { ...record, paper: { ...record.paper, citedReferences: [long, lone, ""] } };
    const packed = packRecords([odd, record]);
    expect(packed.own.length).toBeGreaterThan(20_000);
    expect(unpackRecords(packed)).toEqual([odd, record]);
  });
});
