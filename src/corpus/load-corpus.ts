/**
 * `loadCorpus(paths)`: files and folders of WoS exports, in any mix of formats, read in path
 * order and built into one corpus. Reading streams; memory grows with unique papers only.
 */
import { forEachInput, type SkippedFile } from "../read/read-inputs.ts";
import { createCorpusBuilder } from "./build-corpus.ts";
import type { Corpus } from "./corpus.ts";
import type { CorpusOptionsInput } from "./corpus-options.ts";

/** A corpus loaded from files, with the files skipped in folders. */
export interface LoadedCorpus extends Corpus {
  /** Files found in folders that were not WoS exports. */
  readonly skipped: readonly SkippedFile[];
}

/**
 * Reads WoS exports (plain text, tab-delimited, XML, gzip) from files and folders into a corpus.
 * @param paths - files and folders (walked recursively, read in path order)
 * @param options - normalization switches and scope filters (see `CorpusOptionsSchema`)
 * @throws CopubError for a path that cannot be read or a named file that is not a WoS export
 * @example
 * const corpus = await loadCorpus(["exports/"], { years: { from: 2019, to: 2021 } });
 * corpus.accounting // → { records: 3000, parsed: 3000, rejected: 0, unique: 2748, duplicates: 252, … }
 */
export async function loadCorpus(
  paths: readonly string[],
  options: CorpusOptionsInput = {},
): Promise<LoadedCorpus> {
  const builder = createCorpusBuilder(options);
  const readerOptions = { citedReferences: options.citedReferences === true || options.journalTable != null };
  const skipped = await forEachInput(
    paths,
    async (path, reading) => {
      for await (const item of reading.items) builder.add(item, reading.format);
      builder.addFile(path, reading.format, reading.sha256(), reading.producer);
    },
    readerOptions,
  );
  return { ...builder.finish(), skipped };
}
