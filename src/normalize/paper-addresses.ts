/**
 * The address list `A(p)` of a paper (docs/methodology.md §2.3, §3.1): which addresses count
 * (C1, and RP under the `addressSource` policy), and for each its country and institution key.
 * Everything downstream (countries, institution units, author links) reads this one list.
 */

import * as z from "zod";
import { ownCopy } from "../common/own-copy.ts";
import { replaceAllMatches } from "../common/replace-all.ts";
import type { Address, ReprintAddress } from "../read/wos-record.ts";
import { addressSegments } from "./_address-segments.ts";
import { addressCountry, CountryInferenceSchema, type CountryWarning } from "./countries.ts";
import type { CountryOptions } from "./country-options.ts";
import { institutionKey } from "./institutions.ts";

/**
 * Which addresses form `A(p)` (docs/methodology.md §2.3):
 * `"C1+RP-fallback"` (default) adds RP addresses when C1 is empty or the paper is from before
 * 1998 (when WoS did not repeat the reprint address in C1); `"C1-only"`; `"C1+RP"` always adds them.
 */
export const AddressSourceSchema = z.enum(["C1+RP-fallback", "C1-only", "C1+RP"]);

/** Which addresses form `A(p)`. */
export type AddressSource = z.infer<typeof AddressSourceSchema>;

/** One address of a normalized paper (docs/methodology.md §3.1). */
export const NormalizedAddressSchema = z.object({
  /** The address text as the record gives it. */
  raw: z.string(),
  /** `C1` for a research address, `RP` for a reprint address taken in by the address policy. */
  source: z.enum(["C1", "RP"]),
  /** First segment: the organization as WoS abbreviates it (`Univ Tokyo`). */
  orgRaw: z.string(),
  /** Normalized organization key (§3.3). */
  orgKey: z.string(),
  /** Last segment, cleaned (or the XML country element). */
  countryToken: z.string(),
  /** Country key, or `null` when the token could not be resolved. */
  country: z.string().nullable(),
  /** The rule that inferred the country, or `null`. */
  countryInferred: CountryInferenceSchema.nullable(),
  /** Unified organization names (XML `pref="Y"`); empty for text exports. */
  prefOrgs: z.array(z.string()),
  /** Byline positions (1-based `seq`) of the authors linked to this address. */
  authorSeqs: z.array(z.number().int().positive()),
});

/** One address of a normalized paper. */
export type NormalizedAddress = z.infer<typeof NormalizedAddressSchema>;

/**
 * An address of `A(p)` before author links, with the names written next to it: what
 * `normalizeAuthors` links authors to (a `LinkableAddress`) as it is.
 */
export interface PaperAddress {
  /**
   * The address; its `authorSeqs` are an empty list shared by every unlinked address until the
   * authors are linked, when the caller puts the address's own list in its place.
   */
  readonly address: NormalizedAddress;
  /** C1 address number, or `null` for RP. */
  readonly number: number | null;
  /** Names in the C1 `[...]` prefix or in the RP entry. */
  readonly names: readonly string[];
  /** Country warnings of this address. */
  readonly warnings: readonly CountryWarning[];
}

/**
 * What an address decides from its text alone (no XML parts): its organization and country.
 * Papers repeat their institutions' addresses (a department writes the same line on every
 * paper), so one normalizer keeps what it found per text (`createAddressCache`).
 */
type TextFacts = Pick<
  NormalizedAddress,
  "orgRaw" | "orgKey" | "countryToken" | "country" | "countryInferred"
> & { readonly warnings: readonly CountryWarning[] };

/** Address texts remembered by one cache before it starts afresh (about 20 MB at most). */
const CACHED_TEXTS = 1 << 16;

/** The facts found per address text by one normalizer (`createAddressCache`). */
export type AddressCache = Map<string, TextFacts>;

/**
 * Creates the address cache of one normalizer: its country options must not change while it is used.
 * @example
 * const cache = createAddressCache();
 * paperAddresses(c1, rp, 2020, "C1+RP-fallback", options, cache) // the second paper from the same department looks its address up
 */
export function createAddressCache(): AddressCache {
  return new Map();
}

/** Papers before this year may lack the reprint address in C1 (docs/methodology.md §2.3, fact 1). */
const RP_REPEATED_IN_C1_FROM = 1998;

