/**
 * Number and value formatting for network files. Machine-readable outputs carry unrounded values
 * (docs/methodology.md ("Numbers")), so a number is written as the shortest decimal that reads back as the same
 * double — ECMAScript's `Number.prototype.toString`, which the language specifies exactly, so the
 * same double gives the same bytes on every engine. Negative zero is written `0`.
 */
import { CopubError } from "../../diagnostics/errors.ts";

/**
 * The text of an attribute value, or `null` when it is missing (`undefined` or `null`).
 * @throws CopubError `invalid-option` for NaN or an infinity, which no network file can hold
 * @example
 * valueText(2.5)       // → "2.5"
 * valueText(1 / 3)     // → "0.3333333333333333"
 * valueText(-0)        // → "0"
 * valueText("JPN")     // → "JPN"
 * valueText(null)      // → null
 */
export function valueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number") return String(value);
  if (!Number.isFinite(value))
    throw new CopubError("invalid-option", `cannot write ${value} to a network file`);
  return Object.is(value, -0) ? "0" : String(value);
}
