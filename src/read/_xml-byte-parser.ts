/**
 * The XML reader's byte path: RECs found and read in the file's UTF-8 bytes, with nothing decoded
 * but the values a record keeps. Every marker the REC cutter (`_xml-scanner.ts`) looks for is
 * ASCII, and in UTF-8 an ASCII byte is always that character, so the same places are found in the
 * bytes; a REC is then scanned where it lies (`scanRecordBytes`), which also finds its end, so the
 * cutter's own search for the end tag runs only for a REC the scan declines. Decoding the whole
 * file, cutting its text and joining each REC's pieces were about a fifth of the text path's time.
 *
 * It gives the text path's items exactly, by handing it whatever bytes do not serve: a REC the
 * scan declines, or that is not valid UTF-8, is decoded (as the streaming decoder would: a REC
 * starts and ends on ASCII bytes) and read by the text path's record reader; UTF-16 files, the
 * escaped RECs of SOAP responses, a marker followed by a non-ASCII character (white space the
 * cutter's `\s` takes) and a REC longer than the limit in bytes (which may still be within it in
 * characters) hand the rest of the input to the text parser (`_xml-text-parser.ts`), from a place
 * where the cutter holds nothing open. Lines are counted in bytes (CR, LF and CRLF once each).
 *
 * The bytes not yet read are kept in one window that grows by doubling, so a REC that crosses
 * chunk boundaries is read in one piece and a REC arriving in many small chunks (inflated gzip)
 * is not copied again for each; it holds one REC and one chunk, a REC being at most the size
 * limit (16 MiB by default) in bytes before the text parser takes over.
 */
import type { SourceLocation } from "../diagnostics/location.ts";
import { isJsSpace } from "./_js-space.ts";
import { scanRecordBytes } from "./_xml-fast-record.ts";
import { type MapRecordOptions, mapRecord } from "./_xml-map.ts";
import type { RecordReader } from "./_xml-record.ts";
import {
  checkWosHead,
  createTextXmlParser,
  WOS_MARKER_WINDOW,
  type XmlParser,
  xmlRecordReading,
} from "./_xml-text-parser.ts";
import {
  allocUtf8Bytes,
  asUtf8Bytes,
  decodedText,
  isValidUtf8,
  UTF8_SLACK,
  type Utf8Bytes,
} from "./_xml-utf8.ts";
import { createTextDecoding, detectEncoding } from "./decode.ts";
import type { ReadItem, ReadOptions } from "./read-item.ts";

/** A push parser (the text path behind the byte path's interface): the items of the RECs each push completed. */
interface PushParser {
  push(bytes: Uint8Array): ReadItem[];
  end(): ReadItem[];
}

/**
 * The byte parser of one input: fed with `pushXmlBytes`, finished with `endXmlBytes`. A state
 * read by module functions rather than an object of closures: V8 keeps the compiled code of a
 * closure only while one of them lives, so a reader's loop calling each file's own closures was
 * thrown away and compiled again after every full collection.
 */
export interface XmlByteParser {
  readonly file: string;
  readonly options: ReadOptions;
  readonly reading: { readonly maxRecordChars: number; readonly readRecord: RecordReader };
  readonly line: number;
  readonly recordIndex: number;
  readonly fileStart: boolean;
  /** The bytes before the encoding is known (a file's first `ENCODING_BYTES`). */
  waiting: Uint8Array[];
  waitingBytes: number;
  /** The byte path, once the input is known to be UTF-8; or the text path, for UTF-16. */
  utf8: Utf8Run | null;
  text: PushParser | null;
  /** Items given so far. */
  items: number;
}

/** Bytes looked at to detect the encoding, as `decode.ts` does. */
const ENCODING_BYTES = 64;
/** Bytes decoded at a time for the text parser (as `decode.ts`: young garbage, not a whole chunk). */
const DECODE_SLICE_BYTES = 1 << 16;

const LT = 60;
const GT = 62;
const SLASH = 47;
const AMP = 38;
const LF = 10;
const CR = 13;

