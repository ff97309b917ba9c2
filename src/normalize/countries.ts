/**
 * The country of one address (docs/methodology.md §3.2): the last segment of the address
 * taken as a whole token, read through the US rules, the WoS spellings of `data/wos-country-tokens.ts` and the
 * ISO 3166-1 names, then passed through the policies of §3.2.2. Every rule that decides by
 * inference or by policy leaves a warning, so an analyst can see why an address went where.
 */
import * as z from "zod";
import { checkKeys } from "../diagnostics/checked-options.ts";
import type { Address } from "../read/wos-record.ts";
import { addressSegments, cleanSegment } from "./_address-segments.ts";
import { isoCountryByName } from "./_iso-names.ts";
import { matchKey } from "./_match-key.ts";
import { countryAlpha3 } from "./country-codes.ts";
import { type CountryOptions, CountryOptionsSchema, DEFAULT_COUNTRY_OPTIONS } from "./country-options.ts";
import { HISTORICAL_SUCCESSORS } from "./data/historical-successors.ts";
import { HONG_KONG_SEGMENTS, MACAO_SEGMENTS } from "./data/hk-macao-cities.ts";
import { US_MILITARY_CODES, US_STATE_CODES, US_TERRITORY_CODES } from "./data/us-postal-codes.ts";
import { UK_NATION_UNITS, WOS_COUNTRY_TOKENS, type WosCountryTokenRow } from "./data/wos-country-tokens.ts";

/** The country switches' keys: an address resolver called with any other is called wrongly. */
const COUNTRY_OPTION_KEYS = Object.keys(CountryOptionsSchema.shape);

/** Why a rule rather than an explicit token set the country (docs/methodology.md §3.1, §3.2.1). */
export const CountryInferenceSchema = z.enum([
  /** Old record ending in a US state code and ZIP with no country (`BERKELEY,CA 94720`). */
  "us-state-zip",
  /** `Peoples R China` address with a Hong Kong city segment (`…, Kowloon, Peoples R China`). */
  "hk-from-city",
  /** `Peoples R China` address with a Macao city segment (`…, Taipa, Peoples R China`). */
  "mo-from-city",
]);

/** Why a rule rather than an explicit token set the country. */
export type CountryInference = z.infer<typeof CountryInferenceSchema>;

/** Codes of the warnings an address can carry (docs/methodology.md §3.2, §13.4). */
export const CountryWarningCodeSchema = z.enum([
  /** Nothing matched the token; `country` is `null` and `detail` is the token. */
  "unknown-country-token",
  /** A former entity was given to its successor (`historicalEntities = "successor"`). */
  "successor-mapped",
  /** The token `Korea` was read as South Korea. */
  "ambiguous-korea",
  /** The token `Congo` was read as the Republic of the Congo. */
  "ambiguous-congo",
  /** A former entity with no key (`W Ind Assoc St`); `country` is `null`. */
  "historical-unmapped",
  ...CountryInferenceSchema.options,
]);

/** Codes of the warnings an address can carry. */
export type CountryWarningCode = z.infer<typeof CountryWarningCodeSchema>;

/** One warning about an address's country. */
export const CountryWarningSchema = z.object({
  /** What happened. */
  code: CountryWarningCodeSchema,
  /** The text that triggered it (the token, or the city segment), or `FROM → TO` for `successor-mapped`. */
  detail: z.string(),
});

/** One warning about an address's country. */
export type CountryWarning = z.infer<typeof CountryWarningSchema>;

/** The country of one address, with how it was found. */
export const ResolvedCountrySchema = z.object({
  /** Last segment of the address (or the XML country), trailing period removed, whitespace collapsed. */
  countryToken: z.string(),
  /** Country key (ISO 3166-1 alpha-2, ISO 3166-3 alpha-4, `XK`, or `GB-ENG`…), or `null` when unresolved. */
  country: z.string().nullable(),
  /** Alpha-3 code of `country` (docs/methodology.md ("Words used")), or `null` with it. */
  alpha3: z.string().nullable(),
  /** The rule that inferred the country, or `null` when the token named it. */
  countryInferred: CountryInferenceSchema.nullable(),
  /** Warnings in the order the rules fired. */
  warnings: z.array(CountryWarningSchema),
});

/** The country of one address, with how it was found. */
export type ResolvedCountry = z.infer<typeof ResolvedCountrySchema>;

