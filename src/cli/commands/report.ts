/**
 * `copub report <inputs...>`: the main job. It reads the exports once and answers the questions
 * analysts bring (methodology §5, §8, §9, §11): what share of the output is internationally
 * co-authored and where it is going, how many Top10% papers are domestic and international, who
 * the focal countries' partners are, and which countries sit at the core of the collaboration
 * network. Markdown on standard output, or with `--out DIR` a self-contained `index.html` with
 * charts, `report.md`, and every table in full as CSV and JSON. What the report contains is
 * `buildReport`'s to decide; the command turns arguments into its options and writes files.
 */
import { join } from "node:path";
import { PeriodsSchema } from "../../indicators/core/periods.ts";
import { reportMarkdown } from "../../output/report.ts";
import type { Report } from "../../output/report-content.ts";
import { buildReport } from "../../report/build-report.ts";
import { isReportFileName, reportFolderFiles } from "../../report/report-files.ts";
import { DEFAULT_MAX_COUNTRIES_PER_PAPER } from "../../report/report-options.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_HELP_SECTION, CORPUS_OPTIONS, corpusFromArgs } from "../_corpus-args.ts";
import { countryKeys, countrySwitches } from "../_country-options.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { HELP_OPTION, text, wholeNumber } from "../_options.ts";
import { writeOutputFolder } from "../_output-file.ts";
import { PERIOD_OPTIONS, periodsFromArgs, yearWindow } from "../_period-args.ts";
import {
  PROGRAMME_HELP_ENTRIES,
  PROGRAMME_OPTIONS,
  PROGRAMME_PERIOD,
  programmeOptionsFromArgs,
  programmeProjects,
  programmeTables,
} from "../_programme-args.ts";
import { reportProgressDisplay } from "../_progress.ts";
import {
  manifestReference,
  referenceBaselines,
  referencePapers,
  referenceTable,
  runBaselines,
  runThresholds,
} from "../_reference-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub report`. */
const REPORT_OPTIONS = {
  reference: text({
    value: "corpus|FILE",
    takes: "corpus or a threshold table file",
    help: `thresholds for Top10% (see copub top --help); without it the Top10%
section says how to get it (thresholds are only valid over the whole
world output of a field and year)`,
  }),
  baselines: text({
    value: "FILE",
    takes: "a baseline table file",
    help: `citation baselines (see copub impact --help) for the citation impact
section when --reference is a file; --reference corpus computes them`,
  }),
  focal: countryKeys({
    value: "JP,US",
    help: `focal countries of the partner tables (default: the country with the
most papers)`,
  }),
  compare: yearWindow({ value: "2009-2011", help: "earlier window for the partners' rank changes" }),
  show: wholeNumber({
    min: 1,
    default: 10,
    value: "10",
    help: "countries shown in the tables (most papers first; default 10)",
  }),
  "max-countries-per-paper": wholeNumber({
    min: 2,
    default: DEFAULT_MAX_COUNTRIES_PER_PAPER,
    value: "25",
    help: `papers with more countries add no links to the network section
(default 25, VOSviewer's default); their number is printed`,
  }),
  out: text({
    value: "DIR",
    takes: "a folder",
    help: `write index.html (open it in a browser), report.md, every table
as CSV and JSON (collaboration, top10, thresholds, partners-<focal>,
country-network, programme) and report.xlsx (every table a sheet) to
DIR, replacing an earlier report there whole`,
  }),
  ...PERIOD_OPTIONS,
  ...PROGRAMME_OPTIONS,
  "programme-period": PROGRAMME_PERIOD,
  help: HELP_OPTION,
  ...CORPUS_OPTIONS,
};

