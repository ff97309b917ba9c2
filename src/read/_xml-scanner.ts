/**
 * The REC scanner: cuts decoded XML text into one piece per `<REC>` element, so the reader can
 * hand fast-xml-parser one record at a time and never holds more than one record (plus one
 * chunk) in memory. Everything outside RECs is skipped unparsed: `<records>` wrappers, nested
 * or repeated roots, SOAP envelopes, comments, a DOCTYPE. RECs are found in two forms: as
 * elements (`<REC …>…</REC>`) and as the XML-escaped string WoS Web Services put inside a SOAP
 * `<records>` element (`&lt;REC …&gt;…&lt;/REC&gt;`), which is unescaped one level here.
 * It is a small state machine over a text buffer, so chunk boundaries can fall anywhere. The
 * buffer holds one chunk and a short tail: the text of an open REC that was searched already is
 * moved out of it into a list of pieces, joined once when the REC ends, so a record that arrives
 * in thousands of small chunks (inflated gzip comes 16 KiB at a time) costs what it costs in one.
 * The same machine, keeping no text, finds where a file may be cut into blocks of whole RECs
 * (`_xml-blocks.ts`): after each REC's end tag, where it holds nothing open.
 */

import { isJsSpace } from "./_js-space.ts";
import { decodeXmlReferences } from "./_xml-entities.ts";

/**
 * One piece of the input that should have been a `<REC>` element. `line` is the 1-based line
 * of its `<` (of the `&lt;` for escaped records); `escaped` tells whether it came from an
 * escaped SOAP payload. Texts are unescaped already.
 */
export type RecFragment =
  /** A whole element, from `<REC` to `</REC>`. */
  | { readonly kind: "complete"; readonly text: string; readonly line: number; readonly escaped: boolean }
  /** A REC cut short by the next REC's start or by the end of the input; `text` is what there was. */
  | {
      readonly kind: "unterminated";
      readonly text: string;
      readonly line: number;
      readonly escaped: boolean;
      readonly cutBy: "next-rec" | "end-of-input";
    }
  /** A REC longer than the limit: skipped without being kept; `head` is its first characters, for the UID. */
  | {
      readonly kind: "too-large";
      readonly head: string;
      readonly chars: number;
      readonly line: number;
      readonly escaped: boolean;
    };

/** A push scanner: feed it text chunks, get back the REC fragments they completed. */
export interface RecScanner {
  /** Adds decoded text; returns the fragments it completed. */
  push(text: string): RecFragment[];
  /** Ends the input; returns the fragment of a REC still open, if any. */
  end(): RecFragment[];
}

/** Characters kept from a head for the UID of a record that is too large. */
const HEAD_CHARS = 64 * 1024;
/**
 * Characters kept back at the end of the buffer while searching, so that a marker cut by a chunk
 * boundary is found once the next chunk arrives. Covers `&lt;/` + a namespace prefix of up to
 * 48 characters + `REC` + `&gt;`.
 */
const TAIL_CHARS = 64;

const NAME_PREFIX = String.raw`(?:[A-Za-z_][\w.-]{0,47}:)?`;
/** Outside records: the start of an element REC, of an escaped REC, or of a comment. */
const OUTSIDE = new RegExp(
  String.raw`<${NAME_PREFIX}REC(?=[\s/>])|&lt;${NAME_PREFIX}REC(?=[\s/]|&gt;)|<!--`,
  "g",
);
/**
 * Inside an element REC: the start of its end tag, or the start of the next REC (the current one
 * never ended). The end tag's white space and `>` are looked for apart (`OpenRec.closing`): white
 * space of any length may sit before the `>`, and a marker must fit in `TAIL_CHARS`. Kept as the
 * definition of what `findElementBoundary` finds (test/read/xml-fast-record.test.ts compares them).
 * @example
 * ELEMENT_BOUNDARY.lastIndex = 0;
 * ELEMENT_BOUNDARY.exec("<UID>1</UID></ns:REC>")?.index // → 12
 */
export const ELEMENT_BOUNDARY = new RegExp(
  String.raw`<${NAME_PREFIX}REC(?=[\s/>])|</${NAME_PREFIX}REC(?=[\s>])`,
  "g",
);
/** Inside an escaped REC: the same two markers, escaped. */
const ESCAPED_BOUNDARY = new RegExp(
  String.raw`&lt;${NAME_PREFIX}REC(?=[\s/]|&gt;)|&lt;/${NAME_PREFIX}REC(?=\s|&)`,
  "g",
);
/** The first character that is not white space. */
const NON_SPACE = /\S/g;

