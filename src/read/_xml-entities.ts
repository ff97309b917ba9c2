/**
 * XML's own references, and nothing more: the five predefined entities (`&lt;` `&gt;` `&amp;`
 * `&quot;` `&apos;`) and numeric character references (`&#233;`, `&#xE9;`). copub never reads a
 * DTD, so every other `&name;` is an error, and no reference can expand into more than one
 * character: entity-expansion bombs have nothing to expand. Kept apart because two steps use
 * it: unescaping the record payload of SOAP responses, and decoding text inside one record.
 */
import { replaceAllMatches } from "../common/replace-all.ts";

/** One reference: a predefined entity name, or `#` + decimal digits, or `#x` + hex digits. */
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/g;

/** An `&` that starts no reference XML defines without a DTD. */
const UNDEFINED_REFERENCE = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)[^\s&;<]{0,40};?/;

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Replaces XML's predefined entities and character references by the characters they stand for,
 * in one pass (so `&amp;lt;` becomes `&lt;`, never `<`). Anything else is left as written.
 * @param text - text as it appears in the file
 * @example
 * decodeXmlReferences("Fash &amp; Design &#x2013; &lt;i&gt;") // → "Fash & Design – <i>"
 */
export function decodeXmlReferences(text: string): string {
  if (!text.includes("&")) return text;
  return replaceAllMatches(text, REFERENCE, ([whole, name, decimal, hex]) => {
    if (name !== undefined) return PREDEFINED[name] ?? whole;
    const code = decimal === undefined ? Number.parseInt(hex ?? "", 16) : Number.parseInt(decimal, 10);
    // A reference to a code point Unicode does not have stays as written rather than throwing.
    return code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? whole : String.fromCodePoint(code);
  });
}

/**
 * Finds the first `&` that starts no predefined entity or character reference, e.g. `&xxe;`
 * from a DTD that copub will not read, or a bare `&`.
 * @param text - XML text (CDATA sections and comments should be removed first: `&` is literal there)
 * @returns the offending text (up to the `;`), or `undefined` when every `&` is a valid reference
 * @example
 * undefinedReference("<UID>&xxe;</UID>") // → "&xxe;"
 * undefinedReference("Fash &amp; Design") // → undefined
 */
export function undefinedReference(text: string): string | undefined {
  if (!text.includes("&")) return undefined;
  return UNDEFINED_REFERENCE.exec(text)?.[0];
}

/**
 * The `entityDecoder` handed to fast-xml-parser: it decodes the predefined entities and
 * character references and ignores any entity a DTD declares (`addInputEntities` drops them),
 * so even a DOCTYPE that slipped through could not expand anything. It holds no state.
 */
export const XML_REFERENCE_DECODER = {
  /** Decodes one text or attribute value. */
  decode: decodeXmlReferences,
  /** Entities added by a caller: copub adds none. */
  setExternalEntities(_entities: Record<string, string>): void {},
  /** Entities declared by a DTD in the document: ignored on purpose, never expanded. */
  addInputEntities(_entities: Record<string, string>): void {},
  /** Called before each document; there is nothing to reset. */
  reset(): void {},
  /** The XML version changes nothing for the references decoded here. */
  setXmlVersion(_version: number): void {},
} as const;
