/**
 * Reader for the WoS plain-text export ("Full Record and Cited References", savedrecs.txt):
 * two-letter tags, three-space continuation lines, records ended by `ER`, files ended by `EF`.
 * One push-parser core runs over a whole string (`parsePlainText`) or a byte stream
 * (`readPlainText`) and holds one record at a time. A record past the record limit, or holding a
 * line past the line limit, is rejected as `record-too-large`: its values are dropped as soon as
 * it is known to be too large, and only its end (`ER`) and its UT are looked for.
 */
import type { Rejection, RejectionCode } from "../diagnostics/rejection.ts";
import { isJsSpace } from "./_js-space.ts";
import { createLineFingerprint } from "./_line-fingerprint.ts";
import { FILE_START, type LineParser, type ParseStart, parseLines, readLines } from "./_line-parser.ts";
import { LINE_VALUE_TAGS, leftOutTags, recordFromTags, type TagValues } from "./_tags.ts";
import { LONG_LINE_HEAD, type SplitLine } from "./lines.ts";
import { checkReadOptions, type ReadItem, type ReadOptions } from "./read-item.ts";
import { readLimits } from "./read-limits.ts";
import type { ByteSource } from "./source.ts";
import type { RecordWarning } from "./wos-record.ts";

/** WoS sometimes writes `null` (or `nullnull`) before the first tag of a record. */
const NULL_PREFIX = /^(?:null)+(?=[A-Z][A-Z0-9](?:[ \t]|$))/;
/** How much of a stray line to quote in a rejection. */
const QUOTE_LENGTH = 60;

/** A push parser for plain-text exports: feed it lines, get back read items. */
export type PlainTextParser = LineParser;

export type { LineParser, ParseStart };

interface OpenRecord {
  readonly line: number;
  readonly recordIndex: number;
  /** The record's tags in the order they came (indexes into the parser's `slots`, `tagIndex`). */
  tags: number[];
  /**
   * The values of the last tag, which continuation lines extend; `null` for a tag whose values
   * are dropped (CR not asked for, a tag left out: `leftOutTags`).
   */
  lastValues: string[] | null;
  /** Whether the last tag's lines go into the fingerprint: all but cited references not asked for. */
  lastPrinted: boolean;
  /** Characters of the record's lines so far. */
  chars: number;
  /** Why the record is too large, once it is; its values are dropped from then on. */
  tooLarge: string | null;
  /** The UT of a record too large to keep its values. */
  ut: string | null;
  /** First line inside the record that is neither a tag nor a continuation. */
  badLine: number | null;
  nullPrefix: string | null;
}

interface StrayText {
  readonly line: number;
  readonly recordIndex: number;
  readonly first: string;
  count: number;
}

/**
 * Creates the plain-text push parser.
 * @param file - name used in locations and rejections
 * @param options - reader options (`citedReferences`, the record and line limits)
 * @param start - the number of the first line pushed and the index of the first record (a
 *   record-aligned block of a file, `text-blocks.ts`); default line 1, record 0
 * @throws CopubError `invalid-option` for a limit that is not a positive number
 * @example
 * const parser = createPlainTextParser("savedrecs.txt");
 * parser.push(["PT J", "UT WOS:000306312500009", "ER"]); // → [{ ok: true, record: { ut: "WOS:000306312500009", … }, at: … }]
 */
