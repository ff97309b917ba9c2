/**
 * Text chunks → lines. Handles LF, CRLF and bare CR endings, and lines (or a CRLF pair)
 * that cross chunk boundaries, so every reader gets the same lines however the bytes were cut.
 * With a line limit, a longer line is never held whole: it comes out as a `LongLine`, its first
 * characters and its length, so a 600 MiB line costs one chunk of memory, not 600 MiB.
 * Two forms of the same rules: the splitter gives line strings, the scanner hands each line to
 * a visitor as a range of the text it sits in (`createLineScanner`).
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
  const carry = createCarry(maxLineChars);
  let afterCarriageReturn = false;
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
        carry.extend(first);
        lines[0] = carry.finish();
      }
      for (let i = 1; i < lines.length; i++) {
        const part = lines[i] as string;
        if (part.length > maxLineChars) lines[i] = longLine(part, part.length);
      }
      if (open !== null) carry.extend(open);
      return lines;
    },
    end(): SplitLine[] {
      afterCarriageReturn = false;
      return carry.chars() > 0 ? [carry.finish()] : [];
    },
  };
}

/** A line past the limit, from its text (at least its head) and its length. */
function longLine(text: string, chars: number): LongLine {
  return { head: text.slice(0, LONG_LINE_HEAD), chars };
}

/** The line begun by earlier chunks: its text so far (its head once it is too long) and its length. */
interface Carry {
  /** Adds a piece of the line; past the limit only the head is kept, the rest counted and dropped. */
  extend(piece: string): void;
  /** The line, ended: its text, or a `LongLine` past the limit; the carry is empty again. */
  finish(): SplitLine;
  /** The line's length so far. */
  chars(): number;
}

function createCarry(maxLineChars: number): Carry {
  let carry = "";
  let carryChars = 0;
  return {
    extend(piece) {
      carryChars += piece.length;
      if (carryChars <= maxLineChars) carry += piece;
      else if (carry.length < LONG_LINE_HEAD) carry += piece.slice(0, LONG_LINE_HEAD - carry.length);
    },
    finish() {
      const line = carryChars > maxLineChars ? longLine(carry, carryChars) : carry;
      carry = "";
      carryChars = 0;
      return line;
    },
    chars: () => carryChars,
  };
}

/**
 * Takes one line as a range of a text: `text.slice(start, end)` is the line, or its first
 * `LONG_LINE_HEAD` characters when `chars` (its length) is past the scanner's limit. Items the
 * line completes go to `out`, which the scanner hands through untouched.
 */
export type LineVisitor<O> = (text: string, start: number, end: number, chars: number, out: O) => void;

/**
 * A line scanner: the line splitter's rules (`createLineSplitter`), its lines handed to a visitor
 * as ranges of the chunk they sit in instead of strings of their own. A reader that wants a
 * line's value, not the line, cuts the value once, and one that drops a line (the cited
 * references nobody asked for) makes no string at all: the splitter's line strings were a fifth
 * of what the plain-text reader allocated.
 */
export interface LineScanner {
  /** Adds a chunk of text: each line it completes goes to `visit`, with `out`. */
  push<O>(text: string, visit: LineVisitor<O>, out: O): void;
  /** Ends the input: the last line, when the text did not end with a line break, goes to `visit`. */
  end<O>(visit: LineVisitor<O>, out: O): void;
}

/**
 * Creates a line scanner; lines longer than `maxLineChars` come with their head only.
 * @example
 * const lines: string[] = [];
 * const scanner = createLineScanner(3);
 * scanner.push("ab\nabcdef\nc", (text, start, end, chars, out) => out.push(`${text.slice(start, end)}:${chars}`), lines);
 * lines // → ["ab:2", "abcdef:6"] (a head of LONG_LINE_HEAD characters is the whole of a six-character line)
 */
export function createLineScanner(maxLineChars = Number.POSITIVE_INFINITY): LineScanner {
  const carry = createCarry(maxLineChars);
  let afterCarriageReturn = false;
  /** Hands a line held as a string (glued from pieces, or split with CRs) to the visitor. */
  const whole = <O>(line: SplitLine, visit: LineVisitor<O>, out: O): void => {
    if (typeof line === "string") visit(line, 0, line.length, line.length, out);
    else visit(line.head, 0, line.head.length, line.chars, out);
  };
  /** Hands the range of a complete line of the chunk to the visitor. */
  const range = <O>(text: string, start: number, end: number, visit: LineVisitor<O>, out: O): void => {
    const chars = end - start;
    visit(text, start, chars > maxLineChars ? start + Math.min(chars, LONG_LINE_HEAD) : end, chars, out);
  };
  return {
    push(chunk, visit, out) {
      if (chunk.length === 0) return;
      let from = 0;
      let to = chunk.length;
      if (afterCarriageReturn && chunk.charCodeAt(0) === 10) from = 1;
      afterCarriageReturn = to > from && chunk.charCodeAt(to - 1) === 13;
      if (afterCarriageReturn) to--;
      const crAt = chunk.indexOf("\r", from);
      if (crAt !== -1 && crAt < to) {
        // CRLF or bare CR endings: split the strings' way (rare enough not to need ranges).
        const lines: SplitLine[] = splitBreaks(chunk.slice(from, to));
        const open = afterCarriageReturn ? null : ((lines.pop() as string | undefined) ?? "");
        for (let i = 0; i < lines.length; i++) {
          const part = lines[i] as string;
          if (i === 0) {
            carry.extend(part);
            whole(carry.finish(), visit, out);
          } else range(part, 0, part.length, visit, out);
        }
        if (open !== null) carry.extend(open);
        return;
      }
      let start = from;
      let next = chunk.indexOf("\n", start);
      if (next !== -1 && next < to && carry.chars() > 0) {
        // The first line began in earlier chunks: glued to them, it is a string of its own.
        carry.extend(chunk.slice(start, next));
        whole(carry.finish(), visit, out);
        start = next + 1;
        next = chunk.indexOf("\n", start);
      }
      while (next !== -1 && next < to) {
        range(chunk, start, next, visit, out);
        start = next + 1;
        next = chunk.indexOf("\n", start);
      }
      // The rest is a line ended by the chunk's CR, or the start of one the next chunk goes on with.
      if (!afterCarriageReturn)
        carry.extend(start === 0 && to === chunk.length ? chunk : chunk.slice(start, to));
      else if (carry.chars() > 0) {
        carry.extend(chunk.slice(start, to));
        whole(carry.finish(), visit, out);
      } else range(chunk, start, to, visit, out);
    },
    end(visit, out) {
      afterCarriageReturn = false;
      if (carry.chars() > 0) whole(carry.finish(), visit, out);
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
