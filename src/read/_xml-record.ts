/**
 * One REC fragment → one read item. A whole REC goes first through the fast path
 * (`_xml-fast-record.ts`: one scan that builds only the elements the mapping reads); a REC it
 * declines, because it is malformed or of a form it does not take (comments, CDATA, inline
 * markup, …), goes the reference path: the safety checks, XML validation and fast-xml-parser on
 * the single record, then the same mapping. A record that is not well-formed XML, declares a
 * DTD, uses an entity XML does not predefine, never ends or is too large is rejected here with
 * its line and, when a regular expression can find it in the raw text, its UID; the reference
 * path words every such rejection, so both paths give the same items.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { SourceLocation } from "../diagnostics/location.ts";
import type { RejectionCode } from "../diagnostics/rejection.ts";
import { undefinedReference, XML_REFERENCE_DECODER } from "./_xml-entities.ts";
import { scanRecord } from "./_xml-fast-record.ts";
import { restoreLongValues, shelveLongValues } from "./_xml-long-values.ts";
import { mapRecord } from "./_xml-map.ts";
import { ATTRIBUTE_PREFIX, TEXT_KEY, type XmlElement } from "./_xml-node.ts";
import type { RecFragment } from "./_xml-scanner.ts";
import { normalizeUt } from "./identifiers.ts";
import type { ReadItem } from "./read-item.ts";

/**
 * Elements that may repeat inside a REC and that the mapping reads. fast-xml-parser returns a
 * lone element as an object and several as an array; naming them here makes them arrays always.
 */
const REPEATED_ELEMENTS: ReadonlySet<string> = new Set([
  "address_name",
  "contributor",
  "doctype",
  "edition",
  "grant",
  "grant_agency",
  "grant_id",
  "identifier",
  "keyword",
  "language",
  "name",
  "organization",
  "p",
  "reference",
  "silo_tc",
  "subject",
  "suborganization",
  "title",
]);

/** A DTD inside a record: copub never reads one, so the record is rejected rather than half-read. */
const DTD = /<!(?:DOCTYPE|ENTITY)/i;
/** A start tag that closes itself: `<REC/>` or `<REC a="1"/>`. */
const SELF_CLOSING_REC = /^<(?:[A-Za-z_][\w.-]*:)?REC(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/>/;
/** The UID in raw record text, for rejections of records that could not be parsed (`&xxe;` is no UID). */
const UID = /<(?:[A-Za-z_][\w.-]*:)?UID\s*>\s*([^<\s&]+)\s*</;

/** Options of `createRecordReader`. */
export interface RecordReaderOptions {
  /** Keep cited references; default `true`. */
  readonly citedReferences?: boolean;
  /** The reader's record size limit, for the message of `record-too-large`. */
  readonly maxRecordChars: number;
  /**
   * Take only the reference path (validator + fast-xml-parser), never the fast scan: for the
   * differential test that holds the two to the same items. Default `false`.
   */
  readonly referenceOnly?: boolean;
}

/** Turns one REC fragment found at `at` into a read item. */
export type RecordReader = (fragment: RecFragment, at: SourceLocation) => ReadItem;

/**
 * The fast-xml-parser instance a record is parsed with: attributes kept under `@_`, every value a
 * string, namespace prefixes dropped, only XML's own references decoded.
 * @example
 * createRecParser().parse("<REC><UID>WOS:1</UID></REC>") // → { REC: { UID: "WOS:1" } }
 */
export function createRecParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    textNodeName: TEXT_KEY,
    // Every value stays a string ("012" is not 12); numbers are parsed where the mapping wants them.
    parseTagValue: false,
    parseAttributeValue: false,
    // wok5.30, wok5.4 or no namespace: element names are the same once a prefix is dropped.
    removeNSPrefix: true,
    // Callbacks get a matcher instead of a path string built for every tag: about a third faster.
    jPath: false,
    isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED_ELEMENTS.has(name),
    processEntities: true,
    htmlEntities: false,
    entityDecoder: XML_REFERENCE_DECODER,
  });
}

/**
 * Creates the per-record step of the XML reader (it owns one fast-xml-parser instance).
 * @param options - `citedReferences` and the size limit in force
 * @example
 * const read = createRecordReader({ maxRecordChars: 1 << 26 });
 * read({ kind: "complete", text: "<REC><UID>WOS:1</UID></REC>", line: 1, escaped: false }, at)
 * // → { ok: true, record: { ut: "WOS:1", … }, at }
 */
