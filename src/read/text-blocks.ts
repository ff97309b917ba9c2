/**
 * Record-aligned blocks of the text exports (plain text, tab-delimited), so that one large file
 * can be read on several threads and still give the items a single reader gives, in the same
 * order. A block is cut only where the parser holds nothing open: in plain text, after a line
 * that is exactly `ER` (and blank lines) and before a tag line; in tab-delimited text, after a line with at least the
 * header's number of cells (no row joined over line breaks is ever cut). Each block knows the
 * number of its first line, so the items of a block read alone carry the lines of the file; the
 * caller numbers records by adding the items of the blocks before (`withRecordIndexFrom`),
 * because every item, record or rejection, takes one record index.
 *
 * Blocks never grow past `maxBlockBytes` (64 MiB): an input with no place to cut for that long (a
 * UTF-16 export, a file of records without `ER`, one enormous line) goes on in blocks marked
 * `continued`, which must be read by the parser of the block before them, in order — as
 * `readTextBlocks` does. Read limits stay those of the readers: each block is parsed by the same
 * push parser, under the same record and line limits.
 */
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import type { LineParser, LineParserFactory } from "./_line-parser.ts";
import { createTextDecoding, decodeBytes, detectEncoding, type TextDecoding } from "./decode.ts";
import { createLineSplitter } from "./lines.ts";
import { createPlainTextParser } from "./plain-text.ts";
import { checkReadOptions, type ReadItem, type ReadOptions } from "./read-item.ts";
import { readLimits } from "./read-limits.ts";
import { createTabDelimitedParser } from "./tab-delimited.ts";

/** A record-aligned piece of a text export. */
export interface TextBlock {
  /** The block's bytes (whole lines; the file's BOM, if any, opens the first block). */
  readonly bytes: Uint8Array;
  /** 1-based number of the block's first line in the file. */
  readonly line: number;
  /**
   * Tab-delimited: the header row (its text, without the line ending) for every block after the
   * one that holds it, which a reader of the block alone needs; `null` for plain text, for the
   * first block and for continued blocks.
   */
  readonly header: string | null;
  /**
   * Whether the block goes on from the one before it without a record boundary between them
   * (no place to cut was found within `maxBlockBytes`): it must be read by the same parser.
   */
  readonly continued: boolean;
}

/** Options of `plainTextBlocks` and `tabDelimitedBlocks`. */
export interface TextBlockOptions {
  /** Size a block reaches before it is cut at the next record boundary; default 4 MiB. */
  readonly targetBytes?: number;
  /** Size past which a block is cut at a line end even without a record boundary (and the next one marked `continued`); default 64 MiB. */
  readonly maxBlockBytes?: number;
}

/** Options of the block readers: the reader options and the record index of the block's first item. */
export interface TextBlockReadOptions extends ReadOptions {
  /** Record index of the block's first item (the number of items in the blocks before it); default 0. */
  readonly firstRecordIndex?: number;
}

const TEXT_BLOCK_OPTION_KEYS = optionKeys<TextBlockOptions>({ targetBytes: true, maxBlockBytes: true });
const DEFAULT_TARGET_BYTES = 4 * 1024 ** 2;
const DEFAULT_MAX_BLOCK_BYTES = 64 * 1024 ** 2;
const LF = 10;
const CR = 13;

/** Finds where a block may end, at or after `from`; -1 when none (yet). */
type FindCut = (bytes: Uint8Array, from: number) => number;

/**
 * Cuts a plain-text export's bytes into record-aligned blocks of about `targetBytes`.
 * @param chunks - the file's bytes (`openSource(…).chunks`, gzip already undone)
 * @param options - block sizes
 * @example
 * for await (const block of plainTextBlocks(openSource("big.txt").chunks)) worker.postMessage(block);
 * // → { bytes: Uint8Array(4194890), line: 1, header: null, continued: false }, { …, line: 40213, … }, …
 */
export function plainTextBlocks(
  chunks: AsyncIterable<Uint8Array>,
  options: TextBlockOptions = {},
): AsyncIterable<TextBlock> {
  return blocks(chunks, options, () => ({ header: null, findCut: plainTextCut }));
}

/**
 * Cuts a tab-delimited export's bytes into row-aligned blocks of about `targetBytes`; every block
 * after the first carries the header row.
 * @param chunks - the file's bytes (`openSource(…).chunks`, gzip already undone)
 * @param options - block sizes
 * @example
 * for await (const block of tabDelimitedBlocks(openSource("big-tab.txt").chunks)) worker.postMessage(block);
 * // → { bytes: …, line: 1, header: null, … }, { bytes: …, line: 1185, header: "PT\tAU\t…", … }, …
 */
