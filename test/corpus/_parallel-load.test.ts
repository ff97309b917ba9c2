// The parallel load gives the corpus of the one-thread load, byte for byte: on the shared
// plain-text exports (CRLF, null prefixes, a file of duplicate UTs, files of 1-4 MB cut into
// pieces at every 1 MiB chunk's last ER line), with 1, 2 and 3 workers and the files named in
// either order; and it gives up (NotParallel) where a piece holds a rejection, so that
// loadCorpus reads such inputs on one thread with the same rejections.
import { describe, expect, it } from "vitest";
import { loadInParallel, NotParallel } from "../../src/corpus/_parallel-load.ts";
import { createDeferredCorpusBuilder } from "../../src/corpus/build-corpus.ts";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { CorpusOptionsSchema } from "../../src/corpus/corpus-options.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { forEachInput } from "../../src/read/read-inputs.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, provenanceFiles, SHARED_WOS } from "../_shared-samples.ts";

/** Pieces as small as the 1 MiB chunks allow, and no minimum size: every file is split where it can be. */
const SMALL = { pieceBytes: 1, minBytes: 0 } as const;

/** The corpus of `loadInParallel` on `threads` workers, finished as loadCorpus finishes it. */
async function parallelCorpus(paths: readonly string[], threads: number): Promise<Corpus> {
  const builder = createDeferredCorpusBuilder({});
  const options = CorpusOptionsSchema.parse({});
  const workerData = { options, readOptions: { citedReferences: false } };
  await loadInParallel(paths, builder, threads, workerData, undefined, SMALL);
  const again = builder.rereadFiles();
  if (again.length > 0)
    // Read again as loadCorpus reads them: without cited references, which the corpus does not keep.
    await forEachInput(
      again,
      async (_path, reading) => {
        for await (const item of reading.items) builder.addAgain(item, reading.format);
      },
      { citedReferences: false },
    );
  return builder.finish();
}

/** A loaded corpus as JSON, without what only loadCorpus records (read limits, skipped files). */
function corpusJson(corpus: Corpus): string {
  const { readLimits: _limits, skipped: _skipped, ...rest } = corpus as Corpus & { skipped?: unknown };
  return JSON.stringify(rest);
}

describe(`loadInParallel: the one-thread corpus on the shared plain-text exports${NEEDS_SHARED}`, () => {
  const files = HAVE_SHARED
    ? provenanceFiles()
        .filter((f) => f.format === "plaintext")
        .map((f) => `${SHARED_WOS}${f.file}`)
    : [];
  it.skipIf(!HAVE_SHARED)(
    "1, 2 and 3 workers, files in either order: the same corpus bytes",
    async () => {
      const one = await loadCorpus(files, { threads: 1 });
      // Every record of PROVENANCE.md's plain-text rows is read.
      const stated = provenanceFiles()
        .filter((f) => f.format === "plaintext")
        .reduce((sum, f) => sum + f.records, 0);
      expect(one.accounting.records).toBe(stated);
      const expected = corpusJson(one);
      for (const threads of [1, 2, 3])
        expect(corpusJson(await parallelCorpus(files, threads))).toBe(expected);
      expect(corpusJson(await parallelCorpus([...files].reverse(), 2))).toBe(expected);
    },
    300_000,
  );
});

describe("loadInParallel gives up where the one-thread read rejects", () => {
  it("a stray line between records: NotParallel, and loadCorpus reads on one thread", async () => {
    const path = sample("plain-text/stray-line-between-records.txt");
    await expect(parallelCorpus([path], 2)).rejects.toBeInstanceOf(NotParallel);
    const [two, one] = [await loadCorpus([path], { threads: 2 }), await loadCorpus([path], { threads: 1 })];
    expect(corpusJson(two)).toBe(corpusJson(one));
    // The stray line is the one rejection of the file, as the one-thread read words it.
    expect(two.rejections.map((r) => r.code)).toEqual(["malformed"]);
  });

  it("a tab-delimited input among the files: NotParallel (only plain text is cut into pieces)", async () => {
    const paths = [sample("plain-text/two-records.txt"), sample("tab-delimited")];
    await expect(parallelCorpus(paths, 2)).rejects.toBeInstanceOf(NotParallel);
  });
});
