/**
 * Grant numbers as programme evaluation matches them (docs/methodology.md §12.1): an id is
 * compared upper case with spaces and hyphens removed, and it matches only as a whole token — the
 * characters around it are not letters or digits — so `JPMJAP2301` does not match `JPMJAP23010`
 * or `XJPMJAP2301`. Funding text (FX) is free prose, so an id is also found inside a sentence,
 * whatever spaces or hyphens the authors typed inside it ("JPMJ AP-2301").
 */

/** One agency of an FU field with the grant ids listed after it. */
export interface FundingEntry {
  /** The agency as written, e.g. `"Japan Science and Technology Agency"`. */
  readonly agency: string;
  /** Its grant ids, normalized (`normalizeGrantId`). */
  readonly grantIds: readonly string[];
}

/**
 * A grant id as compared: upper case, spaces and hyphens removed.
 * @example
 * normalizeGrantId("jpmj ap-2301") // → "JPMJAP2301"
 */
export function normalizeGrantId(text: string): string {
  return text.toUpperCase().replace(/[\s\-‐‑–]+/g, "");
}

/**
 * Reads an FU field, `Agency [ID1, ID2]; Agency2; Agency3 [ID3]`, into its agencies and their ids.
 * @param fu - the FU text (entries separated by `;`)
 * @example
 * fundingEntries("JST [JPMJAP2301, JP20H00001]; NSF")
 * // → [{ agency: "JST", grantIds: ["JPMJAP2301", "JP20H00001"] }, { agency: "NSF", grantIds: [] }]
 */
export function fundingEntries(fu: string): FundingEntry[] {
  const entries: FundingEntry[] = [];
  // Split on `;` outside brackets: an id list may itself hold `;` in some exports.
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i < fu.length; i++) {
    const c = fu[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0) {
      parts.push(fu.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(fu.slice(start));
  for (const part of parts) {
    const text = part.trim();
    if (text === "") continue;
    const open = text.indexOf("[");
    const agency = (open === -1 ? text : text.slice(0, open)).trim();
    const inside =
      open === -1
        ? ""
        : text.slice(open + 1, text.lastIndexOf("]") === -1 ? undefined : text.lastIndexOf("]"));
    const grantIds = inside
      .split(/[,;]/)
      .map(normalizeGrantId)
      .filter((id) => id !== "");
    entries.push({ agency, grantIds });
  }
  return entries;
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
