/**
 * Reader for Web of Science XML: the raw-data deliveries (`<records><REC>…`, schema wok5.30)
 * and Web Services responses (schema wok5.4, records possibly escaped inside a SOAP envelope).
 * The input is cut into `<REC>` elements as it streams (`_xml-scanner.ts`) and each REC is parsed
 * and mapped alone (`_xml-record.ts`), so memory holds one record however large the file.
 * Like the other readers, one push-parser core runs over a string (`parseXml`) or a byte
 * stream (`readXml`), and every REC comes out as one item, parsed or rejected. A large file can
 * also be cut into blocks of whole RECs (`xmlBlocks`, `_xml-blocks.ts`) read apart
 * (`readXmlBlock`, on other threads) or in turn (`readXmlBlocks`), with the same items.
 */
import { CopubError } from "../diagnostics/errors.ts";
import { xmlBlocks } from "./_xml-blocks.ts";
import { createRecordReader } from "./_xml-record.ts";
import { createRecScanner, type RecFragment } from "./_xml-scanner.ts";
import { createTextDecoding, decodeChunks, detectEncoding, type TextDecoding } from "./decode.ts";
import { checkReadOptions, type ReadItem, type ReadOptions } from "./read-item.ts";
import { readLimits } from "./read-limits.ts";
import { type ByteSource, openSource } from "./source.ts";
import type { TextBlock, TextBlockReadOptions } from "./text-blocks.ts";

export { xmlBlocks };

/**
 * Options of the XML reader: those of every reader. `maxRecordBytes` is the largest accepted
 * `<REC>` element, counted in characters of the decoded text (for WoS XML, which is nearly all
 * ASCII, about its size in bytes; a REC escaped inside a SOAP envelope is measured in its escaped
 * form); a longer REC is rejected as `record-too-large` and skipped without being held in memory.
 * XML has no line limit: a REC is cut out of the text wherever the line breaks fall.
 */
export type XmlReadOptions = ReadOptions;

/** Characters at the start of a file searched for a sign that it is WoS XML. */
const WOS_MARKER_WINDOW = 65_536;
/** A WoS schema namespace (`…/schema/wok5.30/…`) or a `<records>` root. */
const WOS_MARKER = /\/schema\/wok\d|<(?:\w+:)?records[\s>/]/;

/** A push parser for WoS XML: feed it decoded text, get back read items. */
export interface XmlParser {
  /** Adds text; returns the items of the RECs it completed. */
  push(text: string): ReadItem[];
  /**
   * Ends the input; returns the item of a REC left open, if any.
   * @throws CopubError `not-wos` when the input held no `<REC>` element and no WoS root or namespace
   */
  end(): ReadItem[];
}

/**
 * Creates the XML push parser.
 * @param file - name used in locations, rejections and errors
 * @param options - `citedReferences`, `maxRecordBytes`
 * @throws CopubError `invalid-option` when `maxRecordBytes` is not a positive number
 * @example
 * const parser = createXmlParser("wos.xml");
 * parser.push("<records><REC><UID>WOS:000386326200035</UID></REC>");
 * // → [{ ok: true, record: { ut: "WOS:000386326200035", … }, at: { file: "wos.xml", line: 1, recordIndex: 0 } }]
 * parser.end(); // → []
 */
export function createXmlParser(file: string, options: XmlReadOptions = {}): XmlParser {
  return createParser(file, options, 1, 0, true);
}

/**
 * `createXmlParser` for input that starts on line `line` with record index `recordIndex` (a block
 * of a file). Only input from the file's start (`fileStart`) can tell that a file is not WoS XML:
 * a later block may hold no REC at all (the file's closing tags).
 */
