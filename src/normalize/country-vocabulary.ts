/**
 * The one country vocabulary of copub's options and outputs. People name a country in many
 * ways — `JP`, `JPN`, `Japan`, `japan`, WoS's `Peoples R China` or `England` — and read it best
 * by its English short name. This module turns any of those into the country key the indicators
 * use (ISO 3166-1 alpha-2; ISO 3166-3 alpha-4 for former states; `XK`; the ISO 3166-2 UK units
 * under `ukNations = "separate"`), gives each key its display name, and suggests the nearest
 * country for a typo. Every option that takes a country and every table that shows one goes
 * through here, so the CLI, the library and the report cannot disagree on what "Korea" means.
 */

import { iso31661, iso31661Alpha3ToAlpha2, iso31663 } from "iso-3166";
import * as z from "zod";
import { checkOptions } from "../diagnostics/checked-options.ts";
import { foldSpelling, nearestKeys } from "./_spelling.ts";
import { resolveCountry } from "./countries.ts";
import { countryAlpha3, isCountryKey } from "./country-codes.ts";
import { type CountryOptions, type CountryOptionsInput, CountryOptionsSchema } from "./country-options.ts";
import { HISTORICAL_SUCCESSORS } from "./data/historical-successors.ts";
import { UK_NATION_UNITS, WOS_COUNTRY_TOKENS } from "./data/wos-country-tokens.ts";

/**
 * English short names where ISO 3166-1's name is a formal or inverted one ("Korea, Republic of",
 * "United States of America"): the forms the UN M49 list, the OECD and NISTEP's tables print.
 * Every other ISO country shows its ISO name.
 */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  BN: "Brunei",
  BO: "Bolivia",
  CD: "DR Congo",
  FK: "Falkland Islands",
  FM: "Micronesia",
  GB: "United Kingdom",
  IR: "Iran",
  KP: "North Korea",
  KR: "South Korea",
  LA: "Laos",
  MD: "Moldova",
  MF: "Saint Martin",
  NL: "Netherlands",
  PS: "Palestine",
  RU: "Russia",
  SX: "Sint Maarten",
  SY: "Syria",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
  VA: "Vatican City",
  VE: "Venezuela",
  VG: "British Virgin Islands",
  VI: "US Virgin Islands",
  VN: "Vietnam",
  // Keys outside ISO 3166-1: former states (ISO 3166-3), Kosovo and the UK nations (§3.2.2).
  XK: "Kosovo",
  "GB-ENG": "England",
  "GB-SCT": "Scotland",
  "GB-WLS": "Wales",
  "GB-NIR": "Northern Ireland",
};

/** ISO 3166-3 names of the former states WoS addresses still carry (USSR, Yugoslavia, …). */
const FORMER_NAMES: Readonly<Record<string, string>> = {
  SUHH: "USSR",
  DDDE: "East Germany",
  CSHH: "Czechoslovakia",
  YUCS: "Yugoslavia",
  CSXX: "Serbia and Montenegro",
  ANHH: "Netherlands Antilles",
};

/** Common English names that are neither ISO's, the short ones above, nor WoS spellings. */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  "Great Britain": "GB",
  Britain: "GB",
  Holland: "NL",
  "Ivory Coast": "CI",
  Burma: "MM",
  Swaziland: "SZ",
  Macedonia: "MK",
  "Cape Verde": "CV",
  "East Timor": "TL",
  Turkey: "TR",
  "Czech Republic": "CZ",
};

const ISO_NAMES: ReadonlyMap<string, string> = new Map(iso31661.map((entry) => [entry.alpha2, entry.name]));

/**
 * The English short name of a country key, for people: tables, charts, graph labels.
 * @param key - a country key (`JP`, `SUHH`, `GB-SCT`, …)
 * @returns the name, or the key itself when it is not a country key
 * @example
 * countryName("US") // → "United States"
 * countryName("KR") // → "South Korea"
 * countryName("SUHH") // → "USSR"
 * countryName("JP") // → "Japan"
 */
export function countryName(key: string): string {
  return SHORT_NAMES[key] ?? FORMER_NAMES[key] ?? ISO_NAMES.get(key) ?? key;
}

/**
 * Every spelling a person may type, folded, with the key it names under the default policies:
 * keys, alpha-3 codes, ISO names, short names, former names and the WoS tokens of `data/wos-country-tokens.ts`.
 * A spelling that names two keys (none today) would name neither.
 */
