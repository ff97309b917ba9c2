/**
 * `copub top <inputs...> --reference corpus|FILE`: adjusted Top10% (Top1%) papers per country ×
 * period × field, split into domestic and international co-authored papers (METHODOLOGY.md §8),
 * with the thresholds behind them, which `--thresholds-out` saves for scoring later exports.
 */
import { parseArgs } from "node:util";
import { PeriodsSchema } from "../../indicators/core/periods.ts";
import { cwtsTopCited } from "../../indicators/top-cited/cwts-top-cited.ts";
import { incitesTopCited } from "../../indicators/top-cited/incites-top-cited.ts";
import { ReferenceSetKindSchema } from "../../indicators/top-cited/reference-sets.ts";
import { topCited } from "../../indicators/top-cited/top-cited.ts";
import {
  checkThresholdTable,
  defaultReferenceSets,
  REFERENCE_REQUIRED,
} from "../../indicators/top-cited/top-options.ts";
import { TopMethodSchema } from "../../indicators/top-cited/top-weights.ts";
import { toJson } from "../../output/json.ts";
import { namedRowsCsv, namedRowsMarkdown } from "../../output/named-rows.ts";
import { thresholdsCsv } from "../../output/thresholds-csv.ts";
import { topCitedCsv, topCitedMarkdown } from "../../output/top-cited-table.ts";
import { oneOf } from "../_choices.ts";
import { CORPUS_ARGS, CORPUS_HELP, corpusFromArgs } from "../_corpus-args.ts";
import { writeOutputFile } from "../_output-file.ts";
import { PERIOD_ARGS, periodsFromArgs } from "../_period-args.ts";
import { manifestReference, referenceTable, runThresholds } from "../_reference-args.ts";
import { type CliIo, EXIT } from "../io.ts";
import { usageError } from "../usage-error.ts";

/** Help text of `copub top`. */
export const TOP_HELP = `Usage: copub top <files or folders...> --reference corpus|FILE [--percentile 10|1]
                 [--method tie-fraction|scale-all|inclusive|exclusive|incites] [--period 2019-2021 | --window 3]
                 [--by field] [--counting integer|fractional] [--format json|csv|md] [options]

Adjusted Top10% (Top1%) papers per country, period and field (METHODOLOGY.md §8.3): the count,
its domestic / international (bilateral, multilateral) split, the country's share of the world's
Top10% papers and the share of its own papers that are Top10% (Q value, CWTS PP(top 10%)), with
a WORLD row and the per field-year thresholds.

Reference (required, §8.1): thresholds are only valid over the WHOLE world output of a field and
year. Computing "Top10%" inside a one-country export calls that country's best tenth "top".
  --reference corpus         the inputs are the complete population of every field-year they hold
                             (a full extraction); papers left out only by --countries or --fields
                             still count in the reference sets
  --reference FILE           a threshold table (CSV) written by --thresholds-out from a full
                             extraction, or by hand: columns field, year, percentile, threshold,
                             and papers, above, atThreshold (or tieWeight); optional
                             referenceSets, citationCount, docType
  --thresholds-out FILE      also write the thresholds (Top10% and Top1%, every reference set) as
                             such a table

Options:
  --table nistep|cwts|incites
                             nistep (default): the table above; cwts: P, P(top 10%), PP(top 10%)
                             and the same for 1%, full and fractional (CWTS counting), periods as
                             totals; incites: Web of Science Documents, Documents in Top 10%/1% and
                             their percentages (InCites percentiles)
  --percentile 10|1          Top10% (default) or Top1%
  --method M                 tie-fraction (default): papers at the threshold share the remainder so
                             each field-year holds exactly 10%; scale-all: every paper at or above
                             the threshold counts 10%·N/n≥(t); inclusive / exclusive: raw counts at
                             or above / above the threshold; incites: InCites percentiles (WoS
                             Category x year x document type, best category)
  --counting integer|fractional
                             integer (default), or NISTEP fractional counting by institution (§4.2)
  --split adjusted|raw       adjusted (default): tie weights; raw: every paper with a weight above 0
                             counts 1
  --reference-sets field-year|field-year-type|category-year-type
                             ESI field x year with document types pooled (default, NISTEP), or
                             separated (CWTS); category-year-type is InCites' (default for incites)
  --citations TC|Z9          Core Collection times cited (default) or all databases
  --snapshot 2023-12-31      citation snapshot for exports without DA (flags recent years)
  --zero-citations-never-top no paper counts in a field-year whose threshold is 0 citations
  --period 2019-2021         a fixed window (repeat for several); counts are yearly averages,
                             shares ratios of the window's sums
  --window 3                 moving windows of 3 years
  --by field                 also one row per NISTEP broad field
  --format md|csv|json       md (default): rounded, with thresholds and notes; csv: unrounded rows
                             with UNATTRIBUTED rows; json: rows, thresholds, notices, accounting
  -h, --help                 show this help

${CORPUS_HELP}`;

/**
 * Runs `copub top`.
 * @param args - the arguments after `top`
 * @param io - output channels
 * @returns the exit code
 */
