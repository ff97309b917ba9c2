// `formatBlocks` cuts with each format's cutter and `formatBlockItems` reads each block with that
// format's block reader: blocks of one record each (every record boundary a cut), read one by one
// with the record index of the items before them and `fileStart` on the first, give the items of
// a read of the whole file — records, rejections, lines and indexes — for a plain-text file with
// rejected records, a tab-delimited one with a row without a UT and one with a line break in a
// cell, and an XML file with a malformed second REC. An XML file that is not WoS is refused in its
// first block only (a later block is read as part of a file known to be WoS XML).
import { describe, expect, it } from "vitest";
import { formatBlockItems, formatBlocks } from "../../src/read/format-blocks.ts";
import { openWos } from "../../src/read/open-wos.ts";
import type { ReadItem, WosFormat } from "../../src/read/read-item.ts";
import { openSource } from "../../src/read/source.ts";
import { drain } from "../_drain.ts";
import { sample } from "../_samples.ts";

/** The items of `path` read block by block, blocks of one record each. */
async function blockByBlock(format: WosFormat, path: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  let first = true;
  for await (const block of formatBlocks(format, openSource(path).chunks, { targetBytes: 1 })) {
    expect(block.continued).toBe(false);
    const options = { fileName: path, firstRecordIndex: items.length, fileStart: first };
    items.push(...formatBlockItems(format, block, options));
    first = false;
  }
  return items;
}

/** The items of a read of the whole file. */
async function wholeFile(path: string): Promise<ReadItem[]> {
  return drain((await openWos(path)).items);
}

describe("formatBlocks and formatBlockItems: a whole-file read, block by block", () => {
  it.each([
    ["plain", "plain-text/stray-line-between-records.txt", 2, 1],
    ["plain", "plain-text/record-without-ut.txt", 2, 1],
    ["tab", "tab-delimited/row-without-ut.txt", 2, 1],
    ["tab", "tab-delimited/line-break-inside-cell.txt", 2, 0],
    ["xml", "xml/malformed-second-rec.xml", 2, 1],
  ] as const)("%s %s: %i records, %i rejected", async (format, name, records, rejected) => {
    const path = sample(name);
    const items = await blockByBlock(format, path);
    expect(items).toEqual(await wholeFile(path));
    expect(items.filter((item) => item.ok)).toHaveLength(records);
    expect(items.filter((item) => !item.ok)).toHaveLength(rejected);
    // Indexes run on from block to block: the i-th item is the file's i-th.
    expect(items.map((item) => (item.ok ? item.at.recordIndex : item.rejection.recordIndex))).toEqual(
      items.map((_, i) => i),
    );
  });

  it("refuses an XML file that is not WoS in its first block, not in a later one", async () => {
    const path = sample("xml/not-wos.xml");
    const block = await firstBlock(path);
    expect(() => [...formatBlockItems("xml", block, { fileName: path, fileStart: true })]).toThrow(
      /not-wos|WoS/,
    );
    expect([...formatBlockItems("xml", block, { fileName: path, fileStart: false })]).toEqual([]);
  });
});

async function firstBlock(path: string) {
  for await (const block of formatBlocks("xml", openSource(path).chunks)) return block;
  throw new Error(`${path}: no block`);
}
