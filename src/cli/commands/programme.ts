/**
 * `copub programme <inputs...> --projects FILE`: the papers a funded programme's projects produced
 * (docs/methodology.md §12) — selected by grant id, DOI or UT with every match explained, counted
 * per project and reporting year (fiscal years by default) as programme papers, the focal
 * country's international co-authored papers and those with a partner country, with the
 * programme total counting each paper once, and set against targets. Markdown, CSV, JSON (the
 * public contract, with the record accounting) or an HTML page with the chart of actual against
 * target.
 */
import { programmeHtml } from "../../output/programme-html.ts";
import {
  programmeCsvChunks,
  programmeJsonChunks,
  programmeMarkdownChunks,
} from "../../output/programme-table.ts";
import { programmeSheets } from "../../output/table-sheets.ts";
import { programme } from "../../programme/programme.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_HELP_SECTION, CORPUS_OPTIONS, corpusFromArgs } from "../_corpus-args.ts";
import { countryKey, countrySwitches } from "../_country-options.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { choice, HELP_OPTION } from "../_options.ts";
import { checkOutputTarget, OUTPUT_OPTION, workbookOf, writeFormat } from "../_output-file.ts";
import {
  PROGRAMME_HELP_ENTRIES,
  PROGRAMME_OPTIONS,
  PROGRAMME_PERIOD,
  type ProgrammeTables,
  programmeOptionsFromArgs,
  programmeProjects,
  programmeTables,
} from "../_programme-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub programme`. */
const PROGRAMME_COMMAND_OPTIONS = {
  focal: countryKey({
    value: "JP",
    default: "JP",
    help: `the focal country H (default JP): an ISO code, an English name or a
WoS spelling; its international co-authored papers are counted`,
  }),
  ...PROGRAMME_OPTIONS,
  period: PROGRAMME_PERIOD,
  format: choice(["md", "csv", "json", "html", "xlsx"], {
    default: "md",
    help: `md (default): tables with fiscal years by name (FY2023 (Apr 2023–Mar
2024)) and countries by name; csv: counts per project and year, and
the programme total; json: everything, codes and the record
accounting; html: one self-contained page with the chart of actual
against target; xlsx: an Excel workbook (counts, papers, targets and
the record accounting as sheets; needs --output FILE or a redirect)`,
  }),
  output: OUTPUT_OPTION,
  help: HELP_OPTION,
  ...CORPUS_OPTIONS,
};

/** Help text of `copub programme`. */
export const PROGRAMME_HELP = helpText("programme", PROGRAMME_COMMAND_OPTIONS, {
  usage: [
    [{ text: "--projects FILE" }, "focal", "targets"],
    ["fiscal-year-start", "date-policy", "period"],
    ["format", { text: "[options]" }],
  ],
  description: `Evaluates a funded programme (methodology §12): the papers its projects produced, selected by
grant id (FU, XML grants, FX text; whole tokens, spaces and hyphens ignored), DOI or UT list,
each match recorded (matchedBy); per project and reporting year, the programme papers, the focal
country's international co-authored papers (focal country and two or more countries) and those
with one of the project's partner countries; the programme total counts each paper once. Fiscal
years run April–March by default (FY2023 = April 2023 to March 2024), from the Early Access date
when there is one; a paper with a year and no month is "undetermined" and warned about.`,
  column: 33,
  sections: [
    {
      title: "Options:",
      entries: [
        { key: "projects", help: `${PROGRAMME_OPTIONS.projects.help}; required` },
        "focal",
        ...PROGRAMME_HELP_ENTRIES.filter((name) => name !== "projects"),
        "period",
        "format",
        "output",
        "help",
      ],
      after: `Listed DOIs and UTs found in no paper in scope are reported (unmatchedIdentifiers): gaps
in the export to close before reporting.`,
    },
  ],
  shared: [CORPUS_HELP_SECTION],
});

/**
 * Runs `copub programme`.
 * @param args - the arguments after `programme`
 * @param io - output channels
 * @returns the exit code
 */
export async function programmeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, PROGRAMME_COMMAND_OPTIONS);
  if (line.help) {
    io.stdout(PROGRAMME_HELP);
    return EXIT.ok;
  }
  const { values, positionals, given } = line;
  const { format } = values;
  if (positionals.length === 0) throw usageError("copub programme needs at least one file or folder");
  checkOutputTarget(io, format, values.output);
  if (values.projects === undefined)
    throw usageError("--projects is required: the project table (CSV or JSON; see docs/programme.md)");
  const tables = (await programmeTables(values, countrySwitches(values), given)) as ProgrammeTables;
  const options = programmeOptionsFromArgs(values, tables, values.focal, values.period);
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "programme",
    fundingText: true,
    commandOptions: { ...options, projects: programmeProjects(tables, countrySwitches(values)), format },
    profiled: line.profiled,
  });
  const result = programme(corpus, programmeProjects(tables, corpus.options), options);
  await writeFormat(io, values.output, format, {
    json: () => programmeJsonChunks(result, corpus.accounting),
    xlsx: () => workbookOf(programmeSheets(result), corpus),
    csv: () => programmeCsvChunks(result),
    html: () => programmeHtml(result),
    md: () => programmeMarkdownChunks(result),
  });
  return EXIT.ok;
}
