/**
 * Fixed-width text tables for the terminal: columns padded to their widest cell, two spaces
 * between columns, no trailing spaces, a final newline.
 */

/**
 * Renders rows as an aligned text table.
 * @param header - column names
 * @param rows - cells in header order
 * @param rightAligned - indexes of the columns to align right (numbers); default none
 * @example
 * toTextTable(["country", "records"], [["JP", "6"], ["US", "12"]], [1])
 * // → "country  records\nJP             6\nUS            12\n"
 */
export function toTextTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[] = [],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? "").length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) =>
        rightAligned.includes(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return `${all.map(line).join("\n")}\n`;
}
