/**
 * Number formatting for network files. Machine-readable outputs carry unrounded values
 * (METHODOLOGY.md §0.4), so a number is written as the shortest decimal that reads back as the same
 * double — ECMAScript's `Number.prototype.toString`, which the language fixes exactly, so the same
 * double gives the same bytes on every engine. Negative zero is written `0`.
 */
import { CopubError } from "../diagnostics/errors.ts";

/**
 * The text of a finite number.
 * @throws CopubError `invalid-option` for NaN or an infinity, which no network file can hold
 * @example
 * numberText(2.5)     // → "2.5"
 * numberText(1 / 3)   // → "0.3333333333333333"
 * numberText(-0)      // → "0"
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value))
    throw new CopubError("invalid-option", `cannot write ${value} to a network file`);
  return Object.is(value, -0) ? "0" : String(value);
}