/**
 * Builds `A(p)` from a record's C1 and RP addresses under the address policy.
 * @param c1 - the record's research addresses
 * @param rp - the record's reprint addresses
 * @param year - the paper's year `y(p)`, or `null`
 * @param addressSource - the policy (default `"C1+RP-fallback"`)
 * @param countryOptions - country switches
 * @param cache - the facts already found per address text under these options (`createAddressCache`), if any
 * @returns the addresses in order (C1 first, then RP) and whether RP addresses were used
 * @example
 * paperAddresses([], [{ authors: ["Yamamoto, O"], text: "Nagoya Univ, Nagoya, Aichi, Japan." }], 2020, "C1+RP-fallback", options)
 * // → { addresses: [{ address: { raw: "Nagoya Univ, Nagoya, Aichi, Japan.", source: "RP", orgKey: "NAGOYA UNIV", country: "JP", … }, … }], fromRp: 1 }
 */
export function paperAddresses(
  c1: readonly Address[],
  rp: readonly ReprintAddress[],
  year: number | null,
  addressSource: AddressSource,
  countryOptions: CountryOptions,
  cache?: AddressCache,
): { readonly addresses: PaperAddress[]; readonly fromRp: number } {
  const addresses: PaperAddress[] = c1.map((a) =>
    resolve(a.text, "C1", a.parts, a.organizations, a.number, a.authors, countryOptions, cache),
  );
  const useRp =
    addressSource === "C1+RP" ||
    (addressSource === "C1+RP-fallback" &&
      (c1.length === 0 || (year !== null && year < RP_REPEATED_IN_C1_FROM)));
  if (!useRp) return { addresses, fromRp: 0 };
  const seen = new Set(addresses.map((a) => comparableAddress(a.address.raw)));
  let fromRp = 0;
  for (const reprint of rp) {
    const key = comparableAddress(reprint.text);
    if (seen.has(key)) continue;
    seen.add(key);
    addresses.push(resolve(reprint.text, "RP", null, [], null, reprint.authors, countryOptions, cache));
    fromRp++;
  }
  return { addresses, fromRp };
}

function resolve(
  text: string,
  source: "C1" | "RP",
  parts: Address["parts"],
  prefOrgs: readonly string[],
  number: number | null,
  names: readonly string[],
  countryOptions: CountryOptions,
  cache: AddressCache | undefined,
): PaperAddress {
  const facts =
    parts === null && cache !== undefined
      ? cachedFacts(text, countryOptions, cache)
      : textFacts(text, parts, countryOptions);
  const address = {
    raw: text,
    source,
    orgRaw: facts.orgRaw,
    orgKey: facts.orgKey,
    countryToken: facts.countryToken,
    country: facts.country,
    countryInferred: facts.countryInferred,
    prefOrgs: prefOrgs.slice(),
    // The normalized address itself (in its fields' order), not a copy made once authors are linked.
    authorSeqs: UNLINKED,
  };
  return { address, number, names, warnings: facts.warnings };
}

/** The `authorSeqs` of an address whose authors are not linked yet (never modified). */
const UNLINKED: number[] = [];

function textFacts(text: string, parts: Address["parts"], countryOptions: CountryOptions): TextFacts {
  // One cut of the text serves the organization, its key and the country.
  const segments = addressSegments(text);
  const resolved = addressCountry({ text, parts }, countryOptions, segments);
  return {
    orgRaw: segments[0] ?? "",
    orgKey: institutionKey(text, segments),
    countryToken: resolved.countryToken,
    country: resolved.country,
    countryInferred: resolved.countryInferred,
    warnings: resolved.warnings,
  };
}

/** The facts of a text without XML parts, from the cache or found and remembered. */
function cachedFacts(text: string, countryOptions: CountryOptions, cache: AddressCache): TextFacts {
  const known = cache.get(text);
  if (known !== undefined) return known;
  if (cache.size >= CACHED_TEXTS) cache.clear();
  // Strings cut from the text would keep its whole read chunk alive as long as the cache: the
  // facts are found from a copy, so that what they cut from it keeps only the copy alive.
  const own = ownCopy(text);
  const facts = textFacts(own, null, countryOptions);
  cache.set(own, facts);
  return facts;
}

/** Addresses compare "after normalization" (§2.3): case, punctuation and spacing do not matter. */
function comparableAddress(text: string): string {
  const upper = addressSegments(text).join(",").normalize("NFKC").toUpperCase();
  return replaceAllMatches(replaceAllMatches(upper, PUNCTUATION, " "), COMMA, ",").trim();
}

/** What `comparableAddress` turns into a space. */
const PUNCTUATION = /[^\p{L}\p{N}&,]+/gu;
/** A comma with the spaces around it; (?<!\s) keeps the search linear in a long run of spaces (no restart inside it). */
const COMMA = /(?<!\s)\s*,\s*/g;
