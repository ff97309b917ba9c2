/**
 * The citation impact table as bytes for spreadsheets and reports (docs/methodology.md §10): CSV
 * with unrounded values, the codes named in a column beside each and one `UNATTRIBUTED` line per
 * period and field for the papers without a country (§4.6); Markdown with countries and fields by
 * name, the indicators with two decimals, the notes, the papers without a country and the
 * baselines behind the numbers.
 */
import type { ImpactRow, ImpactTable } from "../indicators/impact/impact-table.ts";
import { baselineLines, impactNotes, impactRowLines, unattributedLines } from "./_impact-text.ts";
import { UNATTRIBUTED } from "./_labels.ts";
import { toMarkdownTable } from "./_markdown-table.ts";
import { markdownCitations } from "./_methodology-links.ts";
import { namedCsv } from "./code-names.ts";
import type { CsvCell } from "./csv.ts";

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
  const rows: Readonly<Record<string, CsvCell>>[] = [
    ...table.rows,
    ...table.unattributed.map(({ period, field, papers, citations }) => ({
      country: UNATTRIBUTED,
      period,
      field,
      papers,
      citations,
    })),
  ];
  return namedCsv(IMPACT_COLUMNS, rows);
}

/**
 * The table as Markdown for reports: the rows, the notes, the papers without a country and the
 * baselines.
 * @example
 * impactMarkdown(citationImpact(papers, { reference: "corpus" }))
 * // → "| Country | Period | Field | Papers | Citations | MCS | MNCS | CNCI | Relative citation index |\n…"
 */
export function impactMarkdown(table: ImpactTable): string {
  const markdown = (lines: ReturnType<typeof impactRowLines>) =>
    toMarkdownTable(lines.header, lines.lines, lines.numeric);
  const sections = [markdown(impactRowLines(table)), `${markdownCitations(impactNotes(table).join(" "))}\n`];
  if (table.unattributed.length > 0)
    sections.push(
      `${markdownCitations("Papers without any country (in the world's reference sets, in no country; methodology §4.6):")}\n\n${markdown(unattributedLines(table))}`,
    );
  sections.push(
    `${markdownCitations("Baselines (mean citations per reference set; methodology §10.3):")}\n\n${markdown(baselineLines(table))}`,
  );
  return sections.join("\n");
}
