/**
 * Long values set aside before fast-xml-parser sees a record. The parser builds each text node
 * one character at a time (`text += char`), and its validator does the same for attribute values:
 * a 10 MB abstract becomes ten million string fragments, about 30 bytes per character of memory
 * and seconds of garbage collection. Here every text run or attribute value of `LONG_VALUE`
 * characters or more is swapped for a short placeholder before validation and parsing, and put
 * back, decoded as the parser would have decoded it, in the parsed tree. The cost of a record
 * is then linear in its size with a small constant, however its characters are laid out.
 * The placeholder keeps the value's line breaks, so the validator's line numbers stay right.
 */
import { replaceAllMatches } from "../common/replace-all.ts";
import { isJsSpace } from "./_js-space.ts";
import { decodeXmlReferences } from "./_xml-entities.ts";

/** Values at least this long are set aside; shorter ones cost the parser little. */
export const LONG_VALUE = 1024;

/** Opens and closes a placeholder; private-use characters, and a record holding one is left whole. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
/** A placeholder: its number, then the line breaks of the value it stands for. */
const PLACEHOLDER = /\uE000(\d+)\n*\uE001/g;
/** What the parser does to line breaks before anything else (XML 1.0 §2.11). */
const LINE_BREAK = /\r\n?/g;
/** Where a tag's scan stops: its end, a quoted value, or a `<` that means the tag is broken. */
const TAG_STOP = /[<>"']/g;

/** A record with its long values set aside. */
export interface ShelvedRecord {
  /** The record's text with placeholders. */
  readonly text: string;
  /** The values, decoded (references, line breaks), in placeholder order. */
  readonly values: readonly string[];
}

/**
 * Sets aside the long text runs and attribute values of one record. Comments, CDATA sections
 * and processing instructions are left as they are; at the first construct that is not closed
 * the rest is left as it is too (the validator rejects the record anyway).
 * @param text - the record's text
 * @returns the text with placeholders and the values, or `undefined` when nothing was long
 *   enough or the text already holds a placeholder character
 * @example
 * shelveLongValues(`<REC><p>${"a".repeat(2000)}</p></REC>`)
 * // → { text: "<REC><p>\uE0000\uE001</p></REC>", values: ["aaaa…"] }
 */
export function shelveLongValues(text: string): ShelvedRecord | undefined {
  if (text.length < LONG_VALUE || text.includes(OPEN) || text.includes(CLOSE)) return undefined;
  const pieces: string[] = [];
  const values: string[] = [];
  let copied = 0;
  /** Replaces text[from, to) by a placeholder when long, keeping the white space at its ends outside. */
  const shelve = (from: number, to: number): void => {
    if (to - from < LONG_VALUE) return;
    let start = from;
    while (start < to && isJsSpace(text.charCodeAt(start))) start++;
    let end = to;
    while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
    if (end - start < LONG_VALUE) return;
    const raw = text.slice(start, end);
    pieces.push(text.slice(copied, start), `${OPEN}${values.length}${"\n".repeat(lineBreaks(raw))}${CLOSE}`);
    values.push(decodeXmlReferences(raw.includes("\r") ? replaceAllMatches(raw, LINE_BREAK, "\n") : raw));
    copied = end;
  };
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf("<", at);
    shelve(at, lt === -1 ? text.length : lt);
    if (lt === -1) break;
    const next = skipMarkup(text, lt, shelve);
    if (next === -1) break;
    at = next;
  }
  if (values.length === 0) return undefined;
  pieces.push(text.slice(copied));
  return { text: pieces.join(""), values };
}

/**
 * Puts the values back into a parsed tree (mutating it): every string that holds a placeholder
 * gets the value in its place.
 * @param tree - what fast-xml-parser returned for the shelved text
 * @param values - `ShelvedRecord.values`
 * @example
 * restoreLongValues({ p: "\uE0000\uE001" }, ["aaaa…"]) // → { p: "aaaa…" }
 */
export function restoreLongValues<T>(tree: T, values: readonly string[]): T {
  const restore = (value: string): string =>
    value.includes(OPEN) ? replaceAllMatches(value, PLACEHOLDER, (m) => values[Number(m[1])] ?? m[0]) : value;
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    const entries = node as Record<string, unknown>;
    for (const key of Object.keys(entries)) {
      const value = entries[key];
      if (typeof value === "string") entries[key] = restore(value);
      else stack.push(value);
    }
  }
  return tree;
}

/**
 * Skips the markup that starts at `lt` (a tag, a comment, a CDATA section, a declaration or
 * processing instruction), handing each quoted attribute value of a tag to `shelve`.
 * @returns the index after the markup, or -1 when it is not closed
 */
function skipMarkup(text: string, lt: number, shelve: (from: number, to: number) => void): number {
  if (text.startsWith("<!--", lt)) return after(text, "-->", lt + 4);
  if (text.startsWith("<![CDATA[", lt)) return after(text, "]]>", lt + 9);
  if (text.startsWith("<?", lt)) return after(text, "?>", lt + 2);
  TAG_STOP.lastIndex = lt + 1;
  for (;;) {
    const stop = TAG_STOP.exec(text);
    if (stop === null || stop[0] === "<") return -1;
    if (stop[0] === ">") return stop.index + 1;
    const close = text.indexOf(stop[0], stop.index + 1);
    if (close === -1) return -1;
    // A `<` inside a value makes the tag invalid: leave the value, the validator reports it.
    const value = text.slice(stop.index + 1, close);
    if (!value.includes("<")) shelve(stop.index + 1, close);
    TAG_STOP.lastIndex = close + 1;
  }
}

function after(text: string, end: string, from: number): number {
  const index = text.indexOf(end, from);
  return index === -1 ? -1 : index + end.length;
}

/** Line breaks as XML counts them: CRLF, CR and LF once each. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1))
    if (text.charCodeAt(i + 1) !== 10) count++;
  return count;
}
