/**
 * Rows whose keys are the names an external source gives its indicators (CWTS's `PP(top 10%)`,
 * InCites' `% Documents in Top 10%`) as CSV and Markdown: columns in key order, numbers unrounded
 * in CSV, rounded in Markdown (proportions `PP(…)` as percentages), `null` as an empty cell.
 */

import { toMarkdownTable } from "./_markdown-table.ts";
import { toCsv } from "./csv.ts";
import { fixed } from "./round.ts";

/** A row of named cells. */
export type NamedRow = Readonly<Record<string, string | number | null>>;

/**
 * The rows as CSV, columns in the first row's key order.
 * @example
 * namedRowsCsv([{ country: "JP", P: 7, "PP(top 10%)": 0.25 }]) // → "country,P,PP(top 10%)\nJP,7,0.25\n"
 */
export function namedRowsCsv(rows: readonly NamedRow[]): string {
  const columns = Object.keys(rows[0] ?? {});
  return toCsv(
    columns,
    rows.map((row) => columns.map((column) => row[column] ?? null)),
  );
}

/**
 * The rows as Markdown: text as is, numbers with two decimals (none when whole), `PP(…)`
 * proportions as percentages with one decimal, then a note.
 * @example
 * namedRowsMarkdown([{ country: "JP", P: 7, "PP(top 10%)": 0.25 }], "CWTS.")
 * // → "| country | P | PP(top 10%) (%) |\n| --- | ---: | ---: |\n| JP | 7 | 25.0 |\n\nCWTS.\n"
 */
export function namedRowsMarkdown(rows: readonly NamedRow[], note: string): string {
  const columns = Object.keys(rows[0] ?? {});
  const proportion = (column: string) => column.startsWith("PP(");
  const cell = (column: string, value: string | number | null): string => {
    if (value === null) return "";
    if (typeof value === "string") return value;
    if (proportion(column)) return fixed(value * 100, 1);
    return Number.isInteger(value) ? `${value}` : fixed(value, column.startsWith("%") ? 1 : 2);
  };
  const numeric = columns.flatMap((column, i) =>
    rows.some((row) => typeof row[column] === "number") ? [i] : [],
  );
  const table = toMarkdownTable(
    columns.map((column) => (proportion(column) ? `${column} (%)` : column)),
    rows.map((row) => columns.map((column) => cell(column, row[column] ?? null))),
    numeric,
  );
  return `${table}\n${note}\n`;
}
