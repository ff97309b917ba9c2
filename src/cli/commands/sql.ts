/**
 * `copub sql DIR --indicator collaboration|top|partners`: the shipped SQL run on DuckDB over a
 * corpus exported with `copub export --format parquet`, printing the rows of `copub
 * collaboration`, `copub top` (thresholds from the corpus or a threshold table) or `copub
 * partners`, in the same JSON and CSV (docs/scale-out.md). DuckDB is an optional dependency,
 * loaded only here.
 */
import { collaborationFromSql } from "../../indicators/collaboration/collaboration-sql.ts";
import { CountingMethodSchema } from "../../indicators/counting/counting-weights.ts";
import { partnersFromSql } from "../../indicators/partners/partners-sql.ts";
import { openParquetCorpus } from "../../indicators/sql/duckdb-corpus.ts";
import { SQL_INDICATORS } from "../../indicators/sql/shipped-sql.ts";
import { ReferenceSetKindSchema } from "../../indicators/top-cited/reference-sets.ts";
import { cwtsTopCitedFromSql, incitesTopCitedFromSql } from "../../indicators/top-cited/source-tables-sql.ts";
import { topCitedFromSql } from "../../indicators/top-cited/top-cited-sql.ts";
import { TopMethodSchema } from "../../indicators/top-cited/top-weights.ts";
import { withNames } from "../../output/code-names.ts";
import { collaborationCsvChunks } from "../../output/collaboration-table.ts";
import { toJson } from "../../output/json.ts";
import { namedRowsCsvChunks } from "../../output/named-rows.ts";
import { partnersCsvChunks } from "../../output/partners-table.ts";
import { topCitedCsvChunks } from "../../output/top-cited-table.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_OPTIONS } from "../_corpus-args.ts";
import { countryKey, repeatedCountryKeys } from "../_country-options.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { PROFILE_OPTION, yearRange } from "../_normalize-args.ts";
import { choice, flag, HELP_OPTION, text, wholeNumber } from "../_options.ts";
import { writeStdout } from "../_output-file.ts";
import { PROFILED_PERIOD_OPTIONS, periodsFromArgs, yearWindow } from "../_period-args.ts";
import {
  checkTopTable,
  openReference,
  TABLE_REFERENCE_SETS,
  THRESHOLDS,
  TOP_TABLES,
} from "../_reference-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub sql`. */
export const SQL_OPTIONS = {
  indicator: choice(SQL_INDICATORS, {
    required: "collaboration, top or partners",
    help: "the indicator: collaboration, top (Top10%/Top1%) or partners",
  }),
  format: choice(["json", "csv"], {
    default: "json",
    help: "json (default): as the indicator's command prints it; csv: its CSV",
  }),
  ...PROFILED_PERIOD_OPTIONS,
  years: yearRange({
    value: "FROM-TO",
    help: "one period per year of this range (every year must be present)",
  }),
  by: choice(["field"], { help: "also one row per NISTEP broad field" }),
  counting: choice(["integer", "fractional"], {
    help: "collaboration, top: integer (default) or fractional counting (--counting-method)",
    profile: (p) => p.counting,
  }),
  "counting-method": choice(CountingMethodSchema.exclude(["integer"]).options, {
    profile: (p) => p.countingMethod,
    help: `collaboration, top: nistep (default, §4.2), cwts (§4.3), country, address
or author (§4.4)`,
  }),
  reference: text({
    value: "corpus|FILE",
    takes: "corpus or a threshold table file",
    help: `top: thresholds from the exported corpus (default, §8.1), or a threshold
table as copub top --reference FILE takes it`,
  }),
  table: choice(TOP_TABLES, {
    profile: (p) => p.topTable,
    help: `top: nistep (default), cwts (P, P(top 10%), PP(top 10%), full and
fractional) or incites (Documents in Top 10%, …), as in copub top`,
  }),
  percentile: choice(["10", "1"], { help: "top: Top10% (default) or Top1%" }),
  method: choice(TopMethodSchema.options, {
    // A table given explicitly brings its own method, not the profile's (as in copub top).
    profile: (p, given) => (given.has("table") ? null : p.topMethod),
    help: "top: the variant of §8.4, or incites (§8.5); default tie-fraction",
  }),
  split: choice(["adjusted", "raw"], { help: "top: adjusted (default) or raw split" }),
  "reference-sets": choice(ReferenceSetKindSchema.options, {
    // A method or table given explicitly brings its own reference sets, not the profile's.
    profile: (p, given) => (given.has("method") || given.has("table") ? null : p.referenceSets),
    help: `top: ESI field x year (default), also document type, or WoS Category
x year x type (InCites, the default for --method incites)`,
  }),
  citations: choice(["TC", "Z9"], { help: "top: TC (default) or Z9" }),
  snapshot: text({
    value: "2023-12-31",
    takes: "a date like 2023-12-31",
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    help: "top: citation snapshot for exports without DA",
  }),
  "zero-citations-never-top": flag({ help: "top: no paper counts where the threshold is 0" }),
  focal: countryKey({ value: "US", help: "partners: the focal country (required there)" }),
  compare: yearWindow({ value: "2009-2011", help: "partners: the earlier window ranks are compared with" }),
  top: wholeNumber({
    min: 1,
    orAll: true,
    value: "10",
    help: 'partners: rows for the first N partners (default 10), or "all"',
  }),
  highlight: repeatedCountryKeys({ value: "JP", help: "partners: countries shown wherever they rank" }),
  profile: PROFILE_OPTION,
  threads: wholeNumber({
    min: 1,
    value: "2",
    help: "DuckDB threads (default: every core; the SQL's sums are exact, so any number prints the same bytes)",
  }),
  "memory-limit": text({
    value: "4GB",
    takes: "a size like 4GB",
    pattern: /^\d+(\.\d+)?\s*[KMGT]i?B$/i,
    help: "DuckDB memory limit (default: 80% of RAM)",
  }),
  help: HELP_OPTION,
};

