/**
 * The inputs of a command: `forEachInput`, with the progress line on a terminal and every
 * skipped file announced on stderr.
 */

import type { WosReading } from "../read/open-wos.ts";
import { forEachInput, looksLikeExport, type SkippedFile } from "../read/read-inputs.ts";
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
  visit: (path: string, reading: WosReading, countItems: (items: number) => void) => Promise<unknown>,
): Promise<SkippedFile[]> {
  const skipped = await withProgress(io, options.quiet, (progress) =>
    forEachInput(paths, visit, { ...options.limits, ...progress }),
  );
  noteSkipped(io, skipped);
  return skipped;
}

/**
 * Says on stderr, once, which skipped files looked like exports (`looksLikeExport`): those may be
 * records the analyst meant to read. A README or a CSV beside the exports is skipped without a
 * word on every run; `copub read` lists every skipped file with its reason, and `loadCorpus`
 * and `forEachInput` return them, so the accounting still has them.
 * @param io - the command's output channels
 * @param skipped - the files skipped in folders
 * @example
 * noteSkipped(io, [{ path: "in/README.md", reason: "…" }, { path: "in/b.txt", reason: "not a Web of Science export (…)" }])
 * // stderr → "copub: skipped 1 file that looks like an export but is not one: in/b.txt (not a Web of Science export (…))\n"
 */
export function noteSkipped(io: CliIo, skipped: readonly SkippedFile[]): void {
  const suspect = skipped.filter((file) => looksLikeExport(file.path));
  if (suspect.length === 0) return;
  const files = suspect.map((file) => `${file.path} (${file.reason})`).join("; ");
  io.stderr(
    `copub: skipped ${suspect.length === 1 ? "1 file that looks like an export but is not one" : `${suspect.length} files that look like exports but are not`}: ${files}\n`,
  );
}
