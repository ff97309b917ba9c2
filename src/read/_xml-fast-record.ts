/**
 * The fast path of the XML reader: one pass over a `<REC>`'s text that checks it is plain
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
 */
import { decodeXmlReferences, undefinedReference } from "./_xml-entities.ts";
import { ATTRIBUTE_PREFIX, TEXT_KEY, type XmlElement } from "./_xml-node.ts";

/** One element of the paths kept: its kept children by name, and whether its text is read. */
interface PathNode {
  readonly children: ReadonlyMap<string, PathNode>;
  readonly text: boolean;
}

/** A kept path written as nested objects: `true` for a value read as text, `{}` for one that is not. */
type PathSpec = { readonly [name: string]: PathSpec | true };

/** The three forms of a person's name, read as text. */
const NAME_FORMS: PathSpec = { wos_standard: true, display_name: true, full_name: true };

/** The cited reference's parts (`_xml-references.ts`). */
const REFERENCE: PathSpec = {
  citedAuthor: true,
  year: true,
  citedWork: true,
  volume: true,
  page: true,
  doi: true,
};

/**
 * Every element the mapping reads, from inside `<REC>`: docs/methodology.md §2.1's XML column.
 * `{}` marks an element read for its attributes only (every attribute of a kept element is kept).
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
  if (spec === true) return { children: new Map(), text: true };
  return { children: new Map(Object.entries(spec).map(([name, s]) => [name, pathNode(s)])), text: false };
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
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
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

/**
 * A start tag: an ASCII name with at most one prefix, attributes with quoted values holding no
 * `<` or `>`, white space, then `>` or `/>`. The attributes are split apart only when the element
 * is kept or has more than one (for the duplicate check).
 */
const START_TAG =
  /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:[ \t\r\n]+[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?[ \t\r\n]*=[ \t\r\n]*(?:"[^"<>]*"|'[^'<>]*'))*)[ \t\r\n]*(\/?)>/y;
/** One attribute of a start tag's attribute text. */
const ATTRIBUTE = /([^\s=]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/g;
/** Line breaks as fast-xml-parser turns them into `\n` before anything else. */
const LINE_BREAK = /\r\n?/g;

/** An element being scanned. */
interface Frame {
  /** Its name as written, prefix included, for the end tag. */
  readonly raw: string;
  /** Its kept path node, or `null` when it is skipped. */
  readonly path: PathNode | null;
  /** The element being built, or `null` when skipped. */
  readonly element: Record<string, unknown> | null;
  /** Where its text starts, for an element whose text is read. */
  readonly textFrom: number;
}

/**
 * Scans one `<REC>` element's text and builds the elements the mapping reads.
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
  // `&` that starts no reference XML defines: the reference path rejects the record.
  if (undefinedReference(text) !== undefined) return undefined;
  // `&#X…;`: fast-xml-parser's validator takes only a lower-case `x` and rejects the record.
  if (text.includes("&#X")) return undefined;
  const root: Record<string, unknown> = {};
  const stack: Frame[] = [];
  let top: Frame = {
    raw: "",
    path: {
      children: new Map([["REC", citedReferences ? WITH_REFERENCES : WITHOUT_REFERENCES]]),
      text: false,
    },
    element: root,
    textFrom: 0,
  };
  let at = 0;
  let closed = false;
  for (;;) {
    const lt = text.indexOf("<", at);
    if (lt === -1) break;
    if (closed) return undefined;
    const next = text.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      // An end tag: the open element's name, white space, `>`.
      const raw = top.raw;
      if (stack.length === 0 || !text.startsWith(raw, lt + 2)) return undefined;
      let end = lt + 2 + raw.length;
      let code = text.charCodeAt(end);
      while (code === 32 || code === 9 || code === 10 || code === 13) code = text.charCodeAt(++end);
      if (code !== 62 /* > */) return undefined;
      if (top.path?.text === true && top.element !== null) setText(top.element, text, top.textFrom, lt);
      top = stack.pop() as Frame;
      at = end + 1;
      if (stack.length === 0) closed = true;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) return undefined;
    START_TAG.lastIndex = lt;
    const match = START_TAG.exec(text);
    if (match === null) return undefined;
    const raw = match[1] as string;
    const attributes = match[2] as string;
    const selfClosing = match[3] === "/";
    at = START_TAG.lastIndex;
    const colon = raw.indexOf(":");
    const name = colon === -1 ? raw : raw.slice(colon + 1);
    if (PROTOTYPE_NAMES.has(name) || stack.length >= MAX_DEPTH) return undefined;
    // A child element inside a value read as text: the reference path keeps the text around it and warns.
    if (top.path?.text === true) return undefined;
    const path = top.path?.children.get(name) ?? null;
    let element: Record<string, unknown> | null = null;
    if (path !== null && top.element !== null) {
      element = {};
      const siblings = top.element[name] as unknown[] | undefined;
      if (siblings === undefined) top.element[name] = [element];
      else siblings.push(element);
    }
    if (attributes.length > 0 && !readAttributes(attributes, element)) return undefined;
    if (selfClosing) {
      if (stack.length === 0) closed = true;
      continue;
    }
    stack.push(top);
    top = { raw, path, element, textFrom: at };
  }
  if (!closed || text.length > at) return undefined;
  const rec = (root.REC as XmlElement[] | undefined)?.[0];
  return rec;
}

/**
 * Checks a start tag's attributes for repeats and, for a kept element, sets them as
 * fast-xml-parser would: prefix dropped, `xmlns` declarations left out, line breaks made `\n`,
 * references decoded (trimming is left to `attribute()`, which trims anyway).
 * @returns false when an attribute name repeats (the reference path rejects the record)
 */
function readAttributes(attributes: string, element: Record<string, unknown> | null): boolean {
  ATTRIBUTE.lastIndex = 0;
  // Most elements have one attribute: no repeat to look for, nothing to build when skipped.
  if (element === null && attributes.indexOf("=") === attributes.lastIndexOf("=")) return true;
  const names: string[] = [];
  for (let match = ATTRIBUTE.exec(attributes); match !== null; match = ATTRIBUTE.exec(attributes)) {
    const raw = match[1] as string;
    if (names.includes(raw)) return false;
    names.push(raw);
    if (element === null) continue;
    const colon = raw.indexOf(":");
    const prefix = colon === -1 ? raw : raw.slice(0, colon);
    if (prefix === "xmlns") continue;
    const name = colon === -1 ? raw : raw.slice(colon + 1);
    let value = match[2] ?? match[3] ?? "";
    if (value.includes("\r")) value = value.replace(LINE_BREAK, "\n");
    element[ATTRIBUTE_PREFIX + name] = decodeXmlReferences(value);
  }
  return true;
}

/** Sets an element's text, `text[from, to)`, as fast-xml-parser would (line breaks, references). */
function setText(element: Record<string, unknown>, text: string, from: number, to: number): void {
  if (to === from) return;
  let value = text.slice(from, to);
  if (value.includes("\r")) value = value.replace(LINE_BREAK, "\n");
  element[TEXT_KEY] = decodeXmlReferences(value);
}
