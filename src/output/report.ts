/**
 * The analyst's report as Markdown: the settings under the title, then what was read (every
 * record accounted for), how much of the output is internationally co-authored and where that is
 * going, the Top10% papers split into domestic and international, the focal countries' partners,
 * and the core of the collaboration network. It renders the report's sections
 * (`_report-sections.ts`), the same words and tables the HTML report shows with its charts.
 */

import * as z from "zod";
import { checkOptions } from "../diagnostics/checked-options.ts";
import { toMarkdownTable } from "./_markdown-table.ts";
import { type ReportSection, reportSections, settingsLines, syntheticNotice } from "./_report-sections.ts";
import type { Report } from "./report-content.ts";

/** Options of `reportMarkdown`, each with its default. */
export const ReportMarkdownOptionsSchema = z.strictObject({
  /** The report goes out with its full tables (`reportFiles`), so it says every country is in them; default `false`. */
  withTables: z.boolean().default(false),
});

/** Options of `reportMarkdown` as a caller gives them. */
export type ReportMarkdownOptionsInput = z.input<typeof ReportMarkdownOptionsSchema>;

/**
 * The report as Markdown.
 * @param report - from `buildReport`
 * @param options - `withTables` (default `false`): whether the notes point at the CSV files
 * @example
 * reportMarkdown(buildReport(corpus, { show: 3 }))
 * // → "# International research collaboration\n\n- Inputs: 1 file, 8 records; 8 papers in scope.\n…"
 */
export function reportMarkdown(report: Report, options: ReportMarkdownOptionsInput = {}): string {
  const { withTables } = checkOptions(ReportMarkdownOptionsSchema, options, "reportMarkdown options");
  const notice = syntheticNotice(report);
  const head = [
    "# International research collaboration\n",
    ...(notice === null ? [] : [`> **${notice}**\n`]),
    `${settingsLines(report)
      .map((line) => `- ${line}`)
      .join("\n")}\n`,
  ];
  return [...head, ...reportSections(report).map((section) => sectionMarkdown(section, withTables))].join(
    "\n",
  );
}

function sectionMarkdown(section: ReportSection, withTables: boolean): string {
  const note = withTables && section.files !== null ? `${section.note} ${section.files}` : section.note;
  const methods = section.methods.map((id) => `[§${id}](docs/methodology.md#s${id})`).join(", ");
  return [
    `## ${section.title}\n`,
    ...section.lead.map((line) => `${line}\n`),
    ...section.tables.map(
      (table) =>
        `${table.caption === undefined ? "" : `**${table.caption}**\n\n`}${toMarkdownTable(table.header, table.rows, table.numeric)}`,
    ),
    `*${note} Methodology: ${methods}.*\n`,
  ].join("\n");
}
