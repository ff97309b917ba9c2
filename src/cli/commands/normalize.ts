/**
 * `copub normalize <inputs...> [--format jsonl|csv]`: one normalized paper per line, sorted by
 * UT, so an analyst can audit why each paper went to each country. Rejected records and the
 * accounting go to standard error.
 */

import { createScopeTest, ScopeFiltersSchema } from "../../corpus/scope.ts";
import { pickOptions } from "../../diagnostics/checked-options.ts";
import { formatRejection, type Rejection } from "../../diagnostics/rejection.ts";
import { createNormalizer } from "../../normalize/normalize.ts";
import { NormalizeOptionsSchema } from "../../normalize/normalize-options.ts";
import type { NormalizedPaper } from "../../normalize/paper.ts";
import { papersCsvChunks, papersJsonlChunks } from "../../output/papers.ts";
import { parseCommandLine } from "../_command-line.ts";
import { helpText } from "../_help.ts";
import { visitInputs } from "../_inputs.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { NORMALIZE_HELP_SECTION, NORMALIZE_OPTIONS, normalizeOptionsFromArgs } from "../_normalize-args.ts";
import { choice, HELP_OPTION } from "../_options.ts";
import { writeStdout } from "../_output-file.ts";
import { QUIET_OPTION } from "../_progress.ts";
import { READ_LIMIT_HELP_SECTION, READ_LIMIT_OPTIONS, readLimitsFromArgs } from "../_read-limit-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub normalize`. */
const NORMALIZE_COMMAND_OPTIONS = {
  format: choice(["jsonl", "csv"], { default: "jsonl", help: "output format (default: jsonl)" }),
  quiet: QUIET_OPTION,
  help: HELP_OPTION,
  ...NORMALIZE_OPTIONS,
  ...READ_LIMIT_OPTIONS,
};

/** Help text of `copub normalize`. */
export const NORMALIZE_COMMAND_HELP = helpText("normalize", NORMALIZE_COMMAND_OPTIONS, {
  usage: [["format", { text: "[normalization options]" }]],
  description: `Reads Web of Science exports and writes one normalized paper per line, sorted by UT:
{ "ut", "year", "docTypes", "inScope", "countries", "countryNames", "institutions", "fields",
  "citations", "warnings", "exclusions", "addresses" } — countries as ISO keys, sorted, with their
English names; "addresses" shows the token each country was read from. Records that appear in
several inputs appear once per input (de-duplication is the corpus's job). Rejected records and the record accounting go to stderr.`,
  column: 23,
  sections: [{ title: "Options:", entries: ["format", "quiet", "help"] }],
  shared: [NORMALIZE_HELP_SECTION, READ_LIMIT_HELP_SECTION],
});

interface Located {
  readonly paper: NormalizedPaper;
  readonly file: string;
  readonly recordIndex: number;
}

/**
 * Runs `copub normalize`.
 * @param args - the arguments after `normalize`
 * @param io - output channels
 * @returns the exit code
 */
export async function normalizeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, NORMALIZE_COMMAND_OPTIONS);
  if (line.help) {
    io.stdout(NORMALIZE_COMMAND_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  if (positionals.length === 0) throw usageError("copub normalize needs at least one file or folder");
  const options = await normalizeOptionsFromArgs(values);
  const normalizeRecord = createNormalizer(pickOptions(NormalizeOptionsSchema, options));
  const scopeOf = createScopeTest(pickOptions(ScopeFiltersSchema, options));

  const located: Located[] = [];
  const rejections: Rejection[] = [];
  const limits = readLimitsFromArgs(values);
  await visitInputs(positionals, io, { quiet: values.quiet, limits }, async (file, reading) => {
    for await (const item of reading.items) {
      if (item.ok)
        located.push({ paper: normalizeRecord(item.record), file, recordIndex: item.at.recordIndex });
      else rejections.push(item.rejection);
    }
  });
  // The same UT from two inputs: order by file and position, never by reading order.
  located.sort(
    (a, b) => compare(a.paper.ut, b.paper.ut) || compare(a.file, b.file) || a.recordIndex - b.recordIndex,
  );
  const papers = located.map(({ paper }) => ({ ...paper, exclusions: scopeOf(paper) }));
  await writeStdout(io, values.format === "csv" ? papersCsvChunks(papers) : papersJsonlChunks(papers));
  for (const rejection of rejections) io.stderr(`${formatRejection(rejection)}\n`);
  const inScope = papers.filter((p) => p.exclusions.length === 0).length;
  io.stderr(
    `copub normalize: ${papers.length + rejections.length} records: ${papers.length} parsed (${inScope} in scope), ${rejections.length} rejected\n`,
  );
  return EXIT.ok;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
