/**
 * `copub corpus <inputs...> [--out FILE]`: builds the corpus (reading, normalization,
 * de-duplication, scope) and prints its account; with `--out`, saves it so later commands read
 * it instead of the exports.
 */
import { writeCorpus } from "../../output/corpus-file.ts";
import { corpusSummary, corpusSummaryText } from "../../output/corpus-summary.ts";
import { jsonChunks } from "../../output/json.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_HELP_SECTION, CORPUS_OPTIONS, corpusFromArgs } from "../_corpus-args.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { choice, file, HELP_OPTION } from "../_options.ts";
import { writeStdout } from "../_output-file.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub corpus`. */
const CORPUS_COMMAND_OPTIONS = {
  out: file("save the corpus"),
  format: choice(["text", "json"], { default: "text", help: "output format of the account (default: text)" }),
  help: HELP_OPTION,
  ...CORPUS_OPTIONS,
};

/** Help text of `copub corpus`. */
export const CORPUS_COMMAND_HELP = helpText("corpus", CORPUS_COMMAND_OPTIONS, {
  usage: [["out", "format", { text: "[options]" }]],
  description: `Reads Web of Science exports into one corpus: every record parsed or rejected, duplicates
(same UT) merged by methodology §13.2, papers put in or out of scope by the filters, and
prints the record accounting (§13.4). With --out, saves the corpus as JSON Lines (gzip when
FILE ends in .gz); every command accepts that file in place of the exports.`,
  column: 23,
  sections: [{ title: "Options:", entries: ["out", "format", "help"] }],
  shared: [CORPUS_HELP_SECTION],
});

/**
 * Runs `copub corpus`.
 * @param args - the arguments after `corpus`
 * @param io - output channels
 * @returns the exit code
 */
export async function corpusCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, CORPUS_COMMAND_OPTIONS);
  if (line.help) {
    io.stdout(CORPUS_COMMAND_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  if (positionals.length === 0) throw usageError("copub corpus needs at least one file or folder");
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "corpus",
    fundingText: true,
    commandOptions: { format: values.format },
    profiled: line.profiled,
  });
  if (values.out !== undefined) await writeCorpus(values.out, corpus);
  await writeStdout(
    io,
    values.format === "json" ? jsonChunks(corpusSummary(corpus)) : corpusSummaryText(corpus),
  );
  return EXIT.ok;
}
