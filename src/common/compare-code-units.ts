/**
 * Code-unit string order, the one order copub sorts keys by (STYLE: never `localeCompare`, whose
 * result depends on the runtime's ICU data).
 */

/**
 * Compares two strings by UTF-16 code units, for `Array.prototype.sort`.
 * @example
 * ["b", "B", "a"].sort(compareCodeUnits) // → ["B", "a", "b"]
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
