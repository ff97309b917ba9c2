/**
 * Text chunks → lines. Handles LF, CRLF and bare CR endings, and lines (or a CRLF pair)
 * that cross chunk boundaries, so every reader gets the same lines however the bytes were cut.
 */

/** A push-style line splitter: feed it text chunks, get back the complete lines. */
export interface LineSplitter {
  /** Adds a chunk of text; returns the lines it completed, without their line endings. */
  push(text: string): string[];
  /** Ends the input; returns the last line when the text did not end with a line break. */
  end(): string[];
}

/**
 * Creates a line splitter.
 * @example
 * const splitter = createLineSplitter();
 * splitter.push("PT J\r"); // → ["PT J"]
 * splitter.push("\nER\nEF"); // → ["ER"]
 * splitter.end(); // → ["EF"]
 */
export function createLineSplitter(): LineSplitter {
  let carry = "";
  let afterCarriageReturn = false;
  return {
    push(chunk: string): string[] {
      if (chunk.length === 0) return [];
      let text = chunk;
      // A CRLF pair cut between two chunks: the CR already ended the line.
      if (afterCarriageReturn && text.charCodeAt(0) === 10) text = text.slice(1);
      // A chunk ending in CR ends its last line there (the LF, if any, opens the next chunk).
      afterCarriageReturn = text.charCodeAt(text.length - 1) === 13;
      if (afterCarriageReturn) text = text.slice(0, -1);
      const lines = splitBreaks(text);
      // Glue the carried partial line onto the first line: splitting `carry + chunk` would split
      // a concatenated string, three times slower than the chunk itself.
      lines[0] = carry + lines[0];
      carry = afterCarriageReturn ? "" : (lines.pop() ?? "");
      return lines;
    },
    end(): string[] {
      const rest = carry;
      carry = "";
      afterCarriageReturn = false;
      return rest.length > 0 ? [rest] : [];
    },
  };
}

/** Splits at LF, CRLF and CR with native splits: one pass for LF-only or CRLF-only text. */
function splitBreaks(text: string): string[] {
  if (!text.includes("\r")) return text.split("\n");
  const lines = text.split("\r\n");
  // Mixed endings (a bare CR or LF among CRLFs) are rare: normalize them the slow way.
  if (lines.some((line) => line.includes("\r") || line.includes("\n")))
    return text.replace(/\r\n?/g, "\n").split("\n");
  return lines;
}

/**
 * Splits a whole text into lines, with the same rules as the streaming splitter.
 * @example
 * splitLines("a\r\nb\rc\n") // → ["a", "b", "c"]
 */
export function splitLines(text: string): string[] {
  const splitter = createLineSplitter();
  return [...splitter.push(text), ...splitter.end()];
}

/**
 * Turns a stream of text chunks into batches of lines (one batch per chunk), which keeps the
 * per-line cost of async iteration off the hot path.
 * @example
 * for await (const lines of lineBatches(decodeChunks(chunks))) for (const line of lines) …
 */
export async function* lineBatches(texts: AsyncIterable<string>): AsyncIterable<readonly string[]> {
  const splitter = createLineSplitter();
  for await (const text of texts) {
    const lines = splitter.push(text);
    if (lines.length > 0) yield lines;
  }
  const rest = splitter.end();
  if (rest.length > 0) yield rest;
}
