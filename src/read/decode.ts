/**
 * Text decoding at the edge: detect the encoding once from the first bytes (BOM or the
 * NUL pattern of UTF-16), then decode chunk by chunk so characters split across chunk
 * boundaries come out whole. WoS writes UTF-8 (with or without BOM) and, for the
 * "Tab-delimited (Win)" export, UTF-16LE with BOM.
 */

import * as nodeBuffer from "node:buffer";

/** Bytes decoded at a time (see `decodeChunks`). */
const DECODE_SLICE_BYTES = 1 << 16;

/**
 * Bytes of UTF-8 looked at at a time for the ASCII fast path: a piece with no byte ≥ 0x80 is
 * copied as Latin-1, a tenth of the cost of UTF-8 decoding, and its text is one byte per
 * character, which every later string operation is faster on. Real exports have a few non-ASCII
 * characters (names, addresses): in 4 KiB pieces about nine in ten are pure ASCII (the shared
 * exports), in 64 KiB slices fewer than half. So a slice is tested whole first, and only one
 * that is not ASCII is cut into pieces.
 */
const ASCII_PIECE_BYTES = 1 << 12;

/** The text encodings found in Web of Science exports. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding of a byte prefix and the length of its byte-order mark (0 when none). */
export interface DetectedEncoding {
  /** Encoding to decode with. */
  readonly encoding: TextEncoding;
  /** Number of BOM bytes at the start, skipped before decoding. */
  readonly bomBytes: number;
}

/**
 * Detects the encoding from the first bytes of a file.
 * A BOM decides; without one, NUL bytes in alternate positions mean UTF-16; otherwise UTF-8.
 * @param head - the first bytes (a few hundred are enough)
 * @example
 * detectEncoding(new Uint8Array([0xff, 0xfe, 0x50, 0x00])) // → { encoding: "utf-16le", bomBytes: 2 }
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bomBytes: 2 };
  const sample = Math.min(head.length, 512) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  // ASCII text in UTF-16 has a NUL in every other byte; UTF-8 text has none.
  if (sample >= 4 && oddNul > sample / 4 && evenNul === 0) return { encoding: "utf-16le", bomBytes: 0 };
  if (sample >= 4 && evenNul > sample / 4 && oddNul === 0) return { encoding: "utf-16be", bomBytes: 0 };
  return { encoding: "utf-8", bomBytes: 0 };
}

/**
 * Decodes a stream of byte chunks into text chunks, in small pieces (see `createTextDecoding`),
 * detecting the encoding from the first bytes and dropping the BOM. Malformed bytes become U+FFFD
 * rather than stopping the read.
 * @param chunks - the bytes
 * @example
 * for await (const text of decodeChunks(openSource("savedrecs.txt").chunks)) …
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  const decoding = createTextDecoding();
  for await (const chunk of chunks) yield* decoding.push(chunk);
  yield* decoding.end();
}

/** A push decoder: bytes in, text pieces out. */
export interface TextDecoding {
  /** Decodes the next bytes; the text of a character they cut comes with the bytes after. */
  push(bytes: Uint8Array): Iterable<string>;
  /** Ends the bytes: the text still held (malformed bytes of a cut character as U+FFFD). */
  end(): Iterable<string>;
}

/**
 * The decoder behind `decodeChunks`, for bytes pushed in turn (the blocks of `text-blocks.ts`):
 * waits for 64 bytes to detect the encoding (BOM, NUL pattern), then decodes UTF-8 in 64 KiB
 * slices with the ASCII fast path (4 KiB pieces of a slice that is not all ASCII) and UTF-16 in
 * 64 KiB slices.
 * @example
 * const decoding = createTextDecoding();
 * [...decoding.push(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))] // → [] (fewer than 64 bytes: not yet detected)
 * [...decoding.end()] // → ["A"]
 */
export function createTextDecoding(): TextDecoding {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let utf8: Utf8Pieces | undefined;
  let pending: Uint8Array = new Uint8Array(0);
  const start = (bytes: Uint8Array): Uint8Array => {
    const detected = detectEncoding(bytes);
    decoder = new TextDecoder(detected.encoding, { ignoreBOM: true });
    if (detected.encoding === "utf-8" && FAST_ASCII !== undefined)
      utf8 = createUtf8Pieces(decoder, FAST_ASCII);
    return bytes.subarray(detected.bomBytes);
  };
  return {
    *push(chunk: Uint8Array): Iterable<string> {
      let bytes = chunk;
      if (decoder === undefined) {
        // Wait for enough bytes to see a BOM and a NUL pattern, even from tiny stream chunks.
        pending = concatBytes(pending, chunk);
        if (pending.length < 64) return;
        bytes = start(pending);
        pending = new Uint8Array(0);
      }
      const active = decoder as InstanceType<typeof TextDecoder>;
      yield* utf8 === undefined ? decodeSlices(active, bytes) : utf8.push(bytes);
    },
    *end(): Iterable<string> {
      let rest = decoder === undefined ? start(pending) : pending;
      if (utf8 !== undefined) rest = concatBytes(utf8.rest(), rest);
      const text = (decoder as InstanceType<typeof TextDecoder>).decode(rest, { stream: false });
      if (text.length > 0) yield text;
    },
  };
}

