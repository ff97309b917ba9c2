/**
 * The inputs of a command: `forEachInput`, with the progress line on a terminal and every
 * skipped file announced on stderr.
 */

import type { WosReading } from "../read/open-wos.ts";
import { forEachInput, type SkippedFile } from "../read/read-inputs.ts";
import type { ReadLimits } from "../read/read-limits.ts";
import type { CliIo } from "./_io.ts";
import { withProgress } from "./_progress.ts";

/**
 * Opens every input file in path order and hands it to `visit`; skipped files are reported on
 * stderr, after the progress line (drawn unless `quiet`) is erased. Files are read under `limits`
 * (those absent keep their defaults).
 * @throws CopubError for a path that cannot be read, or a named file that is not a WoS export
 */
export async function visitInputs(
  paths: readonly string[],
  io: CliIo,
  options: { readonly quiet: boolean; readonly limits?: Partial<ReadLimits> },
  visit: (path: string, reading: WosReading) => Promise<void>,
): Promise<SkippedFile[]> {
  const skipped = await withProgress(io, options.quiet, (progress) =>
    forEachInput(paths, visit, { ...options.limits, ...progress }),
  );
  for (const file of skipped) io.stderr(`copub: skipped ${file.path}: ${file.reason}\n`);
  return skipped;
}
