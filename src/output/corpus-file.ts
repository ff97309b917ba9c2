/**
 * Writing a saved corpus: the header line and one JSON line per paper, gzip-compressed when the
 * name ends in `.gz`, written as a stream so a corpus of millions of papers never becomes one
 * string. The format itself (its header, its lines, its version) is `corpus/corpus-file.ts`'s,
 * which reads it back.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createGzip } from "node:zlib";
import type { Corpus } from "../corpus/corpus.ts";
import { savedCorpusHeader, savedPapers } from "../corpus/corpus-file.ts";
import { CopubError } from "../diagnostics/errors.ts";

/**
 * Writes a corpus as JSON Lines (gzip when `path` ends in `.gz`). The same corpus gives the same bytes.
 * @param path - where to write
 * @param corpus - the corpus
 * @throws CopubError `unreadable` when the file cannot be written
 * @example
 * await writeCorpus("corpus.jsonl.gz", await loadCorpus(["exports/"]));
 */
export async function writeCorpus(path: string, corpus: Corpus): Promise<void> {
  const file = createWriteStream(path);
  const out = path.endsWith(".gz") ? createGzip({ level: 6 }) : null;
  if (out !== null) out.pipe(file);
  const sink = out ?? file;
  const failed = new Promise<never>((_, reject) => {
    const fail = (error: Error) =>
      reject(
        new CopubError("unreadable", `${path}: cannot be written (${error.message})`, path, { cause: error }),
      );
    file.on("error", fail);
    out?.on("error", fail);
  });
  const write = async (line: string): Promise<void> => {
    if (!sink.write(`${line}\n`)) await Promise.race([once(sink, "drain"), failed]);
  };
  await write(JSON.stringify(savedCorpusHeader(corpus)));
  for (const paper of savedPapers(corpus)) await write(JSON.stringify(paper));
  sink.end();
  await Promise.race([once(file, "close"), failed]);
}