/**
 * Options of `copub top`, `copub collaboration` and `copub partners` that `copub sql` does not
 * take as they do, and `copub sql`'s own, each with why (the corpus options apart: the export
 * fixed them). `test/cli/sql-options.test.ts` walks the option tables against this list.
 */
export const SQL_OPTION_NOTES: Readonly<Record<string, string>> = {
  format:
    "copub sql prints json or csv, the tables' data; md, html and xlsx render it for reading, which the other commands do from the same corpus",
  output: "copub sql prints to stdout: redirect it to a file",
  "thresholds-out":
    "copub sql prints the run's thresholds in its JSON (thresholds); a threshold table to score other exports with comes from copub top --reference corpus --thresholds-out on the extraction",
  years:
    "a period option here (one period per year of the range), as in the other commands; as a scope filter it was applied at export",
  profile: "sets the profile's indicator switches here; its corpus switches were applied at export",
  indicator: "which of the three tables copub sql computes",
  threads: "DuckDB's worker threads; the sums are exact, so any number prints the same bytes",
  "memory-limit": "DuckDB's memory limit, beyond which it spills to disk",
};

type SqlOption = keyof typeof SQL_OPTIONS;

/** The options each indicator takes besides the shared ones. */
const OWN_OPTIONS: Readonly<Record<(typeof SQL_INDICATORS)[number], readonly SqlOption[]>> = {
  collaboration: ["counting", "counting-method"],
  top: [
    "counting",
    "counting-method",
    "reference",
    "table",
    "percentile",
    "method",
    "split",
    "reference-sets",
    "citations",
    "snapshot",
    "zero-citations-never-top",
  ],
  partners: ["focal", "compare", "top", "highlight"],
};

/** Help text of `copub sql`. */
export const SQL_HELP = helpText("sql", SQL_OPTIONS, {
  operands: "<folder>",
  usage: [
    ["indicator", "format"],
    [["period", "window", "years"], "by", { text: "[options]" }],
  ],
  description: `Runs copub's shipped SQL (collaboration.sql, top.sql, partners.sql; the same text runs on
Spark, docs/scale-out.md) on DuckDB over one folder written by "copub export --format parquet",
and prints what "copub collaboration", "copub top" (any --table) or "copub partners" print for
the same corpus, in the same JSON or CSV. DuckDB is an optional dependency: install it with
"npm install @duckdb/node-api".`,
  column: 31,
  sections: [
    { title: "Options:", entries: ["indicator", "format", "period", "window", "years", "by", "profile"] },
    {
      title: "collaboration and top:",
      entries: ["counting", "counting-method"],
    },
    {
      title: "top (methodology §8):",
      entries: OWN_OPTIONS.top.filter((option) => !OWN_OPTIONS.collaboration.includes(option)),
    },
    { title: "partners (methodology §9):", entries: OWN_OPTIONS.partners },
    { title: "DuckDB:", entries: ["threads", "memory-limit", "help"] },
  ],
});

/**
 * Runs `copub sql`.
 * @param args - the arguments after `sql`
 * @param io - output channels
 * @returns the exit code
 */
