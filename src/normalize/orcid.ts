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
  // Nearly every iD of an export is written in its canonical form: checked by its character
  // codes, with no trimmed, replaced or upper-cased copy of it (three strings an iD otherwise).
  const canonical = canonicalCheck(value);
  if (canonical !== NOT_CANONICAL) return canonical ? value : null;
  // Any other form is brought to the canonical one, then checked the same way.
  const id = value
    .trim()
    .replace(/^https?:\/\/orcid\.org\//i, "")
    .toUpperCase();
  return canonicalCheck(id) === true ? id : null;
}

/** `canonicalCheck`'s answer for an iD not in its canonical form. */
const NOT_CANONICAL = "not canonical";

/**
 * Whether an iD written in its canonical form (`0000-0002-1825-0097`: 19 characters, an upper-case
 * `X` as the only letter) has a valid check character (the ISO 7064 MOD 11-2 sum of its first 15
 * digits, by character codes), or `NOT_CANONICAL` for any other form.
 */
function canonicalCheck(value: string): boolean | typeof NOT_CANONICAL {
  if (value.length !== 19) return NOT_CANONICAL;
  let total = 0;
  for (let i = 0; i < 18; i++) {
    const code = value.charCodeAt(i);
    if (i === 4 || i === 9 || i === 14) {
      if (code !== 45 /* - */) return NOT_CANONICAL;
    } else if (code >= 48 && code <= 57) total = (total + (code - 48)) * 2;
    else return NOT_CANONICAL;
  }
  const last = value.charCodeAt(18);
  if (!((last >= 48 && last <= 57) || last === 88) /* X */) return NOT_CANONICAL;
  const result = (12 - (total % 11)) % 11;
  return last === (result === 10 ? 88 : 48 + result);
}
