/**
 * A programme evaluation (methodology §12) as the text `copub programme` prints: JSON (the public
 * contract, with the corpus record accounting merged into the programme's), CSV (the counts per
 * project and reporting year, and the programme total) and Markdown (the tables for people, fiscal
 * years with their months, countries by name). The HTML page is `programme-html.ts`.
 */
import type { CorpusAccounting } from "../corpus/corpus.ts";
import type { ProgrammeResult } from "../programme/programme-result.ts";
import { markdownTableLines } from "./_markdown-table.ts";
import { markdownCitations } from "./_methodology-links.ts";
import { accountingSentence, programmeParts, programmeSettings } from "./_programme-text.ts";
import { withNames } from "./code-names.ts";
import { type CsvCell, csvChunks } from "./csv.ts";
import { jsonChunks } from "./json.ts";
import { batched, joinChunks, joined } from "./text-chunks.ts";

/**
 * The evaluation as JSON: every key of the result in its order (`focal`, `focalName`, settings,
 * `rows`, `total`, `papers`, `unmatchedIdentifiers`, `targetIndicator`, `targets`, `warnings`,
 * `accounting`), the focal country's name after its code, and, given the corpus accounting, one
 * flat `accounting` with the record counts first and the programme's counts after them
 * (`inScope` is the same number in both).
 * @param result - from `programme`
 * @param corpus - the corpus record accounting, or `null` for the programme's alone
 * @example
 * programmeJson(g, corpus.accounting)
 * // → '{\n  "focal": "JP",\n  "focalName": "Japan",\n  "period": "fiscal",\n…  "accounting": {\n    "records": 6,\n…    "selected": 4,\n…'
 */
export function programmeJson(result: ProgrammeResult, corpus: CorpusAccounting | null): string {
  return joinChunks(programmeJsonChunks(result, corpus));
}

/**
 * The chunks of `programmeJson(result, corpus)`.
 * @example
 * await writeStdout(io, programmeJsonChunks(g, corpus.accounting));
 */
export function programmeJsonChunks(
  result: ProgrammeResult,
  corpus: CorpusAccounting | null,
): Generator<string, void, undefined> {
  return jsonChunks(
    withNames({
      ...result,
      accounting: corpus === null ? result.accounting : { ...corpus, ...result.accounting },
    }),
  );
}

/**
 * The CSV columns, in order.
 * @example
 * PROGRAMME_CSV_COLUMNS // → ["level", "project", "fiscalYear", "papers", "international", "withPartner"]
 */
export const PROGRAMME_CSV_COLUMNS = [
  "level",
  "project",
  "fiscalYear",
  "papers",
  "international",
  "withPartner",
] as const;

/**
 * The counts as CSV: the programme total per reporting year (`level` `programme`, `project`
 * empty), then each project per year (`level` `project`); `fiscalYear` empty for papers without
 * a fiscal year (or, with calendar periods, the calendar year).
 * @example
 * programmeCsv(g)
 * // → "level,project,fiscalYear,papers,international,withPartner\nprogramme,,2021,2,2,2\n…\nproject,ASPIRE-1,2021,2,2,2\n…"
 */
export function programmeCsv(result: ProgrammeResult): string {
  return joinChunks(programmeCsvChunks(result));
}

/**
 * The chunks of `programmeCsv(result)`, rows written as they come.
 * @example
 * await writeStdout(io, programmeCsvChunks(g));
 */
export function programmeCsvChunks(result: ProgrammeResult): Generator<string, void, undefined> {
  return csvChunks(PROGRAMME_CSV_COLUMNS, csvRows(result));
}

function* csvRows(result: ProgrammeResult): Generator<CsvCell[]> {
  for (const t of result.total)
    yield ["programme", null, t.fiscalYear, t.papers, t.international, t.withPartner];
  for (const r of result.rows)
    yield ["project", r.project, r.fiscalYear, r.papers, r.international, r.withPartner];
}

/**
 * The evaluation as Markdown: the settings, the programme total and each project per reporting
 * year, the targets with cumulative sums, the identifiers the exports lack, the warnings, the
 * selected papers with what selected them, and the accounting.
 * @example
 * programmeMarkdown(g)
 * // → "# Programme evaluation\n\n- Focal country: Japan (JP).\n…## Programme total per fiscal year (each paper once)\n\n| Fiscal year | Papers | International | With partner |\n…"
 */
export function programmeMarkdown(result: ProgrammeResult): string {
  return joinChunks(programmeMarkdownChunks(result));
}

/**
 * The chunks of `programmeMarkdown(result)`, a table line at a time.
 * @example
 * await writeStdout(io, programmeMarkdownChunks(g));
 */
export function programmeMarkdownChunks(result: ProgrammeResult): Generator<string, void, undefined> {
  const blocks: (string | Iterable<string>)[] = [
    "# Programme evaluation\n",
    `${programmeSettings(result)
      .map((line) => `- ${line}`)
      .join("\n")}\n`,
    ...programmeParts(result).map((part) =>
      joined(
        [
          `## ${part.title}\n`,
          ...part.lines.map((line) => `${line}\n`),
          ...(part.table === null
            ? []
            : [markdownTableLines(part.table.header, part.table.rows, part.table.numeric)]),
        ],
        "\n",
      ),
    ),
    `${markdownCitations(`*Accounting: ${accountingSentence(result)} Selection and counts as methodology §12.*`)}\n`,
  ];
  return batched(joined(blocks, "\n"));
}
