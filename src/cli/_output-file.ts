/**
 * Where a command's output goes besides notices: files (`--out`, `--manifest`,
 * `--thresholds-out`), folders (`copub report --out DIR`) and standard output. Files and folders
 * are written atomically by `output/atomic-write.ts` (a failed or killed run leaves the earlier
 * output whole; a finished one leaves nothing of it); standard output is written chunk by chunk,
 * waiting for the stream to drain, so an output of any size is never one string.
 */
import { type FolderFile, writeFileAtomically, writeFolderAtomically } from "../output/atomic-write.ts";
import type { Text } from "../output/text-chunks.ts";
import type { CliIo } from "./_io.ts";

/**
 * Writes text to a file atomically, creating its folder when asked.
 * @param path - the file
 * @param text - its content: a string or chunks
 * @param options - `makeFolder`: create the missing folders above the file first; default `false`
 * @throws CopubError `unreadable` when the file cannot be written (an earlier file stays whole)
 * @example
 * await writeOutputFile("out/network.graphml", graphmlChunks(network), { makeFolder: true });
 */
export async function writeOutputFile(
  path: string,
  text: Text,
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
