/**
 * Cited references of an XML record (`fullrecord_metadata/references/reference`) as one short
 * string each, shaped like the plain-text CR line (`Pahl R, 2005, SOCIOL REV, V53, P621, DOI …`)
 * so that code reading `citedReferences` need not know the format. The strings are NOT
 * byte-identical to CR: XML gives the cited work as the source wrote it, often unabbreviated
 * (`MANAGEMENT RESEARCH REVIEW` where CR has `MANAG RES REV`), and API records carry only a count.
 */
import type { MapContext } from "./_xml-context.ts";
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
  const out: string[] = [];
  for (const reference of children(references, "reference")) {
    const part = (name: string): string | null => context.text(child(reference, name), `reference/${name}`);
    // CR writes the first author without the comma ("Pahl R"), so the string splits on ", " cleanly.
    const author = part("citedAuthor")?.replace(/,\s*/, " ") ?? null;
    const volume = part("volume");
    const page = part("page");
    const doi = part("doi");
    const parts = [
      author,
      part("year"),
      part("citedWork"),
      volume === null ? null : `V${volume}`,
      page === null ? null : `P${page}`,
      doi === null ? null : `DOI ${doi}`,
    ].filter((p): p is string => p !== null);
    if (parts.length > 0) out.push(parts.join(", "));
  }
  return out;
}
