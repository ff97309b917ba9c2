/**
 * One entry point for any WoS export: peek at the first bytes, undo gzip, detect the format
 * from the content and hand the bytes to the matching reader, without reading the file twice.
 * The bytes are hashed (SHA-256) as they pass, for the run manifest (docs/methodology.md §13.5).
 */
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { decodeBytes } from "./decode.ts";
import { detectFormat } from "./detect-format.ts";
import { gunzipChunks, isGzip } from "./gunzip.ts";
import { hashChunks } from "./input-hash.ts";
import { readPlainText } from "./plain-text.ts";
import {
  READ_OPTION_KEYS,
  type ReadItem,
  type ReadOptions,
  readOptionsOf,
  type WosFormat,
} from "./read-item.ts";
import { type ReadLimits, readLimits } from "./read-limits.ts";
import { type ByteSource, openSource } from "./source.ts";
import { readTabDelimited } from "./tab-delimited.ts";
import { readXml, type XmlReadOptions } from "./xml.ts";

/** Bytes looked at to detect the format. */
const HEAD_BYTES = 8192;

/** Options of `openWos`: those of every reader plus the gzip limits (see `ReadLimits` for all four limits and their defaults). */
export interface OpenWosOptions extends XmlReadOptions, Partial<ReadLimits> {}

/** The keys of `OpenWosOptions`. */
export const OPEN_WOS_KEYS: readonly string[] = [
  ...READ_OPTION_KEYS,
  ...optionKeys<Pick<ReadLimits, "maxDecompressedBytes" | "maxDecompressionRatio">>({
    maxDecompressedBytes: true,
    maxDecompressionRatio: true,
  }),
];

/** An export opened for reading: its detected format and its items. */
export interface WosReading {
  /** The source's name, as used in locations. */
  readonly name: string;
  /** The format detected from the content. */
  readonly format: WosFormat;
  /** Whether the bytes were gzip-compressed. */
  readonly compressed: boolean;
  /** One item per record, in file order. */
  readonly items: AsyncIterable<ReadItem>;
  /**
   * The content's bytes (inflated when the file is compressed), for a caller that reads them
   * otherwise than by `items` (cut into blocks read on threads, as `copub read --threads` does):
   * read one of the two, not both. They are hashed and counted (`sha256`, `bytesRead`) as `items` are.
   */
  readonly content: AsyncIterable<Uint8Array>;
  /**
   * What a plain-text export says of itself on its `FN` line ("Clarivate Analytics Web of
   * Science"; copub's demo data say they are synthetic), or `null` for other formats and files
   * without one.
   */
  readonly producer: string | null;
  /**
   * SHA-256 (hex) of the bytes as stored (before gunzip), hashed while the items were read.
   * @throws Error when the items were not read to the end (the hash would be of part of the file)
   */
  readonly sha256: () => string;
  /** Bytes of the source read so far, as stored (before gunzip), for progress reports. */
  readonly bytesRead: () => number;
  /**
   * Closes the source without reading `items` or `content`; nothing more may be read from it.
   */
  readonly close: () => Promise<void>;
}

/**
 * Opens a WoS export of any format (plain text, tab-delimited, XML; optionally gzip-compressed).
 * @param source - path, URL, bytes or stream
 * @param options - reader options; `fileName` names an in-memory source
 * @throws CopubError `not-found` / `unreadable` for a bad path, `unknown-format` when the content is no WoS export,
 *   `input-too-large` when gzip data inflates past a limit before the format is known,
 *   `invalid-option` for a limit that is not a positive number
 * @example
 * const { format, items } = await openWos("data-samples/plain-text/two-records.txt");
 * // format → "plain"; for await (const item of items) …
 */
export async function openWos(source: ByteSource, options: OpenWosOptions = {}): Promise<WosReading> {
  checkKeys(options, OPEN_WOS_KEYS, "openWos options");
  const { name, chunks, size } = openSource(source, options.fileName);
  const limits = readLimits(options, name);
  const hashed = hashChunks(chunks, name);
  const iterator = hashed.chunks[Symbol.asyncIterator]();
  try {
    return {
      ...(await dispatch(name, iterator, { ...options, ...limits }, size)),
      sha256: hashed.sha256,
      bytesRead: hashed.bytesRead,
      close: async () => {
        await iterator.return?.();
      },
    };
  } catch (error) {
    // Close the file (or stream) we peeked at: nobody will read the rest.
    await iterator.return?.();
    throw error;
  }
}