/** What a marker test found: a marker (its length), none, not enough bytes yet, or a non-ASCII character. */
const NO_MARKER = -1;
const UNDECIDED = -2;
const NON_ASCII = -3;

/**
 * Creates the byte parser for input that starts on line `line` with record index `recordIndex`.
 * From a file's start (`fileStart`) it detects the encoding (UTF-8 with or without BOM on the byte
 * path, UTF-16 on the text path) and tells a file that is not WoS XML; a later block of a file is
 * UTF-8 (only UTF-8 files are cut into blocks), whatever its first bytes look like.
 * @param file - name used in locations, rejections and errors
 * @param options - `citedReferences`, `maxRecordBytes`
 * @throws CopubError `invalid-option` for a bad `maxRecordBytes`; from `endXmlBytes`, `not-wos`
 *   when a file's input held no `<REC>` and no WoS root or namespace
 * @example
 * const parser = createXmlByteParser("wos.xml", {}, 1, 0, true);
 * pushXmlBytes(parser, new TextEncoder().encode("<records><REC><UID>WOS:1</UID></REC></records>")); // → []
 * endXmlBytes(parser); // → [{ ok: true, record: { ut: "WOS:1", … }, at: { file: "wos.xml", line: 1, recordIndex: 0 } }]
 */
export function createXmlByteParser(
  file: string,
  options: ReadOptions,
  line: number,
  recordIndex: number,
  fileStart: boolean,
): XmlByteParser {
  const reading = xmlRecordReading(file, options);
  return {
    file,
    options,
    reading,
    line,
    recordIndex,
    fileStart,
    waiting: [],
    waitingBytes: 0,
    utf8: null,
    text: null,
    items: 0,
  };
}

/**
 * Adds bytes of input to a byte parser.
 * @returns the items of the RECs the bytes completed
 * @example
 * pushXmlBytes(parser, new TextEncoder().encode("<records><REC><UID>WOS:1</UID></REC></records>")) // → []
 */
export function pushXmlBytes(parser: XmlByteParser, bytes: Uint8Array): ReadItem[] {
  if (parser.utf8 !== null) return counted(parser, pushRun(parser.utf8, bytes));
  if (parser.text !== null) return counted(parser, parser.text.push(bytes));
  parser.waiting.push(bytes);
  parser.waitingBytes += bytes.length;
  if (parser.fileStart && parser.waitingBytes < ENCODING_BYTES) return [];
  return counted(parser, startParser(parser));
}

/**
 * Ends a byte parser's input.
 * @returns the items of the RECs left
 * @throws CopubError `not-wos` when a file's input held no `<REC>` and no WoS root or namespace
 * @example
 * endXmlBytes(parser) // → [{ ok: true, record: { ut: "WOS:1", … }, at: { file: "wos.xml", line: 1, recordIndex: 0 } }]
 */
export function endXmlBytes(parser: XmlByteParser): ReadItem[] {
  const first = parser.utf8 === null && parser.text === null ? startParser(parser) : [];
  const rest = parser.utf8 !== null ? endRun(parser.utf8) : (parser.text as PushParser).end();
  const out = counted(parser, [...first, ...rest]);
  if (parser.fileStart && parser.utf8 !== null) checkWosHead(parser.file, parser.utf8.head, parser.items);
  return out;
}

/**
 * Detects the encoding from the bytes waiting (a later block of a file is UTF-8 whatever its first
 * bytes), starts the byte path (UTF-8) or the text path (UTF-16, which tells a file that is not WoS
 * XML itself), and pushes the bytes to it.
 */
function startParser(parser: XmlByteParser): ReadItem[] {
  const { file, options, line, recordIndex, fileStart } = parser;
  const bytes = concat(parser.waiting, parser.waitingBytes);
  parser.waiting = [];
  const { encoding, bomBytes } = fileStart ? detectEncoding(bytes) : { encoding: "utf-8", bomBytes: 0 };
  if (encoding !== "utf-8") {
    parser.text = createTextRun(
      createTextXmlParser(file, options, line, recordIndex, fileStart),
      createTextDecoding(),
    );
    return parser.text.push(bytes);
  }
  parser.utf8 = createUtf8Run(file, options, parser.reading, line, recordIndex, bomBytes, fileStart);
  return pushRun(parser.utf8, bytes);
}

