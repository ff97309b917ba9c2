/**
 * The fast path of the XML reader: one pass over a `<REC>`'s UTF-8 bytes that checks it is plain
 * well-formed XML and builds, while it scans, only the elements the mapping reads (`_xml-map.ts`,
 * `_xml-people.ts`, `_xml-references.ts`), in the shape fast-xml-parser gives them (attributes
 * under `@name`, text under `#text`, children in arrays by name). Everything else (abstracts,
 * the bulk of `dynamic_data`, every element off the paths below) is tokenized and checked but
 * never built. It stands alone because it is a second reading of the same record: whatever it is
 * not sure of it declines (`undefined`), and the reader then takes the reference path
 * (validator + fast-xml-parser, `_xml-record.ts`), which gives today's record or today's
 * rejection. So it only has to be right on what it accepts: a strict subset of XML (ASCII
 * names, quoted attributes, XML's own references) with no comment, CDATA section, processing
 * instruction or DTD, no duplicate attribute, no child element inside a value it reads, no
 * nesting deeper than `MAX_DEPTH`, no element named like a JavaScript prototype property.
 * test/read/xml-fast-record.test.ts compares both paths on every shared sample and on the fuzz
 * corpus.
 * It reads bytes, not decoded text: every byte of XML's markup (`<`, `>`, `/`, `=`, quotes, the
 * ASCII names taken here) is ASCII, and in UTF-8 an ASCII byte is always that character, so the
 * structure is found in the bytes the file holds and only the values kept are decoded (about a
 * tenth of a real record's bytes). A REC that is not valid UTF-8 is declined by the reader before
 * it gets here (`_xml-record.ts`), so any decoder gives a value's text. A REC that arrives as text
 * (UTF-16 files, the escaped records of SOAP responses) is encoded to UTF-8 first (`scanRecord`).
 */
import { decodeXmlReferences, isDigit, isHexDigit, PREDEFINED_ENTITY_NAMES } from "./_xml-entities.ts";
import { ATTRIBUTE_PREFIX, TEXT_KEY, textValue, type XmlElement } from "./_xml-node.ts";
import {
  FORMATTED_REFERENCES,
  REFERENCE_PARTS,
  REFERENCE_PREFIXES,
  REFERENCE_SEPARATOR,
  referenceString,
} from "./_xml-references.ts";
import {
  allocUtf8Bytes,
  asciiText,
  hasMultibyte,
  isAsciiRange,
  multibyteEnds,
  type Utf8Bytes,
  utf8Bytes,
  utf8Text,
} from "./_xml-utf8.ts";

/**
 * One element of the paths kept: the names of its kept children and their nodes (side by side:
 * a few names compared in place cost less than slicing and hashing every element's name), and
 * whether its text is read.
 */
interface PathNode {
  readonly names: NameTable;
  readonly nodes: readonly PathNode[];
  readonly text: boolean;
}

/** A kept path written as nested objects: `true` for a value read as text, `{}` for one that is not. */
type PathSpec = { readonly [name: string]: PathSpec | true };

/** The three forms of a person's name, read as text. */
const NAME_FORMS: PathSpec = { wos_standard: true, display_name: true, full_name: true };

/** The cited reference's parts (`_xml-references.ts`), in `REFERENCE_PARTS` order. */
const REFERENCE: PathSpec = Object.fromEntries(REFERENCE_PARTS.map((name) => [name, true]));

/**
 * Every element the mapping reads, from inside `<REC>`: docs/methodology.md §2.1's XML column.
 * `{}` marks an element read for its attributes only (those in `READ_ATTRIBUTES`).
 */
function recPaths(citedReferences: boolean): PathSpec {
  return {
    UID: true,
    static_data: {
      summary: {
        pub_info: {},
        titles: { title: true },
        doctypes: { doctype: true },
        EWUID: { edition: {} },
        names: { name: NAME_FORMS },
      },
      fullrecord_metadata: {
        languages: { language: true },
        category_info: { subjects: { subject: true } },
        fund_ack: {
          fund_text: { p: true },
          grants: { grant: { grant_agency: true, grant_ids: { grant_id: true } } },
        },
        refs: {},
        references: citedReferences ? { reference: REFERENCE } : {},
        keywords: { keyword: true },
        addresses: {
          address_name: {
            address_spec: {
              full_address: true,
              organizations: { organization: true },
              suborganizations: { suborganization: true },
              city: true,
              state: true,
              country: true,
              zip: true,
            },
            names: { name: {} },
          },
        },
        reprint_addresses: {
          address_name: { address_spec: { full_address: true }, names: { name: NAME_FORMS } },
        },
      },
      item: { keywords_plus: { keyword: true } },
      contributors: { contributor: { name: NAME_FORMS } },
    },
    dynamic_data: {
      cluster_related: { identifiers: { identifier: {} } },
      citation_related: { tc_list: { silo_tc: {} } },
    },
  };
}

