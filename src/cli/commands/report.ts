/**
 * `copub report <inputs...>`: the main job. It reads the exports once and answers the questions
 * analysts bring (METHODOLOGY.md §5, §8, §9, §11): what share of the output is internationally
 * co-authored, how many Top10% papers are domestic and international, who the focal countries'
 * partners are, and which countries sit at the core of the collaboration network. Markdown on
 * standard output, or with `--out DIR` the report and every table in full as CSV.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { collaborationIndicators } from "../../indicators/collaboration/collaboration.ts";
import { PeriodsSchema } from "../../indicators/core/periods.ts";
import { partners } from "../../indicators/partners/partners.ts";
import { topCited } from "../../indicators/top-cited/top-cited.ts";
import { buildNetwork } from "../../networks/build-network.ts";
import { networkGraph } from "../../networks/network-graph.ts";
import { networkMetrics } from "../../networks/node-metrics.ts";
import { toGraphml } from "../../networks/to-graphml.ts";
import { collaborationCsv } from "../../output/collaboration-table.ts";
import { partnersCsv } from "../../output/partners-table.ts";
import { reportMarkdown } from "../../output/report.ts";
import { thresholdsCsv } from "../../output/thresholds-csv.ts";
import { topCitedCsv } from "../../output/top-cited-table.ts";
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

  const collaboration = collaborationIndicators(corpus.papers, { periods });
  const countries = mostPapers(corpus.papers, Number(values.show));
  const thresholds = values.reference === undefined ? null : runThresholds(external, corpus, {});
  const top = thresholds === null ? null : topCited(corpus.papers, { reference: thresholds, periods });
  const partnerTables = (focals ?? countries.slice(0, 1)).map((focal) =>
    partners(corpus.papers, { focal, periods, compare }),
  );
  const network = buildNetwork(corpus, { level: "country", edgeWeight: "fractional" });
  const metrics = networkMetrics(networkGraph(network), { weight: "weight" });
  const markdown = reportMarkdown({
    corpus,
    countries,
    collaboration,
    top,
    partners: partnerTables,
    network: { nodes: network.nodes.length, edges: network.edges.length, metrics },
    settings: [
      `Inputs: ${corpus.files.length} files; ${corpus.accounting.inScope} papers in scope.`,
      `Countries shown: the ${countries.length} with the most papers (integer counting)${values.out === undefined ? "" : "; every country is in the CSV tables"}.`,
      thresholds === null
        ? "Top10%: not computed (no --reference)."
        : thresholds.source.kind === "corpus"
          ? "Top10%: thresholds from the inputs, declared the complete world population of their field-years (--reference corpus)."
          : `Top10%: thresholds from ${thresholds.source.file}.`,
    ],
  });
  if (values.out === undefined) {
    io.stdout(markdown);
    return EXIT.ok;
  }
  const files: [string, string][] = [
    ["report.md", markdown],
    ["collaboration.csv", collaborationCsv(collaboration)],
    ...(top === null || thresholds === null
      ? []
      : ([
          ["top10.csv", topCitedCsv(top)],
          ["thresholds.csv", thresholdsCsv(thresholds)],
        ] as [string, string][])),
    ...partnerTables.map((table): [string, string] => [`partners-${table.focal}.csv`, partnersCsv(table)]),
    ["country-network.graphml", toGraphml(network, metrics)],
  ];
  for (const [name, text] of files) await writeOutputFile(join(values.out, name), text, { makeFolder: true });
  io.stdout(`${files.map(([name]) => join(values.out ?? "", name)).join("\n")}\n`);
  return EXIT.ok;
}

/** The countries with the most papers (integer counting, all years), ties by key. */
function mostPapers(papers: readonly CorpusPaper[], count: number): string[] {
  const counts = new Map<string, number>();
  for (const paper of papers)
    for (const country of paper.countries) counts.set(country, (counts.get(country) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || compareCodeUnits(a, b))
    .slice(0, count)
    .map(([country]) => country);
}
