/**
 * The collaboration table as bytes: CSV with unrounded values for machines, Markdown with rounded
 * values for reports. Both put the unattributable papers next to the country rows (docs/methodology.md
 * §4.6): the CSV as rows whose country is `UNATTRIBUTED`, the Markdown as a second table. The CSV
 * keeps the codes and names them in a column beside each; the Markdown shows the names.
 */
import type { CollaborationRow, CollaborationTable } from "../indicators/collaboration/collaboration.ts";
import { fieldName } from "../normalize/field-vocabulary.ts";
import { byCountryName, countryLabel, rowsThenUnattributed } from "./_labels.ts";
import { markdownTableLines } from "./_markdown-table.ts";
import { markdownCitations } from "./_methodology-links.ts";
import { namedCsvChunks } from "./code-names.ts";
import { fixed } from "./round.ts";
import { batched, joinChunks, mapped } from "./text-chunks.ts";

export { UNATTRIBUTED } from "./_labels.ts";

/**
 * Columns of the collaboration table, in the order of the row keys.
 * @example
 * COLLABORATION_COLUMNS.slice(0, 4) // → ["country", "period", "field", "papers"]
 */
export const COLLABORATION_COLUMNS = [
  "country",
  "period",
  "field",
  "papers",
  "domestic",
  "domesticSingleInstitution",
  "domesticMultiInstitution",
  "international",
  "bilateral",
  "multilateral",
  "internationalShare",
] as const satisfies readonly (keyof CollaborationRow)[];

/**
 * The table as CSV: one line per row with unrounded values (an empty `internationalShare` when it
 * is `null`), then one `UNATTRIBUTED` line per period and field whose `papers` is the number of
 * unattributable papers and whose other counts are empty. Beside `country` its English short name
 * (`name`: "World" for `WORLD`, "Without a country" for `UNATTRIBUTED`), beside `field` its name
 * (`fieldName`).
 * @example
 * collaborationCsv(collaborationIndicators(corpus.papers))
 * // → "country,name,period,field,fieldName,papers,…\nCN,China,2021,all,All fields,1,0,0,0,1,1,0,1\n…
 * //    \nWORLD,World,2021,all,All fields,7,…,0.5714285714285714\nUNATTRIBUTED,Without a country,2021,all,All fields,1,,,,,,,\n"
 */
export function collaborationCsv(table: CollaborationTable): string {
  return joinChunks(collaborationCsvChunks(table));
}

/**
 * The chunks of `collaborationCsv(table)`, rows written as they come.
 * @example
 * await writeOutputFile("collaboration.csv", collaborationCsvChunks(table));
 */
export function collaborationCsvChunks(table: CollaborationTable): Generator<string, void, undefined> {
  return namedCsvChunks(
    COLLABORATION_COLUMNS,
    rowsThenUnattributed(table.rows, table.unattributed, ({ unattributed }) => ({ papers: unattributed })),
  );
}

/**
 * The table as Markdown for reports: countries and fields by name, counts rounded to one decimal
 * (none when every count is a whole number), `internationalShare` as a percentage with one
 * decimal, the unattributable papers in a second table, and a line saying what the counts are.
 * @example
 * collaborationMarkdown(collaborationIndicators(corpus.papers))
 * // → "| Country | Period | Field | Papers | … | International share (%) |\n| --- | … |\n| China | 2021 | All fields | 1 | … | 100.0 |\n…"
 */
export function collaborationMarkdown(table: CollaborationTable): string {
  return joinChunks(collaborationMarkdownChunks(table));
}

/**
 * The chunks of `collaborationMarkdown(table)`, a table line at a time.
 * @example
 * await writeStdout(io, collaborationMarkdownChunks(table));
 */
export function collaborationMarkdownChunks(table: CollaborationTable): Generator<string, void, undefined> {
  return batched(markdownPieces(table));
}

function* markdownPieces(table: CollaborationTable): Generator<string, void, undefined> {
  const counts = table.rows.flatMap((row) =>
    COLLABORATION_COLUMNS.slice(3, 10).map((column) => row[column] as number),
  );
  const allCounts = [
    ...counts,
    ...table.unattributed.flatMap((u) => [u.inScope, u.attributable, u.unattributed]),
  ];
  const digits = allCounts.every(Number.isInteger) ? 0 : 1;
  const count = (value: number) => fixed(value, digits);
  const rows = mapped(byCountryName(table.rows), (row) => [
    countryLabel(row.country),
    row.period,
    fieldName(row.field),
    ...COLLABORATION_COLUMNS.slice(3, 10).map((column) => count(row[column] as number)),
    row.internationalShare === null ? "" : fixed(row.internationalShare * 100, 1),
  ]);
  yield* markdownTableLines(
    [
      "Country",
      "Period",
      "Field",
      "Papers",
      "Domestic",
      "Single institution",
      "Multi-institution",
      "International",
      "Bilateral",
      "Multilateral",
      "International share (%)",
    ],
    rows,
    [3, 4, 5, 6, 7, 8, 9, 10],
  );
  const without = "Papers without any country (in world totals, in no country; methodology §4.6):";
  yield `\n${markdownCitations(countingNote(table))}\n\n${markdownCitations(without)}\n\n`;
  yield* markdownTableLines(
    ["Period", "Field", "In scope", "Attributable", "Unattributed"],
    mapped(table.unattributed, (u) => [
      u.period,
      fieldName(u.field),
      count(u.inScope),
      count(u.attributable),
      count(u.unattributed),
    ]),
    [2, 3, 4],
  );
}

function countingNote(table: CollaborationTable): string {
  const counting =
    table.counting === "integer"
      ? "Integer counting: every paper counts once for each country on it (methodology §4.1)."
      : `Fractional counting (${table.method}): country counts are sums of weights (methodology §4); International is the part from international papers.`;
  const notes = [
    counting,
    "Multi-year periods show yearly averages (§6).",
    "International share is the international co-authorship rate on integer counts, the ratio of the period's sums (§5.2).",
    "World counts each paper with a country once.",
  ];
  if (table.papersOutsidePeriods > 0)
    notes.push(`${table.papersOutsidePeriods} of ${table.papersRead} papers fall in no period.`);
  for (const [warning, papers] of Object.entries(table.warnings))
    if (papers > 0) notes.push(`The counting method recorded ${warning} on ${papers} papers.`);
  return notes.join(" ");
}
