/**
 * `copub export <inputs...> --format parquet --out DIR`: the normalized, deduplicated corpus as
 * Parquet tables partitioned by publication year (docs/parquet.md), for DuckDB here (`copub sql`)
 * and Spark, pandas or Arrow at scale (docs/scale-out.md).
 */
import { savedCorpusHeader } from "../../corpus/corpus-file.ts";
import {
  countryDimensionRows,
  exportedPapers,
  paperRows,
} from "../../indicators/corpus-tables/paper-rows.ts";
import { toJson } from "../../output/json.ts";
import { createParquetCorpusWriter } from "../../output/parquet-corpus.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_HELP_SECTION, CORPUS_OPTIONS, corpusFromArgs } from "../_corpus-args.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { choice, HELP_OPTION, text } from "../_options.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub export`. */
const EXPORT_OPTIONS = {
  format: choice(["parquet"], {
    default: "parquet",
    help: "parquet (default): one folder of Parquet files per table",
  }),
  out: text({
    value: "DIR",
    takes: "a folder",
    required: "the folder to write, e.g. --out corpus-parquet",
    help: `the folder to write: new, empty, or an earlier export (replaced)`,
  }),
  help: HELP_OPTION,
  ...CORPUS_OPTIONS,
};

/** Help text of `copub export`. */
export const EXPORT_HELP = helpText("export", EXPORT_OPTIONS, {
  usage: [["format", "out", { text: "[options]" }]],
  description: `Writes the corpus as Parquet tables partitioned by publication year (year=2021/…): papers,
citations, paper_country (with the weight of every counting method, methodology §4),
paper_counting_warning, paper_institution, paper_author, paper_field (ESI and NISTEP shares),
paper_grant, cited_references and countries, with copub-corpus.json (options, accounting,
schema) beside them. Papers left out only by --countries or --fields are kept with
in_scope = false: they belong to the Top10% reference sets (§8.1). "copub sql DIR" computes
the indicators from the folder; docs/parquet.md gives the schema, docs/scale-out.md Spark.`,
  column: 23,
  sections: [{ title: "Options:", entries: ["format", "out", "help"] }],
  shared: [CORPUS_HELP_SECTION],
});

/**
 * Runs `copub export`.
 * @param args - the arguments after `export`
 * @param io - output channels
 * @returns the exit code
 */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, EXPORT_OPTIONS);
  if (line.help) {
    io.stdout(EXPORT_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  if (positionals.length === 0) throw usageError("copub export needs at least one file or folder");
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "export",
    fundingText: true,
    commandOptions: { format: values.format },
  });
  const out = await createParquetCorpusWriter(values.out);
  const keys = new Set<string>();
  for (const { paper, inScope } of exportedPapers(corpus)) {
    const rows = paperRows(paper, inScope);
    out.add(rows);
    for (const row of rows.tables.paper_country ?? []) keys.add(String(row.country));
  }
  out.addTable("countries", countryDimensionRows(keys));
  const counts = await out.finish(savedCorpusHeader(corpus));
  io.stdout(toJson({ out: values.out, format: values.format, rows: counts, accounting: corpus.accounting }));
  return EXIT.ok;
}
