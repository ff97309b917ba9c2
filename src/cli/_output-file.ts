/**
 * Where a command's output goes besides notices: files (`--out`, `--manifest`,
 * `--thresholds-out`), folders (`copub report --out DIR`) and standard output. Files and folders
 * are written atomically by `output/atomic-write.ts` (a failed or killed run leaves the earlier
 * output whole; a finished one leaves nothing of it); standard output is written chunk by chunk,
 * waiting for the stream to drain, so an output of any size is never one string.
 */

import type { Corpus } from "../corpus/corpus.ts";
import {
  type FileContent,
  type FolderFile,
  writeFileAtomically,
  writeFolderAtomically,
} from "../output/atomic-write.ts";
import { accountingSheets } from "../output/table-sheets.ts";
import type { Text } from "../output/text-chunks.ts";
import { toXlsx, type XlsxSheet } from "../output/xlsx.ts";
import type { CliIo } from "./_io.ts";
import { file } from "./_options.ts";
import { usageError } from "./_usage-error.ts";

/** `--output FILE` of the table commands: the table to a file instead of standard output. */
export const OUTPUT_OPTION = file(`write the table to this file instead of standard output (an
xlsx workbook needs it, unless standard output goes to a file or pipe)`);

/**
 * Writes text or bytes to a file atomically, creating its folder when asked.
 * @param path - the file
 * @param text - its content: a string, chunks, or bytes
 * @param options - `makeFolder`: create the missing folders above the file first; default `false`
 * @throws CopubError `unreadable` when the file cannot be written (an earlier file stays whole)
 * @example
 * await writeOutputFile("out/network.graphml", graphmlChunks(network), { makeFolder: true });
 */
export async function writeOutputFile(
  path: string,
  text: FileContent,
  options: { readonly makeFolder?: boolean } = {},
): Promise<void> {
  await writeFileAtomically(path, text, options);
}

/**
 * Writes a folder of files atomically, replacing an earlier one only if it holds nothing but
 * files `replaceable` accepts (an earlier run's).
 * @param folder - the folder
 * @param files - its files
 * @param replaceable - whether an existing file name is one this command writes
 * @throws CopubError `unreadable` when it cannot be written, `invalid-option` when the folder
 *   exists and holds other files; the earlier folder is left whole either way
 * @example
 * await writeOutputFolder("report", reportFiles(report), isReportFileName);
 */
export async function writeOutputFolder(
  folder: string,
  files: Iterable<FolderFile>,
  replaceable: (name: string) => boolean,
): Promise<void> {
  await writeFolderAtomically(folder, files, { replaceable });
}

/**
 * Writes text to standard output chunk by chunk, waiting after each chunk until the stream has
 * taken it.
 * @param io - the command's output channels
 * @param text - a string or chunks
 * @example
 * await writeStdout(io, graphmlChunks(network));
 */
export async function writeStdout(io: CliIo, text: Text): Promise<void> {
  if (typeof text === "string") {
    io.stdout(text);
    return;
  }
  for await (const chunk of text) {
    io.stdout(chunk);
    if (io.stdoutDrained !== undefined) await io.stdoutDrained();
  }
}

/**
 * Refuses, before any input is read, to write a binary format (`xlsx`) to standard output when it
 * is a terminal (or takes text only): the bytes would be garbage on screen. A file or a pipe is fine.
 * @param io - the command's output channels
 * @param format - the chosen `--format`
 * @param output - the `--output` file, if given
 * @throws UsageError naming `--output` when the workbook has nowhere to go
 * @example
 * checkOutputTarget(io, "xlsx", undefined) // throws when standard output is a terminal
 */
export function checkOutputTarget(io: CliIo, format: string, output: string | undefined): void {
  if (format !== "xlsx" || output !== undefined) return;
  if (io.stdoutBytes !== undefined && io.stdoutIsTty !== true) return;
  throw usageError(
    "--format xlsx writes a binary Excel workbook, which a terminal cannot show: give --output FILE.xlsx (or redirect standard output to a file)",
  );
}

/**
 * Writes a command's table in the chosen format where it goes: to the `--output` file when given
 * (atomically), else to standard output, text chunk by chunk or bytes whole (`checkOutputTarget`
 * has made sure that standard output takes bytes). Only the chosen format is rendered.
 * @param io - the command's output channels
 * @param output - the `--output` file, if given
 * @param format - the chosen `--format`
 * @param renderers - per format, the table in it: text, or a workbook's bytes
 * @example
 * await writeFormat(io, values.output, format, { csv: () => collaborationCsv(table), md: () => collaborationMarkdown(table) });
 */
export async function writeFormat<F extends string>(
  io: CliIo,
  output: string | undefined,
  format: F,
  renderers: Readonly<Record<F, () => FileContent | Promise<FileContent>>>,
): Promise<void> {
  const content = await renderers[format]();
  if (output !== undefined) await writeOutputFile(output, content);
  else if (!(content instanceof Uint8Array)) await writeStdout(io, content);
  else if (io.stdoutBytes !== undefined) await io.stdoutBytes(content);
  else throw usageError("--format xlsx needs --output FILE here: standard output takes text only");
}

/**
 * A command's `--format xlsx` workbook: its table's sheets, then where the numbers come from
 * (`Records`, the record accounting, and `Inputs`, the files).
 * @param sheets - the table's sheets (`output/table-sheets.ts`)
 * @param corpus - the corpus the table was computed on
 * @example
 * await workbookOf([collaborationSheet(table)], corpus) // → the bytes of Collaboration, Records, Inputs
 */
export async function workbookOf(sheets: readonly XlsxSheet[], corpus: Corpus): Promise<Uint8Array> {
  return toXlsx([...sheets, ...accountingSheets(corpus.accounting, corpus.files)]);
}
