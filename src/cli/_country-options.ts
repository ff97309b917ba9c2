/**
 * Options whose value is a country (`--focal`, `--highlight`, `--countries`): every one of them
 * reads what the user typed through one function, `countryKeyOf` of the country vocabulary, so
 * `JP`, `jpn`, `Japan` and WoS's `Peoples R China` mean the same country in every command, under
 * the command's own country switches (`--uk-nations`, `--hong-kong-macao`,
 * `--historical-entities`). A text that names no country is bad usage that names it and suggests
 * the nearest country, never a silently empty table.
 */
import type { CountryOptionsInput } from "../normalize/country-options.ts";
import { countryKeyOf, countryName, nearestCountries } from "../normalize/country-vocabulary.ts";
import {
  type Absent,
  type CliOption,
  commaParts,
  type EarlierValues,
  repeatedOption,
  type ValueSpec,
  valueOption,
} from "./_options.ts";
import { usageError } from "./_usage-error.ts";

const COUNTRY = "a country: an ISO code (JP, JPN), an English name (Japan) or a WoS spelling";
const COUNTRIES = "countries separated by commas: ISO codes (JP, JPN), English names or WoS spellings";

/**
 * The country key a person means, under the country switches given on the same command line.
 * @param text - the country as typed
 * @param name - the option without its dashes, for the message
 * @param earlier - the command's other option values; `uk-nations`, `hong-kong-macao` and
 *   `historical-entities` are read when the command has them
 * @throws UsageError naming the text and the nearest country
 * @example
 * readCountry("jpn", "focal") // → "JP"
 * readCountry("England", "focal", { "uk-nations": "separate" }) // → "GB-ENG"
 * readCountry("Jpaan", "focal")
 * // throws UsageError: --focal "Jpaan" is not a country; did you mean Japan (JP)?
 */
export function readCountry(text: string, name: string, earlier: EarlierValues = {}): string {
  const key = countryKeyOf(text, countrySwitches(earlier));
  if (key !== null) return key;
  if (text.trim() === "") throw usageError(`--${name} has an empty country (a comma too many?)`);
  const [nearest] = nearestCountries(text, 1);
  const hint = nearest === undefined ? "" : `; did you mean ${countryName(nearest)} (${nearest})?`;
  throw usageError(`--${name} "${text.trim()}" is not a country${hint}`);
}

/** The command-line switches of docs/methodology.md §3.2.2 that change what a country name means. */
const SWITCHES = [
  ["uk-nations", "ukNations"],
  ["hong-kong-macao", "hongKongMacao"],
  ["historical-entities", "historicalEntities"],
] as const;

/**
 * The country switches among a command's option values; absent ones keep their defaults.
 * @example
 * countrySwitches({ "uk-nations": "separate", format: "md" }) // → { ukNations: "separate" }
 */
export function countrySwitches(earlier: EarlierValues): CountryOptionsInput {
  // Each switch was checked against its own choices when it was read.
  return Object.fromEntries(
    SWITCHES.flatMap(([option, key]) => {
      const value = earlier[option];
      return typeof value === "string" ? [[key, value]] : [];
    }),
  ) as CountryOptionsInput;
}

/**
 * An option that takes one country.
 * @example
 * countryKey({ value: "US", help: "the focal country" }).parse("Japan", "focal") // → "JP"
 */
export function countryKey<const S extends ValueSpec<string>>(spec: S): CliOption<string | Absent<S>> {
  return { ...valueOption(spec, COUNTRY, readCountry), late: true };
}

/**
 * An option that takes countries separated by commas. An empty part is refused (`--focal JP,`
 * is a typo, and no country at all would silently mean another choice than the user's).
 * @example
 * countryKeys({ value: "JP,US", help: "focal countries" }).parse("jpn,United States", "focal") // → ["JP", "US"]
 */
export function countryKeys(spec: ValueSpec<never>): CliOption<string[] | undefined> {
  return {
    ...valueOption(spec, COUNTRIES, (text, name, earlier) =>
      countryParts(text, earlier).map((part) => readCountry(part, name, earlier)),
    ),
    late: true,
  };
}

/**
 * An option that takes countries separated by commas, empty parts dropped (`JP, US,`), as a
 * filter takes them.
 * @example
 * countryList({ value: "JP,US", help: "papers with an address in one of these countries" })
 *   .parse("Japan, usa,", "countries") // → ["JP", "US"]
 */
export function countryList(spec: ValueSpec<never>): CliOption<string[] | undefined> {
  return { ...valueOption(spec, COUNTRIES, readCountries), late: true };
}

/**
 * An option given any number of times, each time with countries separated by commas; empty
 * parts are skipped (`--highlight JP, --highlight KR`). Absent, the list is empty.
 * @example
 * repeatedCountryKeys({ value: "JP", help: "countries shown" }).parse(["jp,", "Korea"], "highlight") // → ["JP", "KR"]
 */
export function repeatedCountryKeys(
  spec: Omit<ValueSpec<never>, "default" | "required">,
): CliOption<string[]> {
  const option = repeatedOption(spec, COUNTRIES, readCountries);
  return {
    ...option,
    late: true,
    parse: (given, name, earlier) => option.parse(given, name, earlier)?.flat() ?? [],
  };
}

/** Countries separated by commas, empty parts skipped. */
function readCountries(text: string, name: string, earlier: EarlierValues): string[] {
  return countryParts(text, earlier)
    .filter((part) => part.trim().length > 0)
    .map((part) => readCountry(part, name, earlier));
}

/** The parts of a list of countries; ISO's "Korea, Republic of" is one. */
function countryParts(text: string, earlier: EarlierValues): string[] {
  const switches = countrySwitches(earlier);
  return commaParts(text, (part) => countryKeyOf(part, switches) !== null);
}