function pathNode(spec: PathSpec | true): PathNode {
  if (spec === true) return { names: nameTable([]), nodes: [], text: true };
  const entries = Object.entries(spec);
  return {
    names: nameTable(entries.map(([name]) => name)),
    nodes: entries.map(([, s]) => pathNode(s)),
    text: false,
  };
}

/**
 * The attributes the mapping reads (`attribute(element, name)` in `_xml-map.ts`,
 * `_xml-people.ts`); the others of a kept element are left out, as they are never looked at.
 * A test reads the mapping's source for every `attribute(…, "name")` and checks it is here.
 * @example
 * READ_ATTRIBUTES.includes("pubyear") // → true
 */
export const READ_ATTRIBUTES: readonly string[] = [
  "addr_no",
  "ascatype",
  "coll_id",
  "count",
  "early_access_date",
  "early_access_year",
  "local_count",
  "orcid_id",
  "pref",
  "pubmonth",
  "pubtype",
  "pubyear",
  "r_id",
  "role",
  "seq_no",
  "type",
  "value",
];
const READ_ATTRIBUTE_TABLE = nameTable(READ_ATTRIBUTES);
/** Their keys in an element (`@name`), made once. */
const ATTRIBUTE_KEYS: readonly string[] = READ_ATTRIBUTES.map((name) => ATTRIBUTE_PREFIX + name);

/**
 * A few names to look up by where they are written: the indexes of the names of each length,
 * and each name's bytes (compared with the bytes in place, no string made).
 */
interface NameTable {
  readonly names: readonly string[];
  readonly codes: readonly Uint8Array[];
  readonly byLength: readonly (readonly number[] | undefined)[];
}

function nameTable(names: readonly string[]): NameTable {
  const byLength: number[][] = [];
  names.forEach((name, k) => {
    const same = byLength[name.length];
    if (same === undefined) byLength[name.length] = [k];
    else same.push(k);
  });
  const codes = names.map((name) => Uint8Array.from(name, (char) => char.charCodeAt(0)));
  return { names, codes, byLength };
}

/**
 * The index in `table` of the name written at `bytes[from, to)`, or -1. Only names of that length
 * are compared, byte by byte in place from their first: a `startsWith` for each name of a list
 * was 9% of the record scan, and most names met have no name of their length to compare with.
 */
function nameIndex(table: NameTable, bytes: Utf8Bytes, from: number, to: number): number {
  const candidates = table.byLength[to - from];
  if (candidates === undefined) return -1;
  const first = bytes[from];
  for (let j = 0; j < candidates.length; j++) {
    const k = candidates[j] as number;
    const codes = table.codes[k] as Uint8Array;
    if (codes[0] !== first) continue;
    let c = 1;
    while (c < codes.length && codes[c] === bytes[from + c]) c++;
    if (c === codes.length) return k;
  }
  return -1;
}

/** The kept paths with and without cited references, built once. */
const WITH_REFERENCES = pathNode(recPaths(true));
const WITHOUT_REFERENCES = pathNode(recPaths(false));

/**
 * Deeper nesting is declined: fast-xml-parser refuses more than 100 levels, and the reference
 * path then says so in its rejection.
 */
const MAX_DEPTH = 90;

