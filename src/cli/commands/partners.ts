/**
 * `copub partners <inputs...> --focal US`: the partner countries of a focal country (METHODOLOGY.md
 * §9), ranked per period and field by the papers they share with it, with shares of its
 * international co-authored papers, the rank change since an earlier window and the reverse view,
 * as Markdown, CSV, JSON or an HTML page.
 */
import { parseArgs } from "node:util";
import { partners, settlePartnerOptions } from "../../indicators/partners/partners.ts";
import { toJson } from "../../output/json.ts";
import { partnersHtml } from "../../output/partners-html.ts";
import { partnersCsv, partnersMarkdown } from "../../output/partners-table.ts";
import { countryOption } from "../_choices.ts";
import { CORPUS_ARGS, CORPUS_HELP, corpusFromArgs } from "../_corpus-args.ts";
import { PERIOD_ARGS, parseWindow, periodsFromArgs } from "../_period-args.ts";
import { type CliIo, EXIT } from "../io.ts";
import { usageError } from "../usage-error.ts";

/** Help text of `copub partners`. */
export const PARTNERS_HELP = `Usage: copub partners <files or folders...> --focal US [--period 2019-2021] [--compare 2009-2011]
                      [--by field] [--top 10] [--highlight JP] [--format json|csv|md|html] [options]

For a focal country A, per period and field: each partner B, the number of A's international
co-authored papers (two or more countries) that include B, its share of them, its rank, and its
rank in an earlier window (METHODOLOGY.md §9). Integer counting: a paper counts for each of its
partners. Ranks are competition ranks on exact counts, equal counts shown by ISO alpha-3. Also
the reverse view: the share of B's international papers that include A.

  --focal US                 the focal country (a country key: US, JP, GB, CN, …); required
  --compare 2009-2011        the earlier window: every partner gets its rank there (over all
                             partners; "new" without a paper there), and its rows are shown too
  --by field                 also the 8 NISTEP broad fields (chem, mat, phys, csmath, eng,
                             envgeo, clin, life); field "all" holds every paper
  --top 10                   rows for the first N partners of each period and field (default 10);
                             "all" for every partner
  --highlight JP             countries shown wherever they rank, marked with their move since
                             --compare (↑ ↓ → new); repeat or separate with commas
  --format md|csv|json|html  md (default): NISTEP-style tables, percentages with one decimal;
                             csv: the rows, unrounded (share 0–1); json: the rows, the focal
                             country's international papers per period and field, cutoff ties
                             and the record accounting; html: one self-contained page
  -h, --help                 show this help

Periods (§6; default: one per year present):
  --period 2019-2021         a fixed window (repeat for several); counts are sums over its years
  --window 3                 moving windows of 3 years shifted by one year
  --years 2015-2022          papers of these years only, one period per year
A window (or --compare) whose years are not all in the corpus is an error naming the missing years.

${CORPUS_HELP}`;

/**
 * Runs `copub partners`.
 * @param args - the arguments after `partners`
 * @param io - output channels
 * @returns the exit code
 */
export async function partnersCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      focal: { type: "string" },
      compare: { type: "string" },
      by: { type: "string" },
      top: { type: "string", default: "10" },
      highlight: { type: "string", multiple: true },
      format: { type: "string", default: "md" },
      help: { type: "boolean", short: "h" },
      ...PERIOD_ARGS,
      ...CORPUS_ARGS,
    },
  });
  if (values.help === true) {
    io.stdout(PARTNERS_HELP);
    return EXIT.ok;
  }
  const { format } = values;
  if (format !== "md" && format !== "csv" && format !== "json" && format !== "html")
    throw usageError(`--format must be json, csv, md or html, not "${format}"`);
  if (values.by !== undefined && values.by !== "field")
    throw usageError(`--by must be field, not "${values.by}"`);
  if (values.focal === undefined) throw usageError("--focal is required: the focal country, e.g. --focal US");
  if (positionals.length === 0) throw usageError("copub partners needs at least one file or folder");
  const options = settlePartnerOptions({
    focal: countryOption(values.focal, "--focal"),
    periods: periodsFromArgs(values.period, values.window, values.years),
    compare: values.compare === undefined ? null : parseWindow(values.compare, "--compare"),
    byField: values.by === "field",
    top: topOption(values.top),
    highlight: (values.highlight ?? [])
      .flatMap((text) => text.split(","))
      .filter((text) => text.trim().length > 0)
      .map((text) => countryOption(text, "--highlight")),
  });
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "partners",
    commandOptions: { ...options, format },
  });
  const table = partners(corpus.papers, options);
  if (format === "json") io.stdout(toJson({ ...table, accounting: corpus.accounting }));
  else if (format === "csv") io.stdout(partnersCsv(table));
  else io.stdout(format === "html" ? partnersHtml(table) : partnersMarkdown(table));
  return EXIT.ok;
}

function topOption(text: string): number | null {
  if (text === "all") return null;
  if (!/^[1-9]\d*$/.test(text))
    throw usageError(`--top must be a whole number of partners (1 or more) or all, not "${text}"`);
  return Number(text);
}