export function createPlainTextParser(
  file: string,
  options: ReadOptions = {},
  start: ParseStart = FILE_START,
): PlainTextParser {
  checkReadOptions(options, "plain-text reader");
  let lineNumber = start.line - 1;
  let nextIndex = start.recordIndex;
  let current: OpenRecord | null = null;
  let stray: StrayText | null = null;
  const { maxRecordBytes, maxLineBytes } = readLimits(options, file);
  // Cited references not asked for are only measured: half the lines of an export, never sliced nor kept.
  const dropCited = options.citedReferences === false;
  // Tags whose values are not asked for (`leftOutTags`): read and fingerprinted, never sliced.
  const leftOut = leftOutIndexes(options);
  // The lines whose values the record keeps, fingerprinted (`ReadOptions.fingerprints`); the seed
  // tells the two readings of a record apart, with its cited references and without.
  const fingerprint = options.fingerprints === true ? createLineFingerprint(dropCited ? 2 : 1) : null;
  // The open record's values per tag, at the tag's index: one array for the parser's life instead
  // of a map per record; a record's slots are emptied when it is done (its arrays handed on).
  const slots: (string[] | undefined)[] = new Array(TAG_NAMES.length).fill(undefined);
  const clear = (open: OpenRecord): void => {
    for (const index of open.tags) slots[index] = undefined;
    open.tags = [];
  };

  const at = (line: number, recordIndex: number) => ({ file, line, recordIndex });
  const utOf = (open: OpenRecord): string | null => {
    const ut = open.ut ?? slots[UT_INDEX]?.join(" ").trim();
    return ut === undefined || ut.length === 0 ? null : ut;
  };
  const reject = (open: OpenRecord, reason: string): ReadItem => {
    // A record too large is rejected as such, whatever else is wrong with it.
    const code: RejectionCode = open.tooLarge === null ? "malformed" : "record-too-large";
    const rejection: Rejection = {
      ...at(open.line, open.recordIndex),
      code,
      reason: open.tooLarge ?? reason,
      recordId: utOf(open),
    };
    return { ok: false, rejection };
  };
  /** Marks the record too large and drops its values, keeping its UT. */
  const tooLarge = (open: OpenRecord, reason: string): void => {
    if (open.tooLarge !== null) return;
    open.tooLarge = reason;
    open.ut = utOf(open);
    clear(open);
    open.lastValues = [];
  };
  /** Adds a line's length to the record's, and marks the record too large when either is past its limit. */
  const measure = (open: OpenRecord, chars: number): void => {
    open.chars += chars;
    if (chars > maxLineBytes) {
      tooLarge(
        open,
        `line ${lineNumber} is ${chars} characters long, over the line limit of ${maxLineBytes} (maxLineBytes, --max-line-size)`,
      );
    } else if (open.chars > maxRecordBytes) {
      tooLarge(
        open,
        `the record is more than ${maxRecordBytes} characters long (maxRecordBytes, --max-record-size)`,
      );
    }
  };
  const closeStray = (out: ReadItem[]): void => {
    if (stray === null) return;
    const quoted = stray.first.trim().slice(0, QUOTE_LENGTH);
    const lines = stray.count === 1 ? "1 line" : `${stray.count} lines`;
    out.push({
      ok: false,
      rejection: {
        ...at(stray.line, stray.recordIndex),
        code: "malformed",
        reason: `${lines} outside any record (between ER and the next tag), starting "${quoted}"`,
        recordId: null,
      },
    });
    stray = null;
  };
  const finish = (open: OpenRecord): ReadItem => {
    if (open.tooLarge !== null || open.badLine !== null) {
      const rejected = reject(
        open,
        `line ${open.badLine} is neither a tag line nor an indented continuation line`,
      );
      clear(open);
      return rejected;
    }
    // The record's arrays are handed on, a text tag's lines joined in place.
    for (const index of open.tags) {
      const lines = slots[index] as string[];
      if (lines.length > 1 && !LINE_VALUE_INDEXES[index]) slots[index] = [lines.join(" ")];
    }
    const warnings: RecordWarning[] =
      open.nullPrefix === null
        ? []
        : [{ code: "null-prefix", detail: `record starts with "${open.nullPrefix}"` }];
    SLOT_VALUES.slots = slots;
    SLOT_VALUES.tags = open.tags;
    const item = recordFromTags(SLOT_VALUES, at(open.line, open.recordIndex), {
      citedReferences: !dropCited,
      warnings,
      fingerprint: fingerprint?.finish(),
    });
    clear(open);
    return item;
  };
  const begin = (tag: number, value: string, nullPrefix: string | null, chars: number): OpenRecord => {
    const lastValues = leftOut?.[tag] === true ? null : [value];
    if (lastValues !== null) slots[tag] = lastValues;
    const record: OpenRecord = {
      line: lineNumber,
      recordIndex: nextIndex++,
      tags: lastValues === null ? [] : [tag],
      lastValues,
      lastPrinted: true,
      chars: 0,
      tooLarge: null,
      ut: null,
      badLine: null,
      nullPrefix,
    };
    measure(record, chars);
    return record;
  };

  /**
   * One line, `text.slice(start, end)` (its head when it is past the line limit: `chars` is its
   * length). Values are cut from the text once, trimmed by their character codes; the line
   * itself becomes a string only where it is quoted or tested by a pattern (rare lines).
   */
  const pushRange = (text: string, start: number, end: number, chars: number, out: ReadItem[]): void => {
    lineNumber++;
    const first = start < end ? text.charCodeAt(start) : Number.NaN;
    // Half the lines of an export continue a value (cited references): they start with spaces,
    // so they are neither tags nor null prefixes, and go straight to the record.
    if (current !== null && (first === 32 || first === 9)) {
      measure(current, chars);
      if (current.tooLarge !== null) return;
      if (current.lastPrinted) fingerprint?.add(text, start, end);
      if (current.lastValues === null) return;
      const value = trimmedRange(text, start, end);
      if (value.length > 0) current.lastValues.push(value);
      return;
    }
    const prefix = first === 110 /* n */ ? (NULL_PREFIX.exec(text.slice(start, end))?.[0] ?? null) : null;
    const from = prefix === null ? start : start + prefix.length;
    const tag = tagAt(text, from, end);
    const value = tag === NO_TAG || end - from <= 3 ? "" : trimmedRange(text, from + 3, end);

    if (current !== null) {
      measure(current, chars);
      if (tag === NO_TAG) {
        if (current.tooLarge !== null || isBlank(text, from, end)) return;
        // A line led by other white space (no tag, no space or tab first) continues the value too.
        if (!isJsSpace(text.charCodeAt(from))) current.badLine ??= lineNumber;
        else {
          if (current.lastPrinted) fingerprint?.add(text, start, end);
          current.lastValues?.push(trimmedRange(text, from, end));
        }
        return;
      }
      if (tag === ER) {
        out.push(finish(current));
        current = null;
        return;
      }
      const restarts = tag === FN || tag === VR || tag === EF || (tag === PT && slots[PT] !== undefined);
      if (!restarts && current.tooLarge !== null) {
        // Values are dropped; only the UT is kept, to name the record in its rejection.
        if (tag === UT_INDEX && chars <= maxLineBytes) current.ut = value;
        return;
      }
      if (!restarts) {
        if (tag === CR && dropCited) {
          current.lastValues = null;
          current.lastPrinted = false;
          return;
        }
        fingerprint?.add(text, start, end);
        current.lastPrinted = true;
        if (leftOut?.[tag] === true) {
          current.lastValues = null;
          return;
        }
        const lines = slots[tag];
        // A repeated tag adds values (line-value tags) or continues the text (text tags).
        if (lines === undefined) {
          current.lastValues = [value];
          slots[tag] = current.lastValues;
          current.tags.push(tag);
        } else {
          lines.push(value);
          current.lastValues = lines;
        }
        return;
      }
      const quoted = text.slice(from, Math.min(end, from + QUOTE_LENGTH));
      out.push(reject(current, `the record has no ER before line ${lineNumber} ("${quoted}")`));
      clear(current);
      current = null;
    }

    if (tag === NO_TAG || tag === ER) {
      if (isBlank(text, from, end)) {
        closeStray(out);
        return;
      }
      if (stray === null)
        stray = {
          line: lineNumber,
          recordIndex: nextIndex++,
          first: text.slice(start, Math.min(end, start + LONG_LINE_HEAD)),
          count: 0,
        };
      stray.count++;
      return;
    }
    closeStray(out);
    if (tag === FN || tag === VR || tag === EF) return;
    current = begin(tag, value, prefix, chars);
    if (fingerprint !== null) {
      fingerprint.reset();
      fingerprint.add(text, start, end);
    }
  };
  /** One line as a string (`push`): a `LongLine`, or a string past the limit, by its head. */
  const pushLine = (split: SplitLine, out: ReadItem[]): void => {
    if (typeof split !== "string") pushRange(split.head, 0, split.head.length, split.chars, out);
    else {
      const chars = split.length;
      pushRange(split, 0, chars > maxLineBytes ? Math.min(chars, LONG_LINE_HEAD) : chars, chars, out);
    }
  };

  return {
    pushRange,
    push(lines: readonly SplitLine[]): ReadItem[] {
      const out: ReadItem[] = [];
      for (const line of lines) pushLine(line, out);
      return out;
    },
    end(): ReadItem[] {
      const out: ReadItem[] = [];
      closeStray(out);
      if (current !== null) {
        out.push(reject(current, "the file ends inside this record (no ER): the export is truncated"));
        clear(current);
        current = null;
      }
      return out;
    },
  };
}

