/**
 * `copub top <inputs...> --reference corpus|FILE`: adjusted Top10% (Top1%) papers per country ×
 * period × field, split into domestic and international co-authored papers (docs/methodology.md §8),
 * with the thresholds behind them, which `--thresholds-out` saves for scoring later exports.
 */
import { PeriodsSchema } from "../../indicators/core/periods.ts";
import { cwtsTopCited } from "../../indicators/top-cited/cwts-top-cited.ts";
import { incitesTopCited } from "../../indicators/top-cited/incites-top-cited.ts";
import { ReferenceSetKindSchema } from "../../indicators/top-cited/reference-sets.ts";
import { topCited } from "../../indicators/top-cited/top-cited.ts";
import { defaultReferenceSets, REFERENCE_REQUIRED } from "../../indicators/top-cited/top-options.ts";
import { TopMethodSchema } from "../../indicators/top-cited/top-weights.ts";
import { withNames } from "../../output/code-names.ts";
import { jsonChunks } from "../../output/json.ts";
import { namedRowsCsvChunks, namedRowsMarkdownChunks } from "../../output/named-rows.ts";
import { namedRowsSheet, topCitedSheet } from "../../output/table-sheets.ts";
import { topCitedCsvChunks, topCitedMarkdownChunks } from "../../output/top-cited-table.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_HELP_SECTION, CORPUS_OPTIONS, corpusFromArgs } from "../_corpus-args.ts";
import { COUNTING_METHOD_OPTION } from "../_counting-args.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { choice, file, flag, HELP_OPTION, text } from "../_options.ts";
import { checkOutputTarget, OUTPUT_OPTION, workbookOf, writeFormat } from "../_output-file.ts";
import { PROFILED_PERIOD_OPTIONS, periodsFromArgs, withProfileWindow } from "../_period-args.ts";
import {
  CITATION_OPTIONS,
  checkTopTable,
  openReference,
  TABLE_REFERENCE_SETS,
  THRESHOLDS,
  TOP_TABLES,
} from "../_reference-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub top`. */
export const TOP_OPTIONS = {
  reference: text({
    value: "corpus|FILE",
    takes: "corpus or a threshold table file",
    required: REFERENCE_REQUIRED,
    help: `the inputs are the complete population of every field-year they hold
(a full extraction); papers left out only by --countries or --fields
still count in the reference sets`,
  }),
  "thresholds-out": file(`also write the thresholds (Top10% and Top1%, every reference set) as
such a table`),
  table: choice(TOP_TABLES, {
    default: "nistep",
    profile: (p) => p.topTable,
    help: `nistep (default): the table above; cwts: P, P(top 10%), PP(top 10%)
and the same for 1%, full and fractional (CWTS counting), periods as
totals; incites: Web of Science Documents, Documents in Top 10%/1% and
their percentages (InCites percentiles)`,
  }),
  percentile: choice(["10", "1"], { default: "10", help: "Top10% (default) or Top1%" }),
  method: choice(TopMethodSchema.options, {
    default: "tie-fraction",
    // A table given explicitly brings its own method, not the profile's.
    profile: (p, given) => (given.has("table") ? null : p.topMethod),
    help: `tie-fraction (default): papers at the threshold share the remainder so
each field-year holds exactly 10%; scale-all: every paper at or above
the threshold counts 10%·N/n≥(t); inclusive / exclusive: raw counts at
or above / above the threshold; incites: InCites percentiles (WoS
Category x year x document type, best category)`,
  }),
  counting: choice(["integer", "fractional"], {
    default: "integer",
    help: "integer (default), or fractional counting (--counting-method, §4)",
    profile: (p) => p.counting,
  }),
  "counting-method": COUNTING_METHOD_OPTION,
  split: choice(["adjusted", "raw"], {
    default: "adjusted",
    help: `adjusted (default): tie weights; raw: every paper with a weight above 0
counts 1`,
  }),
  "reference-sets": choice(ReferenceSetKindSchema.options, {
    help: `ESI field x year with document types pooled (default, NISTEP), or
separated (CWTS); category-year-type is InCites' (default for incites)`,
    // A method or table given explicitly brings its own reference sets, not the profile's.
    profile: (p, given) => (given.has("method") || given.has("table") ? null : p.referenceSets),
  }),
  ...CITATION_OPTIONS,
  "zero-citations-never-top": flag({
    help: "no paper counts in a field-year whose threshold is 0 citations",
  }),
  ...PROFILED_PERIOD_OPTIONS,
  by: choice(["field"], { help: "also one row per NISTEP broad field" }),
  format: choice(["md", "csv", "json", "xlsx"], {
    default: "md",
    help: `md (default): rounded, with thresholds and notes; csv: unrounded rows
with UNATTRIBUTED rows; json: rows, thresholds, notices, accounting; xlsx: an Excel workbook (the table and
the record accounting as sheets; needs --output FILE or a redirect)`,
  }),
  output: OUTPUT_OPTION,
  help: HELP_OPTION,
  ...CORPUS_OPTIONS,
};