function counted(parser: XmlByteParser, out: ReadItem[]): ReadItem[] {
  parser.items += out.length;
  return out;
}

/** The text parser fed by a decoder: the text path behind the byte parser's interface. */
function createTextRun(
  parser: XmlParser,
  decoding: { push(bytes: Uint8Array): Iterable<string>; end(): Iterable<string> },
): PushParser {
  const texts = (decoded: Iterable<string>): ReadItem[] => {
    const out: ReadItem[] = [];
    for (const text of decoded) for (const item of parser.push(text)) out.push(item);
    return out;
  };
  return {
    push: (bytes) => texts(decoding.push(bytes)),
    end: () => [...texts(decoding.end()), ...parser.end()],
  };
}

/** UTF-8 decoding with no detection (the rest of a file after a place on an ASCII byte), a slice at a time. */
function utf8Decoding(): { push(bytes: Uint8Array): Iterable<string>; end(): Iterable<string> } {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  return {
    *push(bytes) {
      for (let at = 0; at < bytes.length; at += DECODE_SLICE_BYTES)
        yield decoder.decode(bytes.subarray(at, at + DECODE_SLICE_BYTES), { stream: true });
    },
    *end() {
      yield decoder.decode();
    },
  };
}

/**
 * The state of the byte path over one input: the window of bytes not yet read and where the
 * search stands in it. Read and changed only by the functions below, which take it first: made as
 * closures of each run, they were new functions for each file read, whose compiled code V8 keeps
 * only while one of them lives, so they were compiled again after every full collection.
 */
interface Utf8Run {
  readonly file: string;
  readonly options: ReadOptions;
  readonly maxRecordChars: number;
  readonly readRecord: RecordReader;
  readonly citedReferences: boolean;
  readonly mapOptions: MapRecordOptions;
  readonly fileStart: boolean;
  nextIndex: number;
  /**
   * The window: bytes `[0, size)` of `buffer` are input not yet dropped, followed by `UTF8_SLACK`
   * zeros; `bytes` is the same array (every search is bounded by `size`).
   */
  buffer: Utf8Bytes;
  bytes: Utf8Bytes;
  size: number;
  /** Bytes to skip before the input (a BOM at the file's start). */
  toSkip: number;
  /** Where the search goes on: outside RECs, in a comment, or in a REC whose end the cutter's search looks for. */
  pos: number;
  inComment: boolean;
  /** The REC whose end is searched for (`recStart` -1: none), its line, and where its search goes on. */
  recStart: number;
  recLine: number;
  scanFrom: number;
  /**
   * The offset of the last `REC` written in the window, or -1. A REC whose start tag holds the
   * last one cannot end in the window, so it is not scanned until more bytes come: scanning it
   * then searching for its end and scanning it again once whole was a tenth of the reader's time
   * (a 256 KiB slice holds a dozen RECs, so one in a dozen was cut).
   */
  lastRec: number;
  /**
   * Line breaks counted up to `lineAt`, which is on line `line`; offsets of the next LF and CR,
   * -1 when not searched yet, `NOT_IN_WINDOW` when the window holds none.
   */
  line: number;
  lineAt: number;
  crBefore: boolean;
  nextLf: number;
  nextCr: number;
  /** Set once the text parser has taken over the rest of the input. */
  text: PushParser | null;
  /** The file's first characters, for `checkWosHead`. */
  head: string;
  readonly headDecoder: InstanceType<typeof TextDecoder>;
  readonly scanned: { end: number };
}

/** A byte searched for that the window does not hold: past every offset (searched again once bytes are added). */
const NOT_IN_WINDOW = Number.POSITIVE_INFINITY;

/**
 * The byte path over UTF-8 input from its `skip`-th byte (after a BOM), handing over to the text
 * parser when the bytes cannot serve.
 */
