/**
 * The front-ends every line-based reader (plain text, tab-delimited) puts on its push parser:
 * one over a whole string, one over a byte source, and the line feed both use (as do the blocks
 * of a file read on their own, `text-blocks.ts`). All feed the same core, so a file read whole,
 * a stream cut anywhere and a file read in blocks give the same items. Each splits lines under the
 * line limit (`maxLineBytes`), so a parser gets a `LongLine` for a line past it, never the line.
 * A parser that takes lines as ranges of the decoded text (`pushRange`, the plain-text one) is
 * fed by a line scanner, with the same lines and no string made per line; the others get line
 * strings from the splitter.
 */
import { createTextDecoding, stripBom, type TextDecoding } from "./decode.ts";
import { createLineScanner, createLineSplitter, type LineVisitor, type SplitLine } from "./lines.ts";
import type { ReadItem, ReadOptions } from "./read-item.ts";
import { type ReadLimits, readLimits } from "./read-limits.ts";
import { type ByteSource, openSource } from "./source.ts";

/** A push parser over lines. */
export interface LineParser {
  /** Adds lines (without line endings; a `LongLine` for one past the line limit); returns the items they completed. */
  push(lines: readonly SplitLine[]): ReadItem[];
  /**
   * Adds one line given as a range of a text (`LineVisitor`: the line, or its head when `chars`
   * is past the line limit), the items it completes pushed to `out`: the same as `push` of that
   * line, without a string made for it. A parser that has it is fed by a line scanner.
   */
  readonly pushRange?: LineVisitor<ReadItem[]>;
  /** Ends the input; returns the items still open. */
  end(): ReadItem[];
}

/** Where a parser starts: the number of the first line it is given and the index of the first record it finds. */
export interface ParseStart {
  /** 1-based number of the first line pushed. */
  readonly line: number;
  /** 0-based index the first record (or stray text) gets. */
  readonly recordIndex: number;
}

/** The start of a whole file: line 1, record 0. */
export const FILE_START: ParseStart = { line: 1, recordIndex: 0 };

/** Makes a parser for one file, given the reader options, the limits in force and where it starts. */
export type LineParserFactory = (file: string, options: ReadOptions, start?: ParseStart) => LineParser;

/** Runs a line parser over a whole string (named `options.fileName`, default `"<text>"`). */
export function parseLines(create: LineParserFactory, text: string, options: ReadOptions): ReadItem[] {
  const file = options.fileName ?? "<text>";
  const limits = lineLimits(options, file);
  const feed = createLineFeed(create(file, { ...options, ...limits }), limits.maxLineBytes);
  const items = feed.push(stripBom(text));
  for (const item of feed.end()) items.push(item);
  return items;
}

/** Decoded text fed to a line parser: the items each piece of text completes, then those of the end. */
export interface LineFeed {
  /** Adds a piece of text; returns the items the lines it completes complete. */
  push(text: string): ReadItem[];
  /** Ends the text: the items of its last line (one without a line break) and those still open. */
  end(): ReadItem[];
}

/**
 * Feeds a parser decoded text the way it takes lines: as ranges of the text (`pushRange`, the
 * plain-text parser), found by a line scanner, no string made per line; else as line strings from
 * the splitter. Every front-end (a whole string, a byte source, a block of a file read on its own)
 * feeds its parser through one, so they all give the same items, at the same cost a line.
 * @param parser - the parser (its own line limit checked by the scanner or splitter)
 * @param maxLineBytes - the line limit: a longer line reaches the parser as its head and length
 * @example
 * const feed = createLineFeed(createPlainTextParser("a.txt", options), 1_000_000);
 * [...feed.push("PT J\nUT WOS:1\nER\n"), ...feed.end()] // → [{ ok: true, record: { ut: "WOS:1", … }, … }]
 */
export function createLineFeed(parser: LineParser, maxLineBytes: number): LineFeed {
  const { pushRange } = parser;
  if (pushRange === undefined) {
    const splitter = createLineSplitter(maxLineBytes);
    return {
      push: (text) => parser.push(splitter.push(text)),
      end: () => {
        const items = parser.push(splitter.end());
        for (const item of parser.end()) items.push(item);
        return items;
      },
    };
  }
  const scanner = createLineScanner(maxLineBytes);
  return {
    push: (text) => {
      const items: ReadItem[] = [];
      scanner.push(text, pushRange, items);
      return items;
    },
    end: () => {
      const items: ReadItem[] = [];
      scanner.end(pushRange, items);
      for (const item of parser.end()) items.push(item);
      return items;
    },
  };
}