export function tabDelimitedBlocks(
  chunks: AsyncIterable<Uint8Array>,
  options: TextBlockOptions = {},
): AsyncIterable<TextBlock> {
  return blocks(chunks, options, tabDelimitedCutter);
}

/**
 * Reads one plain-text block on its own: the items a reader of the whole file gives for its
 * records, with the file's line numbers and record indexes from `firstRecordIndex`.
 * @param block - a block from `plainTextBlocks` (not a continued one)
 * @param options - reader options (`fileName`, `citedReferences`, limits) and `firstRecordIndex`
 * @example
 * readPlainTextBlock({ bytes, line: 40213, header: null, continued: false }, { fileName: "big.txt" })
 * // → [{ ok: true, record: { ut: … }, at: { file: "big.txt", line: 40213, recordIndex: 0 } }, …]
 */
export function readPlainTextBlock(block: TextBlock, options: TextBlockReadOptions = {}): ReadItem[] {
  return readBlock(createPlainTextParser, block, options);
}

/**
 * Reads one tab-delimited block on its own (its header row given by the block, or its own first line).
 * @param block - a block from `tabDelimitedBlocks` (not a continued one)
 * @param options - reader options (`fileName`, `citedReferences`, limits) and `firstRecordIndex`
 * @throws CopubError `not-wos` when the header is not a row of WoS tags
 * @example
 * readTabDelimitedBlock({ bytes, line: 1185, header: "PT\tAU\tUT", continued: false })
 * // → [{ ok: true, record: { ut: … }, at: { file: "<text>", line: 1185, recordIndex: 0 } }, …]
 */
export function readTabDelimitedBlock(block: TextBlock, options: TextBlockReadOptions = {}): ReadItem[] {
  return readBlock(createTabDelimitedParser, block, options);
}

/**
 * Reads blocks in order on one thread, continued blocks with the parser of the block before them:
 * the items `readPlainText` / `readTabDelimited` give for the same bytes. The reference a
 * parallel reader is checked against, and the way to read the continued blocks of a file.
 * @param format - `plain` or `tab`
 * @param blocks - the file's blocks, in order
 * @param options - reader options
 * @example
 * await collect(readTextBlocks("plain", plainTextBlocks(openSource("big.txt").chunks)))
 * // → the same records and report as collect(readPlainText("big.txt"))
 */
export async function* readTextBlocks(
  format: "plain" | "tab",
  blocks: AsyncIterable<TextBlock>,
  options: ReadOptions = {},
): AsyncIterable<ReadItem> {
  checkReadOptions(options, "block reader");
  const create = format === "plain" ? createPlainTextParser : createTabDelimitedParser;
  const file = options.fileName ?? "<text>";
  let items = 0;
  let run: BlockRun | null = null;
  for await (const block of blocks) {
    if (run === null || !block.continued) {
      if (run !== null) {
        const out = endRun(run);
        items += out.length;
        yield* out;
      }
      run = startRun(create, file, options, block, items);
    }
    const out = pushRun(run, block.bytes);
    items += out.length;
    yield* out;
  }
  if (run !== null) yield* endRun(run);
}

/**
 * An item with its record index moved on by `offset` (the items of the blocks read before its own).
 * @example
 * withRecordIndexFrom({ ok: true, record, at: { file: "a.txt", line: 900, recordIndex: 0 } }, 17)
 * // → { ok: true, record, at: { file: "a.txt", line: 900, recordIndex: 17 } }
 */
export function withRecordIndexFrom(item: ReadItem, offset: number): ReadItem {
  if (offset === 0) return item;
  return item.ok
    ? { ...item, at: { ...item.at, recordIndex: item.at.recordIndex + offset } }
    : { ok: false, rejection: { ...item.rejection, recordIndex: item.rejection.recordIndex + offset } };
}

/**
 * The decoder, line splitter and parser of a run of blocks (one block and the continued ones
 * after it): the pipeline of the streaming readers, so a block's text, lines and records are made
 * and dropped a 4 KiB piece at a time, as when the file is streamed.
 */
interface BlockRun {
  readonly decoding: TextDecoding;
  readonly splitter: ReturnType<typeof createLineSplitter>;
  readonly parser: LineParser;
}

