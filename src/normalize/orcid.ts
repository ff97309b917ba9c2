/**
 * ORCID iDs: normalization and the ISO 7064 MOD 11-2 check character. An iD that fails the
 * check is not used as an author key (docs/methodology.md §3.4), because a mistyped iD would merge
 * or split authors silently.
 */

/**
 * Normalizes an ORCID iD (resolver prefix removed, `x` upper-cased) and returns it only when its
 * check character is valid.
 * @param value - an iD as written in OI or XML `@orcid_id`
 * @returns the iD as `0000-0002-1825-0097`, or `null` when it is malformed or fails the check
 * @example
 * validOrcid("https://orcid.org/0000-0002-1825-0097") // → "0000-0002-1825-0097"
 * validOrcid("0000-0002-1825-0098")                   // → null (check character should be 7)
 */
export function validOrcid(value: string): string | null {
  const id = value
    .trim()
    .replace(/^https?:\/\/orcid\.org\//i, "")
    .toUpperCase();
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(id)) return null;
  const digits = id.replace(/-/g, "");
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const result = (12 - (total % 11)) % 11;
  const check = result === 10 ? "X" : String(result);
  return digits[15] === check ? id : null;
}
