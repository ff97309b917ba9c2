import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { readTabDelimited } from "../../src/read/tab-delimited.ts";
import {
  joined,
  plainTextBlocks,
  readPlainTextBlock,
  readTabDelimitedBlock,
  readTextBlocks,
  type TextBlock,
  type TextBlockOptions,
  tabDelimitedBlocks,
  withRecordIndexFrom,
} from "../../src/read/text-blocks.ts";
import { drain } from "../_drain.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";

type Format = "plain" | "tab";

async function* inChunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

async function blocksOf(format: Format, bytes: Uint8Array, options: TextBlockOptions, chunk = 4096) {
  const cut = format === "plain" ? plainTextBlocks : tabDelimitedBlocks;
  return drain(cut(inChunks(bytes, chunk), options));
}

/** Every block read on its own (as a worker would), record indexes moved on by the items before. */
function readEachAlone(format: Format, blocks: readonly TextBlock[], fileName: string): ReadItem[] {
  const read = format === "plain" ? readPlainTextBlock : readTabDelimitedBlock;
  const items: ReadItem[] = [];
  for (const block of blocks) {
    // Half the blocks get their first record index from the caller, half are moved on after.
    const alone = items.length % 2 === 0;
    const got = read(block, { fileName, ...(alone ? { firstRecordIndex: items.length } : {}) });
    items.push(...(alone ? got : got.map((item) => withRecordIndexFrom(item, items.length))));
  }
  return items;
}

async function sequential(format: Format, bytes: Uint8Array, fileName: string): Promise<ReadItem[]> {
  const read = format === "plain" ? readPlainText : readTabDelimited;
  return drain(read(bytes, { fileName }));
}

async function inOrder(format: Format, blocks: readonly TextBlock[], fileName: string): Promise<ReadItem[]> {
  async function* each() {
    yield* blocks;
  }
  return drain(readTextBlocks(format, each(), { fileName }));
}

describe("joined", () => {
  it("gives the chunks' bytes as one array, and an empty one for no chunks", () => {
    // The XML block cutter asks for the bytes of no chunks at all when a cut leaves nothing pending.
    expect([...joined([])]).toEqual([]);
    expect([...joined([new Uint8Array([1]), new Uint8Array([2, 3])])]).toEqual([1, 2, 3]);
    const one = new Uint8Array([4, 5]);
    expect(joined([one])).toBe(one);
  });
});

describe("plainTextBlocks cuts after an ER line, before a tag line, and counts lines", () => {
  // Lines: 1 FN, 2 VR, 3 PT, 4 UT, 5 ER, 6 PT, 7 UT, 8 ER, 9 EF. With a 1-byte target every
  // boundary is a cut: after line 5 (line 6 opens the next record). After line 8 comes EF, a
  // tag line too, so the last block is line 9 alone.
  const text = "FN x\nVR 1.0\nPT J\nUT WOS:000000000000001\nER\nPT J\nUT WOS:000000000000002\nER\nEF\n";
  it("gives blocks starting at lines 1, 6 and 9", async () => {
    const blocks = await blocksOf("plain", new TextEncoder().encode(text), { targetBytes: 1 }, 7);
    expect(blocks.map((b) => [b.line, new TextDecoder().decode(b.bytes).split("\n")[0]])).toEqual([
      [1, "FN x"],
      [6, "PT J"],
      [9, "EF"],
    ]);
    expect(blocks.every((b) => !b.continued && b.header === null)).toBe(true);
  });
  it("reads the second record at line 6 with record index 1", async () => {
    const bytes = new TextEncoder().encode(text);
    const items = readEachAlone("plain", await blocksOf("plain", bytes, { targetBytes: 1 }), "t.txt");
    expect(items.map((i) => (i.ok ? [i.record.ut, i.at.line, i.at.recordIndex] : null))).toEqual([
      ["WOS:000000000000001", 3, 0],
      ["WOS:000000000000002", 6, 1],
    ]);
  });
});

describe("tabDelimitedBlocks cuts after a row as wide as the header and gives later blocks the header", () => {
  // Line 1 the header (3 cells), line 2 a whole row, lines 3–4 one row broken inside a cell
  // (2 cells, then 2 more: joined to 3), line 5 a whole row. Rows of exactly 3 cells end at
  // lines 2 and 5, so with a 1-byte target the one cut is before line 3 (none at the file's end).
  const text =
    "PT\tTI\tUT\nJ\tOne\tWOS:000000000000001\nJ\tTwo\nhalves\tWOS:000000000000002\nJ\tThree\tWOS:000000000000003\n";
  it("gives blocks at lines 1 and 3, the second with the header", async () => {
    const blocks = await blocksOf("tab", new TextEncoder().encode(text), { targetBytes: 1 }, 5);
    expect(blocks.map((b) => [b.line, b.header])).toEqual([
      [1, null],
      [3, "PT\tTI\tUT"],
    ]);
  });
  it("reads the joined row at line 3 as in one pass", async () => {
    const bytes = new TextEncoder().encode(text);
    const items = readEachAlone("tab", await blocksOf("tab", bytes, { targetBytes: 1 }), "t.txt");
    expect(items).toEqual(await sequential("tab", bytes, "t.txt"));
    expect(items.map((i) => (i.ok ? [i.record.title, i.at.line, i.at.recordIndex] : null))).toEqual([
      ["One", 2, 0],
      ["Two halves", 3, 1],
      ["Three", 5, 2],
    ]);
  });
});

