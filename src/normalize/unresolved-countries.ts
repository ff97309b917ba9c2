/**
 * The report of country tokens that nothing resolved (docs/methodology.md §3.2.1 item 5, §13.3): per
 * token, how many records carry it and one of them to look at. It is what an analyst reads to
 * extend the alias table, and what `copub countries --unresolved` prints.
 */

import { compareCodeUnits } from "../common/compare-code-units.ts";
import { checkKeys } from "../diagnostics/checked-options.ts";
import type { WosRecord } from "../read/wos-record.ts";
import { type ResolvedCountry, resolveAddressCountry, resolveCountry } from "./countries.ts";
import { type CountryOptions, CountryOptionsSchema } from "./country-options.ts";

/** One address to check: the record's UT and the address text. */
export interface UtAddress {
  /** UT of the record the address belongs to. */
  readonly ut: string;
  /** The address as WoS writes it, without the `[authors]` prefix. */
  readonly text: string;
}

/** One unresolved token and where it occurs. */
export interface UnresolvedToken {
  /** The cleaned token as written (`ND`), compared exactly, so `Foo` and `FOO` are two rows. */
  readonly token: string;
  /** Number of distinct records (UTs) with an address ending in the token. */
  readonly records: number;
  /** The smallest such UT in code-unit order, so the example does not depend on input order. */
  readonly exampleUt: string;
}

/**
 * Lists the country tokens that resolve to nothing, sorted by token (code-unit order). Records are
 * read in full: C1 addresses (through the XML `country` element when present) and RP addresses.
 * Tokens that the WoS token table knows but maps to no country (`W Ind Assoc St`) are not unresolved.
 * @param items - WoS records, or (UT, address text) pairs
 * @param options - country switches, as for `resolveCountry` (they do not change which tokens resolve)
 * @example
 * unresolvedCountryTokens([{ ut: "WOS:2", text: "USDA ARS,MANDAN,ND" }, { ut: "WOS:1", text: "X,MANDAN,ND" }])
 * // → [{ token: "ND", records: 2, exampleUt: "WOS:1" }]
 */
export function unresolvedCountryTokens(
  items: Iterable<WosRecord | UtAddress>,
  options: Partial<CountryOptions> = {},
): UnresolvedToken[] {
  checkKeys(options, Object.keys(CountryOptionsSchema.shape), "country options");
  const utsByToken = new Map<string, Set<string>>();
  const note = (ut: string, resolved: ResolvedCountry): void => {
    if (!resolved.warnings.some((warning) => warning.code === "unknown-country-token")) return;
    const uts = utsByToken.get(resolved.countryToken) ?? new Set<string>();
    uts.add(ut);
    utsByToken.set(resolved.countryToken, uts);
  };
  for (const item of items) {
    if ("addresses" in item) {
      for (const address of item.addresses) note(item.ut, resolveAddressCountry(address, options));
      for (const reprint of item.reprintAddresses) note(item.ut, resolveCountry(reprint.text, options));
    } else {
      note(item.ut, resolveCountry(item.text, options));
    }
  }
  return [...utsByToken.entries()]
    .map(([token, uts]) => ({
      token,
      records: uts.size,
      exampleUt: [...uts].sort(compareCodeUnits)[0] ?? "",
    }))
    .sort((a, b) => compareCodeUnits(a.token, b.token));
}