interface OpenRec {
  readonly line: number;
  readonly escaped: boolean;
  /** Offset of the REC's first character in the whole input. */
  readonly offset: number;
  /** Buffer index from which the boundary search resumes (everything before it was searched). */
  scanFrom: number;
  /** The REC's text before `pos`, moved out of the buffer once searched; empty once `head` is set. */
  pieces: string[];
  /** Set once the REC outgrew the limit and its text is being dropped. */
  head: string | null;
  /**
   * After the start of an end tag (`</REC`), the offset in the whole input from which its white
   * space is checked on, until its `>` arrives; `null` otherwise.
   */
  closing: number | null;
}

/** A place after a REC's end tag: the input offset just after its `>` and the line it is on. */
export interface RecEnd {
  readonly offset: number;
  readonly line: number;
}

/**
 * Creates a REC scanner.
 * @param maxRecordChars - longest REC kept, in characters; longer ones become `too-large` fragments
 * @param options - `line`: the number of the input's first line (default 1: a block of a file
 *   starts further on); `ends`: when given, the scanner only cuts: it keeps no text, returns no
 *   fragment, and adds there the end of every REC closed by its end tag (after which it holds
 *   nothing open)
 * @example
 * const scanner = createRecScanner(1 << 20);
 * scanner.push("<records><REC><UID>WOS:1</UID></R"); // → []
 * scanner.push("EC></records>"); // → [{ kind: "complete", text: "<REC><UID>WOS:1</UID></REC>", line: 1, escaped: false }]
 */