const TOKEN_ROWS: ReadonlyMap<string, WosCountryTokenRow> = new Map(
  WOS_COUNTRY_TOKENS.flatMap((row) => row.tokens.map((token) => [matchKey(token), row] as const)),
);
const UK_UNITS: ReadonlyMap<string, string> = new Map(
  Object.entries(UK_NATION_UNITS).map(([token, unit]) => [matchKey(token), unit]),
);
const HONG_KONG = new Set(HONG_KONG_SEGMENTS.map(matchKey));
const MACAO = new Set(MACAO_SEGMENTS.map(matchKey));
const US_CODES = new Set([...US_STATE_CODES, ...Object.keys(US_TERRITORY_CODES), ...US_MILITARY_CODES]);

/** §3.2.1 item 2: `USA`, `CA USA`, `MA 02138 USA`, `MA 02138-4307 USA`, or anything ending in the word USA. */
const ENDS_WITH_USA = /(?:^|\s)USA$/i;
/** The state code of `<ST> USA` or `<ST> <ZIP> USA`, used for `usTerritories = "separate"`. */
const STATE_BEFORE_USA = /^([A-Za-z]{2})(?: \d{5}(?:-\d{4})?)? USA$/i;
/** §3.2.1 item 2, exactly as printed: an old record's state code and ZIP with no country. */
const STATE_ZIP = /^([A-Z]{2}) \d{5}(?:-\d{4})?$/;
/** A segment holding only a state code, with or without ZIP (`PR 00936` before a bare `USA`). */
const STATE_SEGMENT = /^([A-Z]{2})(?: \d{5}(?:-\d{4})?)?$/;

/**
 * Resolves the country of one address line (docs/methodology.md §3.2.1): the last segment as a whole
 * token, the US rules, the WoS token table, ISO 3166-1 names, then the §3.2.2 policies.
 * @param addressText - the address as WoS writes it, without the `[authors]` prefix
 * @param options - country switches; defaults `ukNations: "merge"`, `hongKongMacao: "separate"`,
 *   `historicalEntities: "keep"`, `usTerritories: "as-usa"` (validate user input with `CountryOptionsSchema`)
 * @example
 * resolveCountry("UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720")
 * // → { countryToken: "CA 94720", country: "US", alpha3: "USA", countryInferred: "us-state-zip",
 * //     warnings: [{ code: "us-state-zip", detail: "CA 94720" }] }
 */
export function resolveCountry(addressText: string, options: Partial<CountryOptions> = {}): ResolvedCountry {
  checkKeys(options, COUNTRY_OPTION_KEYS, "country options");
  return textCountry(addressSegments(addressText), options);
}

/** `resolveCountry` without the check of its options' keys, from the address's segments. */
function textCountry(segments: readonly string[], options: Partial<CountryOptions>): ResolvedCountry {
  const token = segments.at(-1) ?? "";
  // Only a segment between the organization and the country can be a state.
  const before = segments.length >= 3 ? segments.at(-2) : undefined;
  return resolveToken(token, segments.slice(1, -1), before, { ...DEFAULT_COUNTRY_OPTIONS, ...options });
}

/**
 * Resolves the country of a parsed address, preferring the XML `country` element when the record
 * has one (`Address.parts.country`) and reading the address text otherwise.
 * @param address - a parsed address (`text`, and `parts` from XML or `null`)
 * @param options - country switches, as for `resolveCountry`
 * @example
 * resolveAddressCountry({ text: "HARVARD UNIV,GRAD SCH EDUC,CAMBRIDGE,MA 02138, USA",
 *   parts: { organizations: [], suborganizations: [], city: "CAMBRIDGE", state: "MA", country: "USA", zip: "02138" } })
 * // → { countryToken: "USA", country: "US", alpha3: "USA", countryInferred: null, warnings: [] }
 */
export function resolveAddressCountry(
  address: Pick<Address, "text" | "parts">,
  options: Partial<CountryOptions> = {},
): ResolvedCountry {
  checkKeys(options, COUNTRY_OPTION_KEYS, "country options");
  return addressCountry(address, options);
}

/**
 * `resolveAddressCountry` without the check of its options' keys, for the normalizer, which
 * passes its own wider options on every address.
 * @param address - a parsed address
 * @param options - country switches (other keys are ignored)
 * @param segments - `addressSegments(address.text)`, when the caller has cut it already
 * @example
 * addressCountry({ text: "Univ Tokyo, Tokyo, Japan", parts: null }, { ukNations: "merge", yearBasis: "PY" }).country // → "JP"
 */