function createParser(
  file: string,
  options: XmlReadOptions,
  line: number,
  recordIndex: number,
  fileStart: boolean,
): XmlParser {
  checkReadOptions(options, "XML reader");
  const { maxRecordBytes: maxRecordChars } = readLimits(
    options.maxRecordBytes === undefined ? {} : { maxRecordBytes: options.maxRecordBytes },
    file,
  );
  const scanner = createRecScanner(maxRecordChars, { line });
  const readRecord = createRecordReader(
    options.citedReferences === undefined
      ? { maxRecordChars }
      : { maxRecordChars, citedReferences: options.citedReferences },
  );
  let nextIndex = recordIndex;
  // An export with no records (an empty <records/>, a search with no hits) is still WoS XML;
  // only a file with neither a record nor a WoS root or namespace in its head is not.
  let head = "";
  const toItems = (fragments: readonly RecFragment[]): ReadItem[] =>
    fragments.map((fragment) =>
      readRecord(fragment, { file, line: fragment.line, recordIndex: nextIndex++ }),
    );
  return {
    push: (text) => {
      if (head.length < WOS_MARKER_WINDOW) head += text.slice(0, WOS_MARKER_WINDOW - head.length);
      return toItems(scanner.push(text));
    },
    end() {
      const items = toItems(scanner.end());
      if (fileStart && nextIndex === recordIndex && !WOS_MARKER.test(head)) {
        throw new CopubError(
          "not-wos",
          `${file}: no <REC> element found; not a Web of Science XML export (expected <records><REC><UID>WOS:…)`,
          file,
        );
      }
      return items;
    },
  };
}

/**
 * Parses a whole WoS XML document held in a string.
 * @param text - the XML text
 * @param options - `fileName` for locations (default `"<text>"`), `citedReferences`, `maxRecordBytes`
 * @returns one item per `<REC>`, in file order
 * @throws CopubError `not-wos` when the text holds no `<REC>` and no WoS root or namespace; `invalid-option` for a bad `maxRecordBytes`
 * @example
 * parseXml("<records><REC><UID>WOS:000386326200035</UID></REC><REC></REC></records>")
 * // → [{ ok: true, record: { ut: "WOS:000386326200035", … }, at: { file: "<text>", line: 1, recordIndex: 0 } },
 * //    { ok: false, rejection: { code: "missing-ut", file: "<text>", line: 1, recordIndex: 1, … } }]
 */
export function parseXml(text: string, options: XmlReadOptions = {}): ReadItem[] {
  const parser = createXmlParser(options.fileName ?? "<text>", options);
  return [...parser.push(text), ...parser.end()];
}

/**
 * Reads WoS XML from a path, URL, bytes or stream, one `<REC>` at a time (decompress `.xml.gz`
 * with `gunzipChunks` first, or open any export with `openWos`, which does both).
 * @param source - where the bytes come from
 * @param options - `fileName` for locations, `citedReferences`, `maxRecordBytes`
 * @throws CopubError `not-found` / `unreadable` for a bad path, `not-wos` (after the last byte)
 *   when no `<REC>` was found, `invalid-option` for a bad `maxRecordBytes`
 * @example
 * for await (const item of readXml("wos-2016.xml")) if (!item.ok) console.log(formatRejection(item.rejection));
 * // → wos-2016.xml:1842: WOS:000386326200035: malformed: invalid XML at line 1850, column 12: …
 */
export async function* readXml(source: ByteSource, options: XmlReadOptions = {}): AsyncIterable<ReadItem> {
  const { name, chunks } = openSource(source, options.fileName);
  const parser = createXmlParser(name, options);
  for await (const text of decodeChunks(chunks)) yield* parser.push(text);
  yield* parser.end();
}

/** Options of `readXmlBlock`: those of the text blocks' readers, and whether the block starts the file. */
export interface XmlBlockReadOptions extends TextBlockReadOptions {
  /** Whether the block is the file's first (default: when `firstRecordIndex` is 0). */
  readonly fileStart?: boolean;
}

