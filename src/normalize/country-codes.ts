/**
 * Alpha-3 codes for country keys. Keys are ISO 3166-1 alpha-2 codes, ISO 3166-3 alpha-4 codes
 * for former entities, `XK` and, under `ukNations = "separate"`, the ISO 3166-2 UK units;
 * docs/methodology.md ("Words used") carries an alpha-3 code beside each key for output and for the display
 * order of equal counts (§4.6, §9.2).
 */
import { iso31661Alpha2ToAlpha3 } from "iso-3166";
import { UK_NATION_UNITS, WOS_COUNTRY_TOKENS } from "./data/wos-country-tokens.ts";

/**
 * The WoS token table (`data/wos-country-tokens.ts`) gives the alpha-3 of every key it uses, including the former entities (`SUHH` →
 * `SUN`, the code ISO 3166-3 records as formerly used) and `XK` → `XKX`, which ISO lacks. Its GB
 * row gives `GBR` for the four nations too: ISO 3166-2 units have no alpha-3 of their own, so
 * `GB-ENG` and the others share `GBR`, and a tie on alpha-3 falls back to the key.
 */
function buildAlpha3(): ReadonlyMap<string, string> {
  const alpha3 = new Map<string, string>(Object.entries(iso31661Alpha2ToAlpha3));
  for (const row of WOS_COUNTRY_TOKENS)
    if (row.key !== null && row.alpha3 !== null) alpha3.set(row.key, row.alpha3);
  for (const unit of Object.values(UK_NATION_UNITS)) alpha3.set(unit, "GBR");
  return alpha3;
}

const ALPHA3 = buildAlpha3();

/**
 * The alpha-3 code of a country key.
 * @param key - a key produced by `resolveCountry` (`JP`, `SUHH`, `XK`, `GB-SCT`, …)
 * @returns the alpha-3 code, or `null` for a string that is not a country key
 * @example
 * countryAlpha3("JP") // → "JPN"
 * countryAlpha3("SUHH") // → "SUN"
 * countryAlpha3("GB-SCT") // → "GBR"
 */
export function countryAlpha3(key: string): string | null {
  return ALPHA3.get(key) ?? null;
}

/**
 * Whether a string is a country key that `resolveCountry` can produce under some options.
 * @example
 * isCountryKey("DDDE") // → true
 * isCountryKey("DD") // → false
 */
export function isCountryKey(key: string): boolean {
  return ALPHA3.has(key);
}
