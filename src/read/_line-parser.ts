/**
 * The two front-ends every line-based reader (plain text, tab-delimited) puts on its push
 * parser: one over a whole string, one over a byte source. Both feed the same core, so a
 * file read whole and a stream cut anywhere give the same items.
 */
import { decodeChunks, stripBom } from "./decode.ts";
import { lineBatches, splitLines } from "./lines.ts";
import type { ReadItem, ReadOptions } from "./read-item.ts";
import { type ByteSource, openSource } from "./source.ts";

/** A push parser over lines. */
export interface LineParser {
  /** Adds lines (without line endings); returns the items they completed. */
  push(lines: readonly string[]): ReadItem[];
  /** Ends the input; returns the items still open. */
  end(): ReadItem[];
}

/** Makes a parser for one file. */
export type LineParserFactory = (file: string, options: ReadOptions) => LineParser;

/** Runs a line parser over a whole string (named `options.fileName`, default `"<text>"`). */
export function parseLines(create: LineParserFactory, text: string, options: ReadOptions): ReadItem[] {
  const parser = create(options.fileName ?? "<text>", options);
  return [...parser.push(splitLines(stripBom(text))), ...parser.end()];
}

/** Runs a line parser over a byte source, one chunk of lines at a time. */
export async function* readLines(
  create: LineParserFactory,
  source: ByteSource,
  options: ReadOptions,
): AsyncIterable<ReadItem> {
  const { name, chunks } = openSource(source, options.fileName);
  const parser = create(name, options);
  for await (const lines of lineBatches(decodeChunks(chunks))) yield* parser.push(lines);
  yield* parser.end();
}