/** Help text of `copub report`. */
export const REPORT_HELP = helpText("report", REPORT_OPTIONS, {
  usage: [
    ["reference", "focal"],
    [["period", "window"], "compare", "show", "out", { text: "[options]" }],
  ],
  description: `The main job: reads the exports once and reports, for the focal countries and the countries
with the most papers (methodology sections in docs/methodology.md):
  - every record accounted for (parsed, rejected, duplicates, out of scope; §13.4);
  - the international co-authorship share by year, and papers, international papers and the
    share per period, each as a total and a yearly average (§5, §6);
  - adjusted Top10% papers split into domestic and international, with --reference (§8);
  - citation impact (MCS, MNCS, CNCI, relative citation index), with --reference corpus or
    --baselines (§10);
  - the top-10 partner countries of each focal country, with rank changes since --compare,
    and a world map of its partners (§9);
  - the countries at the core of the country collaboration network (§11);
  - with --projects, a funded programme's papers per project and fiscal year, against its
    targets (§12).
Periods by default: the latest complete 3-year window and the one ten years earlier
(e.g. 2021-2023 and 2011-2013); --period or --window to choose others.`,
  column: 29,
  sections: [
    {
      title: "Options:",
      entries: [
        "reference",
        "baselines",
        "focal",
        "compare",
        { key: "period", help: "fixed windows (repeat); default the two windows above" },
        { key: "window", help: "moving windows of 3 years" },
        "show",
        "max-countries-per-paper",
        "out",
        "help",
      ],
    },
    {
      title: "Programme evaluation (methodology §12), a section of its own with --projects:",
      entries: [...PROGRAMME_HELP_ENTRIES, "programme-period"],
      after: `Its focal country is the first --focal country, else JP; with --out, programme.csv and
programme.json hold the counts and every selected paper.`,
    },
  ],
  shared: [CORPUS_HELP_SECTION],
});

/**
 * Runs `copub report`.
 * @param args - the arguments after `report`
 * @param io - output channels
 * @returns the exit code
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, REPORT_OPTIONS);
  if (line.help) {
    io.stdout(REPORT_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  if (positionals.length === 0) throw usageError("copub report needs at least one file or folder");
  // Without --period or --window the report chooses its windows from the data (buildReport).
  const periods =
    values.period === undefined && values.window === undefined
      ? null
      : periodsFromArgs(values.period, values.window, values.years);
  const compare = values.compare ?? null;
  const focals = values.focal ?? null;
  const external = values.reference === undefined ? null : await referenceTable(values.reference);
  const tables = await programmeTables(values, countrySwitches(values), line.given);
  const programmeOptions =
    tables === null
      ? null
      : programmeOptionsFromArgs(values, tables, focals?.[0] ?? "JP", values["programme-period"]);
  const baselineFile = values.baselines === undefined ? null : await referenceBaselines(values.baselines);
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "report",
    // The programme section reads the funding texts (grant ids in FX, funder patterns).
    fundingText: tables !== null,
    commandOptions: {
      focal: focals,
      compare,
      periods: periods === null ? null : PeriodsSchema.parse(periods),
      show: values.show,
      maxCountriesPerPaper: values["max-countries-per-paper"],
      // The baseline table by its SHA-256, as `reference` names the thresholds (§13.5).
      baselines: baselineFile === null ? null : manifestReference(baselineFile),
      programme:
        tables === null || programmeOptions === null
          ? null
          : { ...programmeOptions, projects: programmeProjects(tables, countrySwitches(values)) },
    },
    reference: values.reference === undefined ? null : manifestReference(external),
    profiled: line.profiled,
  });

  // The sections' progress line on a terminal (stderr only, so what reaches a pipe is unchanged).
  const display = reportProgressDisplay(io, values.quiet);
  let report: Report;
  // Thresholds and baselines from the corpus share one reference population.
  const population = referencePapers(corpus);
  try {
    report = buildReport(corpus, {
      ...(display.onProgress === undefined ? {} : { onProgress: display.onProgress }),
      reference: values.reference === undefined ? null : runThresholds(external, population, {}),
      baselines: baselineFile ?? (values.reference === "corpus" ? runBaselines(null, population, {}) : null),
      focal: focals,
      periods,
      compare,
      show: values.show,
      maxCountriesPerPaper: values["max-countries-per-paper"],
      programme:
        tables === null || programmeOptions === null
          ? null
          : { projects: programmeProjects(tables, corpus.options), options: programmeOptions },
    });
  } finally {
    display.end();
  }
  if (values.out === undefined) {
    io.stdout(reportMarkdown(report));
    return EXIT.ok;
  }
  const files = await reportFolderFiles(report);
  // Written whole beside DIR and renamed into place: an earlier report is replaced entirely
  // (none of its files stays beside the new ones), or left whole if this run fails.
  await writeOutputFolder(values.out, files, isReportFileName);
  io.stdout(`${files.map(({ name }) => join(values.out ?? "", name)).join("\n")}\n`);
  io.stderr(`copub report: open ${join(values.out, "index.html")} in a browser\n`);
  return EXIT.ok;
}