function buildSpellings(): ReadonlyMap<string, string> {
  const spellings = new Map<string, string | null>();
  const add = (text: string, key: string): void => {
    const id = foldSpelling(text);
    if (id === "") return;
    const seen = spellings.get(id);
    spellings.set(id, seen === undefined || seen === key ? key : null);
  };
  for (const entry of iso31661) {
    add(entry.alpha2, entry.alpha2);
    add(entry.alpha3, entry.alpha2);
    add(entry.name, entry.alpha2);
  }
  for (const [key, name] of Object.entries({ ...SHORT_NAMES, ...FORMER_NAMES })) {
    add(name, key);
    add(key, key);
    const alpha3 = countryAlpha3(key);
    if (alpha3 !== null && !key.startsWith("GB-")) add(alpha3, key);
  }
  for (const [name, key] of Object.entries(OTHER_NAMES)) add(name, key);
  for (const row of WOS_COUNTRY_TOKENS)
    if (row.key !== null && row.warning === undefined) for (const token of row.tokens) add(token, row.key);
  for (const former of iso31663)
    if (FORMER_NAMES[former.alpha4] !== undefined) add(former.from.name, former.alpha4);
  return new Map([...spellings].filter((entry): entry is [string, string] => entry[1] !== null));
}

const SPELLINGS = buildSpellings();

/**
 * The country key a person means: an ISO 3166-1 alpha-2 or alpha-3 code, an English name (ISO's
 * or the short one), or a WoS spelling, in any case and with or without accents and punctuation.
 * The §3.2.2 switches apply as they do to addresses: under `ukNations: "separate"` "England" is
 * `GB-ENG`; under `hongKongMacao: "china"` "Hong Kong" is `CN`.
 * @param text - the country as typed
 * @param options - country switches (defaults of §3.2.2)
 * @returns the key, or `null` when nothing matches
 * @example
 * countryKeyOf("Japan") // → "JP"
 * countryKeyOf("jpn") // → "JP"
 * countryKeyOf("Peoples R China") // → "CN"
 * countryKeyOf("England") // → "GB"
 * countryKeyOf("England", { ukNations: "separate" }) // → "GB-ENG"
 * countryKeyOf("Atlantis") // → null
 */
export function countryKeyOf(text: string, options: CountryOptionsInput = {}): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const upper = trimmed.toUpperCase();
  const key = isCountryKey(upper)
    ? upper
    : (iso31661Alpha3ToAlpha2[upper] ?? SPELLINGS.get(foldSpelling(trimmed)) ?? wosSpelling(trimmed));
  return key === null
    ? null
    : withPolicies(key, trimmed, checkOptions(CountryOptionsSchema, options, "country options"));
}

/** The rest of the WoS rules the address resolver knows (`CA 94720 USA`, …); none for a list. */
function wosSpelling(text: string): string | null {
  return text.includes(",") ? null : resolveCountry(text).country;
}

const UK_UNITS: ReadonlyMap<string, string> = new Map(
  Object.entries(UK_NATION_UNITS).map(([nation, unit]) => [foldSpelling(nation), unit]),
);

/** The §3.2.2 switches applied to a key found under the defaults, as the address resolver does. */
function withPolicies(key: string, text: string, options: CountryOptions): string {
  if (key === "GB" && options.ukNations === "separate") return UK_UNITS.get(foldSpelling(text)) ?? key;
  if ((key === "HK" || key === "MO") && options.hongKongMacao === "china") return "CN";
  if (options.historicalEntities === "successor") return HISTORICAL_SUCCESSORS[key] ?? key;
  return key;
}

/**
 * The countries whose names or codes are nearest to a misspelt one, by edit distance on the
 * folded spelling, nearest first (ties by key).
 * @param text - the country as typed
 * @param count - how many to return; default 1
 * @returns country keys
 * @example
 * nearestCountries("Jpaan") // → ["JP"]
 * nearestCountries("Germny") // → ["DE"]
 */
export function nearestCountries(text: string, count = 1): string[] {
  return nearestKeys(text, SPELLINGS, count);
}

/**
 * A country in options, as people write it: a key, an ISO code or a name (`"JP"`, `"JPN"`,
 * `"Japan"`), read by `countryKeyOf` under the default switches, as the command line reads
 * `--focal`; it becomes the key. A text that names no country is an issue naming the nearest one.
 * @example
 * CountryTextSchema.parse("Japan") // → "JP"
 * CountryTextSchema.parse("Jpaan") // throws: "Jpaan" is not a country; did you mean Japan (JP)?
 */
export const CountryTextSchema = z.string().transform((text, context) => {
  const key = countryKeyOf(text);
  if (key !== null) return key;
  const [nearest] = text.trim() === "" ? [] : nearestCountries(text, 1);
  const hint = nearest === undefined ? "" : `; did you mean ${countryName(nearest)} (${nearest})?`;
  context.addIssue({ code: "custom", message: `"${text.trim()}" is not a country${hint}` });
  return z.NEVER;
});