describe("tabDelimitedBlocks counts a line's cells from its last bare CR, as the parser splits lines", () => {
  // Line 2 ends with a bare CR: the parser's line 3 ("J<tab>Two") is the first half of a row
  // broken inside a cell and joined with line 4. Counted from the LF before it, lines 2 and 3
  // would look like one line of 4 cells (3 tabs), and a cut after them would split the joined row
  // (found by \`npm run fuzz -- --seed 16\`: a huge value, many tabs and mixed line endings).
  const text =
    "PT\tTI\tUT\nJ\tOne\tWOS:000000000000001\rJ\tTwo\nhalves\tWOS:000000000000002\nJ\tThree\tWOS:000000000000003\n";
  it("cuts only where a row ends, and the blocks read as the whole file", async () => {
    const bytes = new TextEncoder().encode(text);
    const expected = await sequential("tab", bytes, "t.txt");
    expect(expected.map((i) => (i.ok ? [i.record.title, i.at.line] : null))).toEqual([
      ["One", 2],
      ["Two halves", 3],
      ["Three", 5],
    ]);
    for (const chunk of [1, 5, 4096]) {
      const blocks = await blocksOf("tab", bytes, { targetBytes: 1 }, chunk);
      // No cut lies inside the row of lines 3–4: the second block, if any, starts at line 5.
      expect(blocks.map((b) => b.line).filter((line) => line === 4)).toEqual([]);
      expect(await inOrder("tab", blocks, "t.txt")).toEqual(expected);
      expect(readEachAlone("tab", blocks, "t.txt")).toEqual(expected);
    }
  });
});

const SAMPLES: readonly [Format, string][] = [
  ...readdirSync(sample("plain-text")).map((f): [Format, string] => ["plain", sample(`plain-text/${f}`)]),
  ...readdirSync(sample("tab-delimited")).map((f): [Format, string] => ["tab", sample(`tab-delimited/${f}`)]),
];

describe("blocks of the hand-written edge cases read as the whole file does", () => {
  it.each(SAMPLES)("%s %s: every boundary cut, each block alone and in order", async (format, path) => {
    const bytes = readFileSync(path);
    const expected = await sequential(format, bytes, "f.txt");
    for (const chunk of [1, 3, 64, 1 << 20]) {
      const blocks = await blocksOf(format, bytes, { targetBytes: 1 }, chunk);
      expect(await inOrder(format, blocks, "f.txt")).toEqual(expected);
      if (blocks.some((b) => b.continued)) continue;
      expect(readEachAlone(format, blocks, "f.txt")).toEqual(expected);
    }
  });
  it.each(SAMPLES)(
    "%s %s: blocks cut at 100 bytes without boundaries are continued and read in order",
    async (format, path) => {
      const bytes = readFileSync(path);
      const blocks = await blocksOf(format, bytes, { targetBytes: 50, maxBlockBytes: 100 }, 7);
      expect(blocks.every((b) => b.bytes.length <= 100 || b.bytes.length === bytes.length)).toBe(true);
      expect(await inOrder(format, blocks, "f.txt")).toEqual(await sequential(format, bytes, "f.txt"));
    },
  );
});

describe("continued blocks are never cut between a CR and its LF", () => {
  // Bare CRs and CRLFs mixed, no LF alone: a block cut at maxBlockBytes could fall between the CR
  // and the LF of a CRLF, and its line count would take the pair for two line breaks. Every cut
  // from 64 to 260 bytes is tried; the records' line numbers must stay those of one reading.
  // Each record: PT on a CRLF line, then a title over eight lines ended by bare CRs (about 190
  // bytes without an LF) and a CRLF, so a cut at the largest block size can land on that CR.
  const title = Array.from({ length: 8 }, (_, j) => `${j === 0 ? "TI" : "  "} words of the title ${j}`).join(
    "\r",
  );
  const text = `FN x\rVR 1.0\r${Array.from({ length: 6 }, (_, i) => `PT J\r\n${title}\r\nUT WOS:00000000000000${i}\r\nER\r\n`).join("")}EF`;
  const bytes = new TextEncoder().encode(text);
  it("reads the same items whatever the largest block", async () => {
    const expected = await sequential("plain", bytes, "m.txt");
    expect(expected.filter((i) => i.ok)).toHaveLength(6);
    for (let maxBlockBytes = 64; maxBlockBytes <= 260; maxBlockBytes++) {
      const blocks = await blocksOf("plain", bytes, { targetBytes: 1, maxBlockBytes }, 13);
      expect(await inOrder("plain", blocks, "m.txt")).toEqual(expected);
    }
  });
});

describe(`blocks of the shared WoS exports read as the whole files do${NEEDS_SHARED}`, () => {
  const files: [Format, string][] = HAVE_SHARED
    ? [
        ...readdirSync(`${SHARED_WOS}plaintext`).map((f): [Format, string] => ["plain", `plaintext/${f}`]),
        ...readdirSync(`${SHARED_WOS}tabdelimited`).map((f): [Format, string] => [
          "tab",
          `tabdelimited/${f}`,
        ]),
      ]
    : [];
  it.skipIf(!HAVE_SHARED).each(files)("%s %s", async (format, file) => {
    const bytes = readFileSync(`${SHARED_WOS}${file}`);
    const expected = await sequential(format, bytes, file);
    const blocks = await blocksOf(format, bytes, { targetBytes: 40_000 }, 65_536);
    // UTF-16 exports are never cut; the others, but the smallest, are cut into many blocks.
    if (!file.includes("utf16") && bytes.length > 100_000) expect(blocks.length).toBeGreaterThan(1);
    expect(readEachAlone(format, blocks, file)).toEqual(expected);
    expect(await inOrder(format, blocks, file)).toEqual(expected);
  });
});
