// XML blocks (src/read/_xml-blocks.ts, readXmlBlock / readXmlBlocks in src/read/xml.ts): a file
// cut into blocks of whole RECs and read block by block, each block alone as another thread
// would, gives the items readXml gives for the whole file: same records, rejections, lines and
// record indexes. Checked on hand-made files where the place to cut is tricky, on every shared
// XML sample and on the fuzz corpus.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReadItem } from "../../src/read/read-item.ts";
import { type TextBlock, type TextBlockOptions, withRecordIndexFrom } from "../../src/read/text-blocks.ts";
import { readXml, readXmlBlock, readXmlBlocks, xmlBlocks } from "../../src/read/xml.ts";
import { drain } from "../_drain.ts";
import { HAVE_SHARED, NEEDS_SHARED, provenanceFiles, SHARED_WOS } from "../_shared-samples.ts";
import { fuzzCases, mutate } from "../fuzz/_mutations.ts";
import { seedFiles } from "../fuzz/_seeds.ts";

const encoder = new TextEncoder();

/** The bytes in chunks of `chunkBytes`, as a stream gives them. */
async function* chunked(bytes: Uint8Array, chunkBytes: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
}

async function blocksOf(bytes: Uint8Array, options: TextBlockOptions, chunkBytes = 7): Promise<TextBlock[]> {
  return drain(xmlBlocks(chunked(bytes, chunkBytes), options));
}

/**
 * Each block read alone, as a thread of a parallel reader would: not knowing the items before it
 * (record indexes moved on afterwards), told only whether it starts the file.
 */
function readApart(blocks: readonly TextBlock[], fileName: string): ReadItem[] {
  const out: ReadItem[] = [];
  let k = 0;
  while (k < blocks.length) {
    // A run: a block and the continued ones after it, read by one parser (readXmlBlocks).
    let end = k + 1;
    while (end < blocks.length && blocks[end]?.continued === true) end++;
    if (end !== k + 1) return [];
    const items = readXmlBlock(blocks[k] as TextBlock, { fileName, firstRecordIndex: 0, fileStart: k === 0 });
    const before = out.length;
    out.push(...items.map((item) => withRecordIndexFrom(item, before)));
    k = end;
  }
  return out;
}

/** Asserts that the blocks cover the bytes and that reading them (apart and in turn) gives readXml's items. */
async function expectSameAsReadXml(
  bytes: Uint8Array,
  options: TextBlockOptions,
  chunkBytes = 7,
): Promise<TextBlock[]> {
  const expected = await drain(readXml(bytes, { fileName: "f.xml" }));
  const blocks = await blocksOf(bytes, options, chunkBytes);
  const joined = new Uint8Array(bytes.length);
  let offset = 0;
  for (const block of blocks) {
    joined.set(block.bytes, offset);
    offset += block.bytes.length;
  }
  expect(offset).toBe(bytes.length);
  expect(joined).toStrictEqual(bytes);
  const inTurn = await drain(
    readXmlBlocks(
      (async function* () {
        yield* blocks;
      })(),
      { fileName: "f.xml" },
    ),
  );
  expect(inTurn).toStrictEqual(expected);
  if (!blocks.some((block) => block.continued)) expect(readApart(blocks, "f.xml")).toStrictEqual(expected);
  return blocks;
}

const rec = (n: number, body = "") =>
  `<REC><UID>WOS:00000000000000${n}</UID><static_data><summary>${body}<pub_info pubyear="2016"/></summary></static_data></REC>`;

const text = (blocks: readonly TextBlock[]) => blocks.map((block) => new TextDecoder().decode(block.bytes));

