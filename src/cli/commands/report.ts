/**
 * `copub report <inputs...>`: the main job. It reads the exports once and answers the questions
 * analysts bring (METHODOLOGY.md §5, §8, §9, §11): what share of the output is internationally
 * co-authored, how many Top10% papers are domestic and international, who the focal countries'
 * partners are, and which countries sit at the core of the collaboration network. Markdown on
 * standard output, or with `--out DIR` the report and every table in full as CSV. What the report
 * contains is `buildReport`'s to decide; the command turns arguments into its options.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PeriodsSchema } from "../../indicators/periods.ts";
import { reportMarkdown } from "../../output/report.ts";
import { buildReport } from "../../report/build-report.ts";
import { reportFiles } from "../../report/report-files.ts";
import { countryOption } from "../_choices.ts";
import { CORPUS_ARGS, CORPUS_HELP, corpusFromArgs } from "../_corpus-args.ts";
import { writeOutputFile } from "../_output-file.ts";
import { PERIOD_ARGS, parseWindow, periodsFromArgs } from "../_period-args.ts";
import { manifestReference, referenceTable, runThresholds } from "../_reference-args.ts";
import { type CliIo, EXIT } from "../io.ts";
import { usageError } from "../usage-error.ts";

/** Help text of `copub report`. */
export const REPORT_HELP = `Usage: copub report <files or folders...> [--reference corpus|FILE] [--focal JP,US]
                    [--period 2019-2021 | --window 3] [--compare 2009-2011] [--show 10] [--out DIR] [options]

The main job: reads the exports once and reports, for the countries with the most papers,
  - every record accounted for (parsed, rejected, duplicates, out of scope; §13.4);
  - papers, domestic and international co-authored papers, the international co-authorship rate (§5);
  - adjusted Top10% papers split into domestic and international, with --reference (§8);
  - the top-10 partner countries of each focal country, with rank changes since --compare (§9);
  - the countries at the core of the country collaboration network (§11).

Options:
  --reference corpus|FILE    thresholds for Top10% (see copub top --help); without it the Top10%
                             section says how to get it (thresholds are only valid over the whole
                             world output of a field and year)
  --focal JP,US              focal countries of the partner tables (default: the country with the
                             most papers)
  --compare 2009-2011        earlier window for the partners' rank changes
  --period 2019-2021         fixed windows (repeat); --window 3 moving windows; default single years
  --show 10                  countries shown in the tables (most papers first; default 10)
  --out DIR                  write report.md and the full tables (collaboration.csv, top10.csv,
                             thresholds.csv, partners-<focal>.csv, country-network.graphml) to DIR
  -h, --help                 show this help

${CORPUS_HELP}`;

/**
 * Runs `copub report`.
 * @param args - the arguments after `report`
 * @param io - output channels
 * @returns the exit code
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      reference: { type: "string" },
      focal: { type: "string" },
      compare: { type: "string" },
      show: { type: "string", default: "10" },
      out: { type: "string" },
      ...PERIOD_ARGS,
      help: { type: "boolean", short: "h" },
      ...CORPUS_ARGS,
    },
  });
  if (values.help === true) {
    io.stdout(REPORT_HELP);
    return EXIT.ok;
  }
  if (!/^[1-9]\d*$/.test(values.show))
    throw usageError(`--show must be a number of countries, not "${values.show}"`);
  if (positionals.length === 0) throw usageError("copub report needs at least one file or folder");
  const periods = periodsFromArgs(values.period, values.window, values.years);
  const compare = values.compare === undefined ? null : parseWindow(values.compare, "--compare");
  const focals = values.focal?.split(",").map((text) => countryOption(text, "--focal")) ?? null;
  const external = values.reference === undefined ? null : await referenceTable(values.reference);
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "report",
    commandOptions: {
      focal: focals,
      compare,
      periods: PeriodsSchema.parse(periods),
      show: Number(values.show),
    },
    reference: values.reference === undefined ? null : manifestReference(external),
  });

  const report = buildReport(corpus, {
    reference: values.reference === undefined ? null : runThresholds(external, corpus, {}),
    focal: focals,
    periods,
    compare,
    show: Number(values.show),
  });
  if (values.out === undefined) {
    io.stdout(reportMarkdown(report));
    return EXIT.ok;
  }
  const files = reportFiles(report);
  for (const { name, text } of files)
    await writeOutputFile(join(values.out, name), text, { makeFolder: true });
  io.stdout(`${files.map(({ name }) => join(values.out ?? "", name)).join("\n")}\n`);
  return EXIT.ok;
}
