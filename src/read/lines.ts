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
      afterCarriageReturn = false;
      if (text.includes("\r")) {
        afterCarriageReturn = text.charCodeAt(text.length - 1) === 13;
        text = text.replace(/\r\n?/g, "\n");
      }
      // Split the chunk itself and glue the carried partial line onto its first line: splitting
      // `carry + chunk` would split a concatenated string, three times slower.
      const lines = text.split("\n");
      lines[0] = carry + lines[0];
      carry = lines.pop() ?? "";
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
