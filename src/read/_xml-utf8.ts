/**
 * UTF-8 bytes for the XML reader's byte path: encoding a REC's text to bytes, decoding the values
 * it keeps, and telling whether a REC's bytes are valid UTF-8. The reader scans bytes
 * (`_xml-byte-parser.ts`, `_xml-fast-record.ts`) and decodes only what a record keeps; these are
 * the few places bytes become text and back, with Node's native `Buffer` where the runtime has
 * it (Node, Deno's `node:buffer`) and `TextEncoder`/`TextDecoder` where it does not.
 */
import * as nodeBuffer from "node:buffer";

/** Bytes the byte path reads: a `Buffer` where the runtime has one (one kind of array keeps the scan's reads monomorphic). */
export type Utf8Bytes = Uint8Array;

const BUFFER = typeof nodeBuffer.Buffer?.from === "function" ? nodeBuffer.Buffer : undefined;
/** Whether `Buffer.prototype.utf8Slice` is there: the decode behind `toString("utf8", …)` without its argument checks. */
const UTF8_SLICE =
  typeof (BUFFER?.prototype as { utf8Slice?: unknown } | undefined)?.utf8Slice === "function";
const IS_UTF8 = (nodeBuffer as { isUtf8?: (bytes: Uint8Array) => boolean }).isUtf8;
const IS_ASCII = (nodeBuffer as { isAscii?: (bytes: Uint8Array) => boolean }).isAscii;
/** Whether `Buffer.prototype.latin1Slice` is there (one byte a character, a copy). */
const LATIN1_SLICE =
  typeof (BUFFER?.prototype as { latin1Slice?: unknown } | undefined)?.latin1Slice === "function";
const DECODER = new TextDecoder("utf-8", { ignoreBOM: true });
const FATAL_DECODER = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
const ENCODER = new TextEncoder();

/**
 * Zero bytes kept after the bytes the byte path reads, so that a scan that looks a byte or two
 * past its end reads a zero, not past the array (which V8 answers by recompiling the scan slower).
 */
export const UTF8_SLACK = 64;

/**
 * A text's UTF-8 bytes (a `Buffer` where there is one), `length` of them followed by
 * `UTF8_SLACK` zero bytes.
 * @example
 * utf8Bytes("é<") // → { bytes: [0xc3, 0xa9, 0x3c, 0, 0, …], length: 3 }
 */
export function utf8Bytes(text: string): { readonly bytes: Utf8Bytes; readonly length: number } {
  if (BUFFER === undefined) {
    const encoded = ENCODER.encode(text);
    const bytes = new Uint8Array(encoded.length + UTF8_SLACK);
    bytes.set(encoded);
    return { bytes, length: encoded.length };
  }
  const length = BUFFER.byteLength(text, "utf8");
  const bytes = BUFFER.alloc(length + UTF8_SLACK);
  bytes.write(text, "utf8");
  return { bytes, length };
}

/**
 * Wraps bytes as the byte path's array kind without copying them.
 * @example
 * asUtf8Bytes(new Uint8Array([0x41])) // → Buffer [0x41] (the same memory)
 */