function startRun(
  create: LineParserFactory,
  file: string,
  options: ReadOptions,
  block: TextBlock,
  recordIndex: number,
): BlockRun {
  const { maxRecordBytes, maxLineBytes } = readLimits(options, file);
  const start = { line: block.line - (block.header === null ? 0 : 1), recordIndex };
  const parser = create(file, { ...options, maxRecordBytes, maxLineBytes }, start);
  if (block.header !== null) parser.push([block.header]);
  return { decoding: createTextDecoding(), splitter: createLineSplitter(maxLineBytes), parser };
}

function pushRun(run: BlockRun, bytes: Uint8Array): ReadItem[] {
  const out: ReadItem[] = [];
  for (const text of run.decoding.push(bytes))
    for (const item of run.parser.push(run.splitter.push(text))) out.push(item);
  return out;
}

function endRun(run: BlockRun): ReadItem[] {
  const out: ReadItem[] = [];
  for (const text of run.decoding.end())
    for (const item of run.parser.push(run.splitter.push(text))) out.push(item);
  for (const item of run.parser.push(run.splitter.end())) out.push(item);
  for (const item of run.parser.end()) out.push(item);
  return out;
}

function readBlock(create: LineParserFactory, block: TextBlock, options: TextBlockReadOptions): ReadItem[] {
  const { firstRecordIndex = 0, ...readOptions } = options;
  checkReadOptions(readOptions, "block reader");
  const run = startRun(create, readOptions.fileName ?? "<text>", readOptions, block, firstRecordIndex);
  const out = pushRun(run, block.bytes);
  for (const item of endRun(run)) out.push(item);
  return out;
}

/** What a format's cutter knows once it has seen the first bytes: the header (tab) and where cuts go. */
interface Cutter {
  readonly header: string | null;
  readonly findCut: FindCut;
}

/**
 * The block loop shared by both formats: gather chunks until `targetBytes`, cut at the format's
 * next boundary, count the lines of what was cut. `cutter` sees the first bytes of the file (at
 * least 64) and returns `null` when it needs more (a tab header not yet whole); a file too short
 * for either is one block.
 */
async function* blocks(
  chunks: AsyncIterable<Uint8Array>,
  options: TextBlockOptions,
  cutter: (head: Uint8Array) => Cutter | null,
): AsyncIterable<TextBlock> {
  checkKeys(options, TEXT_BLOCK_OPTION_KEYS, "block options");
  const targetBytes = Math.max(1, options.targetBytes ?? DEFAULT_TARGET_BYTES);
  const maxBlockBytes = Math.max(targetBytes, options.maxBlockBytes ?? DEFAULT_MAX_BLOCK_BYTES);
  let pending: Uint8Array[] = [];
  let size = 0;
  let line = 1;
  let first = true;
  let continued = false;
  let cut: Cutter | null = null;
  let searched = 0;
  const take = (bytes: Uint8Array, end: number, next: boolean): TextBlock => {
    const piece = bytes.subarray(0, end);
    const block: TextBlock = {
      bytes: piece,
      line,
      header: first || continued ? null : (cut?.header ?? null),
      continued,
    };
    line += lineBreaks(piece);
    first = false;
    continued = next;
    searched = 0;
    return block;
  };
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    pending.push(chunk);
    size += chunk.length;
    while (size >= targetBytes || (cut === null && size >= 64)) {
      const bytes = joined(pending);
      pending = [bytes];
      if (cut === null) {
        cut = cutter(bytes);
        if (cut === null) {
          if (size < maxBlockBytes) break;
          cut = { header: null, findCut: () => -1 };
        }
        if (size < targetBytes) break;
      }
      const end = cut.findCut(bytes, Math.max(targetBytes, searched));
      if (end === -1 && size < maxBlockBytes) {
        // Look again from near here when more bytes have come: a boundary may straddle the end.
        searched = Math.max(targetBytes, size - 64);
        break;
      }
      const at = end !== -1 ? end : lastLineEnd(bytes, maxBlockBytes);
      yield take(bytes, at, end === -1);
      pending = at < bytes.length ? [bytes.subarray(at)] : [];
      size -= at;
    }
  }
  if (size > 0) yield take(joined(pending), size, false);
}

/**
 * The bytes of the chunks, as one array (the chunk itself when there is one).
 * @example
 * joined([new Uint8Array([1]), new Uint8Array([2, 3])]) // → Uint8Array [1, 2, 3]
 */
