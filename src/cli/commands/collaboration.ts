/**
 * `copub collaboration <inputs...>`: the collaboration table of docs/methodology.md §5.2 per country ×
 * period × field, under integer or NISTEP fractional counting, with the world total and the
 * unattributable papers, as Markdown, CSV or JSON.
 */
import {
  CollaborationOptionsSchema,
  collaborationIndicators,
} from "../../indicators/collaboration/collaboration.ts";
import { settle } from "../../indicators/core/settled-options.ts";
import { withNames } from "../../output/code-names.ts";
import { collaborationCsvChunks, collaborationMarkdownChunks } from "../../output/collaboration-table.ts";
import { jsonChunks } from "../../output/json.ts";
import { collaborationSheet } from "../../output/table-sheets.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_HELP_SECTION, CORPUS_OPTIONS, corpusFromArgs } from "../_corpus-args.ts";
import { COUNTING_METHOD_OPTION } from "../_counting-args.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { choice, HELP_OPTION } from "../_options.ts";
import { checkOutputTarget, OUTPUT_OPTION, workbookOf, writeFormat } from "../_output-file.ts";
import { PROFILED_PERIOD_OPTIONS, periodsFromArgs, withProfileWindow } from "../_period-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub collaboration`. */
export const COLLABORATION_OPTIONS = {
  ...PROFILED_PERIOD_OPTIONS,
  by: choice(["field"], {
    help: `also one row per NISTEP broad field (chem, mat, phys, csmath, eng,
envgeo, clin, life, and other); field "all" holds every paper`,
  }),
  counting: choice(["integer", "fractional"], {
    default: "integer",
    help: `integer (default): papers; fractional: fractional counts
(--counting-method). The rate stays the integer-count rate.`,
    profile: (p) => p.counting,
  }),
  "counting-method": COUNTING_METHOD_OPTION,
  format: choice(["md", "csv", "json", "xlsx"], {
    default: "md",
    help: `md (default): rounded tables for reports; csv: unrounded, with
UNATTRIBUTED rows; json: unrounded rows, the unattributed papers and
the record accounting; xlsx: an Excel workbook (the table and
the record accounting as sheets; needs --output FILE or a redirect)`,
  }),
  output: OUTPUT_OPTION,
  help: HELP_OPTION,
  ...CORPUS_OPTIONS,
};

/** Help text of `copub collaboration`. */
export const COLLABORATION_HELP = helpText("collaboration", COLLABORATION_OPTIONS, {
  usage: [
    [["period", "window", { key: "years", value: "2015-2022" }]],
    ["by", "counting", "format", { text: "[options]" }],
  ],
  description: `Per country, period and field: papers, domestic (single and multi-institution), international
(bilateral and multilateral) and the international co-authorship rate (methodology §5), with
a WORLD row and the papers without any country (§4.6).`,
  column: 29,
  sections: [
    {
      title: "Periods (§6; default: one row per year present):",
      entries: [
        {
          key: "period",
          help: `a fixed window (repeat for several); counts are yearly averages,
the rate is the ratio of the window's sums`,
        },
        {
          key: "window",
          help: `moving windows of 3 years shifted by one year, over the years present
or over --years`,
        },
        {
          key: "years",
          value: "2015-2022",
          help: "papers of these years only, one row per year (every year must be present)",
        },
      ],
      after: "A window whose years are not all in the corpus is an error naming the missing years.",
    },
    { title: "Options:", entries: ["by", "counting", "counting-method", "format", "output", "help"] },
  ],
  shared: [CORPUS_HELP_SECTION],
});

/**
 * Runs `copub collaboration`.
 * @param args - the arguments after `collaboration`
 * @param io - output channels
 * @returns the exit code
 */
export async function collaborationCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, COLLABORATION_OPTIONS);
  if (line.help) {
    io.stdout(COLLABORATION_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  const { counting, format } = values;
  if (positionals.length === 0) throw usageError("copub collaboration needs at least one file or folder");
  checkOutputTarget(io, format, values.output);
  // Validated once: the manifest records the settled options, and the indicator takes them as they are.
  const options = settle(CollaborationOptionsSchema, {
    counting,
    method: values["counting-method"],
    periods: periodsFromArgs(values.period, values.window, values.years),
    byField: values.by === "field",
  });
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "collaboration",
    commandOptions: { ...options, format },
    profiled: line.profiled,
  });
  const table = withProfileWindow(values.profile, line.profiled, () =>
    collaborationIndicators(corpus.papers, options),
  );
  await writeFormat(io, values.output, format, {
    json: () => jsonChunks(withNames({ ...table, accounting: corpus.accounting })),
    xlsx: () => workbookOf([collaborationSheet(table)], corpus),
    csv: () => collaborationCsvChunks(table),
    md: () => collaborationMarkdownChunks(table),
  });
  return EXIT.ok;
}
