// The byte path's UTF-8 helpers, on hand-worked examples: where characters of more than one byte
// end (and whether a value holds one), values decoded as the reader's streaming decoder does, and
// the bytes of a text with the zero slack the scan may read.
import { describe, expect, it } from "vitest";
import {
  asUtf8Bytes,
  decodedText,
  hasMultibyte,
  isAsciiRange,
  isValidUtf8,
  multibyteEnds,
  UTF8_SLACK,
  utf8Bytes,
  utf8Text,
} from "../../src/read/_xml-utf8.ts";

describe("multibyteEnds and hasMultibyte", () => {
  // "a" 1 byte at 0, "é" 2 bytes at 1–2, "b" at 3, "中" 3 bytes at 4–6, "c" at 7, "😀" 4 bytes at
  // 8–11, "d" at 12: the characters of more than one byte end at 3, 7 and 12.
  const { bytes, length } = utf8Bytes("a\u00e9b\u4e2dc\u{1F600}d");
  it("lists where each character of more than one byte ends", () => {
    expect(length).toBe(13);
    expect(multibyteEnds(bytes, 0, length)).toStrictEqual([3, 7, 12]);
    expect(multibyteEnds(bytes, 3, 4)).toStrictEqual([]);
  });
  it("tells which ranges hold one", () => {
    const ends = [3, 7, 12];
    expect(hasMultibyte(ends, 0, 1)).toBe(false); // "a"
    expect(hasMultibyte(ends, 0, 3)).toBe(true); // "aé"
    expect(hasMultibyte(ends, 3, 4)).toBe(false); // "b"
    expect(hasMultibyte(ends, 7, 8)).toBe(false); // "c"
    expect(hasMultibyte(ends, 7, 12)).toBe(true); // "c😀"
    expect(hasMultibyte(ends, 12, 13)).toBe(false); // "d"
  });
  it("finds them in a long text whatever the 64-byte halves cut", () => {
    const text = `${"x".repeat(63)}\u00e9${"y".repeat(200)}\u4e2d${"z".repeat(70)}`;
    const encoded = utf8Bytes(text);
    // "é" at bytes 63–64 (cut by the first half's end at 64), "中" at 265–267.
    expect(multibyteEnds(encoded.bytes, 0, encoded.length)).toStrictEqual([65, 268]);
  });
});

describe("decoding", () => {
  it("gives the streaming decoder's text, U+FFFD for malformed bytes, a BOM kept", () => {
    // The byte path's arrays are Buffers (`asUtf8Bytes` wraps, no copy).
    const bytes = asUtf8Bytes(new Uint8Array([0x41, 0xff, 0xe2, 0x82, 0x41, 0xef, 0xbb, 0xbf, 0x42]));
    expect(decodedText(bytes, 0, bytes.length)).toBe("A\uFFFD\uFFFDA\uFEFFB");
    expect(isValidUtf8(bytes, 0, bytes.length)).toBe(false);
    expect(isValidUtf8(bytes, 5, 9)).toBe(true);
    expect(utf8Text(bytes, 5, 9)).toBe("\uFEFFB");
  });
  it("tells ASCII ranges", () => {
    const { bytes } = utf8Bytes("ab\u00e9");
    expect(isAsciiRange(bytes, 0, 2)).toBe(true);
    expect(isAsciiRange(bytes, 0, 3)).toBe(false);
  });
  it("encodes a text with zeros after it", () => {
    const { bytes, length } = utf8Bytes("\u00e9<");
    expect(length).toBe(3);
    expect([...bytes.subarray(0, 3)]).toStrictEqual([0xc3, 0xa9, 0x3c]);
    expect(bytes.length).toBe(3 + UTF8_SLACK);
    expect(bytes.subarray(3).every((b) => b === 0)).toBe(true);
  });
});
