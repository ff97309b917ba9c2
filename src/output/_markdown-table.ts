/**
 * Markdown (GitHub-flavoured) tables for reports: a header row, an alignment row (numbers
 * right-aligned), one line per row, `|` inside a cell escaped, a final newline.
 */

/**
 * Renders rows as a Markdown table.
 * @param header - column names
 * @param rows - cells in header order
 * @param rightAligned - indexes of the columns to align right (numbers); default none
 * @example
 * toMarkdownTable(["country", "papers"], [["JP", "6"]], [1])
 * // → "| country | papers |\n| --- | ---: |\n| JP | 6 |\n"
 */
export function toMarkdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  const align = header.map((_, i) => (rightAligned.includes(i) ? "---:" : "---"));
  return `${[line(header), `| ${align.join(" | ")} |`, ...rows.map(line)].join("\n")}\n`;
}
