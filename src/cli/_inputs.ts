/**
 * The inputs of a command: `forEachInput`, with every skipped file announced on stderr.
 */

import type { WosReading } from "../read/open-wos.ts";
import { forEachInput, type SkippedFile } from "../read/read-inputs.ts";
import type { CliIo } from "./_io.ts";

/**
 * Opens every input file in path order and hands it to `visit`; skipped files are reported on stderr.
 * @throws CopubError for a path that cannot be read, or a named file that is not a WoS export
 */
export async function visitInputs(
  paths: readonly string[],
  io: CliIo,
  visit: (path: string, reading: WosReading) => Promise<void>,
): Promise<SkippedFile[]> {
  const skipped = await forEachInput(paths, visit);
  for (const file of skipped) io.stderr(`copub: skipped ${file.path}: ${file.reason}\n`);
  return skipped;
}