function createUtf8Run(
  file: string,
  options: ReadOptions,
  reading: { readonly maxRecordChars: number; readonly readRecord: RecordReader },
  firstLine: number,
  recordIndex: number,
  skip: number,
  fileStart: boolean,
): Utf8Run {
  const citedReferences = options.citedReferences !== false;
  const buffer = allocUtf8Bytes(0);
  const run: Utf8Run = {
    file,
    options,
    maxRecordChars: reading.maxRecordChars,
    readRecord: reading.readRecord,
    citedReferences,
    mapOptions: options.citedReferences === undefined ? {} : { citedReferences },
    fileStart,
    nextIndex: recordIndex,
    buffer,
    bytes: buffer,
    size: 0,
    toSkip: skip,
    pos: 0,
    inComment: false,
    recStart: -1,
    recLine: 0,
    scanFrom: 0,
    lastRec: -1,
    line: firstLine,
    lineAt: 0,
    crBefore: false,
    // Not -1 (not searched yet), which an empty window gives the same: a field made with a small
    // integer and given +∞ later changes its map, and V8 then throws away the code compiled for it.
    nextLf: NOT_IN_WINDOW,
    nextCr: NOT_IN_WINDOW,
    text: null,
    head: "",
    headDecoder: new TextDecoder("utf-8", { ignoreBOM: true }),
    scanned: { end: 0 },
  };
  return run;
}

/** Adds a chunk of input and reads the RECs it completes. */
function pushRun(run: Utf8Run, chunk: Uint8Array): ReadItem[] {
  let input = chunk;
  if (run.toSkip > 0) {
    const skipped = Math.min(run.toSkip, input.length);
    input = input.subarray(skipped);
    run.toSkip -= skipped;
  }
  if (run.fileStart && run.head.length < WOS_MARKER_WINDOW) {
    // Enough bytes for the characters still wanted (three bytes at most a character), no more.
    const wanted = 3 * (WOS_MARKER_WINDOW - run.head.length) + 3;
    run.head += run.headDecoder.decode(input.subarray(0, wanted), { stream: true });
    if (run.head.length > WOS_MARKER_WINDOW) run.head = run.head.slice(0, WOS_MARKER_WINDOW);
  }
  if (run.text !== null) return run.text.push(input);
  if (input.length === 0) return [];
  append(run, asUtf8Bytes(input));
  const out: ReadItem[] = [];
  scan(run, false, out);
  return out;
}

/** Reads what is left once the input is over. */
function endRun(run: Utf8Run): ReadItem[] {
  if (run.text !== null) return run.text.end();
  const out: ReadItem[] = [];
  scan(run, true, out);
  const rest = run.text as PushParser | null;
  if (rest !== null) for (const item of rest.end()) out.push(item);
  return out;
}

/** Counts the line breaks before `to` (CRLF, CR and LF once each): `run.line` is then the line of `to`. */
function countLines(run: Utf8Run, to: number): void {
  if (run.nextCr === -1) run.nextCr = search(run, CR, run.lineAt);
  while (run.nextCr < to) {
    run.line++;
    run.nextCr = search(run, CR, run.nextCr + 1);
  }
  if (run.nextLf === -1) run.nextLf = search(run, LF, run.lineAt);
  const bytes = run.bytes;
  while (run.nextLf < to) {
    const afterCr = run.nextLf === 0 ? run.crBefore : bytes[run.nextLf - 1] === CR;
    if (!afterCr) run.line++;
    run.nextLf = search(run, LF, run.nextLf + 1);
  }
  run.lineAt = to;
}

/** The offset of the next `byte` at or after `from` in the window, or `NOT_IN_WINDOW`. */
function search(run: Utf8Run, byte: number, from: number): number {
  const at = from < run.size ? run.bytes.indexOf(byte, from) : -1;
  return at === -1 || at >= run.size ? NOT_IN_WINDOW : at;
}

/** The location of the next record, which starts on line `line`. */
function nextAt(run: Utf8Run, line: number): SourceLocation {
  return { file: run.file, line, recordIndex: run.nextIndex++ };
}

