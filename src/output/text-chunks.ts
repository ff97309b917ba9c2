/**
 * Text made in pieces. Every writer in `output/` that can grow with the corpus (the network
 * formats, JSON, CSV, the normalized papers) yields its text as a sequence of chunks rather than
 * returning one string, so that what it writes is bounded by the disk and not by the longest
 * string the engine can hold (V8: 2^29 − 24 UTF-16 code units, about 512 MiB of ASCII). A chunk is
 * a run of whole pieces of about `CHUNK_CHARS` characters — never more, unless one piece (one
 * node, one row) is longer by itself — so a consumer writing chunks to a stream makes few calls
 * and holds little. `joinChunks` gives the whole text for small outputs and tests: the same code
 * path, the same bytes.
 */

/** Text as chunks: a writer's output, consumed once, in order. */
export type TextChunks = Iterable<string>;

/** Text to write: a whole string, or chunks (synchronous or not) to be written in order. */
export type Text = string | Iterable<string> | AsyncIterable<string>;

/**
 * Characters gathered into one chunk before it is handed on (64 Ki): large enough that a stream
 * write per chunk costs nothing next to the text, small enough to stay out of the way.
 */
export const CHUNK_CHARS = 65_536;

/**
 * Gathers pieces into chunks of at least `CHUNK_CHARS` characters (the last one may be shorter).
 * A chunk ends at a piece boundary, so it holds at most `CHUNK_CHARS` plus one piece.
 * @param pieces - text pieces in order (lines with their `\n`, JSON tokens, CSV rows)
 * @example
 * [...batched(["a\n", "b\n"])] // → ["a\nb\n"]
 * [...batched([])]            // → []
 */
export function* batched(pieces: Iterable<string>): Generator<string, void, undefined> {
  let chunk = "";
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk !== "") yield chunk;
}

/**
 * Gathers lines into chunks, each line followed by `\n`: the text `lines.join("\n") + "\n"`
 * (nothing at all for no line), never built as a whole.
 * @param lines - lines without their line end
 * @example
 * [...lineChunks(["<a>", "</a>"])] // → ["<a>\n</a>\n"]
 */
export function lineChunks(lines: Iterable<string>): Generator<string, void, undefined> {
  return batched(withLineEnds(lines));
}

function* withLineEnds(lines: Iterable<string>): Generator<string, void, undefined> {
  for (const line of lines) yield `${line}\n`;
}

/**
 * The whole text of chunks, for outputs known to be small (tables, tests).
 * @example
 * joinChunks(lineChunks(["a", "b"])) // → "a\nb\n"
 */
export function joinChunks(chunks: Iterable<string>): string {
  let text = "";
  for (const chunk of chunks) text += chunk;
  return text;
}

/**
 * Items mapped one at a time as they are read: rows turned into cells, millions of edges into the
 * objects or lines a format writes, without holding them all at once (Node 20 has no iterator
 * helpers).
 * @example
 * [...mapped(["a", "b"], (x, i) => `${i}${x}`)] // → ["0a", "1b"]
 */
export function* mapped<T, U>(
  items: Iterable<T>,
  make: (item: T, index: number) => U,
): Generator<U, void, undefined> {
  let index = 0;
  for (const item of items) yield make(item, index++);
}

/**
 * Sections of text, each a string or pieces, with `separator` between two sections: the pieces of
 * `sections.join(separator)`, never built as a whole.
 * @example
 * [...joined(["a\n", ["b", "\n"]], "\n")].join("") // → "a\n\nb\n"
 */
export function* joined(
  sections: Iterable<string | Iterable<string>>,
  separator: string,
): Generator<string, void, undefined> {
  let first = true;
  for (const section of sections) {
    if (!first) yield separator;
    first = false;
    if (typeof section === "string") yield section;
    else yield* section;
  }
}