export function createRecordReader(options: RecordReaderOptions): RecordReader {
  const parser = createRecParser();
  const mapOptions =
    options.citedReferences === undefined ? {} : { citedReferences: options.citedReferences };
  const citedReferences = options.citedReferences !== false;
  const fast = options.referenceOnly !== true;

  return (fragment, at) => {
    const reject = (code: RejectionCode, reason: string, text: string): ReadItem => ({
      ok: false,
      rejection: { ...at, code, reason, recordId: recordIdIn(text) },
    });
    if (fragment.kind === "too-large") {
      const reason = `the <REC> is ${fragment.chars} characters long, over the limit of ${options.maxRecordChars} (maxRecordBytes, --max-record-size)`;
      return reject("record-too-large", reason, fragment.head);
    }
    let text = fragment.text;
    if (fast && fragment.kind === "complete") {
      const rec = scanRecord(text, citedReferences);
      if (rec !== undefined) return mapRecord(rec, at, mapOptions);
    }
    if (fragment.kind === "unterminated") {
      const selfClosing = SELF_CLOSING_REC.exec(text);
      if (selfClosing === null) {
        const reason =
          fragment.cutBy === "next-rec"
            ? "the <REC> has no </REC> before the next <REC> starts"
            : "the input ends inside this <REC> (no </REC>): the file is truncated";
        return reject("malformed", reason, text);
      }
      text = selfClosing[0];
    }
    // Long values go round the parser, which builds text one character at a time.
    const shelved = shelveLongValues(text);
    const problem = securityProblem(text) ?? syntaxProblem(shelved?.text ?? text, at.line ?? 1);
    if (problem !== undefined) return reject("malformed", problem, text);
    let parsed: XmlElement;
    try {
      parsed = parser.parse(shelved?.text ?? text) as XmlElement;
      if (shelved !== undefined) restoreLongValues(parsed, shelved.values);
    } catch (error) {
      // Well-formed XML the parser still refuses: nesting deeper than its limit, or an element
      // named like a JavaScript prototype property (`__proto__`), which it blocks on purpose.
      return reject("malformed", `the XML parser refused the <REC>: ${(error as Error).message}`, text);
    }
    const rec = parsed.REC;
    return mapRecord(typeof rec === "object" && rec !== null ? (rec as XmlElement) : {}, at, mapOptions);
  };
}

function securityProblem(text: string): string | undefined {
  if (DTD.test(text)) {
    return "the <REC> contains a DTD declaration (<!DOCTYPE or <!ENTITY); copub never reads DTDs or expands their entities";
  }
  const bare = text.includes("<!") ? withoutLiteralSections(text) : text;
  const reference = undefinedReference(bare);
  if (reference !== undefined) {
    return `"${reference}" is not one of XML's predefined entities or a character reference; copub reads no DTD that could define it`;
  }
  return undefined;
}

/**
 * The text without its CDATA sections and comments, where `&` and `<` are literal, for the search
 * of undefined entities. An unclosed section is left in place (the validator rejects it). A loop
 * of `indexOf`, not a lazy regular expression, which would rescan the rest of the record from
 * every unclosed `<!--`.
 */
function withoutLiteralSections(text: string): string {
  const kept: string[] = [];
  let copied = 0;
  for (let at = text.indexOf("<!"); at !== -1; at = text.indexOf("<!", at + 2)) {
    const close = text.startsWith("<!--", at) ? "-->" : text.startsWith("<![CDATA[", at) ? "]]>" : null;
    if (close === null) continue;
    const end = text.indexOf(close, at + (close === "-->" ? 4 : 9));
    if (end === -1) break;
    kept.push(text.slice(copied, at));
    copied = end + close.length;
    at = copied - 2;
  }
  kept.push(text.slice(copied));
  return kept.join("");
}

function syntaxProblem(text: string, firstLine: number): string | undefined {
  const result = XMLValidator.validate(text);
  if (result === true) return undefined;
  const { msg, line, col } = result.err;
  return `invalid XML at line ${firstLine + line - 1}, column ${col}: ${msg}`;
}

/** The UID found in raw record text by a regular expression, normalized, or `null`. */
function recordIdIn(text: string): string | null {
  const uid = UID.exec(text)?.[1];
  return uid === undefined ? null : normalizeUt(uid);
}
