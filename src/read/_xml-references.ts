/**
 * Cited references of an XML record (`fullrecord_metadata/references/reference`) as one short
 * string each, shaped like the plain-text CR line (`Pahl R, 2005, SOCIOL REV, V53, P621, DOI …`)
 * so that code reading `citedReferences` need not know the format. The strings are NOT
 * byte-identical to CR: XML gives the cited work as the source wrote it, often unabbreviated
 * (`MANAGEMENT RESEARCH REVIEW` where CR has `MANAG RES REV`), and API records carry only a count.
 */
import { isJsSpace } from "./_js-space.ts";
import { type MapContext, textIn } from "./_xml-context.ts";
import { child, children, type XmlElement } from "./_xml-node.ts";

/**
 * Formats each `<reference>` as `Author, Year, Work, Vvolume, Ppage, DOI doi`, leaving out
 * the parts it lacks; a reference with none of them is skipped.
 * @param references - the `references` element, or `undefined`
 * @param context - the record's mapping context
 * @example
 * citedReferenceStrings(references, context)
 * // → ["Cropley D, 2017, EUROPEAN JOURNAL OF INNOVATION MANAGEMENT, V20, P493, DOI 10.1108/EJIM-12-2016-0120", …]
 */
export function citedReferenceStrings(references: XmlElement | undefined, context: MapContext): string[] {
  const formatted = (references as { readonly [FORMATTED_REFERENCES]?: unknown } | undefined)?.[
    FORMATTED_REFERENCES
  ];
  if (Array.isArray(formatted)) return formatted as string[];
  const out: string[] = [];
  for (const reference of children(references, "reference")) {
    const part = (name: string): string | null =>
      textIn(context, child(reference, name), `reference/${name}`);
    // Read in this order, that of the warnings a part with child elements gives.
    const [author, volume, page, doi] = [part("citedAuthor"), part("volume"), part("page"), part("doi")];
    const text = referenceString([author, part("year"), part("citedWork"), volume, page, doi]);
    if (text !== null) out.push(text);
  }
  return out;
}

/**
 * The child elements of a `<reference>` read, in the order `referenceString` takes their texts.
 * @example
 * REFERENCE_PARTS[0] // → "citedAuthor"
 */
export const REFERENCE_PARTS: readonly string[] = [
  "citedAuthor",
  "year",
  "citedWork",
  "volume",
  "page",
  "doi",
];

/**
 * Where the fast record scan (`_xml-fast-record.ts`) leaves a `references` element's reference
 * strings, made as it reads each `<reference>` instead of building its elements (cited references
 * are half the elements of a real record). A symbol, so no key of the element changes.
 */
export const FORMATTED_REFERENCES: unique symbol = Symbol("formatted references");

/**
 * One reference's string from the texts of its parts (`REFERENCE_PARTS` order, each as `textOf`
 * gives it, `undefined` as `null`), or `null` when it has none. Written out part by part, with no
 * regular expression, destructuring or filtered copy: it runs for every cited reference, half
 * the elements of a real record.
 * @example
 * referenceString(["Pahl, R", "2005", "SOCIOL REV", "53", "621", null]) // → "Pahl R, 2005, SOCIOL REV, V53, P621"
 */
export function referenceString(parts: readonly (string | null | undefined)[]): string | null {
  // Indexes in `REFERENCE_PARTS`: citedAuthor 0, year 1, citedWork 2, volume 3, page 4, doi 5.
  const kept: string[] = [];
  const author = parts[0];
  // CR writes the first author without the comma ("Pahl R"), so the string splits on ", " cleanly.
  if (author !== null && author !== undefined) kept.push(withoutFirstComma(author));
  for (let index = 1; index < REFERENCE_PARTS.length; index++) {
    const part = parts[index];
    const prefix = REFERENCE_PREFIXES[index] as string;
    if (part !== null && part !== undefined) kept.push(prefix.length === 0 ? part : prefix + part);
  }
  return kept.length > 0 ? kept.join(REFERENCE_SEPARATOR) : null;
}

/**
 * What `referenceString` writes before each part, in `REFERENCE_PARTS` order (`V53`, `P621`,
 * `DOI 10.1/x`), and between two parts.
 * @example
 * REFERENCE_PREFIXES[5] // → "DOI "
 */
export const REFERENCE_PREFIXES: readonly string[] = ["", "", "", "V", "P", "DOI "];
/** @see REFERENCE_PREFIXES */
export const REFERENCE_SEPARATOR = ", ";

/**
 * The text with its first comma, and the white space after it, made one space (the regular
 * expression `,\s*` replaced once by a space).
 * @example
 * withoutFirstComma("Pahl,  R, Jr") // → "Pahl R, Jr"
 */
function withoutFirstComma(text: string): string {
  const comma = text.indexOf(",");
  if (comma === -1) return text;
  let after = comma + 1;
  while (after < text.length && isJsSpace(text.charCodeAt(after))) after++;
  return `${text.slice(0, comma)} ${text.slice(after)}`;
}
