/**
 * Options whose value is one of a closed set, checked the same way in every command: a value
 * outside the set is bad usage (exit 2) naming the option and what it takes.
 */
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