/** Help text of `copub top`. */
export const TOP_HELP = helpText("top", TOP_OPTIONS, {
  usage: [
    ["reference", "percentile"],
    ["method", ["period", "window"]],
    ["by", "counting", "format", { text: "[options]" }],
  ],
  description: `Adjusted Top10% (Top1%) papers per country, period and field (methodology §8.3): the count,
its domestic / international (bilateral, multilateral) split, the country's share of the world's
Top10% papers and the share of its own papers that are Top10% (Q value, CWTS PP(top 10%)), with
a WORLD row and the per field-year thresholds.`,
  column: 29,
  sections: [
    {
      title: `Reference (required, §8.1): thresholds are only valid over the WHOLE world output of a field and
year. Computing "Top10%" inside a one-country export calls that country's best tenth "top".`,
      entries: [
        { key: "reference", value: "corpus" },
        {
          key: "reference",
          value: "FILE",
          help: `a threshold table (CSV) written by --thresholds-out from a full
extraction, or by hand: columns field, year, percentile, threshold,
and papers, above, atThreshold (or tieWeight); optional
referenceSets, citationCount, docType`,
        },
        "thresholds-out",
      ],
    },
    {
      title: "Options:",
      entries: [
        "table",
        "percentile",
        { key: "method", value: "M" },
        "counting",
        "counting-method",
        "split",
        "reference-sets",
        "citations",
        "snapshot",
        "zero-citations-never-top",
        {
          key: "period",
          help: `a fixed window (repeat for several); counts are yearly averages,
shares ratios of the window's sums`,
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
 * Runs `copub top`.
 * @param args - the arguments after `top`
 * @param io - output channels
 * @returns the exit code
 */
export async function topCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, TOP_OPTIONS);
  if (line.help) {
    io.stdout(TOP_HELP);
    return EXIT.ok;
  }
  const { values, given, positionals } = line;
  const style = values.table;
  checkTopTable(style, given);
  const { method, counting, split, format } = values;
  const percentile = Number(values.percentile) as 10 | 1;
  const citationCount = values.citations;
  const referenceSets = values["reference-sets"] ?? null;
  if (positionals.length === 0) throw usageError("copub top needs at least one file or folder");
  checkOutputTarget(io, format, values.output);
  const periods = periodsFromArgs(values.period, values.window, values.years);
  const snapshot = values.snapshot ?? null;
  const byField = values.by === "field";
  // Written once: topCited computes with these, and the run manifest records them.
  const indicator = {
    percentile,
    method,
    counting,
    countingMethod: values["counting-method"],
    split,
    snapshot,
    periods,
    byField,
    zeroCitationsNeverTop: values["zero-citations-never-top"],
  };

  const reference = await openReference(THRESHOLDS, values.reference, {
    referenceSets,
    citationCount: given.has("citations") ? citationCount : null,
  });
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "top",
    commandOptions: {
      table: style,
      ...indicator,
      referenceSets,
      citationCount,
      periods: PeriodsSchema.parse(periods),
      format,
    },
    reference: reference.manifest,
    profiled: line.profiled,
  });
  const thresholds = await reference.settle(
    corpus,
    {
      referenceSets:
        referenceSets ?? (style === "nistep" ? defaultReferenceSets(method) : TABLE_REFERENCE_SETS[style]),
      citationCount,
      snapshot,
    },
    values["thresholds-out"],
  );
  if (style !== "nistep") {
    const rows = withProfileWindow(values.profile, line.profiled, () =>
      style === "cwts"
        ? cwtsTopCited(corpus.papers, { reference: thresholds, periods, byField })
        : incitesTopCited(corpus.papers, { reference: thresholds, periods, byField }),
    );
    await writeFormat(io, values.output, format, {
      json: () =>
        jsonChunks(withNames({ rows, reference: thresholds.source, accounting: corpus.accounting })),
      xlsx: () => workbookOf([namedRowsSheet(rows, style === "cwts" ? "CWTS" : "InCites")], corpus),
      csv: () => namedRowsCsvChunks(rows),
      md: () => namedRowsMarkdownChunks(rows, STYLE_NOTES[style]),
    });
    return EXIT.ok;
  }
  const table = withProfileWindow(values.profile, line.profiled, () =>
    topCited(corpus.papers, { reference: thresholds, ...indicator }),
  );
  await writeFormat(io, values.output, format, {
    json: () => jsonChunks(withNames({ ...table, accounting: corpus.accounting })),
    xlsx: () => workbookOf([topCitedSheet(table)], corpus),
    csv: () => topCitedCsvChunks(table),
    md: () => topCitedMarkdownChunks(table),
  });
  return EXIT.ok;
}

/** What the CWTS and InCites tables are, under their tables. */
const STYLE_NOTES = {
  cwts: "CWTS Leiden Ranking indicators (methodology §8.3): full and fractional (author-affiliation) counting, reference sets per field, year and document type, tie fractions at the threshold; periods are totals; PP values are proportions.",
  incites:
    "InCites indicators (methodology §8.5): percentiles per WoS Category, year and document type, a document's best category counting, full counting; periods are totals; ties share the worse percentile, so the world can fall below 10%.",
} as const;