export function addressCountry(
  address: Pick<Address, "text" | "parts">,
  options: Partial<CountryOptions>,
  segments: readonly string[] = addressSegments(address.text),
): ResolvedCountry {
  const parts = address.parts;
  const token = parts?.country == null ? "" : cleanSegment(parts.country);
  if (parts === null || token === "") return textCountry(segments, options);
  // full_address usually repeats the country as its last segment; the cities lie before it.
  const repeatsCountry = segments.length >= 2 && matchKey(segments.at(-1) ?? "") === matchKey(token);
  const between = segments.slice(1, repeatsCountry ? -1 : undefined);
  if (parts.city !== null) between.push(cleanSegment(parts.city));
  const state = parts.state ?? (repeatsCountry ? segments.at(-2) : segments.at(-1));
  return resolveToken(token, between, state, { ...DEFAULT_COUNTRY_OPTIONS, ...options });
}

/**
 * @param token - the cleaned country token
 * @param between - segments between the organization and the country (cities are looked for here)
 * @param stateHint - the segment before a bare `USA`, or XML `state`, for US territories
 */
function resolveToken(
  token: string,
  between: readonly string[],
  stateHint: string | undefined,
  options: CountryOptions,
): ResolvedCountry {
  const warnings: CountryWarning[] = [];
  const result = (
    country: string | null,
    countryInferred: CountryInference | null = null,
  ): ResolvedCountry => ({
    countryToken: token,
    country,
    alpha3: country === null ? null : countryAlpha3(country),
    countryInferred,
    warnings,
  });

  if (ENDS_WITH_USA.test(token)) {
    const state = STATE_BEFORE_USA.exec(token)?.[1] ?? STATE_SEGMENT.exec(stateHint ?? "")?.[1];
    return result(usKey(state?.toUpperCase(), options));
  }
  const stateZip = STATE_ZIP.exec(token)?.[1];
  if (stateZip !== undefined && US_CODES.has(stateZip)) {
    warnings.push({ code: "us-state-zip", detail: token });
    return result(usKey(stateZip, options), "us-state-zip");
  }

  const row = TOKEN_ROWS.get(matchKey(token));
  if (row?.warning !== undefined) warnings.push({ code: row.warning, detail: token });
  const found = row === undefined ? isoCountryByName(token) : row.key;
  if (found === undefined) {
    warnings.push({ code: "unknown-country-token", detail: token });
    return result(null);
  }
  if (found === null) return result(null);

  let key = found;
  let inferred: CountryInference | null = null;
  if (key === "CN") {
    // Under `hongKongMacao = "china"` a Hong Kong city changes nothing: the token already says CN.
    const city = options.hongKongMacao === "separate" ? hongKongOrMacao(between) : undefined;
    if (city !== undefined) {
      warnings.push({ code: city.inferred, detail: city.segment });
      key = city.key;
      inferred = city.inferred;
    }
  } else if ((key === "HK" || key === "MO") && options.hongKongMacao === "china") {
    key = "CN";
  } else if (key === "GB" && options.ukNations === "separate") {
    key = UK_UNITS.get(matchKey(token)) ?? key;
  }
  const successor = HISTORICAL_SUCCESSORS[key];
  if (successor !== undefined && options.historicalEntities === "successor") {
    warnings.push({ code: "successor-mapped", detail: `${key} → ${successor}` });
    key = successor;
  }
  return result(key, inferred);
}

/** `US`, or a territory's own code under `usTerritories = "separate"`. */
function usKey(state: string | undefined, options: CountryOptions): string {
  const territory = state === undefined ? undefined : US_TERRITORY_CODES[state];
  return territory !== undefined && options.usTerritories === "separate" ? territory : "US";
}

/** The first Hong Kong city segment, else the first Macao one (the order of §3.2.1 item 4). */
function hongKongOrMacao(
  between: readonly string[],
): { key: "HK" | "MO"; inferred: "hk-from-city" | "mo-from-city"; segment: string } | undefined {
  const hongKong = between.find((segment) => HONG_KONG.has(matchKey(segment)));
  if (hongKong !== undefined) return { key: "HK", inferred: "hk-from-city", segment: hongKong };
  const macao = between.find((segment) => MACAO.has(matchKey(segment)));
  if (macao !== undefined) return { key: "MO", inferred: "mo-from-city", segment: macao };
  return undefined;
}
