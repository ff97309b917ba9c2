/**
 * ISO 3166-1 English short names as a lookup by name, the last step of docs/methodology.md §3.2.1
 * (item 3), after the methodology reference's Appendix A.1 (rule 3): "Tokens spelled as in ISO (Japan, France, …) need no row".
 * The names come from the `iso-3166` package, which follows the ISO 3166 Maintenance Agency.
 */
import { iso31661 } from "iso-3166";
import { matchKey } from "./_match-key.ts";

/**
 * ISO writes qualified names with the qualifier after a comma or in brackets ("Netherlands,
 * Kingdom of the", "Falkland Islands (Malvinas)"); WoS writes the name alone ("Netherlands").
 * So the unqualified name is indexed too, unless it is already an exact name or two countries
 * share it ("Korea, Republic of" / "Korea, Democratic People's Republic of", "Virgin Islands
 * (British)" / "(U.S.)"): a shared name would be a guess, and the WoS token table decides those.
 */
function buildIndex(): ReadonlyMap<string, string> {
  const exact = new Map<string, string>();
  for (const entry of iso31661) exact.set(matchKey(entry.name), entry.alpha2);
  const unqualified = new Map<string, string | null>();
  for (const entry of iso31661) {
    const cut = /^(.*?)(?:,| \()/.exec(entry.name)?.[1];
    if (cut === undefined) continue;
    const key = matchKey(cut);
    if (exact.has(key)) continue;
    const seen = unqualified.get(key);
    unqualified.set(key, seen === undefined || seen === entry.alpha2 ? entry.alpha2 : null);
  }
  const index = new Map(exact);
  for (const [key, alpha2] of unqualified) if (alpha2 !== null) index.set(key, alpha2);
  return index;
}

const BY_NAME = buildIndex();

/**
 * Finds the ISO 3166-1 alpha-2 code whose English short name is the whole token, compared with
 * `matchKey` (case and diacritics ignored); an ISO name's unqualified form also matches.
 * @param token - a cleaned country token
 * @returns the alpha-2 code, or `undefined`
 * @example
 * isoCountryByName("JAPAN") // → "JP"
 * isoCountryByName("Netherlands") // → "NL"  (ISO: "Netherlands, Kingdom of the")
 */
export function isoCountryByName(token: string): string | undefined {
  return BY_NAME.get(matchKey(token));
}