export async function topCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      reference: { type: "string" },
      "thresholds-out": { type: "string" },
      table: { type: "string", default: "nistep" },
      percentile: { type: "string" },
      method: { type: "string" },
      counting: { type: "string" },
      split: { type: "string" },
      "reference-sets": { type: "string" },
      citations: { type: "string" },
      snapshot: { type: "string" },
      "zero-citations-never-top": { type: "boolean" },
      ...PERIOD_ARGS,
      by: { type: "string" },
      format: { type: "string", default: "md" },
      help: { type: "boolean", short: "h" },
      ...CORPUS_ARGS,
    },
  });
  if (values.help === true) {
    io.stdout(TOP_HELP);
    return EXIT.ok;
  }
  const style = oneOf("table", values.table, ["nistep", "cwts", "incites"] as const);
  const nistepOnly = (
    ["percentile", "method", "counting", "split", "zero-citations-never-top"] as const
  ).filter((option) => values[option] !== undefined);
  if (style !== "nistep" && nistepOnly.length > 0)
    throw usageError(
      `--table ${style} reports both percentiles under its own counting and method, so --${nistepOnly.join(", --")} cannot be used with it (only with --table nistep)`,
    );
  const method = oneOf("method", values.method ?? "tie-fraction", TopMethodSchema.options);
  const percentile = Number(oneOf("percentile", values.percentile ?? "10", ["10", "1"] as const)) as 10 | 1;
  const counting = oneOf("counting", values.counting ?? "integer", ["integer", "fractional"] as const);
  const split = oneOf("split", values.split ?? "adjusted", ["adjusted", "raw"] as const);
  const citationCount = oneOf("citations", values.citations ?? "TC", ["TC", "Z9"] as const);
  const format = oneOf("format", values.format, ["md", "csv", "json"] as const);
  const referenceSets =
    values["reference-sets"] === undefined
      ? null
      : oneOf("reference-sets", values["reference-sets"], ReferenceSetKindSchema.options);
  if (values.by !== undefined && values.by !== "field")
    throw usageError(`--by must be field, not "${values.by}"`);
  if (values.snapshot !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.snapshot))
    throw usageError(`--snapshot must be a date like 2023-12-31, not "${values.snapshot}"`);
  if (values.reference === undefined) throw usageError(`--reference is required. ${REFERENCE_REQUIRED}`);
  if (positionals.length === 0) throw usageError("copub top needs at least one file or folder");
  const periods = periodsFromArgs(values.period, values.window, values.years);
  const snapshot = values.snapshot ?? null;

  const external = await referenceTable(values.reference);
  // Before the corpus is read (it may take minutes): a table made for other sets or citations is bad usage.
  if (external !== null)
    checkThresholdTable(external, {
      referenceSets,
      citationCount: values.citations === undefined ? null : citationCount,
    });
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "top",
    commandOptions: {
      table: style,
      percentile,
      method,
      counting,
      split,
      referenceSets,
      citationCount,
      snapshot,
      periods: PeriodsSchema.parse(periods),
      byField: values.by === "field",
      zeroCitationsNeverTop: values["zero-citations-never-top"] === true,
      format,
    },
    reference: manifestReference(external),
  });
  const thresholds = runThresholds(external, corpus, {
    referenceSets: referenceSets ?? (style === "nistep" ? defaultReferenceSets(method) : STYLE_SETS[style]),
    citationCount,
    snapshot,
  });
  if (values["thresholds-out"] !== undefined)
    await writeOutputFile(values["thresholds-out"], thresholdsCsv(thresholds));
  const byField = values.by === "field";
  if (style !== "nistep") {
    const rows =
      style === "cwts"
        ? cwtsTopCited(corpus.papers, { reference: thresholds, periods, byField })
        : incitesTopCited(corpus.papers, { reference: thresholds, periods, byField });
    if (format === "json")
      io.stdout(toJson({ rows, reference: thresholds.source, accounting: corpus.accounting }));
    else io.stdout(format === "csv" ? namedRowsCsv(rows) : namedRowsMarkdown(rows, STYLE_NOTES[style]));
    return EXIT.ok;
  }
  const table = topCited(corpus.papers, {
    reference: thresholds,
    percentile,
    method,
    counting,
    split,
    snapshot,
    periods,
    byField,
    zeroCitationsNeverTop: values["zero-citations-never-top"] === true,
  });
  if (format === "json") io.stdout(toJson({ ...table, accounting: corpus.accounting }));
  else io.stdout(format === "csv" ? topCitedCsv(table) : topCitedMarkdown(table));
  return EXIT.ok;
}

/** The reference sets each source's own table uses (§8.1, §14). */
const STYLE_SETS = { cwts: "field-year-type", incites: "category-year-type" } as const;

/** What the CWTS and InCites tables are, under their tables. */
const STYLE_NOTES = {
  cwts: "CWTS Leiden Ranking indicators (METHODOLOGY.md §8.3): full and fractional (author-affiliation) counting, reference sets per field, year and document type, tie fractions at the threshold; periods are totals; PP values are proportions.",
  incites:
    "InCites indicators (METHODOLOGY.md §8.5): percentiles per WoS Category, year and document type, a document's best category counting, full counting; periods are totals; ties share the worse percentile, so the world can fall below 10%.",
} as const;