describe("xmlBlocks cuts after a REC's end tag, where the reader holds nothing open", () => {
  it("one REC a block when the target is a byte, each block with the line it starts on", async () => {
    const file = `<?xml version="1.0"?>\n<records>\n${rec(1)}\n${rec(2)}\r\n${rec(3)}</records>\n`;
    const blocks = await expectSameAsReadXml(encoder.encode(file), { targetBytes: 1 });
    // Cut right after each </REC>: the prolog and REC 1; "\n" and REC 2; "\r\n" and REC 3; the closing tag.
    expect(text(blocks)).toStrictEqual([
      `<?xml version="1.0"?>\n<records>\n${rec(1)}`,
      `\n${rec(2)}`,
      `\r\n${rec(3)}`,
      "</records>\n",
    ]);
    // Lines: REC 1 is on line 3, so the second block starts on line 3 and the third on 4 (one CRLF after it).
    expect(blocks.map((block) => block.line)).toStrictEqual([1, 3, 4, 5]);
    expect(blocks.every((block) => !block.continued && block.header === null)).toBe(true);
  });

  it("never inside a comment between RECs, nor inside a REC at a </REC> of its own text", async () => {
    const file = `<records>${rec(1)}<!-- ${rec(8)} --><REC><UID>WOS:000000000000002</UID><x>&lt;/REC&gt;</x></REC></records>`;
    const blocks = await expectSameAsReadXml(encoder.encode(file), { targetBytes: 1 });
    expect(text(blocks)).toStrictEqual([
      `<records>${rec(1)}`,
      `<!-- ${rec(8)} --><REC><UID>WOS:000000000000002</UID><x>&lt;/REC&gt;</x></REC>`,
      "</records>",
    ]);
  });

  it("RECs escaped in a SOAP response, a namespace prefix, an end tag with white space", async () => {
    const escaped = (n: number) => `&lt;REC&gt;&lt;UID&gt;WOS:00000000000000${n}&lt;/UID&gt;&lt;/REC &gt;`;
    const soap = `<soap:Envelope><return><records>${escaped(1)}${escaped(2)}</records></return></soap:Envelope>`;
    const blocks = await expectSameAsReadXml(encoder.encode(soap), { targetBytes: 1 });
    expect(blocks).toHaveLength(3);
    const prefixed = `<r:records xmlns:r="x">${rec(1).replace(/<(\/?)REC>/g, "<$1r:REC>")}${rec(2).replace("</REC>", "</REC \n>")}</r:records>`;
    expect(await expectSameAsReadXml(encoder.encode(prefixed), { targetBytes: 1 })).toHaveLength(3);
  });

  it("blocks of about the target: the first place to cut at or past it", async () => {
    const file = `<records>${[1, 2, 3, 4, 5, 6].map((n) => rec(n)).join("")}</records>`;
    const one = rec(1).length;
    // The ends of RECs fall at 9 + n × one bytes ("<records>" is 9): the first at or past 2.5 × one
    // is after REC 3; from there, 3 × one (after REC 6); then what is left.
    const blocks = await expectSameAsReadXml(encoder.encode(file), { targetBytes: Math.round(2.5 * one) });
    expect(blocks.map((block) => block.bytes.length)).toStrictEqual([
      9 + 3 * one,
      3 * one,
      "</records>".length,
    ]);
  });

  it("a file with accented names, a BOM and a multi-byte character on a chunk boundary", async () => {
    const file = `\uFEFF<records>${rec(1, '<titles><title type="item">Élan — ü</title></titles>')}${rec(2)}</records>`;
    for (const chunkBytes of [1, 2, 3, 5, 64]) {
      const bytes = encoder.encode(file);
      const expected = await drain(readXml(bytes, { fileName: "f.xml" }));
      const blocks = await blocksOf(bytes, { targetBytes: 1 }, chunkBytes);
      expect(blocks).toHaveLength(3);
      expect(readApart(blocks, "f.xml")).toStrictEqual(expected);
    }
  });

  it("a block that starts with a BOM or NUL bytes is still read as UTF-8, as in the whole file", async () => {
    const nul = "a\0".repeat(300);
    for (const between of ["\uFEFF", nul, `\uFEFF${nul}`]) {
      // The file's first 512 bytes, where its encoding is told, hold no NUL.
      const first = rec(1, `<titles><title type="item">${"x".repeat(600)}</title></titles>`);
      const file = `<records>${first}${between}${rec(2)}${between}</records>`;
      expect(await expectSameAsReadXml(encoder.encode(file), { targetBytes: 1 })).toHaveLength(3);
    }
  });

  it("no place to cut within maxBlockBytes: continued blocks, read by the parser of the block before", async () => {
    const big = rec(1, `<titles><title type="item">${"x".repeat(500)}</title></titles>`);
    const file = `<records>${big}${rec(2)}${rec(3)}</records>`;
    // Every REC but the first is shorter than 200 bytes.
    const blocks = await expectSameAsReadXml(encoder.encode(file), { targetBytes: 1, maxBlockBytes: 200 });
    expect(blocks.filter((block) => block.continued).length).toBeGreaterThanOrEqual(3);
    // After the big REC the blocks are whole again.
    expect(blocks.at(-2)?.continued).toBe(false);
  });

  it("UTF-16 is never cut: one run of continued blocks", async () => {
    const file = `\uFEFF<records>${rec(1)}${rec(2)}</records>`;
    const bytes = new Uint8Array(2 * file.length);
    for (let i = 0; i < file.length; i++) {
      bytes[2 * i] = file.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = file.charCodeAt(i) >> 8;
    }
    const blocks = await expectSameAsReadXml(bytes, { targetBytes: 1, maxBlockBytes: 64 });
    expect(blocks.slice(1).every((block) => block.continued)).toBe(true);
    expect(await expectSameAsReadXml(bytes, { targetBytes: 1 })).toHaveLength(1);
  });

  it("a file with no REC is one block, and reading it says it is not WoS XML", async () => {
    const bytes = encoder.encode(`<html><body>${"x".repeat(200)}</body></html>`);
    const blocks = await blocksOf(bytes, { targetBytes: 1 });
    expect(blocks).toHaveLength(1);
    expect(() => readXmlBlock(blocks[0] as TextBlock)).toThrow(/not a Web of Science XML export/);
  });
});

