/**
 * Blocks of whole RECs cut from a WoS XML file, so that one large file can be read on several
 * threads and still give the items one reader gives, in the same order (the XML side of
 * `text-blocks.ts`, in its `TextBlock` shape). A block ends right after a REC's end tag, where
 * the REC cutter (`_xml-scanner.ts`) holds nothing open: no REC, no comment. Finding those places
 * needs the cutter's state from the start of the file (a `</REC>` inside a comment between RECs
 * is no place to cut), so the cutter runs here, keeping no text, over the bytes read as Latin-1:
 * every marker it looks for is ASCII, and in UTF-8 an ASCII byte is always that character, so its
 * offsets are the file's byte offsets. That is the cheap part of reading (a tenth of the reader's
 * time); decoding, scanning and mapping the RECs is left to whoever reads the blocks.
 * A UTF-16 file, or a stretch of `maxBlockBytes` with no place to cut, goes on in blocks marked
 * `continued`, which the parser of the block before them must read, in order.
 */
import * as nodeBuffer from "node:buffer";
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { createRecScanner, type RecEnd } from "./_xml-scanner.ts";
import { detectEncoding } from "./decode.ts";
import { joined, type TextBlock, type TextBlockOptions } from "./text-blocks.ts";

const BLOCK_OPTION_KEYS = optionKeys<TextBlockOptions>({ targetBytes: true, maxBlockBytes: true });
const DEFAULT_TARGET_BYTES = 4 * 1024 ** 2;
const DEFAULT_MAX_BLOCK_BYTES = 64 * 1024 ** 2;
/** Bytes looked at to detect the encoding, as `decode.ts` does. */
const ENCODING_BYTES = 64;

/** Node's `Buffer` for the Latin-1 copies; without it (a runtime with no `node:buffer`) nothing is cut. */
const BUFFER = typeof nodeBuffer.Buffer?.from === "function" ? nodeBuffer.Buffer : undefined;

/**
 * Cuts a WoS XML file's bytes into blocks of whole RECs of about `targetBytes`.
 * @param chunks - the file's bytes (`openSource(…).chunks`, gzip already undone)
 * @param options - block sizes (default 4 MiB, at most 64 MiB before a `continued` block)
 * @example
 * for await (const block of xmlBlocks(openSource("wos.xml").chunks)) worker.postMessage(block);
 * // → { bytes: Uint8Array(4194950), line: 1, header: null, continued: false }, { …, line: 881, … }, …
 */
export async function* xmlBlocks(
  chunks: AsyncIterable<Uint8Array>,
  options: TextBlockOptions = {},
): AsyncIterable<TextBlock> {
  checkKeys(options, BLOCK_OPTION_KEYS, "block options");
  const targetBytes = Math.max(1, options.targetBytes ?? DEFAULT_TARGET_BYTES);
  const maxBlockBytes = Math.max(targetBytes, options.maxBlockBytes ?? DEFAULT_MAX_BLOCK_BYTES);
  if (BUFFER === undefined) {
    // Nothing can be cut: every chunk goes on from the one before.
    let first = true;
    for await (const chunk of chunks) {
      yield { bytes: chunk, line: 1, header: null, continued: !first };
      first = false;
    }
    if (first) yield { bytes: new Uint8Array(0), line: 1, header: null, continued: false };
    return;
  }
  /** Places to cut found and not yet used, in file order. */
  const ends: RecEnd[] = [];
  let scanner: ReturnType<typeof createRecScanner> | null = null;
  /** Whether the encoding was seen (UTF-8 gets a scanner; anything else is never cut). */
  let detected = false;
  /** The bytes not yet in a block (`size` of them), from file offset `start`, which is on line `line`. */
  let pending: Uint8Array[] = [];
  let size = 0;
  let start = 0;
  let line = 1;
  let continued = false;
  const take = (length: number, next: boolean, nextLine: number): TextBlock => {
    const bytes = joined(pending);
    const block: TextBlock = { bytes: bytes.subarray(0, length), line, header: null, continued };
    pending = length < bytes.length ? [bytes.subarray(length)] : [];
    size -= length;
    start += length;
    continued = next;
    // A continued block is read by the parser of the block before it, which counts its lines.
    line = next ? line : nextLine;
    return block;
  };
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    pending.push(chunk);
    size += chunk.length;
    if (!detected) {
      if (size < ENCODING_BYTES) continue;
      detected = true;
      pending = [joined(pending)];
      scanner = startScanner(pending[0] as Uint8Array, ends);
    } else if (scanner !== null) pushLatin1(scanner, chunk);
    for (;;) {
      // The first place to cut at or past the target, if the scanner has found it.
      let k = 0;
      while (k < ends.length && (ends[k] as RecEnd).offset - start < targetBytes) k++;
      const cut = ends[k];
      if (cut !== undefined && cut.offset - start <= maxBlockBytes) {
        ends.splice(0, k + 1);
        yield take(cut.offset - start, false, cut.line);
      } else if (size >= maxBlockBytes) {
        // No place to cut within the limit: the next block goes on from this one.
        ends.splice(0, k);
        yield take(maxBlockBytes, true, line);
      } else break;
    }
  }
  // An empty file is one empty block: reading it says it is not WoS XML, as `readXml` does.
  if (size > 0 || start === 0) yield take(size, false, line);
}

/** The cutter for a file whose first bytes are `head`, fed them; `null` when the file is not UTF-8. */
function startScanner(head: Uint8Array, ends: RecEnd[]): ReturnType<typeof createRecScanner> | null {
  if (detectEncoding(head).encoding !== "utf-8") return null;
  // No record limit: the cutter keeps no text. A BOM is three characters outside every REC.
  const scanner = createRecScanner(Number.POSITIVE_INFINITY, { ends });
  pushLatin1(scanner, head);
  return scanner;
}

/** Bytes read as Latin-1 text at a time (Node makes longer ones external strings, searched slower). */
const LATIN1_PIECE_BYTES = 1 << 16;

/** Pushes bytes to the cutter as Latin-1 text, a piece at a time. */
function pushLatin1(scanner: ReturnType<typeof createRecScanner>, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; at += LATIN1_PIECE_BYTES)
    scanner.push(latin1(bytes.subarray(at, at + LATIN1_PIECE_BYTES)));
}

/** Bytes as Latin-1 text: one character per byte, so offsets in the text are offsets in the bytes. */
function latin1(bytes: Uint8Array): string {
  return (BUFFER as typeof nodeBuffer.Buffer)
    .from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString("latin1");
}
