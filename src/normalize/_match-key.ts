/**
 * The comparison key for country tokens and city segments: docs/methodology.md §3.2.1 compares them
 * case-insensitively and as a whole, so every lookup table is keyed by this one function.
 */
import { replaceAllMatches } from "../common/replace-all.ts";

/**
 * Folds a token for whole-token comparison: diacritics removed (NFKD, combining marks dropped),
 * upper case, whitespace collapsed. Diacritics are folded because WoS writes ASCII (`Turkiye`,
 * `Curacao`) where ISO names have accents (`Türkiye`, `Curaçao`).
 * @example
 * matchKey(" Peoples  r China") // → "PEOPLES R CHINA"
 */
export function matchKey(token: string): string {
  const folded = replaceAllMatches(token.normalize("NFKD"), MARKS, "").toUpperCase();
  return replaceAllMatches(folded, SPACES, " ").trim();
}

const MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;