/**
 * Reads inflated bytes to their end for the error they may hold: corrupt gzip data (or a file that
 * cannot be read) is thrown, a gzip limit reached is not (the file is no export either way).
 */
async function inflatedToEnd(inflated: AsyncIterable<Uint8Array>): Promise<void> {
  try {
    for await (const _ of inflated);
  } catch (error) {
    if (!(error instanceof CopubError && error.code === "input-too-large")) throw error;
  }
}

/** The `FN` line that opens a plain-text export (after an optional BOM). */
const FN_LINE = /^\uFEFF?FN ([^\r\n]*)/;

async function dispatch(
  name: string,
  iterator: AsyncIterator<Uint8Array>,
  options: OpenWosOptions & ReadLimits,
  size: () => number | undefined,
): Promise<Omit<WosReading, "sha256" | "bytesRead" | "close">> {
  let peeked = await peek(iterator, HEAD_BYTES);
  const compressed = isGzip(peeked.head);
  if (compressed) {
    const gunzipOptions = {
      name,
      maxBytes: options.maxDecompressedBytes,
      maxRatio: options.maxDecompressionRatio,
      // A small file holding one large record may inflate to that record whatever the ratio.
      ratioFreeBytes: options.maxRecordBytes,
      compressedBytes: size,
    };
    peeked = await peek(gunzipChunks(peeked.all, gunzipOptions)[Symbol.asyncIterator](), HEAD_BYTES);
  }
  if (peeked.head.length === 0) throw new CopubError("unknown-format", `${name}: the file is empty`, name);
  const format = detectFormat(decodeBytes(peeked.head));
  if (format === undefined) {
    // Corrupt gzip data is the cause to name, wherever its error lies: an inflater given the file
    // whole finds a bad check before handing out any text, one given it in small chunks hands
    // out the head first. The rest is inflated (within the gzip limits) and dropped, so that the
    // error does not depend on how the bytes were cut; past a limit it is no export all the same.
    if (compressed) await inflatedToEnd(peeked.all);
    throw new CopubError(
      "unknown-format",
      `${name}: not a Web of Science export (expected plain text starting with "FN" or "PT", a tab-delimited header "PT<tab>AU…", or XML)`,
      name,
    );
  }
  const producer = format === "plain" ? (FN_LINE.exec(decodeBytes(peeked.head))?.[1]?.trim() ?? null) : null;
  // The reader takes its own options only (it refuses the gzip limits as unknown keys).
  const readerOptions: ReadOptions = { ...readOptionsOf(options), fileName: name };
  const items =
    format === "plain"
      ? readPlainText(peeked.all, readerOptions)
      : format === "tab"
        ? readTabDelimited(peeked.all, readerOptions)
        : readXml(peeked.all, readerOptions);
  return { name, format, compressed, items, content: peeked.all, producer };
}

interface Peeked {
  /** The first `bytes` bytes (fewer only at the end of the input). */
  readonly head: Uint8Array;
  /** All the bytes again, the peeked ones first. */
  readonly all: AsyncIterable<Uint8Array>;
}

async function peek(iterator: AsyncIterator<Uint8Array>, bytes: number): Promise<Peeked> {
  const buffered: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    buffered.push(next.value);
    size += next.value.length;
  }
  // Exactly `bytes` bytes (fewer at the end of the input), however the source was cut into
  // chunks: detecting the format from more bytes when they happen to arrive in one chunk would
  // make the result depend on the chunking.
  const head = new Uint8Array(Math.min(size, bytes));
  let offset = 0;
  for (const chunk of buffered) {
    if (offset >= head.length) break;
    const part = chunk.subarray(0, head.length - offset);
    head.set(part, offset);
    offset += part.length;
  }
  async function* all(): AsyncIterable<Uint8Array> {
    let finished = done;
    try {
      yield* buffered;
      if (finished) return;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next())
        yield next.value;
      finished = true;
    } finally {
      // Stopped early (a limit, a reader's error, a consumer that broke off): close the source,
      // or the file stays open until garbage collection.
      if (!finished) await iterator.return?.();
    }
  }
  return { head, all: all() };
}