/**
 * Parses a whole plain-text export held in a string.
 * @param text - the export's text (a BOM, if any, is ignored)
 * @param options - `fileName` for locations (default `"<text>"`), `citedReferences`, the record and line limits
 * @returns one item per record, in file order
 * @example
 * parsePlainText("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nUT WOS:000306312500009\nER\nEF\n")
 * // → [{ ok: true, record: { ut: "WOS:000306312500009", … }, at: { file: "<text>", line: 3, recordIndex: 0 } }]
 */
export function parsePlainText(text: string, options: ReadOptions = {}): ReadItem[] {
  return parseLines(createPlainTextParser, text, options);
}

/**
 * Reads a plain-text export from a path, URL, bytes or stream, one record at a time.
 * @param source - where the bytes come from
 * @param options - `fileName` for locations, `citedReferences`, the record and line limits
 * @throws CopubError `not-found` / `unreadable` for a bad path, `invalid-option` for a bad limit
 * @example
 * for await (const item of readPlainText("savedrecs.txt")) if (!item.ok) console.log(formatRejection(item.rejection));
 */
export function readPlainText(source: ByteSource, options: ReadOptions = {}): AsyncIterable<ReadItem> {
  // The line reader's own items, not a generator delegating to them: a generator would add a
  // promise and a turn of the microtask queue to each record. Nothing starts before the first
  // `next()`: a bad path or limit rejects there.
  return readLines(createPlainTextParser, source, options);
}

