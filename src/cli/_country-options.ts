/**
 * Options whose value is a country key (`--focal US`, `--highlight JP,KR`): any case on the
 * command line, upper-cased, and checked against ISO 3166-1 alpha-2, so a country name or an
 * alpha-3 code is bad usage rather than a silently empty table.
 */
import { isCountryKey } from "../normalize/country-codes.ts";
import {
  type Absent,
  type CliOption,
  invalidValue,
  repeatedOption,
  type ValueSpec,
  valueOption,
} from "./_options.ts";

const COUNTRY_KEY = "a country key such as US, JP or GB (ISO 3166-1 alpha-2)";

/**
 * An option that takes one country key.
 * @example
 * countryKey({ value: "US", help: "the focal country" }).parse("jp", "focal") // → "JP"
 */
export function countryKey<const S extends ValueSpec<string>>(spec: S): CliOption<string | Absent<S>> {
  return valueOption(spec, COUNTRY_KEY, (text, name) => readCountryKey(text, name));
}

/**
 * An option that takes country keys separated by commas. An empty key is refused (`--focal JP,`
 * is a typo, and no key at all would silently mean another choice than the user's).
 * @example
 * countryKeys({ value: "JP,US", help: "focal countries" }).parse("jp,US", "focal") // → ["JP", "US"]
 */
export function countryKeys(spec: ValueSpec<never>): CliOption<string[] | undefined> {
  return valueOption(spec, `country keys such as JP,US`, (text, name) =>
    text.split(",").map((part) => readCountryKey(part, name)),
  );
}

/**
 * An option given any number of times, each time with country keys separated by commas;
 * empty parts are skipped (`--highlight JP, --highlight KR`). Absent, the list is empty.
 * @example
 * repeatedCountryKeys({ value: "JP", help: "countries shown" }).parse(["jp,", "KR"], "highlight") // → ["JP", "KR"]
 */
export function repeatedCountryKeys(
  spec: Omit<ValueSpec<never>, "default" | "required">,
): CliOption<string[]> {
  const option = repeatedOption(spec, `country keys such as JP,KR`, (text, name) =>
    text
      .split(",")
      .filter((part) => part.trim().length > 0)
      .map((part) => readCountryKey(part, name)),
  );
  return { ...option, parse: (given, name) => option.parse(given, name)?.flat() ?? [] };
}

function readCountryKey(text: string, name: string): string {
  const key = text.trim().toUpperCase();
  if (!isCountryKey(key)) throw invalidValue(name, COUNTRY_KEY, text);
  return key;
}