export function createRecScanner(
  maxRecordChars: number,
  options: { readonly line?: number; readonly ends?: RecEnd[] } = {},
): RecScanner {
  const { ends } = options;
  let buf = "";
  let pos = 0;
  /** Offset of `buf[0]` in the whole input. */
  let bufOffset = 0;
  let line = options.line ?? 1;
  /** Whether the character just before `buf[0]` was a CR, so a CRLF cut by a chunk boundary counts once. */
  let crBeforeBuf = false;
  /** Cached indexes of the next LF and CR at or after `pos` (`Infinity`: none in the buffer). */
  let nextLf = Number.POSITIVE_INFINITY;
  let nextCr = Number.POSITIVE_INFINITY;
  let inComment = false;
  let open: OpenRec | null = null;
  const boundary: Boundary = { index: 0, length: 0, endTag: false };

  const payloadText = (text: string, escaped: boolean): string =>
    escaped ? decodeXmlReferences(text) : text;
  const search = (char: string, from: number): number => {
    const index = buf.indexOf(char, from);
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };

  /**
   * Moves `pos` to `to`, counting the line breaks passed (CRLF, CR and LF each count once). The
   * cached break positions keep this linear in the input, even in files without line breaks.
   */
  const advance = (to: number): void => {
    while (nextCr < to) {
      line++;
      nextCr = search("\r", nextCr + 1);
    }
    while (nextLf < to) {
      const afterCr = nextLf === 0 ? crBeforeBuf : buf.charCodeAt(nextLf - 1) === 13;
      if (!afterCr) line++;
      nextLf = search("\n", nextLf + 1);
    }
    if (to > pos) pos = to;
  };

  const startRec = (at: number, markerLength: number, escaped: boolean): void => {
    advance(at);
    open = {
      line,
      escaped,
      offset: bufOffset + pos,
      scanFrom: pos + markerLength,
      pieces: [],
      head: null,
      closing: null,
    };
  };

  /** The first `HEAD_CHARS` characters of the open REC, whose text ends at buffer index `end`. */
  const headOf = (rec: OpenRec, end: number): string => {
    let head = "";
    for (const piece of rec.pieces) {
      head += piece.slice(0, HEAD_CHARS - head.length);
      if (head.length >= HEAD_CHARS) return head;
    }
    return head + buf.slice(pos, Math.min(end, pos + HEAD_CHARS - head.length));
  };

  /**
   * The head of a REC too large to keep, with the buffer's text up to index `to` added until it
   * is `HEAD_CHARS` long: the head is the REC's first characters however the input was cut into
   * chunks (it used to stop where the REC first went over the limit, which depended on them).
   */
  const extendedHead = (head: string, to: number): string =>
    head.length >= HEAD_CHARS || to <= pos
      ? head
      : head + buf.slice(pos, Math.min(to, pos + HEAD_CHARS - head.length));

  /** Closes the open REC at buffer index `end`; its fragment (or, cutting, its end) goes to `out`. */
  const closeRec = (
    rec: OpenRec,
    end: number,
    cutBy: "end-tag" | "next-rec" | "end-of-input",
    out: RecFragment[],
  ): void => {
    if (ends !== undefined) {
      advance(end);
      open = null;
      if (cutBy === "end-tag") ends.push({ offset: bufOffset + end, line });
      return;
    }
    const chars = bufOffset + end - rec.offset;
    let fragment: RecFragment;
    if (rec.head !== null || chars > maxRecordChars) {
      const head = rec.head === null ? headOf(rec, end) : extendedHead(rec.head, end);
      fragment = {
        kind: "too-large",
        head: payloadText(head, rec.escaped),
        chars,
        line: rec.line,
        escaped: rec.escaped,
      };
    } else {
      // One join makes one flat string; `join("") + slice` made a second copy of every REC when
      // the record scan first read the concatenation (about 4% of the reader's time).
      if (end > pos) rec.pieces.push(buf.slice(pos, end));
      const text = payloadText(
        rec.pieces.length === 1 ? (rec.pieces[0] as string) : rec.pieces.join(""),
        rec.escaped,
      );
      fragment =
        cutBy === "end-tag"
          ? { kind: "complete", text, line: rec.line, escaped: rec.escaped }
          : { kind: "unterminated", text, line: rec.line, escaped: rec.escaped, cutBy };
    }
    advance(end);
    open = null;
    out.push(fragment);
  };

  /**
   * Moves the open REC's text up to buffer index `to` out of the buffer (kept as a piece unless the
   * REC is too large and being dropped), so the next chunk is appended to a short string and only
   * the new text is searched.
   */
  const moveOut = (rec: OpenRec, to: number): void => {
    if (ends === undefined && rec.head !== null) rec.head = extendedHead(rec.head, to);
    else if (ends === undefined && bufOffset + to - rec.offset > maxRecordChars) {
      // Too large: remember the head for the UID, then drop the text as it streams past.
      rec.head = headOf(rec, to);
      rec.pieces = [];
    }
    if (ends === undefined && rec.head === null && to > pos) rec.pieces.push(buf.slice(pos, to));
    advance(to);
    rec.scanFrom = Math.max(rec.scanFrom, to);
  };

  /** Runs the state machine over the buffer until it needs more input. */
  const scan = (out: RecFragment[]): void => {
    for (;;) {
      if (inComment) {
        const close = buf.indexOf("-->", pos);
        if (close === -1) {
          advance(Math.max(pos, buf.length - 2));
          return;
        }
        advance(close + 3);
        inComment = false;
        continue;
      }
      const rec: OpenRec | null = open;
      if (rec === null) {
        OUTSIDE.lastIndex = pos;
        const match = OUTSIDE.exec(buf);
        if (match === null) {
          advance(Math.max(pos, buf.length - TAIL_CHARS));
          return;
        }
        if (match[0] === "<!--") {
          advance(match.index + 4);
          inComment = true;
        } else startRec(match.index, match[0].length, match[0].startsWith("&"));
        continue;
      }
      if (rec.closing !== null) {
        // In an end tag: white space, then its `>` (`&gt;` escaped) ends the REC.
        const close = rec.escaped ? "&gt;" : ">";
        NON_SPACE.lastIndex = rec.closing - bufOffset;
        const at = NON_SPACE.exec(buf)?.index ?? buf.length;
        if (at === buf.length || (buf.length - at < close.length && close.startsWith(buf.slice(at)))) {
          // Not finished: wait for more input, the white space seen moved out meanwhile.
          rec.closing = bufOffset + at;
          moveOut(rec, at);
          return;
        }
        rec.closing = null;
        if (buf.startsWith(close, at)) closeRec(rec, at + close.length, "end-tag", out);
        // `</REC` and then something else: no end tag; the search goes on from there.
        else rec.scanFrom = at;
        continue;
      }
      let found: boolean;
      if (rec.escaped) {
        ESCAPED_BOUNDARY.lastIndex = rec.scanFrom;
        const match = ESCAPED_BOUNDARY.exec(buf);
        found = match !== null;
        if (match !== null) {
          boundary.index = match.index;
          boundary.length = match[0].length;
          boundary.endTag = match[0].startsWith("&lt;/");
        }
      } else found = findElementBoundary(buf, rec.scanFrom, boundary);
      if (!found) {
        moveOut(rec, Math.max(rec.scanFrom, buf.length - TAIL_CHARS));
        return;
      }
      if (boundary.endTag) {
        rec.closing = bufOffset + boundary.index + boundary.length;
      } else {
        closeRec(rec, boundary.index, "next-rec", out);
        startRec(boundary.index, boundary.length, rec.escaped);
      }
    }
  };

  return {
    push(text: string): RecFragment[] {
      if (text.length === 0) return [];
      // Drop what was consumed; every buffer index kept across pushes shifts with it.
      if (pos > 0) {
        crBeforeBuf = buf.charCodeAt(pos - 1) === 13;
        buf = oneByteIfLatin1(buf.slice(pos));
        bufOffset += pos;
        if (open !== null) open.scanFrom -= pos;
        nextLf -= pos;
        nextCr -= pos;
        pos = 0;
      }
      const appendedAt = buf.length;
      buf += text;
      if (nextLf === Number.POSITIVE_INFINITY) nextLf = search("\n", appendedAt);
      if (nextCr === Number.POSITIVE_INFINITY) nextCr = search("\r", appendedAt);
      const out: RecFragment[] = [];
      scan(out);
      return out;
    },
    end(): RecFragment[] {
      const rec: OpenRec | null = open;
      const out: RecFragment[] = [];
      if (rec !== null) closeRec(rec, buf.length, "end-of-input", out);
      buf = "";
      pos = 0;
      return out;
    },
  };
}

