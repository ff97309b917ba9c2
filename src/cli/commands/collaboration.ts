/**
 * `copub collaboration <inputs...>`: the collaboration table of METHODOLOGY.md §5.2 per country ×
 * period × field, under integer or NISTEP fractional counting, with the world total and the
 * unattributable papers, as Markdown, CSV or JSON.
 */
import { parseArgs } from "node:util";
import {
  type CollaborationOptionsInput,
  CollaborationOptionsSchema,
  collaborationIndicators,
} from "../../indicators/collaboration/collaboration.ts";
import { collaborationCsv, collaborationMarkdown } from "../../output/collaboration-table.ts";
import { toJson } from "../../output/json.ts";
import { CORPUS_ARGS, CORPUS_HELP, corpusFromArgs } from "../_corpus-args.ts";
import { PERIOD_ARGS, periodsFromArgs } from "../_period-args.ts";
import { type CliIo, EXIT } from "../io.ts";
import { usageError } from "../usage-error.ts";

/** Help text of `copub collaboration`. */
export const COLLABORATION_HELP = `Usage: copub collaboration <files or folders...> [--period 2019-2021 | --window 3 | --years 2015-2022]
                           [--by field] [--counting integer|fractional] [--format md|csv|json] [options]

Per country, period and field: papers, domestic (single and multi-institution), international
(bilateral and multilateral) and the international co-authorship rate (METHODOLOGY.md §5), with
a WORLD row and the papers without any country (§4.6).

Periods (§6; default: one row per year present):
  --period 2019-2021         a fixed window (repeat for several); counts are yearly averages,
                             the rate is the ratio of the window's sums
  --window 3                 moving windows of 3 years shifted by one year, over the years present
                             or over --years
  --years 2015-2022          papers of these years only, one row per year (every year must be present)
A window whose years are not all in the corpus is an error naming the missing years.

Options:
  --by field                 also one row per NISTEP broad field (chem, mat, phys, csmath, eng,
                             envgeo, clin, life, and other); field "all" holds every paper
  --counting integer|fractional
                             integer (default): papers; fractional: NISTEP fractional counts by
                             institution (§4.2). The rate stays the integer-count rate.
  --format md|csv|json       md (default): rounded tables for reports; csv: unrounded, with
                             UNATTRIBUTED rows; json: unrounded rows, the unattributed papers and
                             the record accounting
  -h, --help                 show this help

${CORPUS_HELP}`;

/**
 * Runs `copub collaboration`.
 * @param args - the arguments after `collaboration`
 * @param io - output channels
 * @returns the exit code
 */
export async function collaborationCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...PERIOD_ARGS,
      by: { type: "string" },
      counting: { type: "string", default: "integer" },
      format: { type: "string", default: "md" },
      help: { type: "boolean", short: "h" },
      ...CORPUS_ARGS,
    },
  });
  if (values.help === true) {
    io.stdout(COLLABORATION_HELP);
    return EXIT.ok;
  }
  const { counting, format } = values;
  if (counting !== "integer" && counting !== "fractional")
    throw usageError(`--counting must be integer or fractional, not "${counting}"`);
  if (format !== "md" && format !== "csv" && format !== "json")
    throw usageError(`--format must be md, csv or json, not "${format}"`);
  if (values.by !== undefined && values.by !== "field")
    throw usageError(`--by must be field, not "${values.by}"`);
  if (positionals.length === 0) throw usageError("copub collaboration needs at least one file or folder");
  const options: CollaborationOptionsInput = {
    counting,
    periods: periodsFromArgs(values.period, values.window, values.years),
    byField: values.by === "field",
  };
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "collaboration",
    commandOptions: { ...CollaborationOptionsSchema.parse(options), format },
  });
  const table = collaborationIndicators(corpus.papers, options);
  if (format === "json") io.stdout(toJson({ ...table, accounting: corpus.accounting }));
  else io.stdout(format === "csv" ? collaborationCsv(table) : collaborationMarkdown(table));
  return EXIT.ok;
}
