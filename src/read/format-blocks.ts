/**
 * Block reading by format: the one place that knows which cutter cuts an export of each format
 * into record-aligned blocks (`text-blocks.ts`, `_xml-blocks.ts`) and which reader reads such a
 * block on its own. The parallel read (`copub read --threads`) and the parallel corpus load both
 * go through it, so a format's blocks are cut and read the same way in both.
 */
import type { ReadItem, WosFormat } from "./read-item.ts";
import {
  plainTextBlockItems,
  plainTextBlocks,
  type TextBlock,
  type TextBlockOptions,
  tabDelimitedBlockItems,
  tabDelimitedBlocks,
} from "./text-blocks.ts";
import { readXmlBlock, type XmlBlockReadOptions, xmlBlocks } from "./xml.ts";

/**
 * Cuts an export's bytes into record-aligned blocks with its format's cutter
 * (`plainTextBlocks`, `tabDelimitedBlocks` or `xmlBlocks`).
 * @param format - the export's format
 * @param chunks - the file's bytes (`openSource(…).chunks`, gzip already undone)
 * @param options - block sizes
 * @example
 * for await (const block of formatBlocks("xml", openSource("wos.xml").chunks)) worker.postMessage(block);
 * // → { bytes: Uint8Array(4194950), line: 1, header: null, continued: false }, { …, line: 881, … }, …
 */
export function formatBlocks(
  format: WosFormat,
  chunks: AsyncIterable<Uint8Array>,
  options: TextBlockOptions = {},
): AsyncIterable<TextBlock> {
  const cut = format === "plain" ? plainTextBlocks : format === "tab" ? tabDelimitedBlocks : xmlBlocks;
  return cut(chunks, options);
}

/**
 * Reads one block of `formatBlocks` on its own with its format's reader: the items a reader of
 * the whole file gives for its records, with the file's line numbers and record indexes from
 * `firstRecordIndex`. Text blocks give their items one at a time as they are read; an XML block's
 * come at once (`readXmlBlock`).
 * @param format - the export's format
 * @param block - a block from `formatBlocks` (not a continued one)
 * @param options - reader options (`fileName`, `citedReferences`, limits), `firstRecordIndex`, and
 *   for XML whether the block opens the file (`fileStart`)
 * @throws CopubError `not-wos` when a tab-delimited header is not a row of WoS tags, or an XML
 *   file's first block holds no REC and no WoS root or namespace
 * @example
 * [...formatBlockItems("plain", { bytes, line: 40213, header: null, continued: false }, { fileName: "big.txt" })]
 * // → [{ ok: true, record: { ut: … }, at: { file: "big.txt", line: 40213, recordIndex: 0 } }, …]
 */
export function formatBlockItems(
  format: WosFormat,
  block: TextBlock,
  options: XmlBlockReadOptions = {},
): Iterable<ReadItem> {
  if (format === "xml") return readXmlBlock(block, options);
  const { fileStart: _xmlOnly, ...textOptions } = options;
  return (format === "plain" ? plainTextBlockItems : tabDelimitedBlockItems)(block, textOptions);
}