/** Hands the rest of the input, from `from` (where nothing is open), to the text parser. */
function handOver(run: Utf8Run, from: number, out: ReadItem[]): void {
  countLines(run, from);
  const parser = createTextXmlParser(run.file, run.options, run.line, run.nextIndex, false);
  run.text = createTextRun(parser, utf8Decoding());
  for (const item of run.text.push(run.bytes.subarray(from, run.size))) out.push(item);
}

/**
 * Reads the REC at `[recStart, end)` that the cutter's search delimited; one longer than the
 * limit in bytes goes to the text parser with the rest of the input.
 */
function readDelimited(
  run: Utf8Run,
  end: number,
  cutBy: "end-tag" | "next-rec" | "end-of-input",
  out: ReadItem[],
): void {
  const start = run.recStart;
  if (end - start > run.maxRecordChars) {
    handOver(run, start, out);
    return;
  }
  const bytes = run.bytes;
  run.recStart = -1;
  run.pos = end;
  if (cutBy === "end-tag" && isValidUtf8(bytes, start, end)) {
    const rec = scanRecordBytes(bytes, start, end, run.citedReferences, run.scanned);
    if (rec !== undefined && run.scanned.end === end) {
      out.push(mapRecord(rec, nextAt(run, run.recLine), run.mapOptions));
      return;
    }
  }
  const fragmentText = decodedText(bytes, start, end);
  const line = run.recLine;
  const fragment =
    cutBy === "end-tag"
      ? ({ kind: "complete", text: fragmentText, line, escaped: false } as const)
      : ({ kind: "unterminated", text: fragmentText, line, escaped: false, cutBy } as const);
  out.push(run.readRecord(fragment, nextAt(run, line)));
}

/** Runs over the window until it needs more input (`final`: there is none) or the text parser takes over. */
function scan(run: Utf8Run, final: boolean, out: ReadItem[]): void {
  const bytes = run.bytes;
  const size = run.size;
  for (;;) {
    if (run.inComment) {
      const close = commentEnd(bytes, run.pos, size);
      if (close === -1) {
        run.pos = Math.max(run.pos, size - 2);
        return;
      }
      run.pos = close + 3;
      run.inComment = false;
      continue;
    }
    if (run.recStart !== -1) {
      if (!findRecEnd(run, final, out)) return;
      if (run.text !== null) return;
      continue;
    }
    // Outside RECs: the next element REC, escaped REC or comment.
    let i = run.pos;
    let found = false;
    for (; i < size; i++) {
      const code = bytes[i];
      if (code === LT) {
        if (bytes[i + 1] === 33 /* ! */) {
          if (i + 3 >= size && !final) break;
          if (bytes[i + 2] === 45 && bytes[i + 3] === 45) {
            run.pos = i + 4;
            run.inComment = true;
            found = true;
            break;
          }
          continue;
        }
        const marker = recMarker(bytes, i + 1, size, false);
        if (marker === UNDECIDED && !final) break;
        if (marker === NON_ASCII) {
          handOver(run, i, out);
          return;
        }
        if (marker > 0) {
          // Cut off by the end of the window: waits for more input, unless it is already over the limit.
          if (!final && run.lastRec <= i + marker - 2 && size - i <= run.maxRecordChars) break;
          startRec(run, i, marker, out);
          found = true;
          break;
        }
      } else if (code === AMP) {
        const escaped = escapedLt(bytes, i, size);
        if (escaped === UNDECIDED && !final) break;
        if (escaped === 1) {
          handOver(run, i, out);
          return;
        }
      }
    }
    if (run.text !== null) return;
    if (!found) {
      run.pos = i;
      return;
    }
  }
}

/** A REC starts at `start` (its marker `length` bytes long): read where it lies, or searched for its end. */
function startRec(run: Utf8Run, start: number, length: number, out: ReadItem[]): void {
  countLines(run, start);
  const bytes = run.bytes;
  const rec = scanRecordBytes(bytes, start, run.size, run.citedReferences, run.scanned);
  const end = run.scanned.end;
  if (
    rec !== undefined &&
    end > start &&
    bytes[end - 2] !== SLASH &&
    end - start <= run.maxRecordChars &&
    isValidUtf8(bytes, start, end)
  ) {
    out.push(mapRecord(rec, nextAt(run, run.line), run.mapOptions));
    run.pos = end;
    return;
  }
  // Declined, cut off by the end of the window, or a self-closing `<REC/>` (which the cutter does
  // not close): the cutter's search for its end, as the text path does.
  run.recStart = start;
  run.recLine = run.line;
  run.scanFrom = start + length;
  run.pos = start;
}

