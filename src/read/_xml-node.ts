/**
 * Typed access to what fast-xml-parser returns for one record. Its output is loosely typed: an
 * element is a string when it has only text, an object when it has attributes or children, and
 * an array only for the names in the reader's `isArray` list. These helpers turn that into
 * `XmlElement` objects, so the mapping code reads like the paths in docs/methodology.md §2.1.
 */
import { replaceAllMatches } from "../common/replace-all.ts";
import { isJsSpace } from "./_js-space.ts";

/** Key prefix fast-xml-parser gives attributes (configured in `_xml-record.ts`). */
export const ATTRIBUTE_PREFIX = "@";
/** Key under which fast-xml-parser puts an element's text when it also has attributes. */
export const TEXT_KEY = "#text";

/** One parsed element: attributes under `@name`, text under `#text`, child elements by name. */
export type XmlElement = { readonly [key: string]: unknown };

function asElement(value: unknown): XmlElement | undefined {
  if (typeof value === "string") return { [TEXT_KEY]: value };
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as XmlElement;
  return undefined;
}

/**
 * The child elements called `name`, in document order (empty when there are none).
 * @example
 * children({ title: [{ "@type": "item", "#text": "A title" }] }, "title") // → [{ "@type": "item", "#text": "A title" }]
 */
export function children(element: XmlElement | undefined, name: string): readonly XmlElement[] {
  const value = element?.[name];
  if (value === undefined) return EMPTY_LIST;
  // The fast record scan (`_xml-fast-record.ts`) gives every kept element as an array of element
  // objects: handed over as it is, not copied (the copies were about a tenth of the mapping).
  if (Array.isArray(value) && allElements(value)) return value as readonly XmlElement[];
  const list = Array.isArray(value) ? value : [value];
  const out: XmlElement[] = [];
  for (const item of list) {
    const child = asElement(item);
    if (child !== undefined) out.push(child);
  }
  return out;
}

const EMPTY_LIST: readonly XmlElement[] = [];

/** Whether every item of a list is an element object (not text, not a list). */
function allElements(list: readonly unknown[]): boolean {
  for (const item of list) if (typeof item !== "object" || item === null || Array.isArray(item)) return false;
  return true;
}

/**
 * The first child element called `name`, or `undefined`.
 * @example
 * child({ pub_info: { "@pubyear": "2016" } }, "pub_info") // → { "@pubyear": "2016" }
 */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

/**
 * Follows a path of child names, taking the first element at each step.
 * @example
 * descend(rec, "static_data", "summary", "pub_info") // → { "@pubyear": "2016", … }
 */
export function descend(element: XmlElement | undefined, ...path: readonly string[]): XmlElement | undefined {
  let current = element;
  for (const name of path) current = child(current, name);
  return current;
}

/**
 * An attribute's value, trimmed; `undefined` when absent or blank.
 * @example
 * attribute({ "@addr_no": " 1 2 " }, "addr_no") // → "1 2"
 */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[attributeKey(name)];
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/**
 * The first of `elements` whose attribute `name` is `value` (a loop, not `find` with a callback
 * made for each call).
 * @example
 * firstWithAttribute([{ "@type": "doi", "@value": "10.1/x" }], "type", "doi") // → that element
 */
export function firstWithAttribute(
  elements: readonly XmlElement[],
  name: string,
  value: string,
): XmlElement | undefined {
  for (const element of elements) if (attribute(element, name) === value) return element;
  return undefined;
}

/**
 * The `elements` whose attribute `name` is `value` (`undefined`: those without the attribute), in
 * order; a loop, not `filter` with a callback made for each call.
 * @example
 * allWithAttribute([{ "@pref": "Y" }, {}], "pref", undefined) // → [{}]
 */
export function allWithAttribute(
  elements: readonly XmlElement[],
  name: string,
  value: string | undefined,
): XmlElement[] {
  const out: XmlElement[] = [];
  for (const element of elements) if (attribute(element, name) === value) out.push(element);
  return out;
}

/**
 * The keys of attributes (`@name`), made once per name: a key built by concatenation for every
 * look-up is a new string each time, which the property look-up must hash first (86% of
 * `attribute`'s time).
 */
const ATTRIBUTE_KEYS = new Map<string, string>();

function attributeKey(name: string): string {
  let key = ATTRIBUTE_KEYS.get(name);
  if (key === undefined) {
    key = ATTRIBUTE_PREFIX + name;
    ATTRIBUTE_KEYS.set(name, key);
  }
  return key;
}

/**
 * An element's own text with runs of white space collapsed to one space (pretty-printed files
 * wrap long values over lines, as plain-text exports do); `null` when there is none.
 * @example
 * textOf({ "#text": "Stanford Univ,\n   Dept Genet" }) // → "Stanford Univ, Dept Genet"
 */
export function textOf(element: XmlElement | undefined): string | null {
  const value = element?.[TEXT_KEY];
  return typeof value === "string" ? textValue(value) : null;
}

/**
 * A text value as `textOf` gives it: white space collapsed and trimmed, `null` when blank.
 * @example
 * textValue(" Stanford Univ,\n   Dept Genet ") // → "Stanford Univ, Dept Genet"
 */
export function textValue(value: string): string | null {
  // Most values are words with single spaces between them, which neither the collapsing nor the
  // trim would change: told by one walk over the characters (the regular expression's test and
  // the trim were a tenth of the mapping).
  if (isPlainText(value)) return value.length > 0 ? value : null;
  const text = (ODD_SPACE.test(value) ? replaceAllMatches(value, SPACES, " ") : value).trim();
  return text.length > 0 ? text : null;
}

/** Whether a text's only white space is single spaces between other characters. */
function isPlainText(value: string): boolean {
  const last = value.length - 1;
  if (value.charCodeAt(0) === 32 || value.charCodeAt(last) === 32) return false;
  let previous = 0;
  for (let i = 0; i <= last; i++) {
    const code = value.charCodeAt(i);
    if (code === 32) {
      if (previous === 32) return false;
    } else if (code <= 13 ? code >= 9 : code >= 0xa0 && isJsSpace(code)) return false;
    previous = code;
  }
  return true;
}

/**
 * The name of the first child element inside an element that should hold text only, or
 * `undefined`. WoS escapes inline markup (`&lt;i&gt;`), so a child element there means the text
 * was cut into pieces by the parser. Looked for without building a list of keys: it runs for
 * every value read and nearly always finds none.
 * @example
 * firstMarkupChild({ "#text": "A c", i: "b" }) // → "i"
 */
export function firstMarkupChild(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  for (const key in element) if (Object.hasOwn(element, key) && isChildKey(key)) return key;
  return undefined;
}

function isChildKey(key: string): boolean {
  return key !== TEXT_KEY && !key.startsWith(ATTRIBUTE_PREFIX);
}

const SPACES = /\s+/g;
/** White space that `SPACES` would change: two spaces in a row, or any white space but a space. */
const ODD_SPACE = /[^\S ]| \s/;
