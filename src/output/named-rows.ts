/**
 * Rows whose keys are the names an external source gives its indicators (CWTS's `PP(top 10%)`,
 * InCites' `% Documents in Top 10%`) as CSV and Markdown: columns in key order, numbers unrounded
 * in CSV, rounded in Markdown (proportions `PP(…)` as percentages), `null` as an empty cell. The
 * CSV names each country and field in a column beside its code; the Markdown shows the names.
 */

import { fieldName } from "../normalize/field-vocabulary.ts";
import { byCountryName, countryLabel } from "./_labels.ts";
import { markdownTableLines } from "./_markdown-table.ts";
import { markdownCitations } from "./_methodology-links.ts";
import { namedCsvChunks } from "./code-names.ts";
import { fixed } from "./round.ts";
import { batched, joinChunks, mapped } from "./text-chunks.ts";

/** How the Markdown shows a code column's text: by its name. */
const LABELS: Readonly<Record<string, (code: string) => string>> = {
  country: countryLabel,
  field: fieldName,
};

/** A row of named cells. */
export type NamedRow = Readonly<Record<string, string | number | null>>;

/**
 * The rows as CSV, columns in the first row's key order, with a name column beside `country`
 * (`name`) and `field` (`fieldName`).
 * @example
 * namedRowsCsv([{ country: "JP", P: 7, "PP(top 10%)": 0.25 }]) // → "country,name,P,PP(top 10%)\nJP,Japan,7,0.25\n"
 */
export function namedRowsCsv(rows: readonly NamedRow[]): string {
  return joinChunks(namedRowsCsvChunks(rows));
}

/**
 * The chunks of `namedRowsCsv(rows)`, rows written as they come.
 * @example
 * await writeStdout(io, namedRowsCsvChunks(rows));
 */
export function namedRowsCsvChunks(rows: readonly NamedRow[]): Generator<string, void, undefined> {
  return namedCsvChunks(Object.keys(rows[0] ?? {}), rows);
}

/**
 * The rows as Markdown: countries and fields by name, other text as is, numbers with two decimals
 * (none when whole), `PP(…)` proportions as percentages with one decimal, then a note.
 * @example
 * namedRowsMarkdown([{ country: "JP", P: 7, "PP(top 10%)": 0.25 }], "CWTS.")
 * // → "| country | P | PP(top 10%) (%) |\n| --- | ---: | ---: |\n| Japan | 7 | 25.0 |\n\nCWTS.\n"
 */
export function namedRowsMarkdown(rows: readonly NamedRow[], note: string): string {
  return joinChunks(namedRowsMarkdownChunks(rows, note));
}

/**
 * The chunks of `namedRowsMarkdown(rows, note)`, a table line at a time.
 * @example
 * await writeStdout(io, namedRowsMarkdownChunks(rows, "CWTS."));
 */
export function namedRowsMarkdownChunks(
  rows: readonly NamedRow[],
  note: string,
): Generator<string, void, undefined> {
  return batched(namedRowsMarkdownPieces(rows, note));
}

function* namedRowsMarkdownPieces(
  rows: readonly NamedRow[],
  note: string,
): Generator<string, void, undefined> {
  const columns = Object.keys(rows[0] ?? {});
  const proportion = (column: string) => column.startsWith("PP(");
  const cell = (column: string, value: string | number | null): string => {
    if (value === null) return "";
    if (typeof value === "string") return (LABELS[column] ?? String)(value);
    if (proportion(column)) return fixed(value * 100, 1);
    return Number.isInteger(value) ? `${value}` : fixed(value, column.startsWith("%") ? 1 : 2);
  };
  const numeric = columns.flatMap((column, i) =>
    rows.some((row) => typeof row[column] === "number") ? [i] : [],
  );
  yield* markdownTableLines(
    columns.map((column) => (proportion(column) ? `${column} (%)` : column)),
    mapped(columns.includes("country") ? byCountryName(rows) : rows, (row) =>
      columns.map((column) => cell(column, row[column] ?? null)),
    ),
    numeric,
  );
  yield `\n${markdownCitations(note)}\n`;
}