/** Element names fast-xml-parser refuses (or renames) because they are JavaScript prototype properties. */
const PROTOTYPE_NAMES: NameTable = nameTable([
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/** Line breaks as fast-xml-parser turns them into `\n` before anything else. */
const LINE_BREAK = /\r\n?/g;

/** The bytes of the markup looked for. */
const LT = 60;
const GT = 62;
const SLASH = 47;
const AMP = 38;

/**
 * The kind of each ASCII character in a name: 2 may start one (letter, `_`), 1 only continue one
 * (digit, `.`, `-`), 0 neither. A table look-up instead of six comparisons a character: names are
 * a third of a record's characters.
 */
const NAME_CHARS: Uint8Array = (() => {
  // Every byte value has an entry (0 from 128 on), so no look-up falls outside the table.
  const kinds = new Uint8Array(256);
  for (let code = 0; code < 128; code++) {
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
    kinds[code] = letter ? 2 : (code >= 48 && code <= 57) || code === 46 || code === 45 ? 1 : 0;
  }
  return kinds;
})();
/**
 * Whether a byte may start a name here: ASCII letter or `_` (past the end of the bytes,
 * `undefined` indexes no kind and is no name byte).
 */
const isNameStart = (code: number): boolean => NAME_CHARS[code] === 2;
/** Whether a byte may continue a name here: ASCII letter, digit, `_`, `.`, `-`. */
const isNameChar = (code: number): boolean => (NAME_CHARS[code] ?? 0) > 0;
/** White space between XML's markup: the four characters the validator takes. */
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13;

/**
 * The end of a name starting at `from` (ASCII, at most one `prefix:`), or -1 when there is none.
 * `colonAt[0]` gets the index of its colon, or -1.
 */
function nameEnd(bytes: Utf8Bytes, from: number, colonAt: number[]): number {
  if (!isNameStart(bytes[from] as number)) return -1;
  let i = from + 1;
  let code = bytes[i] as number;
  while (isNameChar(code)) code = bytes[++i] as number;
  colonAt[0] = -1;
  if (code !== 58 /* : */) return i;
  colonAt[0] = i;
  if (!isNameStart(bytes[++i] as number)) return -1;
  code = bytes[++i] as number;
  while (isNameChar(code)) code = bytes[++i] as number;
  return code === 58 ? -1 : i;
}

/**
 * Whether `bytes[from, to)` is one of `PROTOTYPE_NAMES`. Names of other lengths or first letters
 * are let through at once; the rest are compared in place, with no slice (`citedAuthor` and
 * `citedWork`, 60,000 a 20 MB file, share `constructor`'s first letter).
 */
function isPrototypeName(bytes: Utf8Bytes, from: number, to: number): boolean {
  const length = to - from;
  if (length < 7 || length > 16) return false;
  const first = bytes[from];
  // _ c h p t v: the first letters of PROTOTYPE_NAMES.
  if (!(first === 95 || first === 99 || first === 104 || first === 112 || first === 116 || first === 118))
    return false;
  return nameIndex(PROTOTYPE_NAMES, bytes, from, to) !== -1;
}

/**
 * Scans one `<REC>` element's text and builds the elements the mapping reads: `scanRecordBytes`
 * on its UTF-8 bytes. Text that is not well-formed UTF-16 (a lone surrogate, which UTF-8 cannot
 * hold) is declined.
 * @param text - the REC's text, from `<REC` to its end tag (unescaped already)
 * @param citedReferences - whether the cited references are built
 * @returns the REC element as the mapping expects it, or `undefined` when the text is not of the
 *   plain form this path accepts (the caller then takes the reference path)
 * @example
 * scanRecord('<REC><UID>WOS:1</UID><static_data><summary><pub_info pubyear="2016"/></summary></static_data></REC>', true)
 * // → { UID: [{ "#text": "WOS:1" }], static_data: [{ summary: [{ pub_info: [{ "@pubyear": "2016" }] }] }] }
 * scanRecord("<REC><!-- a comment --></REC>", true) // → undefined
 */
export function scanRecord(text: string, citedReferences: boolean): XmlElement | undefined {
  if (!isWellFormed(text)) return undefined;
  const { bytes, length } = utf8Bytes(text);
  const scanned = { end: 0 };
  const rec = scanRecordBytes(bytes, 0, length, citedReferences, scanned);
  return scanned.end === length ? rec : undefined;
}

/** `String.prototype.isWellFormed` (ES2024), or a search for a lone surrogate where it is missing. */
const isWellFormed = (text: string): boolean => {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native === undefined ? !LONE_SURROGATE.test(text) : native.call(text);
};
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Scans the `<REC>` element that starts at `bytes[start]`, up to its end tag and no further than
 * `end`, and builds the elements the mapping reads, decoding only their values. The bytes need not
 * hold the REC alone: the scan stops where the REC closes and says where (`scanned.end`), so the
 * reader can scan a REC where it lies in the file's bytes and skip the REC cutter's search. An
 * element named `REC` inside the REC is declined (the cutter would cut there).
 * @param bytes - bytes holding the REC, valid UTF-8 (a `Buffer` where the runtime has one: `_xml-utf8.ts`),
 *   and a few more after `end` (`UTF8_SLACK`): the scan may look a byte or two past `end` before it
 *   declines, and a read past the array's end would make V8 recompile it slower
 * @param start - the offset of the REC's `<`
 * @param end - the offset past which nothing is read (the REC's end, or the end of the bytes so far)
 * @param citedReferences - whether the cited references are built
 * @param scanned - gets the offset just after the REC's end (its end tag's `>`, or `/>`)
 * @returns the REC element as the mapping expects it, or `undefined` when the bytes up to `end`
 *   hold no whole REC of the plain form this path accepts
 * @example
 * scanRecordBytes(utf8Bytes("<REC><UID>WOS:1</UID></REC> ").bytes, 0, 28, true, scanned) // → { UID: [{ "#text": "WOS:1" }] }, scanned.end → 27
 */
export function scanRecordBytes(
  bytes: Utf8Bytes,
  start: number,
  end: number,
  citedReferences: boolean,
  scanned: { end: number },
): XmlElement | undefined {
  // Values are noted as byte ranges while scanning and made once the REC's end is known
  // (`closedRecord`): a REC all ASCII, as most real ones are, is then decoded once and its values
  // sliced from that text, where one native decode call a value was a tenth of the reader's time.
  const values: PendingValues = { targets: [], keys: [], ranges: [], references: [], referenceRanges: [] };
  const root: Record<string, unknown> = {};
  // The open elements, as parallel stacks: where each name starts and ends (for its end tag),
  // its kept path (or null), the element built (or null) and where its text starts.
  const nameStarts: number[] = [];
  const nameEnds: number[] = [];
  const paths: (PathNode | null)[] = [];
  const elements: (Record<string, unknown> | null)[] = [];
  const textStarts: number[] = [];
  let path: PathNode | null = citedReferences ? RECORD_WITH_REFERENCES : RECORD_WITHOUT_REFERENCES;
  let element: Record<string, unknown> | null = root;
  let depth = 0;
  const colonAt = [-1];
  /** Attribute offsets of the current start tag: name start, name end, value start, value end. */
  const attributes: number[] = [];
  let attributeCount = 0;
  /**
   * The open `<reference>`'s parts, as ranges in `REFERENCE_PARTS` order (`NO_PART` until one is
   * met, `EMPTY_PART` for one with no text yet), and the part open, if its first.
   */
  const parts: number[] = [];
  let openPart = -1;
  let at = start;
  for (;;) {
    // The next `<`: most often the next byte (`</a><b>`), else a few bytes on (a short value),
    // which a loop finds sooner than a native call; a long text is left to `indexOf`.
    let lt = at;
    const near = Math.min(end, at + NEAR_BYTES);
    while (lt < near && bytes[lt] !== LT) lt++;
    if (lt === near) {
      lt = lt < end ? bytes.indexOf(LT, lt) : -1;
      if (lt === -1 || lt >= end) return undefined;
    }
    const next = bytes[lt + 1];
    if (next === SLASH) {
      // An end tag: the open element's name, white space, `>`.
      if (depth === 0) return undefined;
      const from = nameStarts[depth - 1] as number;
      const length = (nameEnds[depth - 1] as number) - from;
      let close = lt + 2;
      if (close + length >= end) return undefined;
      for (let k = 0; k < length; k++) if (bytes[close + k] !== bytes[from + k]) return undefined;
      close += length;
      let code = bytes[close] as number;
      while (isSpace(code)) code = bytes[++close] as number;
      if (code !== GT || close >= end) return undefined;
      if (element === PART_STAND_IN) {
        if (openPart !== -1) {
          parts[2 * openPart] = textStarts[depth - 1] as number;
          parts[2 * openPart + 1] = lt;
        }
        openPart = -1;
      } else if (path?.text === true && element !== null && lt > (textStarts[depth - 1] as number))
        addValue(values, element, TEXT_KEY, textStarts[depth - 1] as number, lt);
      const closing = element;
      depth--;
      path = paths[depth] as PathNode | null;
      element = elements[depth] as Record<string, unknown> | null;
      if (closing === REFERENCE_STAND_IN)
        addReference(values, element as Record<string | symbol, unknown>, parts);
      at = close + 1;
      if (depth === 0) return closedRecord(bytes, start, root, at, scanned, values);
      continue;
    }
    // Comments, CDATA sections, declarations, processing instructions: the reference path's.
    if (next === 33 /* ! */ || next === 63 /* ? */) return undefined;
    const nameFrom = lt + 1;
    const nameTo = nameEnd(bytes, nameFrom, colonAt);
    if (nameTo === -1 || nameTo >= end) return undefined;
    const localFrom = colonAt[0] === -1 ? nameFrom : (colonAt[0] as number) + 1;
    if (isPrototypeName(bytes, localFrom, nameTo)) return undefined;
    if (depth > 0 && isRecName(bytes, localFrom, nameTo)) return undefined;
    if (depth >= MAX_DEPTH) return undefined;
    // A child element inside a value read as text: the reference path keeps the text around it and warns.
    if (path?.text === true) return undefined;
    // The attributes, then `>` or `/>`.
    attributeCount = 0;
    let i = nameTo;
    let code = bytes[i] as number;
    let selfClosing = false;
    for (;;) {
      const spaced = isSpace(code);
      while (isSpace(code)) code = bytes[++i] as number;
      if (code === GT) break;
      if (code === SLASH) {
        if (bytes[i + 1] !== GT) return undefined;
        selfClosing = true;
        i++;
        break;
      }
      if (!spaced || i >= end) return undefined;
      const attributeFrom = i;
      const attributeTo = nameEnd(bytes, i, colonAt);
      if (attributeTo === -1) return undefined;
      i = attributeTo;
      code = bytes[i] as number;
      while (isSpace(code)) code = bytes[++i] as number;
      if (code !== 61 /* = */) return undefined;
      code = bytes[++i] as number;
      while (isSpace(code)) code = bytes[++i] as number;
      if (code !== 34 /* " */ && code !== 39 /* ' */) return undefined;
      const valueFrom = i + 1;
      let valueTo = valueFrom;
      while (valueTo < end && bytes[valueTo] !== code) {
        const c = bytes[valueTo];
        if (c === LT || c === GT) return undefined;
        valueTo++;
      }
      if (valueTo >= end) return undefined;
      const slot = 4 * attributeCount++;
      attributes[slot] = attributeFrom;
      attributes[slot + 1] = attributeTo;
      attributes[slot + 2] = valueFrom;
      attributes[slot + 3] = valueTo;
      i = valueTo + 1;
      code = bytes[i] as number;
    }
    if (i >= end) return undefined;
    at = i + 1;
    if (attributeCount > 1 && hasRepeatedName(bytes, attributes, attributeCount)) return undefined;
    const index: number = path === null ? -1 : nameIndex(path.names, bytes, localFrom, nameTo);
    const kept: PathNode | null = index === -1 ? null : ((path as PathNode).nodes[index] as PathNode);
    let child: Record<string, unknown> | null = null;
    if (kept !== null && element === REFERENCE_STAND_IN) {
      // A part of a cited reference: its text is kept from the first of its name only, as
      // `child(reference, name)` reads it.
      child = PART_STAND_IN;
      if (parts[2 * index] === NO_PART) {
        parts[2 * index] = EMPTY_PART;
        if (!selfClosing) openPart = index;
      }
    } else if (kept === REFERENCE_NODE && element !== null) {
      // A cited reference: no elements built, its string made from its parts as it closes.
      child = REFERENCE_STAND_IN;
      for (let k = 0; k < 2 * REFERENCE_PARTS.length; k++) parts[k] = NO_PART;
      (element as Record<string | symbol, unknown>)[FORMATTED_REFERENCES] ??= [];
      if (selfClosing) addReference(values, element as Record<string | symbol, unknown>, parts);
    } else if (kept !== null && element !== null) {
      child = {};
      const name = (path as PathNode).names.names[index] as string;
      const siblings = element[name] as unknown[] | undefined;
      if (siblings === undefined) element[name] = [child];
      else siblings.push(child);
      if (attributeCount > 0) addAttributes(values, child, bytes, attributes, attributeCount, colonAt);
    }
    if (selfClosing) {
      if (depth === 0) return closedRecord(bytes, start, root, at, scanned, values);
      continue;
    }
    nameStarts[depth] = nameFrom;
    nameEnds[depth] = nameTo;
    paths[depth] = path;
    elements[depth] = element;
    textStarts[depth] = at;
    depth++;
    path = kept;
    element = child;
  }
}

/** Bytes looked at one by one for the next `<` before `indexOf` is called. */
const NEAR_BYTES = 32;

/**
 * The REC built, once its end is known, unless an `&` in it starts no reference XML defines: the
 * reference path rejects that record (`&#X…;` too: fast-xml-parser's validator takes only a
 * lower-case `x`). Text and attribute values are the only places the scan takes an `&`, so they
 * are looked for once, natively, in the whole REC.
 */
function closedRecord(
  bytes: Utf8Bytes,
  start: number,
  root: Record<string, unknown>,
  end: number,
  scanned: { end: number },
  values: PendingValues,
): XmlElement | undefined {
  const rec = bytes.subarray(start, end);
  for (let amp = rec.indexOf(AMP); amp !== -1; amp = rec.indexOf(AMP, amp + 1)) {
    if (!isReferenceAt(bytes, start + amp)) return undefined;
  }
  scanned.end = end;
  setValues(values, recValues(bytes, start, end));
  return (root.REC as XmlElement[] | undefined)?.[0];
}

/**
 * The values noted while scanning: `keys[i]` of `targets[i]` is the value at bytes
 * `ranges[2i, 2i+1]`; each cited reference adds its `references` element's list and its parts'
 * ranges (`2 * REFERENCE_PARTS.length` numbers).
 */
interface PendingValues {
  readonly targets: Record<string, unknown>[];
  readonly keys: string[];
  readonly ranges: number[];
  readonly references: string[][];
  readonly referenceRanges: number[];
}

/** A reference part not met, and one met with no text (self-closing, or not read yet). */
const NO_PART = -1;
const EMPTY_PART = -2;

function addValue(
  values: PendingValues,
  target: Record<string, unknown>,
  key: string,
  from: number,
  to: number,
): void {
  values.targets.push(target);
  values.keys.push(key);
  values.ranges.push(from, to);
}

/** Makes the noted values and cited references, in the order noted. */
function setValues(values: PendingValues, source: RecValues): void {
  const { targets, keys, ranges, references, referenceRanges } = values;
  for (let i = 0; i < targets.length; i++) {
    (targets[i] as Record<string, unknown>)[keys[i] as string] = markupValue(
      valueText(source, ranges[2 * i] as number, ranges[2 * i + 1] as number),
    );
  }
  const width = 2 * REFERENCE_PARTS.length;
  const parts: (string | null | undefined)[] = [];
  for (let r = 0; r < references.length; r++) {
    let formatted =
      source.text === null ? undefined : plainReferenceString(source.bytes, referenceRanges, r * width);
    if (formatted === undefined) {
      for (let k = 0; k < REFERENCE_PARTS.length; k++) {
        const from = referenceRanges[r * width + 2 * k] as number;
        const to = referenceRanges[r * width + 2 * k + 1] as number;
        parts[k] = from === NO_PART ? undefined : from === EMPTY_PART ? null : partText(source, from, to);
      }
      formatted = referenceString(parts);
    }
    if (formatted !== null) (references[r] as string[]).push(formatted);
  }
}

/**
 * A cited reference's string written straight from the REC's bytes when every part it has is
 * plain ASCII (`isPlainAscii`: its text is final as written): what `partText` for each part and
 * then `referenceString` give, made as one string instead of a slice a part, a copy of the author
 * without its comma, a concatenation a prefix and their join (a quarter of the reader's value
 * making on records with many references). Needs `latin1Slice` (`recValues` made a text).
 * @param bytes - the REC's bytes
 * @param ranges - the references' part ranges (`PendingValues.referenceRanges`)
 * @param offset - where this reference's ranges start in `ranges`
 * @returns the string, `null` when the reference has no part with text, or `undefined` when a
 *   part is not plain ASCII (the caller then goes part by part)
 */
function plainReferenceString(
  bytes: Utf8Bytes,
  ranges: readonly number[],
  offset: number,
): string | null | undefined {
  // The longest the string can be: every part with its prefix and a separator.
  let longest = 0;
  for (let k = 0; k < REFERENCE_PARTS.length; k++) {
    const from = ranges[offset + 2 * k] as number;
    if (from >= 0) longest += (ranges[offset + 2 * k + 1] as number) - from + MAX_PREFIX_BYTES;
  }
  if (longest === 0) return null;
  if (referenceScratch.length < longest)
    referenceScratch = allocUtf8Bytes(Math.max(longest, 2 * referenceScratch.length));
  const out = referenceScratch;
  let n = 0;
  for (let k = 0; k < REFERENCE_PARTS.length; k++) {
    const from = ranges[offset + 2 * k] as number;
    const to = ranges[offset + 2 * k + 1] as number;
    // `NO_PART` and `EMPTY_PART` are negative; an empty text is no part either (`partText`: null).
    if (from < 0 || to === from) continue;
    // Copied and checked in one walk (`isPlainAscii`'s test); a part that is not plain gives up.
    if (bytes[from] === 32 || bytes[to - 1] === 32) return undefined;
    if (n > 0) for (let c = 0; c < SEPARATOR_CODES.length; c++) out[n++] = SEPARATOR_CODES[c] as number;
    const prefix = PREFIX_CODES[k] as Uint8Array;
    for (let c = 0; c < prefix.length; c++) out[n++] = prefix[c] as number;
    // The author's first comma and the spaces after it are made one space, as `referenceString` does.
    let comma = k === 0;
    let previous = 0;
    for (let i = from; i < to; i++) {
      const code = bytes[i] as number;
      if (code < 32 || code > 126 || code === AMP || (code === 32 && previous === 32)) return undefined;
      previous = code;
      if (comma && code === COMMA) {
        comma = false;
        out[n++] = 32;
        // At most one space follows (two in a row are not plain).
        if (bytes[i + 1] === 32 && i + 1 < to) previous = bytes[++i] as number;
      } else out[n++] = code;
    }
  }
  return n === 0 ? null : asciiText(out, 0, n);
}

/** Bytes a reference's string is written into before it is made a string (grown when one is longer). */
let referenceScratch: Utf8Bytes = allocUtf8Bytes(512);
const COMMA = 44;
/** The most bytes a part adds before its text: a separator and the longest prefix. */
const MAX_PREFIX_BYTES =
  REFERENCE_SEPARATOR.length + Math.max(...REFERENCE_PREFIXES.map((prefix) => prefix.length));
/** `REFERENCE_PREFIXES` and `REFERENCE_SEPARATOR` as bytes. */
const PREFIX_CODES: readonly Uint8Array[] = REFERENCE_PREFIXES.map((prefix) =>
  Uint8Array.from(prefix, (char) => char.charCodeAt(0)),
);
const SEPARATOR_CODES: Uint8Array = Uint8Array.from(REFERENCE_SEPARATOR, (char) => char.charCodeAt(0));

/** Whether `bytes[from, to)` is `REC`. */
function isRecName(bytes: Utf8Bytes, from: number, to: number): boolean {
  return to - from === 3 && bytes[from] === 82 && bytes[from + 1] === 69 && bytes[from + 2] === 67;
}

/** The path of `static_data/fullrecord_metadata/references/reference`, read by `addReference`. */
const REFERENCE_NODE = descendPath(WITH_REFERENCES, [
  "static_data",
  "fullrecord_metadata",
  "references",
  "reference",
]);

function descendPath(node: PathNode, names: readonly string[]): PathNode {
  let current = node;
  for (const name of names) current = current.nodes[current.names.names.indexOf(name)] as PathNode;
  return current;
}

/** Stand-ins for the elements of a cited reference and of its parts, which are not built. */
const REFERENCE_STAND_IN: Record<string, unknown> = {};
const PART_STAND_IN: Record<string, unknown> = {};

/** Notes a reference whose parts are at `parts`, for its `references` element's strings. */
function addReference(
  values: PendingValues,
  references: Record<string | symbol, unknown>,
  parts: readonly number[],
) {
  values.references.push(references[FORMATTED_REFERENCES] as string[]);
  for (let k = 0; k < 2 * REFERENCE_PARTS.length; k++) values.referenceRanges.push(parts[k] as number);
}

/**
 * Where a REC's values are read from: its bytes, and their Latin-1 copy (one native call a REC,
 * not one a value), right for every value with no byte above 0x7f: all of them in most real RECs
 * (`multibyte` null), the others decoded alone (`multibyte` says which). A value sliced from one text
 * decoded as UTF-8 would be a two-byte string even when ASCII, slower for all that follows.
 */
interface RecValues {
  readonly bytes: Utf8Bytes;
  readonly start: number;
  readonly text: string | null;
  readonly multibyte: readonly number[] | null;
}

function recValues(bytes: Utf8Bytes, start: number, end: number): RecValues {
  if (isAsciiRange(bytes, start, end))
    return { bytes, start, text: asciiText(bytes, start, end), multibyte: null };
  const multibyte = multibyteEnds(bytes, start, end);
  return multibyte === undefined
    ? { bytes, start, text: null, multibyte: null }
    : { bytes, start, text: asciiText(bytes, start, end), multibyte };
}

/** The text of `bytes[from, to)`, a value inside the REC. */
function valueText(values: RecValues, from: number, to: number): string {
  const { text, start, multibyte } = values;
  if (text === null || (multibyte !== null && hasMultibyte(multibyte, from, to)))
    return utf8Text(values.bytes, from, to);
  return text.slice(from - start, to - start);
}

/** A part's text as its element's text then `textOf` would give it. */
function partText(values: RecValues, from: number, to: number): string | null {
  if (to === from) return null;
  const { text, start } = values;
  // Most parts are printable ASCII words with single spaces between: their text is final as it is,
  // with no search for line breaks, references or odd white space and no trim.
  if (text !== null && isPlainAscii(values.bytes, from, to)) return text.slice(from - start, to - start);
  return textValue(markupValue(valueText(values, from, to)));
}

/**
 * Whether `bytes[from, to)` (not empty) are printable ASCII but `&`, with single spaces between
 * words only: a value that `markupValue` and `textValue` leave as it is.
 */
function isPlainAscii(bytes: Utf8Bytes, from: number, to: number): boolean {
  if (bytes[from] === 32 || bytes[to - 1] === 32) return false;
  let previous = 0;
  for (let i = from; i < to; i++) {
    const code = bytes[i] as number;
    if (code < 32 || code > 126 || code === AMP || (code === 32 && previous === 32)) return false;
    previous = code;
  }
  return true;
}

/** A text or attribute value as fast-xml-parser gives it: line breaks made `\n`, references decoded. */
function markupValue(text: string): string {
  const value = text.includes("\r") ? text.replace(LINE_BREAK, "\n") : text;
  return value.includes("&") ? decodeXmlReferences(value) : value;
}

/** The path above `<REC>`: the REC itself, with or without cited references. */
const RECORD_WITH_REFERENCES: PathNode = { names: nameTable(["REC"]), nodes: [WITH_REFERENCES], text: false };
const RECORD_WITHOUT_REFERENCES: PathNode = {
  names: nameTable(["REC"]),
  nodes: [WITHOUT_REFERENCES],
  text: false,
};
/**
 * Whether the `&` at `amp` starts a reference XML defines without a DTD: the regular expression
 * `/&(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});/y` (lower-case `x` only: see
 * above), written out over the bytes.
 */
function isReferenceAt(bytes: Utf8Bytes, amp: number): boolean {
  let i = amp + 1;
  const first = bytes[i];
  if (first === 35 /* # */) {
    const hex = bytes[i + 1] === 120; /* x */
    i += hex ? 2 : 1;
    const from = i;
    while (hex ? isHexDigit(bytes[i] as number) : isDigit(bytes[i] as number)) i++;
    const digits = i - from;
    return digits >= 1 && digits <= (hex ? 6 : 7) && bytes[i] === 59; /* ; */
  }
  for (const name of PREDEFINED_ENTITY_NAMES) {
    let c = 0;
    while (c < name.length && name.charCodeAt(c) === bytes[i + c]) c++;
    if (c === name.length) return bytes[i + c] === 59;
  }
  return false;
}

/**
 * Whether two attributes of a start tag have the same name as written (the validator rejects
 * that). Compared pair by pair in place: a tag has a handful of attributes, and a set of sliced
 * names for every tag with two or more was most of this check's cost.
 */
function hasRepeatedName(bytes: Utf8Bytes, attributes: readonly number[], count: number): boolean {
  for (let k = 4; k < 4 * count; k += 4) {
    const from = attributes[k] as number;
    const length = (attributes[k + 1] as number) - from;
    for (let j = 0; j < k; j += 4) {
      const other = attributes[j] as number;
      if ((attributes[j + 1] as number) - other !== length) continue;
      let same = true;
      for (let c = 0; c < length && same; c++) same = bytes[from + c] === bytes[other + c];
      if (same) return true;
    }
  }
  return false;
}

/**
 * Notes the attributes of a kept element that the mapping reads, to be set as fast-xml-parser
 * sets them: prefix dropped, `xmlns` declarations left out, line breaks made `\n`, references
 * decoded (trimming is left to `attribute()`, which trims anyway).
 */
function addAttributes(
  values: PendingValues,
  element: Record<string, unknown>,
  bytes: Utf8Bytes,
  attributes: readonly number[],
  count: number,
  colonAt: number[],
): void {
  for (let k = 0; k < 4 * count; k += 4) {
    const from = attributes[k] as number;
    const to = attributes[k + 1] as number;
    nameEnd(bytes, from, colonAt);
    const colon = colonAt[0] as number;
    if (isXmlns(bytes, from) && (colon === from + 5 || (colon === -1 && to === from + 5))) continue;
    const read = nameIndex(READ_ATTRIBUTE_TABLE, bytes, colon === -1 ? from : colon + 1, to);
    if (read === -1) continue;
    addValue(
      values,
      element,
      ATTRIBUTE_KEYS[read] as string,
      attributes[k + 2] as number,
      attributes[k + 3] as number,
    );
  }
}

/** Whether `xmlns` is written at `bytes[from]`. */
function isXmlns(bytes: Utf8Bytes, from: number): boolean {
  return (
    bytes[from] === 120 &&
    bytes[from + 1] === 109 &&
    bytes[from + 2] === 108 &&
    bytes[from + 3] === 110 &&
    bytes[from + 4] === 115
  );
}