/**
 * The cutter's search for the end of the REC at `recStart`: its end tag, or the next REC's start.
 * @returns false when it needs more input
 */
function findRecEnd(run: Utf8Run, final: boolean, out: ReadItem[]): boolean {
  const bytes = run.bytes;
  const size = run.size;
  for (let i = run.scanFrom; i < size; i++) {
    if (bytes[i] !== LT) continue;
    const endTag = bytes[i + 1] === SLASH;
    const marker = recMarker(bytes, endTag ? i + 2 : i + 1, size, endTag);
    if (marker === NO_MARKER) continue;
    if (marker === UNDECIDED) {
      if (final) continue;
      run.scanFrom = i;
      return overLimit(run, out);
    }
    if (marker === NON_ASCII) {
      handOver(run, run.recStart, out);
      return false;
    }
    if (!endTag) {
      readDelimited(run, i, "next-rec", out);
      return true;
    }
    // `</REC`, white space, then `>` ends the REC; anything else does not, and the search goes on there.
    let close = i + 2 + marker;
    while (close < size && (bytes[close] as number) < 128 && isJsSpace(bytes[close] as number)) close++;
    if (close >= size) {
      if (final) {
        readDelimited(run, size, "end-of-input", out);
        return true;
      }
      run.scanFrom = i;
      return overLimit(run, out);
    }
    if ((bytes[close] as number) >= 128) {
      handOver(run, run.recStart, out);
      return false;
    }
    if (bytes[close] === GT) {
      readDelimited(run, close + 1, "end-tag", out);
      return true;
    }
    i = close - 1;
  }
  if (final) {
    readDelimited(run, size, "end-of-input", out);
    return true;
  }
  run.scanFrom = size;
  return overLimit(run, out);
}

/** A REC longer than the limit in bytes goes to the text parser, which counts its characters; false either way. */
function overLimit(run: Utf8Run, out: ReadItem[]): boolean {
  if (run.size - run.recStart > run.maxRecordChars) handOver(run, run.recStart, out);
  return false;
}

/** Adds a chunk to the window, dropping the bytes before what is still needed. */
function append(run: Utf8Run, chunk: Uint8Array): void {
  const keep = run.recStart === -1 ? run.pos : run.recStart;
  countLines(run, keep);
  if (keep > 0) run.crBefore = run.bytes[keep - 1] === CR;
  const size = run.size;
  const kept = size - keep;
  let buffer = run.buffer;
  if (kept + chunk.length + UTF8_SLACK > buffer.length) {
    const grown = allocUtf8Bytes(Math.max(kept + chunk.length + UTF8_SLACK, 2 * buffer.length));
    grown.set(buffer.subarray(keep, size), 0);
    buffer = grown;
    run.buffer = grown;
  } else if (keep > 0) buffer.copyWithin(0, keep, size);
  if (keep > 0) {
    run.pos -= keep;
    if (run.recStart !== -1) run.recStart -= keep;
    run.scanFrom -= keep;
    run.lineAt -= keep;
  }
  run.nextLf = run.nextLf === NOT_IN_WINDOW || run.nextLf === -1 ? -1 : run.nextLf - keep;
  run.nextCr = run.nextCr === NOT_IN_WINDOW || run.nextCr === -1 ? -1 : run.nextCr - keep;
  buffer.set(chunk, kept);
  run.size = kept + chunk.length;
  buffer.fill(0, run.size, run.size + UTF8_SLACK);
  run.bytes = buffer;
  // Only the new bytes (and the three before them, for a `REC` across the join) are searched.
  const added = lastRecName(buffer, Math.max(0, kept - 3), run.size);
  run.lastRec = added !== -1 ? added : run.lastRec >= keep ? run.lastRec - keep : -1;
}