export function asUtf8Bytes(bytes: Uint8Array): Utf8Bytes {
  return BUFFER === undefined || bytes instanceof BUFFER
    ? bytes
    : BUFFER.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/**
 * Allocates bytes to be filled (not zeroed where the runtime allows).
 * @example
 * allocUtf8Bytes(4).length // → 4
 */
export function allocUtf8Bytes(length: number): Utf8Bytes {
  return BUFFER === undefined ? new Uint8Array(length) : BUFFER.allocUnsafeSlow(length);
}

/**
 * The text of `bytes[from, to)`, which hold valid UTF-8 (malformed bytes would become U+FFFD), in
 * an array of the byte path (`utf8Bytes`, `asUtf8Bytes`, `allocUtf8Bytes`).
 * @example
 * utf8Text(new Uint8Array([0x3c, 0xc3, 0xa9, 0x3e]), 1, 3) // → "é"
 */
export function utf8Text(bytes: Utf8Bytes, from: number, to: number): string {
  return UTF8_SLICE
    ? (bytes as unknown as { utf8Slice(from: number, to: number): string }).utf8Slice(from, to)
    : DECODER.decode(bytes.subarray(from, to));
}

/**
 * The text of `bytes[from, to)` as the reader's streaming decoder gives it: malformed bytes become
 * U+FFFD (the WHATWG decoder's rule), a U+FEFF is kept.
 * @example
 * decodedText(new Uint8Array([0x41, 0xff]), 0, 2) // → "A\uFFFD"
 */
export function decodedText(bytes: Uint8Array, from: number, to: number): string {
  return DECODER.decode(bytes.subarray(from, to));
}

/**
 * Whether `bytes[from, to)` are all ASCII, natively; false where the runtime cannot tell cheaply
 * (the caller then decodes as UTF-8, which is right for ASCII too).
 * @example
 * isAsciiRange(new Uint8Array([0x41, 0xe9]), 0, 1) // → true
 */
export function isAsciiRange(bytes: Uint8Array, from: number, to: number): boolean {
  return IS_ASCII !== undefined && LATIN1_SLICE && IS_ASCII(bytes.subarray(from, to));
}

/**
 * The text of `bytes[from, to)`, which are ASCII (`isAsciiRange`): a one-byte string.
 * @example
 * asciiText(new Uint8Array([0x3c, 0x41, 0x3e]), 1, 2) // → "A"
 */
export function asciiText(bytes: Utf8Bytes, from: number, to: number): string {
  return (bytes as unknown as { latin1Slice(from: number, to: number): string }).latin1Slice(from, to);
}

/**
 * Where the characters of more than one byte end in valid UTF-8 `bytes[from, to)`, in order, so
 * that a value there with none (`hasMultibyte`) can be taken from their Latin-1 copy. Found by
 * halving with the native ASCII test down to 64 bytes, so a REC with a few accented names costs a
 * few dozen native calls; `undefined` where the runtime has no such test.
 * @example
 * multibyteEnds(utf8Bytes("a\u00e9b\u4e2dc").bytes, 0, 7) // → [3, 7]
 */
export function multibyteEnds(bytes: Uint8Array, from: number, to: number): number[] | undefined {
  if (IS_ASCII === undefined || !LATIN1_SLICE) return undefined;
  const ends: number[] = [];
  collectMultibyteEnds(IS_ASCII, bytes, from, to, ends);
  return ends;
}

/**
 * Adds to `ends` the ends of the characters of more than one byte in `bytes[start, end)`, halving
 * while a half is not ASCII. A module function, not a closure made for each call: V8 keeps a
 * closure's compiled code only while one lives.
 */
function collectMultibyteEnds(
  isAscii: (bytes: Uint8Array) => boolean,
  bytes: Uint8Array,
  start: number,
  end: number,
  ends: number[],
): void {
  if (isAscii(bytes.subarray(start, end))) return;
  if (end - start > 64) {
    const middle = (start + end) >>> 1;
    collectMultibyteEnds(isAscii, bytes, start, middle, ends);
    collectMultibyteEnds(isAscii, bytes, middle, end, ends);
    return;
  }
  for (let i = start; i < end; i++) {
    const lead = bytes[i] as number;
    // A lead byte starts a character of 2, 3 or 4 bytes; the bytes after it are 0x80–0xbf.
    if (lead >= 0xc0) ends.push(i + (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2));
  }
}

/**
 * Whether a character of more than one byte lies in `[from, to)` (offsets not inside a character),
 * given the bytes' `multibyteEnds`.
 * @example
 * hasMultibyte([3, 7], 3, 4) // → false ("b")
 */
export function hasMultibyte(ends: readonly number[], from: number, to: number): boolean {
  // The first character that ends after `from`, by halving; it lies in the range if it ends by `to`.
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ends[middle] as number) <= from) low = middle + 1;
    else high = middle;
  }
  return low < ends.length && (ends[low] as number) <= to;
}

/**
 * Whether `bytes[from, to)` are valid UTF-8 (natively where the runtime can).
 * @example
 * isValidUtf8(new Uint8Array([0x41, 0xff]), 0, 2) // → false
 */
export function isValidUtf8(bytes: Uint8Array, from: number, to: number): boolean {
  const range = bytes.subarray(from, to);
  if (IS_UTF8 !== undefined) return IS_UTF8(range);
  try {
    FATAL_DECODER.decode(range);
    return true;
  } catch {
    return false;
  }
}
