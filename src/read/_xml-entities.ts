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
 * The names of the entities XML defines without a DTD (`lt`, `gt`, `amp`, `quot`, `apos`): no one
 * of them starts another, so a scan may take the first that fits.
 * @example
 * PREDEFINED_ENTITY_NAMES.includes("amp") // → true
 */
export const PREDEFINED_ENTITY_NAMES: readonly string[] = Object.keys(PREDEFINED);
const PREDEFINED_NAMES: ReadonlySet<string> = new Set(PREDEFINED_ENTITY_NAMES);

/**
 * Replaces XML's predefined entities and character references by the characters they stand for,
 * in one pass (so `&amp;lt;` becomes `&lt;`, never `<`). Anything else is left as written.
 * @param text - text as it appears in the file
 * @example
 * decodeXmlReferences("Fash &amp; Design &#x2013; &lt;i&gt;") // → "Fash & Design – <i>"
 */
export function decodeXmlReferences(text: string): string {
  let amp = text.indexOf("&");
  if (amp === -1) return text;
  // Long texts (hostile input) go through `replaceAllMatches`, whose memory stays bounded however
  // many references they hold.
  if (text.length >= LONG_TEXT) return replaceAllMatches(text, REFERENCE, decodeMatch);
  // Short values (the reader decodes one for every `&amp;` in a title or subject) are walked
  // reference by reference: the regular expression's replace was most of their cost.
  let out = "";
  let copied = 0;
  for (; amp !== -1; amp = text.indexOf("&", amp + 1)) {
    const end = referenceEnd(text, amp);
    if (end === -1) continue;
    const decoded = decodeReference(text, amp, end);
    if (decoded === undefined) continue;
    out += text.slice(copied, amp) + decoded;
    copied = end;
    amp = end - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Texts at least this long are decoded by `replaceAllMatches` (see `decodeXmlReferences`). */
const LONG_TEXT = 4096;

function decodeMatch([whole, name, decimal, hex]: RegExpExecArray): string {
  if (name !== undefined) return PREDEFINED[name] ?? whole;
  const code = decimal === undefined ? Number.parseInt(hex ?? "", 16) : Number.parseInt(decimal, 10);
  return characterOf(code) ?? whole;
}

/** The character of a code point, or `undefined` for one Unicode does not have (the reference then stays as written). */
function characterOf(code: number): string | undefined {
  return code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? undefined : String.fromCodePoint(code);
}

/**
 * The end (after its `;`) of the reference `REFERENCE` matches at `amp`, or -1: a predefined
 * entity's name, `#` and 1–7 decimal digits, or `#x`/`#X` and 1–6 hex digits, then `;`.
 */
function referenceEnd(text: string, amp: number): number {
  let i = amp + 1;
  if (text.charCodeAt(i) === 35 /* # */) {
    const hex = (text.charCodeAt(i + 1) | 0x20) === 120; /* x or X */
    i += hex ? 2 : 1;
    const from = i;
    while (i - from < (hex ? 6 : 7) && (hex ? isHexDigit(text.charCodeAt(i)) : isDigit(text.charCodeAt(i))))
      i++;
    return i > from && text.charCodeAt(i) === 59 /* ; */ ? i + 1 : -1;
  }
  const semicolon = text.indexOf(";", i);
  return semicolon !== -1 && semicolon - i <= 4 && PREDEFINED_NAMES.has(text.slice(i, semicolon))
    ? semicolon + 1
    : -1;
}

/** The text of the reference `text[amp, end)` (found by `referenceEnd`), or `undefined` to keep it as written. */
function decodeReference(text: string, amp: number, end: number): string | undefined {
  if (text.charCodeAt(amp + 1) !== 35 /* # */) return PREDEFINED[text.slice(amp + 1, end - 1)];
  const hex = (text.charCodeAt(amp + 2) | 0x20) === 120;
  const digits = text.slice(amp + (hex ? 3 : 2), end - 1);
  return characterOf(hex ? Number.parseInt(digits, 16) : Number.parseInt(digits, 10));
}

/**
 * Whether a character code is a decimal digit, `0`–`9` (a reference's digits, in text or bytes).
 * @example
 * isDigit(0x37) // → true
 */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether a character code is a hex digit, `0`–`9`, `A`–`F` or `a`–`f`.
 * @example
 * isHexDigit(0x65) // → true ("e")
 */
export const isHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

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