export async function sqlCommand(args: readonly string[], io: CliIo): Promise<number> {
  const corpusSwitches = args
    .map((arg) => /^--([^=]+)/.exec(arg)?.[1])
    .filter((name): name is string => name !== undefined && name in CORPUS_OPTIONS && !(name in SQL_OPTIONS));
  if (corpusSwitches.length > 0)
    throw usageError(
      `--${corpusSwitches.join(", --")}: a corpus option, fixed when the corpus was exported; export again with it (copub export … --${corpusSwitches[0]} … --format parquet) and run copub sql on that folder`,
    );
  const line = parseCommandLine(args, SQL_OPTIONS);
  if (line.help) {
    io.stdout(SQL_HELP);
    return EXIT.ok;
  }
  const { values, given, positionals } = line;
  if (values.profile !== undefined)
    // A profile's corpus switches (document types, year basis, country policies) decided what the
    // export holds; here it sets only the indicator switches, and says which.
    io.stderr(
      `copub sql: --profile ${values.profile} sets ${line.profiled.size === 0 ? "no option not given" : [...line.profiled].map((name) => `--${name}`).join(", ")} here; its corpus switches (document types, year basis, country policies) were fixed when the corpus was exported (copub export --profile ${values.profile})\n`,
    );
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0)
    throw usageError('copub sql needs one folder written by "copub export --format parquet"');
  const indicator = values.indicator;
  const others = Object.entries(OWN_OPTIONS)
    .filter(([name]) => name !== indicator)
    .flatMap(([, options]) => options)
    .filter((option) => !OWN_OPTIONS[indicator].includes(option) && given.has(option));
  if (others.length > 0)
    throw usageError(`--${[...new Set(others)].join(", --")} cannot be used with --indicator ${indicator}`);
  const style = values.table ?? "nistep";
  checkTopTable(style, given);
  const sets = values["reference-sets"];
  // Read before DuckDB opens the corpus, so a bad table fails fast, as in copub top.
  const { table: reference } = await openReference(THRESHOLDS, values.reference ?? "corpus", {
    referenceSets: values["reference-sets"] ?? null,
    citationCount: values.citations ?? null,
  });
  if (indicator === "partners" && values.focal === undefined)
    throw usageError("--focal is required with --indicator partners: the focal country, e.g. --focal US");
  const periods = periodsFromArgs(values.period, values.window, values.years);
  const byField = values.by === "field";
  const counting = values.counting ?? "integer";
  const countingMethod = values["counting-method"] ?? "nistep";
  const session = await openParquetCorpus(dir, {
    ...(values.threads === undefined ? {} : { threads: values.threads }),
    ...(values["memory-limit"] === undefined ? {} : { memoryLimit: values["memory-limit"] }),
  });
  try {
    const { accounting } = session.metadata.corpus;
    const json = (table: object) => toJson(withNames({ ...table, accounting }));
    if (indicator === "collaboration") {
      const table = await collaborationFromSql(session, {
        counting,
        method: countingMethod,
        periods,
        byField,
      });
      await writeStdout(io, values.format === "json" ? json(table) : collaborationCsvChunks(table));
    } else if (indicator === "top" && style !== "nistep") {
      const common = {
        reference: reference ?? "corpus",
        referenceSets: sets ?? TABLE_REFERENCE_SETS[style],
        citationCount: values.citations ?? "TC",
        periods,
        byField,
      } as const;
      const { rows, reference: source } =
        style === "cwts"
          ? await cwtsTopCitedFromSql(session, common)
          : await incitesTopCitedFromSql(session, common);
      await writeStdout(
        io,
        values.format === "json" ? json({ rows, reference: source }) : namedRowsCsvChunks(rows),
      );
    } else if (indicator === "top") {
      const table = await topCitedFromSql(session, {
        reference: reference ?? "corpus",
        percentile: values.percentile === "1" ? 1 : 10,
        method: values.method ?? "tie-fraction",
        counting,
        countingMethod,
        split: values.split ?? "adjusted",
        referenceSets: values["reference-sets"] ?? null,
        citationCount: values.citations ?? "TC",
        snapshot: values.snapshot ?? null,
        zeroCitationsNeverTop: values["zero-citations-never-top"],
        periods,
        byField,
      });
      await writeStdout(io, values.format === "json" ? json(table) : topCitedCsvChunks(table));
    } else {
      const table = await partnersFromSql(session, {
        focal: values.focal as string,
        periods,
        compare: values.compare ?? null,
        byField,
        top: given.has("top") ? (values.top ?? null) : 10,
        highlight: values.highlight,
      });
      await writeStdout(io, values.format === "json" ? json(table) : partnersCsvChunks(table));
    }
  } finally {
    session.close();
  }
  return EXIT.ok;
}
