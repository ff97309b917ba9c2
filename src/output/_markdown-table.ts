/**
 * Markdown (GitHub-flavoured) tables for reports: a header row, an alignment row (numbers
 * right-aligned), one line per row, `|` inside a cell escaped, a final newline. The lines are
 * yielded one at a time (`markdownTableLines`), so a table of any length goes to a writer's chunks
 * without being one string.
 */
import { joinChunks } from "./text-chunks.ts";

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
  rows: Iterable<readonly string[]>,
  rightAligned: readonly number[] = [],
): string {
  return joinChunks(markdownTableLines(header, rows, rightAligned));
}

/**
 * The lines of `toMarkdownTable(header, rows, rightAligned)`, each with its `\n`, rows read as they come.
 * @example
 * [...markdownTableLines(["a"], [["1"]])] // → ["| a |\n", "| --- |\n", "| 1 |\n"]
 */
export function* markdownTableLines(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  rightAligned: readonly number[] = [],
): Generator<string, void, undefined> {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |\n`;
  yield line(header);
  yield `| ${header.map((_, i) => (rightAligned.includes(i) ? "---:" : "---")).join(" | ")} |\n`;
  for (const row of rows) yield line(row);
}
