/**
 * The XML reader's text path: a push parser over decoded text that cuts it into `<REC>` fragments
 * (`_xml-scanner.ts`) and reads each (`_xml-record.ts`). The public `createXmlParser` is this
 * parser from a file's start; the byte path (`_xml-byte-parser.ts`) hands it what bytes cannot
 * serve: UTF-16 files, the escaped records of SOAP responses, a REC over the size limit in bytes
 * and the rest of the file after it. Apart from `xml.ts` because both paths use it.
 */
import { CopubError } from "../diagnostics/errors.ts";
import { createRecordReader, type RecordReader } from "./_xml-record.ts";
import { createRecScanner, type RecFragment } from "./_xml-scanner.ts";
import { checkReadOptions, type ReadItem, type ReadOptions } from "./read-item.ts";
import { readLimits } from "./read-limits.ts";

/** A push parser for WoS XML: feed it decoded text, get back read items. */
export interface XmlParser {
  /** Adds text; returns the items of the RECs it completed. */
  push(text: string): ReadItem[];
  /**
   * Ends the input; returns the item of a REC left open, if any.
   * @throws CopubError `not-wos` when the input held no `<REC>` element and no WoS root or namespace
   */
  end(): ReadItem[];
}

/** Characters at the start of a file searched for a sign that it is WoS XML. */
export const WOS_MARKER_WINDOW = 65_536;
/** A WoS schema namespace (`…/schema/wok5.30/…`) or a `<records>` root. */
const WOS_MARKER = /\/schema\/wok\d|<(?:\w+:)?records[\s>/]/;

/**
 * Throws `not-wos` for a file that gave no item and whose head (its first `WOS_MARKER_WINDOW`
 * characters) has no WoS root or namespace: an export with no records (an empty `<records/>`, a
 * search with no hits) is still WoS XML; only a file with neither is not.
 * @example
 * checkWosHead("a.xml", "<html>", 0) // throws CopubError not-wos
 */
export function checkWosHead(file: string, head: string, items: number): void {
  if (items === 0 && !WOS_MARKER.test(head)) {
    throw new CopubError(
      "not-wos",
      `${file}: no <REC> element found; not a Web of Science XML export (expected <records><REC><UID>WOS:…)`,
      file,
    );
  }
}

/**
 * The limit on a REC in characters and the record reader, from the reader options.
 * @throws CopubError `invalid-option` when `maxRecordBytes` is not a positive number
 * @example
 * xmlRecordReading("a.xml", {}).maxRecordChars // → 16777216
 */
export function xmlRecordReading(
  file: string,
  options: ReadOptions,
): { readonly maxRecordChars: number; readonly readRecord: RecordReader } {
  checkReadOptions(options, "XML reader");
  const { maxRecordBytes: maxRecordChars } = readLimits(
    options.maxRecordBytes === undefined ? {} : { maxRecordBytes: options.maxRecordBytes },
    file,
  );
  const readRecord = createRecordReader(
    options.citedReferences === undefined
      ? { maxRecordChars }
      : { maxRecordChars, citedReferences: options.citedReferences },
  );
  return { maxRecordChars, readRecord };
}

/**
 * The text parser for input that starts on line `line` with record index `recordIndex` (a file,
 * a block of one, or the rest of a file the byte path hands over). Only input from the file's
 * start (`fileStart`) can tell that a file is not WoS XML: a later block may hold no REC at all
 * (the file's closing tags).
 * @example
 * const parser = createTextXmlParser("wos.xml", {}, 1, 0, true);
 * parser.push("<records><REC><UID>WOS:000386326200035</UID></REC>");
 * // → [{ ok: true, record: { ut: "WOS:000386326200035", … }, at: { file: "wos.xml", line: 1, recordIndex: 0 } }]
 */
export function createTextXmlParser(
  file: string,
  options: ReadOptions,
  line: number,
  recordIndex: number,
  fileStart: boolean,
): XmlParser {
  const { maxRecordChars, readRecord } = xmlRecordReading(file, options);
  const scanner = createRecScanner(maxRecordChars, { line });
  let nextIndex = recordIndex;
  let head = "";
  const toItems = (fragments: readonly RecFragment[]): ReadItem[] =>
    fragments.map((fragment) =>
      readRecord(fragment, { file, line: fragment.line, recordIndex: nextIndex++ }),
    );
  return {
    push: (text) => {
      if (head.length < WOS_MARKER_WINDOW) head += text.slice(0, WOS_MARKER_WINDOW - head.length);
      return toItems(scanner.push(text));
    },
    end() {
      const items = toItems(scanner.end());
      if (fileStart) checkWosHead(file, head, nextIndex - recordIndex);
      return items;
    },
  };
}