/**
 * The REC marker the cutter looks for, from `bytes[from]` (just after `<`, or `</` for an end tag):
 * an optional prefix (`[A-Za-z_][\w.-]{0,47}:`), `REC`, then white space, `>` or (a start tag
 * only) `/`, which are not part of it.
 * @returns the marker's length from `from` (prefix and `REC`), `NO_MARKER`, `UNDECIDED` when the
 *   bytes end before it can tell, or `NON_ASCII` when `REC` is followed by a non-ASCII character
 *   (which may be white space to the cutter's `\s`)
 */
function recMarker(bytes: Utf8Bytes, from: number, size: number, endTag: boolean): number {
  let rec = from;
  if (isPrefixStart(bytes[from] as number)) {
    let i = from + 1;
    while (i - from < 48 && isPrefixChar(bytes[i] as number)) i++;
    if (i >= size) return UNDECIDED;
    if (bytes[i] === 58 /* : */) rec = i + 1;
  }
  let marker = recAt(bytes, rec, size, endTag);
  if (marker === NO_MARKER && rec !== from) marker = recAt(bytes, from, size, endTag);
  return marker < 0 ? marker : marker - from;
}

/** `REC` at `at` and its lookahead: the offset after `REC`, or a marker test's negative answer. */
function recAt(bytes: Utf8Bytes, at: number, size: number, endTag: boolean): number {
  for (let k = 0; k < 3; k++) {
    if (at + k >= size) return UNDECIDED;
    if (bytes[at + k] !== REC_BYTES[k]) return NO_MARKER;
  }
  if (at + 3 >= size) return UNDECIDED;
  const after = bytes[at + 3] as number;
  if (after >= 128) return NON_ASCII;
  return after === GT || (!endTag && after === SLASH) || isJsSpace(after) ? at + 3 : NO_MARKER;
}

const REC_BYTES = [82, 69, 67];

/**
 * The offset of the last `REC` in `bytes[from, to)` that may be a tag's name, or -1 (searched
 * from the end). A name follows `<`, `</` or a prefix's `:`, and is followed by `>`, `/`, white
 * space or a non-ASCII character (or by the end of the bytes); `RECEPTOR` in a title is not one.
 */
function lastRecName(bytes: Utf8Bytes, from: number, to: number): number {
  for (let k = to - 3; k >= Math.max(from, 1); k--) {
    if (bytes[k + 2] !== 67 || bytes[k + 1] !== 69 || bytes[k] !== 82) continue;
    const before = bytes[k - 1];
    if (before !== LT && before !== SLASH && before !== 58 /* : */) continue;
    if (k + 3 >= to) return k;
    const after = bytes[k + 3] as number;
    if (after === GT || after === SLASH || after >= 128 || isJsSpace(after)) return k;
  }
  return -1;
}

/**
 * Whether `&lt;` is written at `amp`: outside RECs it may start an escaped REC of a SOAP response,
 * and the text path, which unescapes those, takes over there (a raw export has none).
 * @returns 1, `NO_MARKER`, or `UNDECIDED` when the bytes end first
 */
function escapedLt(bytes: Utf8Bytes, amp: number, size: number): number {
  for (let k = 0; k < 4; k++) {
    if (amp + k >= size) return UNDECIDED;
    if (bytes[amp + k] !== ESCAPED_LT[k]) return NO_MARKER;
  }
  return 1;
}

const ESCAPED_LT = [38, 108, 116, 59];

/** `[A-Za-z_]`. */
function isPrefixStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** `[\w.-]`. */
function isPrefixChar(code: number): boolean {
  return isPrefixStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45;
}

/** The offset of the first `-->` in `bytes[from, size)`, or -1. */
function commentEnd(bytes: Utf8Bytes, from: number, size: number): number {
  for (let i = bytes.indexOf(45, from); i !== -1 && i + 2 < size; i = bytes.indexOf(45, i + 1)) {
    if (bytes[i + 1] === 45 && bytes[i + 2] === GT) return i;
  }
  return -1;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
