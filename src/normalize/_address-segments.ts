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
  if (isClean(segment)) return segment;
  return replaceAllMatches(segment, SPACES, " ").trim().replace(/\.$/, "").trimEnd();
}

const SPACES = /\s+/g;

/**
 * Whether `cleanSegment` would return the segment as it is, decided in one pass over its
 * character codes (most segments are already clean): printable ASCII, spaces single and inside,
 * no period at the end. Any other character (a tab, a non-ASCII space) takes the full path.
 */
function isClean(segment: string): boolean {
  const last = segment.length - 1;
  if (last < 0) return true;
  if (segment.charCodeAt(0) === 32 || segment.charCodeAt(last) === 32 || segment.charCodeAt(last) === 46)
    return false;
  for (let i = 0; i <= last; i++) {
    const code = segment.charCodeAt(i);
    if (code < 32 || code > 126 || (code === 32 && segment.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}
