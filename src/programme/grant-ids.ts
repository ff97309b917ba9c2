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
  return grantIdFinder([grantId])(text).length > 0;
}

/**
 * A finder of many grant ids in texts, compiled once: the ids a text holds as whole tokens (as
 * `grantIdInText`). A national programme lists thousands of ids, so testing each against every
 * paper's funding — a regular expression per id — would cost ids × papers; the finder indexes the
 * ids by their first characters and walks the text once, squashed as ids are compared, checking
 * the characters around each occurrence in the text as written.
 * @param grantIds - normalized ids (`normalizeGrantId`); empty ones are never found
 * @example
 * const find = grantIdFinder(["JPMJAP2301", "JPMJAP2302", "21H04567"]);
 * find("JST ASPIRE JPMJ AP-2301; KAKENHI 21H04567 and 21H045678") // → ["JPMJAP2301", "21H04567"]
 */
export function grantIdFinder(grantIds: Iterable<string>): (text: string) => string[] {
  const ids = [...new Set(grantIds)].filter((id) => id !== "");
  const order = new Map(ids.map((id, i) => [id, i]));
  // The key length is the shortest id's (at most 8): every id has such a prefix, and each text
  // position is looked up once.
  const keyLength = Math.min(8, ...ids.map((id) => id.length));
  const byPrefix = new Map<string, string[]>();
  for (const id of ids) {
    const prefix = id.slice(0, keyLength);
    const bucket = byPrefix.get(prefix);
    if (bucket === undefined) byPrefix.set(prefix, [id]);
    else bucket.push(id);
  }
  return (text) => {
    if (ids.length === 0) return [];
    const { squashed, origin } = squash(text);
    const found = new Set<string>();
    for (let at = 0; at + keyLength <= squashed.length; at += 1) {
      const bucket = byPrefix.get(squashed.slice(at, at + keyLength));
      if (bucket === undefined) continue;
      for (const id of bucket) {
        if (found.has(id) || !squashed.startsWith(id, at)) continue;
        const first = origin[at] ?? 0;
        const last = origin[at + id.length - 1] ?? 0;
        if (!isTokenCharBefore(text, first) && !isTokenCharAfter(text, last)) found.add(id);
      }
    }
    return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
}

const SQUASHED_OUT = /[\s\-‐‑–]/;
const TOKEN_CHAR = /[\p{L}\p{N}]/u;

/** The text as `normalizeGrantId` compares it, with the index in the text of each character kept. */
function squash(text: string): { squashed: string; origin: number[] } {
  let squashed = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? "";
    if (SQUASHED_OUT.test(c)) continue;
    const upper = c.toUpperCase();
    squashed += upper;
    for (let k = 0; k < upper.length; k += 1) origin.push(i);
  }
  return { squashed, origin };
}

/** Whether a letter or digit stands just before index `i` (a surrogate pair read whole). */
function isTokenCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return TOKEN_CHAR.test(String.fromCodePoint(text.codePointAt(start) ?? 0));
}

/** Whether a letter or digit stands just after the character at index `i`. */
function isTokenCharAfter(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const next = high >= 0xd800 && high <= 0xdbff ? i + 2 : i + 1;
  return next < text.length && TOKEN_CHAR.test(String.fromCodePoint(text.codePointAt(next) ?? 0));
}
