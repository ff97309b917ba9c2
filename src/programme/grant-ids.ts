/**
 * Grant numbers as programme evaluation matches them (docs/methodology.md §12.1): an id is
 * compared upper case with spaces and hyphens removed, and it matches only as a whole token — the
 * characters around it are not letters or digits — so `JPMJAP2301` does not match `JPMJAP23010`
 * or `XJPMJAP2301`. Funding text (FX) is free prose, so an id is also found inside a sentence,
 * whatever spaces or hyphens the authors typed inside it ("JPMJ AP-2301").
 */

/**
 * A grant id as compared: upper case, spaces and hyphens removed.
 * @example
 * normalizeGrantId("jpmj ap-2301") // → "JPMJAP2301"
 */
export function normalizeGrantId(text: string): string {
  return text.toUpperCase().replace(/[\s\-‐‑–]+/g, "");
}

/**
 * Whether a normalized grant id occurs in free text as a whole token: upper or lower case, with
 * any spaces or hyphens inside it, and no letter or digit just before or after it.
 * @param grantId - a normalized id (`normalizeGrantId`)
 * @param text - FX text, or any prose
 * @example
 * grantIdInText("JPMJAP2301", "supported by JST ASPIRE Grant Number JPMJAP2301.") // → true
 * grantIdInText("JPMJAP2301", "Grant JPMJAP23010")                              // → false
 * grantIdInText("JPMJAP2301", "grant jpmj-ap 2301")                             // → true
 */
export function grantIdInText(grantId: string, text: string): boolean {
  if (grantId === "") return false;
  const escaped = [...grantId].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join("[\\s\\-‐‑–]*")}(?![\\p{L}\\p{N}])`, "iu");
  return pattern.test(text);
}
