/**
 * `copub impact <inputs...> --reference corpus|FILE`: field-normalized citation impact per country ×
 * period × field (docs/methodology.md §10) — papers, citations, CWTS's MCS and MNCS, InCites' CNCI
 * and NISTEP's relative citation index — with the world row, the baselines behind them (which
 * `--baselines-out` saves for scoring later exports) and the notices.
 */
import { PeriodsSchema } from "../../indicators/core/periods.ts";
import { citationImpact } from "../../indicators/impact/citation-impact.ts";
import { BASELINE_REQUIRED, type ImpactOptionsInput } from "../../indicators/impact/impact-options.ts";
import { ReferenceSetKindSchema } from "../../indicators/top-cited/reference-sets.ts";
import { impactHtml } from "../../output/impact-html.ts";
import { impactCsvChunks, impactMarkdownChunks } from "../../output/impact-table.ts";
import { jsonChunks } from "../../output/json.ts";
import { impactSheet } from "../../output/table-sheets.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_HELP_SECTION, CORPUS_OPTIONS, corpusFromArgs } from "../_corpus-args.ts";
import { COUNTING_METHOD_OPTION } from "../_counting-args.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { choice, file, HELP_OPTION, text } from "../_options.ts";
import { checkOutputTarget, OUTPUT_OPTION, workbookOf, writeFormat } from "../_output-file.ts";
import { PROFILED_PERIOD_OPTIONS, periodsFromArgs, withProfileWindow } from "../_period-args.ts";
import { BASELINES, CITATION_OPTIONS, openReference } from "../_reference-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub impact`. */
const IMPACT_OPTIONS = {
  reference: text({
    value: "corpus|FILE",
    takes: "corpus or a baseline table file",
    required: BASELINE_REQUIRED,
    help: `the inputs are the complete population of every field-year they hold
(a full extraction); papers left out only by --countries or --fields
still count in the reference sets`,
  }),
  "baselines-out": file("also write the baselines (every reference set) as such a table"),
  counting: choice(["full", "fractional"], {
    default: "full",
    help: `full (default): a paper counts once for each of its countries;
fractional: by --counting-method (CWTS recommends fractional counting
for normalized indicators, §10.1)`,
    profile: (p) => (p.counting === "integer" ? "full" : "fractional"),
  }),
  "counting-method": COUNTING_METHOD_OPTION,
  "reference-sets": choice(ReferenceSetKindSchema.options, {
    help: `ESI field x year, document types pooled (default, NISTEP) or
separated (CWTS), or WoS Category x year x type (InCites)`,
    profile: (p) => p.referenceSets,
  }),
  ...CITATION_OPTIONS,
  "window-counts": choice(["average", "sum"], {
    default: "average",
    help: `papers and citations of a multi-year period: yearly averages
(default, NISTEP) or totals (CWTS, InCites)`,
    profile: (p) => p.windowCounts,
  }),
  ...PROFILED_PERIOD_OPTIONS,
  by: choice(["field"], { help: "also one row per NISTEP broad field" }),
  format: choice(["md", "csv", "json", "html", "xlsx"], {
    default: "md",
    help: `md (default): rounded, with notes and baselines; csv: unrounded rows
with UNATTRIBUTED rows; json: rows, notices, baselines, accounting;
html: one self-contained page with a chart; xlsx: an Excel workbook (the table and
the record accounting as sheets; needs --output FILE or a redirect)`,
  }),
  output: OUTPUT_OPTION,
  help: HELP_OPTION,
  ...CORPUS_OPTIONS,
};

/** Help text of `copub impact`. */
export const IMPACT_HELP = helpText("impact", IMPACT_OPTIONS, {
  usage: [
    ["reference", "profile"],
    ["counting", ["period", "window"], "by"],
    ["format", { text: "[options]" }],
  ],
  description: `Field-normalized citation impact per country, period and field (methodology §10): papers,
citations, MCS (citations per paper) and MNCS (mean normalized citation score; CWTS), CNCI
(Category Normalized Citation Impact; InCites) and the relative citation index (MCS over the
world's; NISTEP), with a WORLD row. A paper's citations are divided by the mean citations of its
reference sets; a paper in several sets takes the weighted mean of its ratios. Where a set's mean
is 0, MNCS counts the ratio as 1 (CWTS) and CNCI leaves the paper out (notice zero-baseline).`,
  column: 29,
  sections: [
    {
      title: `Reference (required, §10.3): baselines are only valid over the WHOLE world output of a field and
year. Normalizing inside a one-country export compares the country with itself.`,
      entries: [
        { key: "reference", value: "corpus" },
        {
          key: "reference",
          value: "FILE",
          help: `a baseline table (CSV) written by --baselines-out from a full
extraction, or by hand: columns field, year, and papers and
citations (or mean); optional referenceSets, citationCount, docType`,
        },
        "baselines-out",
      ],
    },
    {
      title: "Options:",
      entries: [
        "counting",
        "counting-method",
        "reference-sets",
        "citations",
        "snapshot",
        "window-counts",
        {
          key: "period",
          help: `a fixed window (repeat for several); baselines stay per single
year, indicators are ratios of the window's sums`,
        },
        { key: "window", help: "moving windows of 3 years" },
        "by",
        "format",
        "output",
        "help",
      ],
    },
  ],
  shared: [CORPUS_HELP_SECTION],
});

/**
 * Runs `copub impact`.
 * @param args - the arguments after `impact`
 * @param io - output channels
 * @returns the exit code
 */
export async function impactCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, IMPACT_OPTIONS);
  if (line.help) {
    io.stdout(IMPACT_HELP);
    return EXIT.ok;
  }
  const { values, given, positionals } = line;
  if (positionals.length === 0) throw usageError("copub impact needs at least one file or folder");
  const { format } = values;
  checkOutputTarget(io, format, values.output);
  const citationCount = values.citations;
  const referenceSets = values["reference-sets"] ?? null;
  const snapshot = values.snapshot ?? null;
  // Written once: citationImpact computes with these, and the run manifest records them.
  const indicator = {
    counting: values.counting,
    countingMethod: values["counting-method"],
    windowCounts: values["window-counts"],
    periods: periodsFromArgs(values.period, values.window, values.years),
    byField: values.by === "field",
  } satisfies Partial<ImpactOptionsInput>;

  const reference = await openReference(BASELINES, values.reference, {
    referenceSets,
    citationCount: given.has("citations") ? citationCount : null,
  });
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "impact",
    commandOptions: {
      ...indicator,
      periods: PeriodsSchema.parse(indicator.periods),
      referenceSets,
      citationCount,
      snapshot,
      format,
    },
    reference: reference.manifest,
    profiled: line.profiled,
  });
  const baselines = await reference.settle(
    corpus,
    { referenceSets: referenceSets ?? "field-year", citationCount, snapshot },
    values["baselines-out"],
  );
  const table = withProfileWindow(values.profile, line.profiled, () =>
    citationImpact(corpus.papers, { reference: baselines, ...indicator }),
  );
  // The rows keep exactly the keys of the public contract: codes, no names (those are in csv, md, html).
  await writeFormat(io, values.output, format, {
    json: () => jsonChunks({ ...table, accounting: corpus.accounting }),
    xlsx: () => workbookOf([impactSheet(table)], corpus),
    csv: () => impactCsvChunks(table),
    html: () => impactHtml(table),
    md: () => impactMarkdownChunks(table),
  });
  return EXIT.ok;
}
