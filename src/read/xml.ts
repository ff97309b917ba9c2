/**
 * Reader for Web of Science XML: the raw-data deliveries (`<records><REC>…`, schema wok5.30)
 * and Web Services responses (schema wok5.4, records possibly escaped inside a SOAP envelope).
 * Each `<REC>` is found, parsed and mapped alone, so memory holds one record however large the
 * file. Bytes (`readXml`, blocks) are read as bytes (`_xml-byte-parser.ts`): RECs are found and
 * scanned in the UTF-8 the file holds and only the values kept are decoded; text (`parseXml`,
 * `createXmlParser`) and whatever bytes cannot serve (UTF-16, SOAP payloads) go the text path
 * (`_xml-text-parser.ts`: the REC cutter `_xml-scanner.ts`, then `_xml-record.ts`). Both give the
 * same items, every REC one item, parsed or rejected. A large file can
 * also be cut into blocks of whole RECs (`xmlBlocks`, `_xml-blocks.ts`) read apart
 * (`readXmlBlock`, on other threads) or in turn (`readXmlBlocks`), with the same items.
 */

import { xmlBlocks } from "./_xml-blocks.ts";
import { createXmlByteParser, endXmlBytes, pushXmlBytes, type XmlByteParser } from "./_xml-byte-parser.ts";
import { createTextXmlParser, type XmlParser } from "./_xml-text-parser.ts";
import type { ReadItem, ReadOptions } from "./read-item.ts";
import { type ByteSource, openSource } from "./source.ts";
import type { TextBlock, TextBlockReadOptions } from "./text-blocks.ts";

export type { XmlParser };
export { xmlBlocks };

/**
 * Options of the XML reader: those of every reader. `maxRecordBytes` is the largest accepted
 * `<REC>` element, counted in characters of the decoded text (for WoS XML, which is nearly all
 * ASCII, about its size in bytes; a REC escaped inside a SOAP envelope is measured in its escaped
 * form); a longer REC is rejected as `record-too-large` and skipped without being held in memory.
 * XML has no line limit: a REC is cut out of the text wherever the line breaks fall.
 */
export type XmlReadOptions = ReadOptions;

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
  return createTextXmlParser(file, options, 1, 0, true);
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
  const parser = createXmlByteParser(name, options, 1, 0, true);
  // A chunk is pushed a slice at a time: the records of a whole 1 MiB chunk, alive together until
  // they are taken, outlived young-generation collections and grew the heap (peak RSS of
  // `copub read` on the generated 10k file: 216 MiB, against 131 MiB in 256 KiB slices). A REC
  // cut by a slice's end waits for the next slice and is scanned once whole, its first part copied
  // again with that slice; smaller slices copy more often.
  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += PUSH_SLICE_BYTES)
      yield* pushXmlBytes(parser, chunk.subarray(at, at + PUSH_SLICE_BYTES));
  }
  yield* endXmlBytes(parser);
}

/** Bytes pushed to the parser at a time (see `readXml`). */
const PUSH_SLICE_BYTES = 1 << 18;

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
  return [...pushXmlBytes(run, block.bytes), ...endXmlBytes(run)];
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
        const out = endXmlBytes(run);
        items += out.length;
        yield* out;
      }
      run = startRun(options, block.line, items, items === 0);
    }
    const out = pushXmlBytes(run, block.bytes);
    items += out.length;
    yield* out;
  }
  if (run !== null) yield* endXmlBytes(run);
}

/** The parser of a run of blocks (one block and the continued ones after it). */
type XmlRun = XmlByteParser;

/**
 * A run's parser: the byte parser from the block's line and record index. The file's first block
 * is decoded as its bytes say, as `readXml` does; a later one is UTF-8 (only UTF-8 files are cut),
 * even when its first bytes alone would pass for UTF-16 or a BOM (bytes right after a `</REC>` in
 * a hostile file).
 */
function startRun(options: XmlReadOptions, line: number, recordIndex: number, fileStart: boolean): XmlRun {
  return createXmlByteParser(options.fileName ?? "<text>", options, line, recordIndex, fileStart);
}