const sharedXml = HAVE_SHARED ? provenanceFiles().filter((f) => f.format === "xml") : [];

describe(`XML blocks read apart give readXml's items on every shared XML sample${NEEDS_SHARED}`, () => {
  it.skipIf(!HAVE_SHARED).each(sharedXml.map((f) => [f.file, f.records]))("%s", async (file, records) => {
    const bytes = new Uint8Array(readFileSync(join(SHARED_WOS, file)));
    // Blocks of about 16 KiB (several RECs each in the larger samples), then one REC a block.
    await expectSameAsReadXml(bytes, { targetBytes: 16 * 1024 }, 997);
    const blocks = await expectSameAsReadXml(bytes, { targetBytes: 1 }, 65_536);
    // A block after each REC, and one for what follows the last (at least its closing tag).
    expect(blocks).toHaveLength(records + 1);
  });
});

describe(`XML blocks give readXml's items on the fuzz corpus${NEEDS_SHARED}`, () => {
  it("200 mutations of the XML seeds (fuzz seed 20261206), cut after every REC", async () => {
    const seeds = seedFiles(false).files.filter((f) => f.name.endsWith(".xml"));
    expect(seeds.length).toBeGreaterThan(0);
    const cases = fc.sample(fuzzCases(seeds.length), { seed: 20_261_206, numRuns: 200 });
    for (const fuzzCase of cases) {
      const bytes = mutate(
        seeds[fuzzCase.seed]?.bytes ?? new Uint8Array(),
        { ...fuzzCase, gzip: false },
        {
          hugeBytes: 64 * 1024,
        },
      );
      let expected: ReadItem[] | Error;
      try {
        expected = await drain(readXml(bytes, { fileName: "f.xml" }));
      } catch (error) {
        expected = error as Error;
      }
      if (expected instanceof Error) {
        // Not WoS XML: one block, which says so too.
        const blocks = await blocksOf(bytes, { targetBytes: 1 }, 4096);
        await expect(
          drain(
            readXmlBlocks(
              (async function* () {
                yield* blocks;
              })(),
              { fileName: "f.xml" },
            ),
          ),
        ).rejects.toThrow(expected.message);
        continue;
      }
      await expectSameAsReadXml(bytes, { targetBytes: 1 }, 251);
    }
  }, 120_000);
});
