/**
 * The citation impact table as bytes for spreadsheets and reports (docs/methodology.md §10): CSV
 * with unrounded values, the codes named in a column beside each and one `UNATTRIBUTED` line per
 * period and field for the papers without a country (§4.6); Markdown with countries and fields by
 * name, the indicators with two decimals, the notes, the papers without a country and the
 * baselines behind the numbers.
 */
import type { ImpactRow, ImpactTable } from "../indicators/impact/impact-table.ts";
import { baselineLines, impactNotes, impactRowLines, unattributedLines } from "./_impact-text.ts";
import { rowsThenUnattributed } from "./_labels.ts";
import { markdownTableLines } from "./_markdown-table.ts";
import { markdownCitations } from "./_methodology-links.ts";
import { namedCsvChunks } from "./code-names.ts";
import { batched, joinChunks, joined } from "./text-chunks.ts";

/**
 * Columns of the impact table, in the order of the row keys (the public JSON contract).
 * @example
 * IMPACT_COLUMNS.slice(-4) // → ["mcs", "mncs", "cnci", "relativeCitationImpact"]
 */
export const IMPACT_COLUMNS = [
  "country",
  "period",
  "field",
  "papers",
  "citations",
  "mcs",
  "mncs",
  "cnci",
  "relativeCitationImpact",
] as const satisfies readonly (keyof ImpactRow)[];

/**
 * The table as CSV: one line per row, unrounded, then one `UNATTRIBUTED` line per period and field
 * with the scored papers without a country and their citations. Beside `country` its English
 * short name (`name`), beside `field` its name (`fieldName`).
 * @example
 * impactCsv(citationImpact(papers, { reference: "corpus" }))
 * // → "country,name,period,field,fieldName,papers,citations,mcs,mncs,cnci,relativeCitationImpact\nCN,China,2021,all,All fields,2,2,1,0.25,0.25,0.25\n…"
 */
export function impactCsv(table: ImpactTable): string {
  return joinChunks(impactCsvChunks(table));
}

/**
 * The chunks of `impactCsv(table)`, rows written as they come.
 * @example
 * await writeStdout(io, impactCsvChunks(table));
 */
export function impactCsvChunks(table: ImpactTable): Generator<string, void, undefined> {
  return namedCsvChunks(
    IMPACT_COLUMNS,
    rowsThenUnattributed(table.rows, table.unattributed, ({ papers, citations }) => ({ papers, citations })),
  );
}

/**
 * The table as Markdown for reports: the rows, the notes, the papers without a country and the
 * baselines.
 * @example
 * impactMarkdown(citationImpact(papers, { reference: "corpus" }))
 * // → "| Country | Period | Field | Papers | Citations | MCS | MNCS | CNCI | Relative citation index |\n…"
 */
export function impactMarkdown(table: ImpactTable): string {
  return joinChunks(impactMarkdownChunks(table));
}

/**
 * The chunks of `impactMarkdown(table)`, a table line at a time.
 * @example
 * await writeStdout(io, impactMarkdownChunks(table));
 */
export function impactMarkdownChunks(table: ImpactTable): Generator<string, void, undefined> {
  const markdown = (lines: ReturnType<typeof impactRowLines>) =>
    markdownTableLines(lines.header, lines.lines, lines.numeric);
  const sections: (string | Iterable<string>)[] = [
    markdown(impactRowLines(table)),
    `${markdownCitations(impactNotes(table).join(" "))}\n`,
  ];
  if (table.unattributed.length > 0)
    sections.push(
      joined(
        [
          `${markdownCitations("Papers without any country (in the world's reference sets, in no country; methodology §4.6):")}\n\n`,
          markdown(unattributedLines(table)),
        ],
        "",
      ),
    );
  sections.push(
    joined(
      [
        `${markdownCitations("Baselines (mean citations per reference set; methodology §10.3):")}\n\n`,
        markdown(baselineLines(table)),
      ],
      "",
    ),
  );
  return batched(joined(sections, "\n"));
}