/** Longest kept tail rebuilt by `oneByteIfLatin1`; the tail is normally `TAIL_CHARS` long. */
const REBUILT_TAIL = 4 * TAIL_CHARS;

/**
 * The kept tail of the buffer, rebuilt as a one-byte string when every character fits in one.
 * V8 keeps a slice of a two-byte string two-byte, and the next chunk appended to it then makes
 * the whole buffer two-byte: after the first chunk with a character above U+00FF (an accented
 * name), every later chunk was searched as two-byte, about eight times slower (measured on the
 * real-shaped XML benchmark file: 450 ms instead of 60 ms of `indexOf` for 20 MB).
 * @example
 * oneByteIfLatin1("</RE") // → "</RE" (a fresh one-byte copy)
 */
function oneByteIfLatin1(tail: string): string {
  if (tail.length === 0 || tail.length > REBUILT_TAIL) return tail;
  const codes: number[] = [];
  for (let i = 0; i < tail.length; i++) {
    const code = tail.charCodeAt(i);
    if (code > 0xff) return tail;
    codes.push(code);
  }
  return String.fromCharCode(...codes);
}

/** A boundary found inside a REC: where its marker starts, how long it is, and whether it ends the REC. */
export interface Boundary {
  index: number;
  length: number;
  endTag: boolean;
}

/**
 * Finds the first match of `ELEMENT_BOUNDARY` at or after `from`, without the expression: it
 * jumps from one `REC` to the next with `indexOf` and looks around each, where the expression
 * tried a match at every `<` of the record (7% of the reader's time on real-shaped XML).
 * A match starts at the `<` right before an optional `prefix:` and `REC`, so matches come in the
 * order of their `REC`s, and the first `REC` that fits is the expression's first match.
 * @returns whether a boundary was found; `found` gets it
 * @example
 * const found = { index: 0, length: 0, endTag: false };
 * findElementBoundary("<UID>1</UID></ns:REC>", 0, found) // → true, found → { index: 12, length: 8, endTag: true }
 */
export function findElementBoundary(buf: string, from: number, found: Boundary): boolean {
  for (let at = buf.indexOf("REC", from); at !== -1; at = buf.indexOf("REC", at + 1)) {
    let start = at;
    if (buf.charCodeAt(at - 1) === 58 /* : */) {
      // A prefix: 1 to 48 name characters, the first a letter or `_`.
      let first = at - 1;
      while (first > at - 1 - 48 && isPrefixChar(buf.charCodeAt(first - 1))) first--;
      if (first === at - 1 || !isPrefixStart(buf.charCodeAt(first))) continue;
      start = first;
    }
    const after = buf.charCodeAt(at + 3);
    if (buf.charCodeAt(start - 1) === 60 /* < */) {
      if (start - 1 < from || !(after === 47 || after === 62 || isJsSpace(after))) continue;
      found.index = start - 1;
      found.endTag = false;
    } else if (buf.charCodeAt(start - 1) === 47 /* / */ && buf.charCodeAt(start - 2) === 60) {
      if (start - 2 < from || !(after === 62 || isJsSpace(after))) continue;
      found.index = start - 2;
      found.endTag = true;
    } else continue;
    found.length = at + 3 - found.index;
    return true;
  }
  return false;
}

/** `[A-Za-z_]`. */
function isPrefixStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** `[\w.-]`. */
function isPrefixChar(code: number): boolean {
  return isPrefixStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45;
}
