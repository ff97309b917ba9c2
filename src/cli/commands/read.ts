/**
 * `copub read <files or folders...> [--format json|text]`: reads every export and prints the
 * accounting (per file: detected format, records, parsed, rejected; then each rejection).
 */
import { defaultThreads, MAX_THREADS } from "../../corpus/load-corpus.ts";
import type { ReadReport } from "../../diagnostics/read-report.ts";
import type { Rejection } from "../../diagnostics/rejection.ts";
import { jsonChunks } from "../../output/json.ts";
import { type FileSummary, readSummary, readSummaryText } from "../../output/read-summary.ts";
import { tally } from "../../read/collect.ts";
import { tallyThreads } from "../../read/parallel-tally.ts";
import { recordedReadLimits, recordLimits } from "../../read/read-limits.ts";
import { parseCommandLine } from "../_command-line.ts";
import { helpText } from "../_help.ts";
import { visitInputs } from "../_inputs.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { PROFILE_OPTION } from "../_normalize-args.ts";
import { choice, HELP_OPTION, wholeNumber } from "../_options.ts";
import { writeStdout } from "../_output-file.ts";
import { QUIET_OPTION } from "../_progress.ts";
import { READ_LIMIT_HELP_SECTION, READ_LIMIT_OPTIONS, readLimitsFromArgs } from "../_read-limit-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub read`. */
const READ_OPTIONS = {
  format: choice(["json", "text"], { default: "text", help: "output format (default: text)" }),
  // Every command takes --profile (methodology §14); none of its switches is about reading, so
  // here it is checked and recorded in the summary, and changes nothing else.
  profile: PROFILE_OPTION,
  quiet: QUIET_OPTION,
  threads: wholeNumber({
    min: 1,
    value: "N",
    help: `threads reading exports (default ${defaultThreads()}, at most ${MAX_THREADS}):
N > 1 reads on the main thread and N-1 workers, each file of 8 MiB
or more cut into record-aligned blocks; the accounting is the same
whatever N`,
  }),
  help: HELP_OPTION,
  ...READ_LIMIT_OPTIONS,
};

/** Help text of `copub read`. */
export const READ_HELP = helpText("read", READ_OPTIONS, {
  usage: [["format"]],
  description: `Reads Web of Science exports (plain text, tab-delimited, XML; gzip allowed), detecting each
file's format from its content, and prints the accounting: per file the format, records,
parsed and rejected; then each rejection with file, line, record id and reason. The JSON form
also records the profile given (--profile: nothing read depends on it) and the read limits.
Folders are walked recursively; files in them that are not WoS exports are listed as skipped.`,
  column: 23,
  sections: [{ title: "Options:", entries: ["format", "profile", "quiet", "threads", "help"] }],
  shared: [READ_LIMIT_HELP_SECTION],
  epilogue: `Exit code: 0 when every file was read (rejected records are reported, not fatal),
1 when an input cannot be read, 2 for bad usage.`,
});

/**
 * Runs `copub read`.
 * @param args - the arguments after `read`
 * @param io - output channels
 * @returns the exit code
 */
function countsOf(report: ReadReport): Pick<FileSummary, "records" | "parsed" | "rejected"> {
  return { records: report.records, parsed: report.parsed, rejected: report.rejected };
}

export async function readCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, READ_OPTIONS);
  if (line.help) {
    io.stdout(READ_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  if (positionals.length === 0) throw usageError("copub read needs at least one file or folder");

  const files: FileSummary[] = [];
  const rejections: Rejection[] = [];
  const limits = readLimitsFromArgs(values);
  const threads = Math.min(values.threads ?? defaultThreads(), MAX_THREADS);
  const readOptions = recordLimits(limits);
  // One pool of workers for every file, started by the first large one.
  const onThreads = tallyThreads({ threads, readOptions });
  let skipped: Awaited<ReturnType<typeof visitInputs>>;
  try {
    skipped = await visitInputs(
      positionals,
      io,
      { quiet: values.quiet, limits },
      async (path, reading, countItems) => {
        // A large export is counted on threads (its content then read in blocks, its items not).
        const counted = await onThreads.tally(path, reading, countItems);
        const { report, rejections: fileRejections } = counted ?? (await tally(reading.items));
        files.push({ path, format: reading.format, ...countsOf(report) });
        for (const rejection of fileRejections) rejections.push(rejection);
      },
    );
  } finally {
    await onThreads.stop();
  }
  const summary = readSummary(files, rejections, skipped, {
    profile: values.profile ?? null,
    readLimits: recordedReadLimits(limits),
  });
  await writeStdout(
    io,
    values.format === "json" ? jsonChunks(summary) : readSummaryText(summary, rejections),
  );
  return EXIT.ok;
}
