/**
 * Writing a saved corpus: the header line and one JSON line per paper, gzip-compressed when the
 * name ends in `.gz`, written as a stream so a corpus of millions of papers never becomes one
 * string, and atomically (`output/atomic-write.ts`): an earlier file of the same name stays whole
 * until the new one is complete. The format itself (its header, its lines, its version) is
 * `corpus/corpus-file.ts`'s, which reads it back.
 */
import type { Corpus } from "../corpus/corpus.ts";
import { savedAuthorNames, savedCorpusHeader, savedPapers } from "../corpus/corpus-file.ts";
import { writeFileAtomically } from "./atomic-write.ts";
import { lineChunks } from "./text-chunks.ts";

/**
 * Writes a corpus as JSON Lines (gzip when `path` ends in `.gz`). The same corpus gives the same bytes.
 * @param path - where to write
 * @param corpus - the corpus
 * @throws CopubError `unreadable` when the file cannot be written (an earlier file is left as it was)
 * @example
 * await writeCorpus("corpus.jsonl.gz", await loadCorpus(["exports/"]));
 */
export async function writeCorpus(path: string, corpus: Corpus): Promise<void> {
  await writeFileAtomically(path, corpusChunks(corpus), { gzip: path.endsWith(".gz") });
}

/** The text of a saved corpus in chunks (`output/text-chunks.ts`), before any compression. */
function corpusChunks(corpus: Corpus): Generator<string, void, undefined> {
  return lineChunks(corpusLines(corpus));
}

function* corpusLines(corpus: Corpus): Generator<string> {
  yield JSON.stringify(savedCorpusHeader(corpus));
  for (const names of savedAuthorNames(corpus)) yield JSON.stringify(names);
  for (const paper of savedPapers(corpus)) yield JSON.stringify(paper);
}
