/**
 * Options whose value is one of a closed set, checked the same way in every command: a value
 * outside the set is bad usage (exit 2) naming the option and what it takes.
 */
import { isCountryKey } from "../normalize/country-codes.ts";
import { usageError } from "./usage-error.ts";

/**
 * The value of an option that takes one of `allowed`.
 * @param flag - the option without its dashes, e.g. `"format"`
 * @param value - the value given, or `undefined` when the option is missing (then it is required)
 * @param allowed - the values it takes
 * @throws UsageError when the value is missing or not allowed
 * @example
 * oneOf("format", "csv", ["md", "csv", "json"] as const) // → "csv"
 */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw usageError(`--${flag} is required: ${allowed.join(", ")}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw usageError(`--${flag} must be one of ${allowed.join(", ")}, not "${value}"`);
  }
  return value as T;
}

/**
 * A country key given on the command line, upper-cased.
 * @param text - the value as typed
 * @param option - the option, for the message, e.g. `"--focal"`
 * @throws UsageError when it is not a country key
 * @example
 * countryOption("jp", "--focal") // → "JP"
 */
export function countryOption(text: string, option: string): string {
  const key = text.trim().toUpperCase();
  if (!isCountryKey(key))
    throw usageError(
      `${option} must be a country key such as US, JP or GB (ISO 3166-1 alpha-2), not "${text}"`,
    );
  return key;
}
