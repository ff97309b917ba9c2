/**
 * `copub read <files or folders...> [--format json|text]`: reads every export and prints the
 * accounting (per file: detected format, records, parsed, rejected; then each rejection).
 */
import { parseArgs } from "node:util";
import type { ReadReport } from "../../diagnostics/read-report.ts";
import type { Rejection } from "../../diagnostics/rejection.ts";
import { toJson } from "../../output/json.ts";
import { type FileSummary, readSummary, readSummaryText } from "../../output/read-summary.ts";
import { tally } from "../../read/collect.ts";
import { visitInputs } from "../_inputs.ts";
import { type CliIo, EXIT } from "../io.ts";
import { usageError } from "../usage-error.ts";

/** Help text of `copub read`. */
export const READ_HELP = `Usage: copub read <files or folders...> [--format json|text]

Reads Web of Science exports (plain text, tab-delimited, XML; gzip allowed), detecting each
file's format from its content, and prints the accounting: per file the format, records,
parsed and rejected; then each rejection with file, line, record id and reason.
Folders are walked recursively; files in them that are not WoS exports are listed as skipped.

Options:
  --format json|text   output format (default: text)
  -h, --help           show this help

Exit code: 0 when every file was read (rejected records are reported, not fatal),
1 when an input cannot be read, 2 for bad usage.
`;

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
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help === true) {
    io.stdout(READ_HELP);
    return EXIT.ok;
  }
  if (values.format !== "json" && values.format !== "text") {
    throw usageError(`--format must be json or text, not "${values.format}"`);
  }
  if (positionals.length === 0) throw usageError("copub read needs at least one file or folder");

  const files: FileSummary[] = [];
  const rejections: Rejection[] = [];
  const skipped = await visitInputs(positionals, io, async (path, reading) => {
    const { report, rejections: fileRejections } = await tally(reading.items);
    files.push({ path, format: reading.format, ...countsOf(report) });
    rejections.push(...fileRejections);
  });
  const summary = readSummary(files, rejections, skipped);
  io.stdout(values.format === "json" ? toJson(summary) : readSummaryText(summary, rejections));
  return EXIT.ok;
}
