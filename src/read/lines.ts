/**
 * Text chunks → lines. Handles LF, CRLF and bare CR endings, and lines (or a CRLF pair)
 * that cross chunk boundaries, so every reader gets the same lines however the bytes were cut.
 * With a line limit, a longer line is never held whole: it comes out as a `LongLine`, its first
 * characters and its length, so a 600 MiB line costs one chunk of memory, not 600 MiB.
 */
import { replaceAllMatches } from "../common/replace-all.ts";

/** A line longer than the limit: its first `LONG_LINE_HEAD` characters and its length; the rest was dropped. */
export interface LongLine {
  /** The line's first characters (enough to see its tag or quote it). */
  readonly head: string;
  /** The line's length in characters. */
  readonly chars: number;
}

/** A line: its text, or a `LongLine` when it is longer than the splitter's limit. */
export type SplitLine = string | LongLine;

/** Characters kept of a line longer than the limit. */
export const LONG_LINE_HEAD = 1024;

/** A push-style line splitter: feed it text chunks, get back the complete lines. */
export interface LineSplitter<L extends SplitLine = string> {
  /** Adds a chunk of text; returns the lines it completed, without their line endings. */
  push(text: string): L[];
  /** Ends the input; returns the last line when the text did not end with a line break. */
  end(): L[];
}

/**
 * Creates a line splitter; with `maxLineChars`, lines longer than that come out as `LongLine`s.
 * @example
 * const splitter = createLineSplitter();
 * splitter.push("PT J\r"); // → ["PT J"]
 * splitter.push("\nER\nEF"); // → ["ER"]
 * splitter.end(); // → ["EF"]
 * createLineSplitter(3).push("abcdef\nab\n") // → [{ head: "abcdef", chars: 6 }, "ab"]
 */
export function createLineSplitter(): LineSplitter<string>;
export function createLineSplitter(maxLineChars: number): LineSplitter<SplitLine>;
export function createLineSplitter(maxLineChars = Number.POSITIVE_INFINITY): LineSplitter<SplitLine> {
  /** The line begun by earlier chunks: its text so far (its head once it is too long) and its length. */
  let carry = "";
  let carryChars = 0;
  let afterCarriageReturn = false;
  const long = (text: string, chars: number): LongLine => ({ head: text.slice(0, LONG_LINE_HEAD), chars });
  const extend = (piece: string): void => {
    carryChars += piece.length;
    // Past the limit only the head is kept; the rest of the line is counted and dropped.
    if (carryChars <= maxLineChars) carry += piece;
    else if (carry.length < LONG_LINE_HEAD) carry += piece.slice(0, LONG_LINE_HEAD - carry.length);
  };
  const finish = (): SplitLine => {
    const line = carryChars > maxLineChars ? long(carry, carryChars) : carry;
    carry = "";
    carryChars = 0;
    return line;
  };
  return {
    push(chunk: string): SplitLine[] {
      if (chunk.length === 0) return [];
      let text = chunk;
      // A CRLF pair cut between two chunks: the CR already ended the line.
      if (afterCarriageReturn && text.charCodeAt(0) === 10) text = text.slice(1);
      // A chunk ending in CR ends its last line there (the LF, if any, opens the next chunk).
      afterCarriageReturn = text.charCodeAt(text.length - 1) === 13;
      if (afterCarriageReturn) text = text.slice(0, -1);
      // The split's own array is handed on, lines replaced in place: no second array per chunk.
      const lines: SplitLine[] = splitBreaks(text);
      // The last part goes on in the next chunk, unless the chunk ended with a line break.
      const open = afterCarriageReturn ? null : ((lines.pop() as string | undefined) ?? "");
      const first = lines[0];
      if (typeof first === "string") {
        // Glue the carried partial line onto the first part: splitting `carry + chunk` would
        // split a concatenated string, three times slower than the chunk itself.
        extend(first);
        lines[0] = finish();
      }
      for (let i = 1; i < lines.length; i++) {
        const part = lines[i] as string;
        if (part.length > maxLineChars) lines[i] = long(part, part.length);
      }
      if (open !== null) extend(open);
      return lines;
    },
    end(): SplitLine[] {
      afterCarriageReturn = false;
      return carryChars > 0 ? [finish()] : [];
    },
  };
}

/** Splits at LF, CRLF and CR with native splits: one pass for LF-only or CRLF-only text. */
function splitBreaks(text: string): string[] {
  if (!text.includes("\r")) return text.split("\n");
  const lines = text.split("\r\n");
  // Mixed endings (a bare CR or LF among CRLFs) are rare: normalize them the slow way.
  if (lines.some((line) => line.includes("\r") || line.includes("\n")))
    return replaceAllMatches(text, LINE_BREAK, "\n").split("\n");
  return lines;
}

/** CRLF or a bare CR. */
const LINE_BREAK = /\r\n?/g;

/**
 * Splits a whole text into lines, with the same rules as the streaming splitter.
 * @example
 * splitLines("a\r\nb\rc\n") // → ["a", "b", "c"]
 */
export function splitLines(text: string): string[];
export function splitLines(text: string, maxLineChars: number): SplitLine[];
export function splitLines(text: string, maxLineChars = Number.POSITIVE_INFINITY): SplitLine[] {
  const splitter = createLineSplitter(maxLineChars);
  return [...splitter.push(text), ...splitter.end()];
}

/**
 * Turns a stream of text chunks into batches of lines (one batch per chunk), which keeps the
 * per-line cost of async iteration off the hot path.
 * @example
 * for await (const lines of lineBatches(decodeChunks(chunks))) for (const line of lines) …
 */
export function lineBatches(texts: AsyncIterable<string>): AsyncIterable<readonly string[]>;
export function lineBatches(
  texts: AsyncIterable<string>,
  maxLineChars: number,
): AsyncIterable<readonly SplitLine[]>;
export async function* lineBatches(
  texts: AsyncIterable<string>,
  maxLineChars = Number.POSITIVE_INFINITY,
): AsyncIterable<readonly SplitLine[]> {
  const splitter = createLineSplitter(maxLineChars);
  for await (const text of texts) {
    const lines = splitter.push(text);
    if (lines.length > 0) yield lines;
  }
  const rest = splitter.end();
  if (rest.length > 0) yield rest;
}