/** Node's native ASCII test and Latin-1 copy, when the runtime has them (Node ≥ 20, Deno's `node:buffer`). */
interface FastAscii {
  readonly isAscii: (bytes: Uint8Array) => boolean;
  readonly latin1: (bytes: Uint8Array) => string;
}

const FAST_ASCII: FastAscii | undefined = (() => {
  const { isAscii } = nodeBuffer as { isAscii?: (bytes: Uint8Array) => boolean };
  if (typeof isAscii !== "function" || typeof nodeBuffer.Buffer?.from !== "function") return undefined;
  return {
    isAscii,
    latin1: (bytes) =>
      nodeBuffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"),
  };
})();

/** UTF-8 decoding piece by piece with the ASCII fast path; `rest` gives the bytes of a character still incomplete. */
interface Utf8Pieces {
  push(bytes: Uint8Array): Iterable<string>;
  rest(): Uint8Array;
}

/**
 * UTF-8 decoding with the ASCII fast path. Every piece is decoded whole (no streaming state):
 * a character cut at a piece's end is carried, its bytes put before the next piece's. Carrying
 * bytes only delays them, and a piece ends where the decoder has no character open, so the text
 * is that of one streaming decode, U+FFFD for malformed bytes included.
 */
function createUtf8Pieces(decoder: InstanceType<typeof TextDecoder>, fast: FastAscii): Utf8Pieces {
  let carry: Uint8Array = new Uint8Array(0);
  /** Bytes with the carried ones put first, the carry emptied. */
  const withCarry = (bytes: Uint8Array): Uint8Array => {
    if (carry.length === 0) return bytes;
    const joined = concatBytes(carry, bytes);
    carry = new Uint8Array(0);
    return joined;
  };
  /**
   * The text of `bytes` cut into parts of `ASCII_PART_BYTES[level]`: a part that is all ASCII is
   * copied whole, one that is not is cut into the next level's parts, and at the last level
   * decoded, a character it cuts carried to the next part.
   */
  function* parts(bytes: Uint8Array, level: number): Generator<string> {
    const size = ASCII_PART_BYTES[level] as number;
    for (let start = 0; start < bytes.length; start += size) {
      const part = withCarry(bytes.subarray(start, start + size));
      if (fast.isAscii(part)) yield fast.latin1(part);
      else if (level + 1 < ASCII_PART_BYTES.length) yield* parts(part, level + 1);
      else {
        const end = completeEnd(part);
        if (end < part.length) carry = part.slice(end);
        const text = decoder.decode(part.subarray(0, end));
        if (text.length > 0) yield text;
      }
    }
  }
  return { push: (chunk) => parts(chunk, 0), rest: () => carry };
}

/**
 * The sizes of the parts tested for ASCII, largest first (`createUtf8Pieces`). Each test costs
 * about as much as scanning 20 KiB (the call and the view it takes), so a large part is tested
 * first: nearly half the 64 KiB slices of a real-shaped export are all ASCII, one test and one
 * copy where 4 KiB pieces took sixteen of each; of the others, most 16 KiB quarters are.
 */
const ASCII_PART_BYTES: readonly number[] = [DECODE_SLICE_BYTES, 1 << 14, ASCII_PIECE_BYTES];

/**
 * Where the bytes stop holding whole characters: the start of a UTF-8 sequence its lead byte says
 * is longer than the bytes left, or their length.
 * @example
 * completeEnd(new Uint8Array([0x41, 0xe2, 0x82])) // → 1 (the euro sign's first two bytes of three)
 */
function completeEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const byte = bytes[n - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? n - back : n;
  }
  return n;
}

/**
 * Decodes bytes a slice at a time. The text of a slice, the lines cut from it and the records made
 * of them are garbage before the next young-generation collection, where a whole 1 MiB chunk's
 * worth would survive it and be copied: 64 KiB slices make the plain-text reader about 1.5 times
 * as fast as 1 MiB ones (CPU time, real-shaped file).
 */
function* decodeSlices(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array): Iterable<string> {
  for (let start = 0; start < bytes.length; start += DECODE_SLICE_BYTES) {
    const text = decoder.decode(bytes.subarray(start, start + DECODE_SLICE_BYTES), { stream: true });
    if (text.length > 0) yield text;
  }
}

/**
 * Decodes a whole byte array with the same detection as `decodeChunks`.
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // → "A"
 */
export function decodeBytes(bytes: Uint8Array): string {
  const detected = detectEncoding(bytes);
  return new TextDecoder(detected.encoding, { ignoreBOM: true }).decode(bytes.subarray(detected.bomBytes));
}

/** Drops a leading U+FEFF from text that was decoded elsewhere. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
