/**
 * The two identifiers a paper is known by outside copub, normalized as docs/methodology.md §2.2
 * says, so that a UT or DOI from a reader, a project's list (§12.1) or a user's option compares
 * equal however it was typed: a UT upper case with `WOS:` before a bare number, a DOI lower case
 * without a resolver prefix.
 */

/**
 * Normalizes a UT (docs/methodology.md §2.2): trim, upper case, `WOS:` before a bare 15-digit number.
 * @example
 * normalizeUt(" 000306312500009 ") // → "WOS:000306312500009"
 */
export function normalizeUt(value: string): string {
  const ut = value.trim().toUpperCase();
  return /^\d{15}$/.test(ut) ? `WOS:${ut}` : ut;
}

/**
 * Normalizes a DOI (docs/methodology.md §2.2): trim, lower case, resolver or `doi:` prefix removed.
 * @example
 * normalizeDoi("https://doi.org/10.1016/J.SPC.2025.02.014") // → "10.1016/j.spc.2025.02.014"
 */
export function normalizeDoi(value: string): string | null {
  const doi = value
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/, "");
  return doi.length > 0 ? doi : null;
}