/**
 * Reads one block of `xmlBlocks` on its own: the items a reader of the whole file gives for its
 * RECs, with the file's line numbers and record indexes from `firstRecordIndex`. The file's first
 * block (`fileStart`, by default when `firstRecordIndex` is 0) is decoded as its bytes say and
 * tells a file that is not WoS XML; a later one is decoded as UTF-8 (only UTF-8 files are cut) and
 * may hold no REC. A pool that numbers the items afterwards passes `fileStart` for the first block.
 * @param block - a block from `xmlBlocks` (not a continued one)
 * @param options - reader options (`fileName`, `citedReferences`, `maxRecordBytes`), `firstRecordIndex`, `fileStart`
 * @throws CopubError `not-wos` when the file's first block holds no REC and no WoS root or namespace
 * @example
 * readXmlBlock({ bytes, line: 881, header: null, continued: false }, { fileName: "wos.xml", firstRecordIndex: 412 })
 * // → [{ ok: true, record: { ut: … }, at: { file: "wos.xml", line: 881, recordIndex: 412 } }, …]
 */
export function readXmlBlock(block: TextBlock, options: XmlBlockReadOptions = {}): ReadItem[] {
  const { firstRecordIndex = 0, fileStart = firstRecordIndex === 0, ...readOptions } = options;
  const run = startRun(readOptions, block.line, firstRecordIndex, fileStart);
  return [...run.push(block.bytes), ...run.end()];
}

/**
 * Reads blocks in order on one thread, continued blocks with the parser of the block before them:
 * the items `readXml` gives for the same bytes. The reference a parallel reader is checked against.
 * @param blocks - the file's blocks, in order (`xmlBlocks`)
 * @param options - reader options
 * @example
 * await collect(readXmlBlocks(xmlBlocks(openSource("wos.xml").chunks), { fileName: "wos.xml" }))
 * // → the same records and report as collect(readXml("wos.xml"))
 */
export async function* readXmlBlocks(
  blocks: AsyncIterable<TextBlock>,
  options: XmlReadOptions = {},
): AsyncIterable<ReadItem> {
  let items = 0;
  let run: XmlRun | null = null;
  for await (const block of blocks) {
    if (run === null || !block.continued) {
      if (run !== null) {
        const out = run.end();
        items += out.length;
        yield* out;
      }
      run = startRun(options, block.line, items, items === 0);
    }
    const out = run.push(block.bytes);
    items += out.length;
    yield* out;
  }
  if (run !== null) yield* run.end();
}

/** A parser and its decoding for a run of blocks (one block and the continued ones after it). */
interface XmlRun {
  push(bytes: Uint8Array): ReadItem[];
  end(): ReadItem[];
}

/** Bytes decoded at a time in a block, as `decode.ts` does. */
const DECODE_SLICE_BYTES = 1 << 16;

function startRun(options: XmlReadOptions, line: number, recordIndex: number, fileStart: boolean): XmlRun {
  const parser = createParser(options.fileName ?? "<text>", options, line, recordIndex, fileStart);
  const texts = (decoded: Iterable<string>): ReadItem[] => {
    const out: ReadItem[] = [];
    for (const text of decoded) for (const item of parser.push(text)) out.push(item);
    return out;
  };
  // The file's start: its encoding detected from its first bytes, as `readXml` does. A later
  // block is UTF-8 (only UTF-8 files are cut), decoded the same way unless its first bytes alone
  // would be taken for UTF-16 or a BOM (bytes right after a `</REC>` in a hostile file).
  let decoding: TextDecoding | undefined;
  const decodingFor = (bytes: Uint8Array): TextDecoding => {
    if (fileStart) return createTextDecoding();
    const { encoding, bomBytes } = detectEncoding(bytes);
    return encoding === "utf-8" && bomBytes === 0
      ? createTextDecoding()
      : utf8Decoding(new TextDecoder("utf-8", { ignoreBOM: true }));
  };
  return {
    push(bytes) {
      decoding ??= decodingFor(bytes);
      return texts(decoding.push(bytes));
    },
    end: () => [...texts((decoding ?? createTextDecoding()).end()), ...parser.end()],
  };
}

/** UTF-8 decoding with no detection, a slice at a time. */
function utf8Decoding(decoder: InstanceType<typeof TextDecoder>): TextDecoding {
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
