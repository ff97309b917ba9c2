/**
 * The inputs of a command: files and folders expanded, each file opened with its format
 * detected. Files found in folders that turn out not to be WoS exports are skipped and reported
 * (a README or a CSV lying in a folder is not an error); a file the user named is.
 */
import { CopubError } from "../diagnostics/errors.ts";
import type { SkippedFile } from "../output/read-summary.ts";
import { listInputFiles } from "../read/input-files.ts";
import { openWos, type WosReading } from "../read/open-wos.ts";
import type { CliIo } from "./io.ts";

/**
 * Opens every input file in path order and hands it to `visit`.
 * @param paths - files and folders as given on the command line
 * @param io - where skipped files are reported
 * @param visit - reads one opened file
 * @returns the files that were skipped as not WoS
 * @throws CopubError for a path that cannot be read, or a named file that is not a WoS export
 */
export async function visitInputs(
  paths: readonly string[],
  io: CliIo,
  visit: (path: string, reading: WosReading) => Promise<void>,
): Promise<SkippedFile[]> {
  const skipped: SkippedFile[] = [];
  for (const input of await listInputFiles(paths)) {
    try {
      await visit(input.path, await openWos(input.path));
    } catch (error) {
      if (input.explicit || !isNotWos(error)) throw error;
      skipped.push({ path: input.path, reason: "not a Web of Science export" });
      io.stderr(`copub: skipped ${error.message}\n`);
    }
  }
  return skipped;
}

function isNotWos(error: unknown): error is CopubError {
  return error instanceof CopubError && (error.code === "unknown-format" || error.code === "not-wos");
}