/**
 * The tag a line (`text.slice(start, end)`) starts with, as its index (`(first − 65) × 43 +
 * (second − 48)`, `TAG_NAMES`): two characters (`A`–`Z`, then `A`–`Z` or `0`–`9`) followed by a
 * space, a tab or the end of the line; `NO_TAG` for any other line. A number, not a string: the
 * record's values sit at it in an array (no map per record), and no two-character string is made
 * per line.
 * @example
 * TAG_NAMES[tagAt("PY 2012", 0, 7)] // → "PY"
 * tagAt("   Smith J, 2001", 0, 16) // → NO_TAG
 */
function tagAt(text: string, start: number, end: number): number {
  if (end - start < 2) return NO_TAG;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (a < 65 || a > 90 || !((b >= 65 && b <= 90) || (b >= 48 && b <= 57))) return NO_TAG;
  const c = end - start === 2 ? 32 : text.charCodeAt(start + 2);
  return c === 32 || c === 9 ? (a - 65) * 43 + (b - 48) : NO_TAG;
}

/** The index of a tag's name (`tagOf` of a line holding just it), `NO_TAG` for a string that is no tag. */
function tagIndex(tag: string): number {
  return tag.length === 2 ? tagAt(tag, 0, 2) : NO_TAG;
}

/**
 * A record's values as `recordFromTags` reads them (`TagValues`): a parser's `slots`, a tag's
 * values at its index, and the record's tags in order. One instance for the module, pointed at
 * the parser's slots for the one synchronous call that maps a record, not an object (or closures)
 * per parser: the mapping's optimized code checks the object's shape and call targets, and a
 * shape or closure that died with the parser before (a full collection between two files, or
 * between two rounds of a benchmark) sent that code back to be optimized again.
 */
class SlotValues implements TagValues {
  /** The values of the record being mapped, at their tags' indexes. */
  slots: readonly (string[] | undefined)[] = [];
  /** The tags of the record being mapped, in the order they came. */
  tags: readonly number[] = [];
  get(tag: string): readonly string[] | undefined {
    return this.slots[tagIndex(tag)];
  }
  forEach(visit: (values: readonly string[], tag: string) => void): void {
    for (const index of this.tags) visit(this.slots[index] as string[], TAG_NAMES[index] as string);
  }
}

/** The one `SlotValues`. */
const SLOT_VALUES = new SlotValues();

/** A line that starts with no tag. */
const NO_TAG = -1;

/** Every possible tag's string, at `(first − 65) × 43 + (second − 48)`. */
const TAG_NAMES: readonly string[] = Array.from({ length: 26 * 43 }, (_, i) =>
  String.fromCharCode(65 + Math.floor(i / 43), 48 + (i % 43)),
);

/** The indexes of the tags the parser looks for by name. */
const [ER, FN, VR, EF, PT, UT_INDEX, CR] = ["ER", "FN", "VR", "EF", "PT", "UT", "CR"].map(tagIndex) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/** Whether the tag at each index is left out under these options (`leftOutTags`), or `null` when none is. */
function leftOutIndexes(options: ReadOptions): readonly boolean[] | null {
  const test = leftOutTags(options);
  return test === null ? null : TAG_NAMES.map(test);
}

/** Whether the tag at an index holds one value per line (`LINE_VALUE_TAGS`): one array read per tag of a record. */
const LINE_VALUE_INDEXES: readonly boolean[] = TAG_NAMES.map((tag) => LINE_VALUE_TAGS.has(tag));

/**
 * `text.slice(start, end).trim()`, cut once: the range's JavaScript white space (`isJsSpace`, what
 * `trim` removes) skipped at both ends by character codes, then one slice.
 */
function trimmedRange(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from++;
  while (to > from && isSpaceAt(text, to - 1)) to--;
  return text.slice(from, to);
}

/** Whether `text.slice(start, end)` is empty or white space only (`trim()` would leave nothing). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

/** `isJsSpace` of a character, printable ASCII (the ends of nearly every value) answered first. */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return !(code > 32 && code < 127) && isJsSpace(code);
}
