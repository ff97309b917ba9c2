/**
 * `copub partners <inputs...> --focal US`: the partner countries of a focal country (docs/methodology.md
 * §9), ranked per period and field by the papers they share with it, with shares of its
 * international co-authored papers, the rank change since an earlier window and the reverse view,
 * as Markdown, CSV, JSON or an HTML page.
 */
import { partners, partnersInFieldScope, settlePartnerOptions } from "../../indicators/partners/partners.ts";
import { withNames } from "../../output/code-names.ts";
import { jsonChunks } from "../../output/json.ts";
import { partnersHtml } from "../../output/partners-html.ts";
import { partnersCsvChunks, partnersMarkdownChunks } from "../../output/partners-table.ts";
import { partnersSheet } from "../../output/table-sheets.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_HELP_SECTION, CORPUS_OPTIONS, corpusFromArgs } from "../_corpus-args.ts";
import { countryKey, repeatedCountryKeys } from "../_country-options.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { choice, HELP_OPTION, wholeNumber } from "../_options.ts";
import { checkOutputTarget, OUTPUT_OPTION, workbookOf, writeFormat } from "../_output-file.ts";
import { PROFILED_PERIOD_OPTIONS, periodsFromArgs, withProfileWindow, yearWindow } from "../_period-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub partners`. */
export const PARTNERS_OPTIONS = {
  focal: countryKey({
    value: "US",
    required: "the focal country, e.g. --focal US",
    help: `the focal country, required: an ISO code (US, USA), an English
name (United States) or a WoS spelling (Peoples R China)`,
  }),
  compare: yearWindow({
    value: "2009-2011",
    help: `the earlier window: every partner gets its rank there (over all
partners; "new" without a paper there), and its rows are shown too`,
  }),
  by: choice(["field"], {
    help: `also the 8 NISTEP broad fields (chem, mat, phys, csmath, eng,
envgeo, clin, life) and other; field "all" holds every paper`,
  }),
  top: wholeNumber({
    min: 1,
    orAll: true,
    default: 10,
    value: "10",
    help: `rows for the first N partners of each period and field (default 10);
"all" for every partner`,
  }),
  highlight: repeatedCountryKeys({
    value: "JP",
    help: `countries shown wherever they rank, marked with their move since
--compare (↑ ↓ → new), given as --focal; repeat or separate with
commas`,
  }),
  format: choice(["md", "csv", "json", "html", "xlsx"], {
    default: "md",
    help: `md (default): NISTEP-style tables, percentages with one decimal;
csv: the rows, unrounded (share 0–1); json: the rows, the focal
country's international papers per period and field, cutoff ties
and the record accounting; html: one self-contained page; xlsx: an Excel workbook (the table and
the record accounting as sheets; needs --output FILE or a redirect)`,
  }),
  output: OUTPUT_OPTION,
  help: HELP_OPTION,
  ...PROFILED_PERIOD_OPTIONS,
  ...CORPUS_OPTIONS,
};

/** Help text of `copub partners`. */
export const PARTNERS_HELP = helpText("partners", PARTNERS_OPTIONS, {
  usage: [
    ["focal", "period", "compare"],
    ["by", "top", "highlight", "format", { text: "[options]" }],
  ],
  description: `For a focal country A, per period and field: each partner B, the number of A's international
co-authored papers (two or more countries) that include B, its share of them, its rank, and its
rank in an earlier window (methodology §9). Integer counting: a paper counts for each of its
partners. Ranks are competition ranks on exact counts, equal counts shown by ISO alpha-3. Also
the reverse view: the share of B's international papers that include A.`,
  column: 29,
  sections: [
    { entries: ["focal", "compare", "by", "top", "highlight", "format", "output", "help"] },
    {
      title: "Periods (§6; default: one per year present):",
      entries: [
        { key: "period", help: "a fixed window (repeat for several); counts are sums over its years" },
        "window",
        { key: "years", value: "2015-2022", help: "papers of these years only, one period per year" },
      ],
      after:
        "A window (or --compare) whose years are not all in the corpus is an error naming the missing years.",
    },
  ],
  shared: [CORPUS_HELP_SECTION],
});

/**
 * Runs `copub partners`.
 * @param args - the arguments after `partners`
 * @param io - output channels
 * @returns the exit code
 */
export async function partnersCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, PARTNERS_OPTIONS);
  if (line.help) {
    io.stdout(PARTNERS_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  const { format } = values;
  if (positionals.length === 0) throw usageError("copub partners needs at least one file or folder");
  checkOutputTarget(io, format, values.output);
  const options = settlePartnerOptions({
    focal: values.focal,
    periods: periodsFromArgs(values.period, values.window, values.years),
    compare: values.compare ?? null,
    byField: values.by === "field",
    top: values.top,
    highlight: values.highlight,
  });
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "partners",
    commandOptions: { ...options, format },
    profiled: line.profiled,
  });
  // By field, only the fields of the corpus's scope: the others would show a paper of a field in
  // scope that is also in theirs, or nothing.
  const table = partnersInFieldScope(
    withProfileWindow(values.profile, line.profiled, () => partners(corpus.papers, options)),
    options.byField ? corpus.options.fields : null,
  );
  await writeFormat(io, values.output, format, {
    json: () => jsonChunks(withNames({ ...table, accounting: corpus.accounting })),
    xlsx: () => workbookOf([partnersSheet(table)], corpus),
    csv: () => partnersCsvChunks(table),
    html: () => partnersHtml(table),
    md: () => partnersMarkdownChunks(table),
  });
  return EXIT.ok;
}
