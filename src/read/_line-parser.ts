/**
 * The two front-ends every line-based reader (plain text, tab-delimited) puts on its push
 * parser: one over a whole string, one over a byte source. Both feed the same core, so a
 * file read whole and a stream cut anywhere give the same items. Both split lines under the
 * line limit (`maxLineBytes`), so a parser gets a `LongLine` for a line past it, never the line.
 * A parser that takes lines as ranges of the decoded text (`pushRange`, the plain-text one) is
 * fed by a line scanner, with the same lines and no string made per line; the others get line
 * strings from the splitter.
 */
import { createTextDecoding, stripBom } from "./decode.ts";
import {
  createLineScanner,
  createLineSplitter,
  type LineVisitor,
  type SplitLine,
  splitLines,
} from "./lines.ts";
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
  const parser = create(file, { ...options, ...limits });
  const { pushRange } = parser;
  if (pushRange === undefined)
    return [...parser.push(splitLines(stripBom(text), limits.maxLineBytes)), ...parser.end()];
  const items: ReadItem[] = [];
  const scanner = createLineScanner(limits.maxLineBytes);
  scanner.push(stripBom(text), pushRange, items);
  scanner.end(pushRange, items);
  for (const item of parser.end()) items.push(item);
  return items;
}

/**
 * Runs a line parser over a byte source. Each chunk of bytes is decoded, split and parsed in one
 * synchronous pass, piece by piece: only the chunks and the items cross an `await`. Decoding and
 * splitting as async generators of their own (`decodeChunks`, `lineBatches`) put two more awaits
 * and their promises on every 4 KiB piece of text, about 19,000 a pass over 79 MB.
 */
export async function* readLines(
  create: LineParserFactory,
  source: ByteSource,
  options: ReadOptions,
): AsyncIterable<ReadItem> {
  const { name, chunks } = openSource(source, options.fileName);
  const limits = lineLimits(options, name);
  const parser = create(name, { ...options, ...limits });
  const decoding = createTextDecoding();
  const { pushRange } = parser;
  if (pushRange !== undefined) {
    // Lines as ranges of the decoded text (`pushRange`): no string per line.
    const scanner = createLineScanner(limits.maxLineBytes);
    for await (const chunk of chunks) {
      // Items go on piece by piece, not chunk by chunk: a whole chunk's records would outlive a
      // young-generation collection and be copied (`decode.ts`).
      for (const text of decoding.push(chunk)) {
        const items: ReadItem[] = [];
        scanner.push(text, pushRange, items);
        if (items.length > 0) yield* items;
      }
    }
    const items: ReadItem[] = [];
    for (const text of decoding.end()) scanner.push(text, pushRange, items);
    scanner.end(pushRange, items);
    yield* items;
    yield* parser.end();
    return;
  }
  const splitter = createLineSplitter(limits.maxLineBytes);
  for await (const chunk of chunks) {
    for (const text of decoding.push(chunk)) {
      const items = parser.push(splitter.push(text));
      if (items.length > 0) yield* items;
    }
  }
  for (const text of decoding.end()) yield* parser.push(splitter.push(text));
  yield* parser.push(splitter.end());
  yield* parser.end();
}

/** The record and line limits of `options`, defaults filled in and checked. */
function lineLimits(options: ReadOptions, file: string): Pick<ReadLimits, "maxRecordBytes" | "maxLineBytes"> {
  const { maxRecordBytes, maxLineBytes } = readLimits(options, file);
  return { maxRecordBytes, maxLineBytes };
}
