/**
 * The comparison key for country tokens and city segments: docs/methodology.md §3.2.1 compares them
 * case-insensitively and as a whole, so every lookup table is keyed by this one function.
 */

/**
 * Folds a token for whole-token comparison: diacritics removed (NFKD, combining marks dropped),
 * upper case, whitespace collapsed. Diacritics are folded because WoS writes ASCII (`Turkiye`,
 * `Curacao`) where ISO names have accents (`Türkiye`, `Curaçao`).
 * @example
 * matchKey(" Peoples  r China") // → "PEOPLES R CHINA"
 */
export function matchKey(token: string): string {
  return token.normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase().replace(/\s+/g, " ").trim();
}
