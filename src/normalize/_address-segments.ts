/**
 * An address line cut into its comma-separated segments (docs/methodology.md §2.3): the first is the
 * organization, the last carries the country, the ones between are departments, streets, cities
 * and postal codes. Countries and institution units both start from this one cut, so that they
 * can never disagree on where a segment begins.
 */
import { replaceAllMatches } from "../common/replace-all.ts";

/**
 * Splits an address line at every comma, after removing one trailing period; each segment is
 * trimmed and its inner whitespace collapsed to one space. Empty segments are kept, so positions
 * hold (an empty first segment means the address names no organization).
 * @param text - one address as WoS writes it, without the `[authors]` prefix
 * @example
 * addressSegments("UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA  94720.")
 * // → ["UNIV CALIF BERKELEY", "DEPT PHYS", "BERKELEY", "CA 94720"]
 */
export function addressSegments(text: string): string[] {
  return text.trim().replace(/\.$/, "").split(",").map(cleanSegment);
}

/**
 * Cleans one segment the way docs/methodology.md §3.2.1 cleans a country token: trailing period
 * removed, whitespace trimmed and collapsed.
 * @example
 * cleanSegment("  Peoples  R China. ") // → "Peoples R China"
 */
export function cleanSegment(segment: string): string {
  return replaceAllMatches(segment, SPACES, " ").trim().replace(/\.$/, "").trimEnd();
}

const SPACES = /\s+/g;
