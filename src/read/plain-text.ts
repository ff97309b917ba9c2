/**
 * Reader for the WoS plain-text export ("Full Record and Cited References", savedrecs.txt):
 * two-letter tags, three-space continuation lines, records ended by `ER`, files ended by `EF`.
 * One push-parser core runs over a whole string (`parsePlainText`) or a byte stream
 * (`readPlainText`) and holds one record at a time.
 */
import type { Rejection } from "../diagnostics/rejection.ts";
import { type LineParser, parseLines, readLines } from "./_line-parser.ts";
import { LINE_VALUE_TAGS, recordFromTags } from "./_tags.ts";
import type { ReadItem, ReadOptions } from "./read-item.ts";
import type { ByteSource } from "./source.ts";
import type { RecordWarning } from "./wos-record.ts";

/** A line that starts with a tag: two characters, then a space or the end of the line. */
const TAG_LINE = /^([A-Z][A-Z0-9])(?:[ \t](.*))?$/;
/** WoS sometimes writes `null` (or `nullnull`) before the first tag of a record. */
const NULL_PREFIX = /^(?:null)+(?=[A-Z][A-Z0-9](?:[ \t]|$))/;
/** How much of a stray line to quote in a rejection. */
const QUOTE_LENGTH = 60;

/** A push parser for plain-text exports: feed it lines, get back read items. */
export type PlainTextParser = LineParser;

interface OpenRecord {
  readonly line: number;
  readonly recordIndex: number;
  readonly tags: Map<string, string[]>;
  lastTag: string;
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
 * @param options - reader options (`citedReferences`)
 * @example
 * const parser = createPlainTextParser("savedrecs.txt");
 * parser.push(["PT J", "UT WOS:000306312500009", "ER"]); // → [{ ok: true, record: { ut: "WOS:000306312500009", … }, at: … }]
 */
export function createPlainTextParser(file: string, options: ReadOptions = {}): PlainTextParser {
  let lineNumber = 0;
  let nextIndex = 0;
  let current: OpenRecord | null = null;
  let stray: StrayText | null = null;

  const at = (line: number, recordIndex: number) => ({ file, line, recordIndex });
  const reject = (open: OpenRecord, reason: string): ReadItem => {
    const ut = open.tags.get("UT")?.join(" ").trim();
    const rejection: Rejection = {
      ...at(open.line, open.recordIndex),
      code: "malformed",
      reason,
      recordId: ut === undefined || ut.length === 0 ? null : ut,
    };
    return { ok: false, rejection };
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
    if (open.badLine !== null) {
      return reject(open, `line ${open.badLine} is neither a tag line nor an indented continuation line`);
    }
    const values = new Map<string, readonly string[]>();
    for (const [tag, lines] of open.tags)
      values.set(tag, LINE_VALUE_TAGS.has(tag) ? lines : [lines.join(" ")]);
    const warnings: RecordWarning[] =
      open.nullPrefix === null
        ? []
        : [{ code: "null-prefix", detail: `record starts with "${open.nullPrefix}"` }];
    const readOptions =
      options.citedReferences === undefined ? {} : { citedReferences: options.citedReferences };
    return recordFromTags(values, at(open.line, open.recordIndex), { ...readOptions, warnings });
  };
  const start = (tag: string, value: string, nullPrefix: string | null): OpenRecord => ({
    line: lineNumber,
    recordIndex: nextIndex++,
    tags: new Map([[tag, [value]]]),
    lastTag: tag,
    badLine: null,
    nullPrefix,
  });

  const pushLine = (raw: string, out: ReadItem[]): void => {
    lineNumber++;
    const prefix = NULL_PREFIX.exec(raw)?.[0] ?? null;
    const line = prefix === null ? raw : raw.slice(prefix.length);
    const tagMatch = TAG_LINE.exec(line);
    const tag = tagMatch?.[1];
    const value = (tagMatch?.[2] ?? "").trim();

    if (current !== null) {
      if (tag === undefined) {
        if (line.trim().length === 0) return;
        if (/^\s/.test(line)) current.tags.get(current.lastTag)?.push(line.trim());
        else current.badLine ??= lineNumber;
        return;
      }
      if (tag === "ER") {
        out.push(finish(current));
        current = null;
        return;
      }
      const restarts =
        tag === "FN" || tag === "VR" || tag === "EF" || (tag === "PT" && current.tags.has("PT"));
      if (!restarts) {
        const lines = current.tags.get(tag);
        // A repeated tag adds values (line-value tags) or continues the text (text tags).
        if (lines === undefined) current.tags.set(tag, [value]);
        else lines.push(value);
        current.lastTag = tag;
        return;
      }
      out.push(
        reject(current, `the record has no ER before line ${lineNumber} ("${line.slice(0, QUOTE_LENGTH)}")`),
      );
      current = null;
    }

    if (tag === undefined || tag === "ER") {
      if (line.trim().length === 0) {
        closeStray(out);
        return;
      }
      if (stray === null) stray = { line: lineNumber, recordIndex: nextIndex++, first: raw, count: 0 };
      stray.count++;
      return;
    }
    closeStray(out);
    if (tag === "FN" || tag === "VR" || tag === "EF") return;
    current = start(tag, value, prefix);
  };

  return {
    push(lines: readonly string[]): ReadItem[] {
      const out: ReadItem[] = [];
      for (const line of lines) pushLine(line, out);
      return out;
    },
    end(): ReadItem[] {
      const out: ReadItem[] = [];
      closeStray(out);
      if (current !== null) {
        out.push(reject(current, "the file ends inside this record (no ER): the export is truncated"));
        current = null;
      }
      return out;
    },
  };
}

/**
 * Parses a whole plain-text export held in a string.
 * @param text - the export's text (a BOM, if any, is ignored)
 * @param options - `fileName` for locations (default `"<text>"`), `citedReferences`
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
 * @param options - `fileName` for locations, `citedReferences`
 * @throws CopubError `not-found` / `unreadable` for a bad path
 * @example
 * for await (const item of readPlainText("savedrecs.txt")) if (!item.ok) console.log(formatRejection(item.rejection));
 */
export async function* readPlainText(source: ByteSource, options: ReadOptions = {}): AsyncIterable<ReadItem> {
  yield* readLines(createPlainTextParser, source, options);
}
