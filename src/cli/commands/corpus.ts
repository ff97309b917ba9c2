/**
 * `copub corpus <inputs...> [--out FILE]`: builds the corpus (reading, normalization,
 * de-duplication, scope) and prints its account; with `--out`, saves it so later commands read
 * it instead of the exports.
 */
import { parseArgs } from "node:util";
import { writeCorpus } from "../../corpus/corpus-file.ts";
import { corpusSummary, corpusSummaryText } from "../../output/corpus-summary.ts";
import { toJson } from "../../output/json.ts";
import { CORPUS_ARGS, CORPUS_HELP, corpusFromArgs } from "../_corpus-args.ts";
import { type CliIo, EXIT } from "../io.ts";
import { usageError } from "../usage-error.ts";

/** Help text of `copub corpus`. */
export const CORPUS_COMMAND_HELP = `Usage: copub corpus <files or folders...> [--out FILE] [--format text|json] [options]

Reads Web of Science exports into one corpus: every record parsed or rejected, duplicates
(same UT) merged by METHODOLOGY.md §13.2, papers put in or out of scope by the filters, and
prints the record accounting (§13.4). With --out, saves the corpus as JSON Lines (gzip when
FILE ends in .gz); every command accepts that file in place of the exports.

Options:
  --out FILE           save the corpus
  --format text|json   output format of the account (default: text)
  -h, --help           show this help

${CORPUS_HELP}`;

/**
 * Runs `copub corpus`.
 * @param args - the arguments after `corpus`
 * @param io - output channels
 * @returns the exit code
 */
export async function corpusCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h" },
      ...CORPUS_ARGS,
    },
  });
  if (values.help === true) {
    io.stdout(CORPUS_COMMAND_HELP);
    return EXIT.ok;
  }
  if (values.format !== "text" && values.format !== "json") {
    throw usageError(`--format must be text or json, not "${values.format}"`);
  }
  if (positionals.length === 0) throw usageError("copub corpus needs at least one file or folder");
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "corpus",
    commandOptions: { format: values.format },
  });
  if (values.out !== undefined) await writeCorpus(values.out, corpus);
  io.stdout(values.format === "json" ? toJson(corpusSummary(corpus)) : corpusSummaryText(corpus));
  return EXIT.ok;
}
