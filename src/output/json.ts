/**
 * JSON output with fixed bytes: two-space indentation, `\n` line ends and a final newline.
 * Key order is the order in which the caller built the object, which copub code fixes.
 */

/**
 * Serializes a value as pretty JSON ending in a newline.
 * @example
 * toJson({ parsed: 2, rejected: 0 }) // → '{\n  "parsed": 2,\n  "rejected": 0\n}\n'
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
