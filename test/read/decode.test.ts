import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { decodeBytes, decodeChunks, detectEncoding } from "../../src/read/decode.ts";

const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const utf16be = (text: string): Uint8Array => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
};
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function decodeInChunks(bytes: Uint8Array, size: number): Promise<string> {
  async function* chunks(): AsyncIterable<Uint8Array> {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  let text = "";
  for await (const part of decodeChunks(chunks())) text += part;
  return text;
}

const HEADER = "PT\tAU\tBA\tBE\tGP\tAF\tBF\tCA\tTI\tSO\tUT\n";

describe("detectEncoding(head)", () => {
  it.each([
    ["UTF-8 BOM", concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8("FN")), { encoding: "utf-8", bomBytes: 3 }],
    [
      "UTF-16LE BOM",
      concat(new Uint8Array([0xff, 0xfe]), utf16le("PT")),
      { encoding: "utf-16le", bomBytes: 2 },
    ],
    [
      "UTF-16BE BOM",
      concat(new Uint8Array([0xfe, 0xff]), utf16be("PT")),
      { encoding: "utf-16be", bomBytes: 2 },
    ],
    ["UTF-16LE without BOM", utf16le(HEADER), { encoding: "utf-16le", bomBytes: 0 }],
    ["UTF-16BE without BOM", utf16be(HEADER), { encoding: "utf-16be", bomBytes: 0 }],
    [
      "UTF-8 without BOM",
      utf8("FN Clarivate Analytics Web of Science\n"),
      { encoding: "utf-8", bomBytes: 0 },
    ],
    ["empty", new Uint8Array(0), { encoding: "utf-8", bomBytes: 0 }],
  ])("%s", (_name, bytes, expected) => {
    expect(detectEncoding(bytes)).toEqual(expected);
  });
});

describe("decodeChunks(chunks)", () => {
  const text = `${HEADER}J\tBjörnson, E\t\t\t\t\tBjörnson, Emil\t\t\tÅngström — “quoted” 𝛼\tSO\tWOS:000600000000001\n`;

  it.each([1, 2, 3, 7, 64, 4096])(
    "decodes UTF-8 with BOM cut into %i-byte chunks, dropping the BOM",
    async (size) => {
      expect(await decodeInChunks(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text)), size)).toBe(text);
    },
  );

  it.each([1, 3, 5, 64])("decodes UTF-16LE with BOM cut into %i-byte chunks", async (size) => {
    expect(await decodeInChunks(concat(new Uint8Array([0xff, 0xfe]), utf16le(text)), size)).toBe(text);
  });

  it.each([1, 3, 64])("decodes UTF-16BE with BOM cut into %i-byte chunks", async (size) => {
    expect(await decodeInChunks(concat(new Uint8Array([0xfe, 0xff]), utf16be(text)), size)).toBe(text);
  });

  it("decodes an input shorter than the detection window", async () => {
    expect(await decodeInChunks(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8("PT J")), 1)).toBe("PT J");
  });

  it("turns malformed UTF-8 into U+FFFD instead of failing", async () => {
    expect(await decodeInChunks(new Uint8Array([0x41, 0xff, 0x42]), 1)).toBe("A\uFFFDB");
  });

  it("decodes characters cut at the 4 KiB pieces of the ASCII fast path, malformed ones as one decode does", async () => {
    // 4095 ASCII bytes, then the euro sign (E2 82 AC) across the piece boundary at 4096, then a
    // lone continuation byte (80) and a truncated sequence (E2 82) followed by ASCII, then
    // another full piece of ASCII: "€" whole, and one U+FFFD each for 80 and for E2 82.
    const bytes = concat(
      utf8("a".repeat(4095)),
      new Uint8Array([0xe2, 0x82, 0xac, 0x80, 0xe2, 0x82, 0x41]),
      utf8("b".repeat(5000)),
    );
    const expected = `${"a".repeat(4095)}€\uFFFD\uFFFDA${"b".repeat(5000)}`;
    for (const size of [1, 7, 4096, 1 << 20]) expect(await decodeInChunks(bytes, size)).toBe(expected);
  });

  it("decodes characters cut at the 64 KiB slices tested whole, and the all-ASCII slices around them", async () => {
    // Slice 1 (bytes 0–65535): 65535 "a" and the euro sign's first byte, so not ASCII: cut into
    // pieces, its last piece carrying E2 to slice 2, whose first bytes (82 AC) end the euro sign
    // and whose rest is ASCII. Slice 3 is all ASCII, tested and copied whole; slice 4 ends with
    // "é" (C3 A9) cut at the slice's end; then ASCII to the end.
    const bytes = concat(
      utf8("a".repeat(65535)),
      new Uint8Array([0xe2, 0x82, 0xac]),
      utf8("b".repeat(65534 + 65536 + 65535)),
      new Uint8Array([0xc3, 0xa9]),
      utf8("c".repeat(100)),
    );
    const expected = `${"a".repeat(65535)}€${"b".repeat(65534 + 65536 + 65535)}é${"c".repeat(100)}`;
    for (const size of [7, 4096, 65536, 1 << 20]) expect(await decodeInChunks(bytes, size)).toBe(expected);
  });

  test.prop([
    fc.array(fc.oneof(fc.constantFrom(...utf8("PT J\n €漢\u{1F600}")), fc.integer({ min: 0, max: 255 })), {
      maxLength: 20_000,
    }),
    fc.integer({ min: 1, max: 9000 }),
  ])(
    "gives one streaming TextDecoder's text for any bytes, malformed ones included, and any chunk size",
    async (values, size) => {
      const bytes = concat(utf8("PT J\n"), new Uint8Array(values));
      expect(await decodeInChunks(bytes, size)).toBe(
        new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
      );
    },
  );

  test.prop([fc.string({ unit: "grapheme" }), fc.integer({ min: 1, max: 100 })])(
    "gives decodeBytes' text for any text and chunk size",
    async (value, size) => {
      const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(value));
      expect(await decodeInChunks(bytes, size)).toBe(decodeBytes(bytes));
    },
  );
});