/**
 * Runs a line parser over a byte source. Each chunk of bytes is decoded, split and parsed in one
 * synchronous pass, piece by piece: only the chunks and the items cross an `await`. Decoding and
 * splitting as async generators of their own (`decodeChunks`, `lineBatches`) put two more awaits
 * and their promises on every 4 KiB piece of text, about 19,000 a pass over 79 MB. Nothing starts
 * before the first `next()`: a bad path or limit rejects that call. Each pass over the items
 * reads the source from its start (a path or bytes can be read again; a stream once).
 */
export function readLines(
  create: LineParserFactory,
  source: ByteSource,
  options: ReadOptions,
): AsyncIterable<ReadItem> {
  return { [Symbol.asyncIterator]: () => lineItems(create, source, options) };
}

/**
 * The iterator of `readLines`. Hand-written, not an async generator: a generator's `yield`
 * resolves a promise and resumes the generator through the microtask queue for every item, where
 * an item already parsed here is handed over in a promise resolved at once (about half the cost
 * per item of the readers' drain). Items go on piece by piece, not chunk by chunk: a whole
 * chunk's records would outlive a young-generation collection and be copied (`decode.ts`).
 */
function lineItems(
  create: LineParserFactory,
  source: ByteSource,
  options: ReadOptions,
): AsyncIterableIterator<ReadItem> {
  let reading: LineReading | null = null;
  let finished = false;
  /** Items parsed, handed over from `nextItem` on. */
  let items: readonly ReadItem[] = [];
  let nextItem = 0;
  /** The pieces of text of the chunk being parsed (`TextDecoding.push`), or `null` between chunks. */
  let pieces: Iterator<string> | null = null;
  /** Parses pieces until some give items (`true`) or the chunk is used up (`false`). */
  const parsePieces = (run: LineReading): boolean => {
    for (let piece = pieces?.next(); piece !== undefined && piece.done !== true; piece = pieces?.next()) {
      items = run.feed.push(piece.value);
      nextItem = 0;
      if (items.length > 0) return true;
    }
    pieces = null;
    return false;
  };
  /** Reads chunks until there are items to hand over or the bytes end. */
  const readOn = async (): Promise<IteratorResult<ReadItem>> => {
    try {
      reading ??= startReading(create, source, options);
      const run = reading;
      while (!parsePieces(run)) {
        const chunk = await run.chunks.next();
        if (chunk.done === true) {
          finished = true;
          const rest: ReadItem[] = [];
          for (const text of run.decoding.end()) for (const item of run.feed.push(text)) rest.push(item);
          for (const item of run.feed.end()) rest.push(item);
          items = rest;
          nextItem = 0;
          return items.length > 0 ? { value: items[nextItem++] as ReadItem, done: false } : DONE;
        }
        pieces = run.decoding.push(chunk.value)[Symbol.iterator]();
      }
      return { value: items[nextItem++] as ReadItem, done: false };
    } catch (error) {
      // A failed read ends the items, as a generator that threw would; its source is closed.
      finished = true;
      items = [];
      await reading?.chunks.return?.();
      throw error;
    }
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next(): Promise<IteratorResult<ReadItem>> {
      if (nextItem < items.length)
        return Promise.resolve({ value: items[nextItem++] as ReadItem, done: false });
      if (finished) return Promise.resolve(DONE);
      return readOn();
    },
    async return(): Promise<IteratorResult<ReadItem>> {
      // Stopped early (a limit, a consumer that broke off): close the source, or the file stays
      // open until garbage collection.
      const wasFinished = finished;
      finished = true;
      items = [];
      if (!wasFinished) await reading?.chunks.return?.();
      return DONE;
    },
  };
}

/** The end of `lineItems`. */
const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/** A source being read by `lineItems`: its chunks, the decoder and the line feed. */
interface LineReading {
  readonly chunks: AsyncIterator<Uint8Array>;
  readonly decoding: TextDecoding;
  readonly feed: LineFeed;
}

/** Opens the source and makes the parser, decoder and line feed (`readLines`' first step). */
function startReading(create: LineParserFactory, source: ByteSource, options: ReadOptions): LineReading {
  const { name, chunks } = openSource(source, options.fileName);
  const limits = lineLimits(options, name);
  const parser = create(name, { ...options, ...limits });
  return {
    chunks: chunks[Symbol.asyncIterator](),
    decoding: createTextDecoding(),
    feed: createLineFeed(parser, limits.maxLineBytes),
  };
}

/** The record and line limits of `options`, defaults filled in and checked. */
function lineLimits(options: ReadOptions, file: string): Pick<ReadLimits, "maxRecordBytes" | "maxLineBytes"> {
  const { maxRecordBytes, maxLineBytes } = readLimits(options, file);
  return { maxRecordBytes, maxLineBytes };
}