export function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Where a block past `maxBytes` is cut without a record boundary: after its last LF, or at
 * `maxBytes` but never between a CR and its LF (the line count of a block ending in CR counts
 * the CR as a line break).
 */
function lastLineEnd(bytes: Uint8Array, maxBytes: number): number {
  const lf = bytes.lastIndexOf(LF, maxBytes - 1);
  if (lf !== -1) return lf + 1;
  const at = Math.min(maxBytes, bytes.length);
  return at > 1 && bytes[at - 1] === CR ? at - 1 : at;
}

/**
 * Line breaks in bytes as the line splitter counts them: LF, CRLF and a bare CR each end one
 * line. A plain loop: `indexOf` per line costs a native call each on a Node `Buffer`, several
 * times the loop's time.
 */
function lineBreaks(bytes: Uint8Array): number {
  let breaks = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const byte = bytes[i];
    if (byte === LF || (byte === CR && bytes[i + 1] !== LF)) breaks++;
  }
  return breaks;
}

/** Whether `bytes` at `at` start a tag (`A`–`Z`, `A`–`Z` or `0`–`9`, then a space or tab) other than `ER`. */
function startsTag(bytes: Uint8Array, at: number): boolean {
  const a = bytes[at] ?? 0;
  const b = bytes[at + 1] ?? 0;
  const c = bytes[at + 2];
  if (a < 65 || a > 90 || !((b >= 65 && b <= 90) || (b >= 48 && b <= 57))) return false;
  return (c === 32 || c === 9 || c === LF || c === CR) && !(a === 69 && b === 82);
}

/**
 * A plain-text boundary: the start of a tag line (not `ER`) after a line that is exactly `ER`
 * and any empty lines. There the parser has just closed a record (or counted a stray `ER`, which
 * the next blank or tag line closes the same way), so a parser started afresh gives the same items.
 */
function plainTextCut(bytes: Uint8Array, from: number): number {
  for (let lf = bytes.indexOf(LF, Math.max(0, from - 1)); lf !== -1; lf = bytes.indexOf(LF, lf + 1)) {
    if (bytes[lf + 1] !== 69 || bytes[lf + 2] !== 82) continue;
    let end = bytes[lf + 3] === LF ? lf + 4 : bytes[lf + 3] === CR && bytes[lf + 4] === LF ? lf + 5 : -1;
    if (end === -1) continue;
    // WoS writes a blank line after each ER: empty lines change nothing when no record is open.
    while (bytes[end] === LF || (bytes[end] === CR && bytes[end + 1] === LF))
      end += bytes[end] === LF ? 1 : 2;
    if (startsTag(bytes, end)) return end;
  }
  return -1;
}

/**
 * The tab-delimited cutter: once the header row is whole, its text and width; a boundary is the
 * start of the line after a line of at least that many cells (below the header). After such a
 * line the parser holds no pending row, whatever came before it: the line is a row of its own
 * (read, or rejected for its cells), or it completes a row of one cell, or it ends the pending
 * row's rejection.
 */
function tabDelimitedCutter(head: Uint8Array): Cutter | null {
  if (detectEncoding(head).encoding !== "utf-8") return { header: null, findCut: () => -1 };
  // The header is the first line that is not blank, as the parser reads it.
  let start = 0;
  for (;;) {
    const lf = head.indexOf(LF, start);
    if (lf === -1) return null;
    const end = lf;
    const text = decodeBytes(head.subarray(start, end)).replace(/\r$/, "");
    if (text.includes("\r")) return { header: null, findCut: () => -1 };
    if (text.trim().length > 0) {
      const cells = text.split("\t").map((c) => c.trim());
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      const tabs = cells.length - 1;
      const bodyStart = end + 1;
      const findCut: FindCut = (bytes, from) => {
        // Lines are looked at from the line that holds `from`, and only below the header.
        let lineStart = Math.max(bodyStart, from);
        while (lineStart > bodyStart && bytes[lineStart - 1] !== LF) lineStart--;
        for (let lf2 = bytes.indexOf(LF, lineStart); lf2 !== -1; lf2 = bytes.indexOf(LF, lf2 + 1)) {
          let count = 0;
          for (
            let i = bytes.indexOf(9, lineStart);
            i !== -1 && i < lf2 && count < tabs;
            i = bytes.indexOf(9, i + 1)
          )
            count++;
          if (count === tabs) return lf2 + 1;
          lineStart = lf2 + 1;
        }
        return -1;
      };
      return { header: text, findCut };
    }
    start = lf + 1;
  }
}
