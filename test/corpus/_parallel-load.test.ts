// The parallel load gives the corpus of the one-thread load, byte for byte: on the shared
// plain-text exports (CRLF, null prefixes, a file of duplicate UTs, files of 1-4 MB cut into
// pieces of about 256 KiB at record boundaries), with 0 to 3 workers beside the main thread (which
// reads pieces too whenever the workers have their fill, or none) and the files named in either
// order; on the project's malformed plain-text and tab-delimited samples, whose pieces hold
// rejections (the same rejections, lines and record indexes as the one-thread read, though the
// main thread adds the items of its pieces before those of the pieces a worker still reads); and
// on XML (the project's malformed and SOAP samples, the shared real exports, and a file of RECs
// on a single line, whose pieces all start on line 1), one REC a piece; and it gives up
// (NotParallel) on an input that is not uncompressed UTF-8, so that loadCorpus reads it on one thread.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadInParallel, NotParallel, type PieceSizes } from "../../src/corpus/_parallel-load.ts";
import { createDeferredCorpusBuilder } from "../../src/corpus/build-corpus.ts";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { CorpusOptionsSchema } from "../../src/corpus/corpus-options.ts";
import { loadCorpus, readAgain } from "../../src/corpus/load-corpus.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, provenanceFiles, SHARED_WOS } from "../_shared-samples.ts";

/** Pieces of about 256 KiB, and no minimum size: every file of 1-4 MB is split into 4-16 pieces. */
const SMALL = { pieceBytes: 256 * 1024, minBytes: 0 } as const;
/** Pieces of one record each: every record boundary is a cut. */
const TINY = { pieceBytes: 1, minBytes: 0 } as const;

/** The corpus of `loadInParallel` with `workers` workers, finished with loadCorpus's own step. */
async function parallelCorpus(
  paths: readonly string[],
  workers: number,
  sizes: PieceSizes = SMALL,
): Promise<Corpus> {
  const builder = createDeferredCorpusBuilder({});
  const options = CorpusOptionsSchema.parse({});
  const workerData = { options, readOptions: { citedReferences: false } };
  await loadInParallel(paths, builder, workers, workerData, undefined, sizes);
  await readAgain(builder, { citedReferences: false });
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
    "0, 1, 2 and 3 workers, files in either order: the same corpus bytes",
    async () => {
      const one = await loadCorpus(files, { threads: 1 });
      // Every record of PROVENANCE.md's plain-text rows is read.
      const stated = provenanceFiles()
        .filter((f) => f.format === "plaintext")
        .reduce((sum, f) => sum + f.records, 0);
      expect(one.accounting.records).toBe(stated);
      const expected = corpusJson(one);
      for (const workers of [0, 1, 2, 3])
        expect(corpusJson(await parallelCorpus(files, workers))).toBe(expected);
      expect(corpusJson(await parallelCorpus([...files].reverse(), 2))).toBe(expected);
      // The workers read every piece, the main thread none.
      expect(corpusJson(await parallelCorpus(files, 2, { ...SMALL, mainReads: false }))).toBe(expected);
    },
    600_000,
  );
});

// Workers started under tsx compile the sources themselves: seconds each on a loaded machine.
describe("loadInParallel on pieces that hold rejections: the one-thread read's items", () => {
  // Each sample has one or more records the reader rejects (a stray line, no UT, a record cut
  // off by the next PT or by the file's end, an unindented line); cut at every record boundary,
  // the rejections land in pieces of their own and amid records.
  const paths = [
    "plain-text/stray-line-between-records.txt",
    "plain-text/record-without-ut.txt",
    "plain-text/missing-er-before-next-record.txt",
    "plain-text/truncated-last-record.txt",
    "plain-text/unindented-line-inside-record.txt",
    "plain-text/two-records.txt",
  ].map((name) => sample(name));

  it("0 to 3 workers, pieces of one record: the same corpus, rejections, lines and record indexes", async () => {
    const one = await loadCorpus(paths, { threads: 1 });
    expect(one.rejections.length).toBeGreaterThan(0);
    const expected = corpusJson(one);
    for (const workers of [0, 1, 2, 3])
      expect(corpusJson(await parallelCorpus(paths, workers, TINY))).toBe(expected);
    expect(corpusJson(await parallelCorpus(paths, 2, SMALL))).toBe(expected);
  }, 300_000);

  it("a stray line between records: the one rejection, at its line, as the one-thread read words it", async () => {
    const path = sample("plain-text/stray-line-between-records.txt");
    const [two, one] = [await parallelCorpus([path], 2, TINY), await loadCorpus([path], { threads: 1 })];
    expect(corpusJson(two)).toBe(corpusJson(one));
    expect(two.rejections.map((r) => r.code)).toEqual(["malformed"]);
    expect(two.rejections[0]?.line).toBe(one.rejections[0]?.line);
  }, 300_000);

  it("a UTF-16 input among the files: NotParallel (only UTF-8 text is cut into pieces)", async () => {
    const mixed = [sample("plain-text/two-records.txt"), sample("tab-delimited/utf16le-bom-crlf.txt")];
    await expect(parallelCorpus(mixed, 2)).rejects.toBeInstanceOf(NotParallel);
    const [two, one] = [await loadCorpus(mixed, { threads: 2 }), await loadCorpus(mixed, { threads: 1 })];
    expect(corpusJson(two)).toBe(corpusJson(one));
  }, 300_000);

  it("UTF-8 tab-delimited inputs beside plain text, pieces of one row: the same corpus, the main thread reading or not", async () => {
    // Rows broken over lines, rows with extra cells or without UT, a truncated last row: the
    // rejections fall in pieces of their own and amid rows, as in the plain-text files above.
    const tab = [
      "line-break-inside-cell.txt",
      "row-with-extra-cells.txt",
      "row-without-ut.txt",
      "trailing-tab-on-every-row.txt",
      "truncated-last-row.txt",
      "utf8-bom-lf.txt",
    ].map((name) => sample(`tab-delimited/${name}`));
    const mixed = [...paths, ...tab];
    const one = await loadCorpus(mixed, { threads: 1 });
    expect(one.rejections.length).toBeGreaterThan(0);
    expect(one.files.filter((f) => f.format === "tab")).toHaveLength(tab.length);
    const expected = corpusJson(one);
    for (const workers of [0, 1, 2])
      expect(corpusJson(await parallelCorpus(mixed, workers, TINY))).toBe(expected);
    expect(corpusJson(await parallelCorpus(mixed, 1, { ...TINY, mainReads: false }))).toBe(expected);
  }, 300_000);
});

describe("loadInParallel on XML: the one-thread corpus", () => {
  it("the XML samples, one REC a piece, 0 to 2 workers, the main thread reading or not", async () => {
    const paths = [
      "malformed-second-rec.xml",
      "missing-uid-and-empty-rec.xml",
      "soap-escaped-payload.xml",
      "plain-text-twin-WOS-001447739000001.xml",
    ].map((name) => sample(`xml/${name}`));
    const one = await loadCorpus(paths, { threads: 1 });
    expect(one.rejections.length).toBeGreaterThan(0);
    expect(one.files.every((f) => f.format === "xml")).toBe(true);
    const expected = corpusJson(one);
    for (const workers of [0, 1, 2])
      expect(corpusJson(await parallelCorpus(paths, workers, TINY))).toBe(expected);
    expect(corpusJson(await parallelCorpus(paths, 1, { ...TINY, mainReads: false }))).toBe(expected);
  }, 300_000);

  it("RECs on one line, duplicates among them: indexes kept in order though every piece starts on line 1", async () => {
    // The twin sample's REC four times with its UID kept (four duplicates of one UT) and once
    // more with another: all on one line, so a piece's first line says nothing of the items before it.
    const text = readFileSync(sample("xml/plain-text-twin-WOS-001447739000001.xml"), "utf8");
    const rec = /<REC[\s>][\s\S]*<\/REC>/.exec(text)?.[0] as string;
    const other = rec.replace(/WOS:001447739000001/g, "WOS:001447739000002");
    const oneLine = `<?xml version="1.0"?><records>${[rec, rec, other, rec, rec].join("").replace(/[\r\n]+/g, " ")}</records>`;
    const path = join(mkdtempSync(join(tmpdir(), "copub-parallel-xml-")), "one-line.xml");
    writeFileSync(path, oneLine);
    const one = await loadCorpus([path], { threads: 1 });
    expect(one.accounting.records).toBe(5);
    const expected = corpusJson(one);
    for (const workers of [0, 1, 2])
      expect(corpusJson(await parallelCorpus([path], workers, TINY))).toBe(expected);
  }, 300_000);

  it.skipIf(!HAVE_SHARED)(
    `the shared real XML exports in pieces of 64 KiB, on 2 workers${NEEDS_SHARED}`,
    async () => {
      const files = provenanceFiles()
        .filter((f) => f.format === "xml")
        .map((f) => `${SHARED_WOS}${f.file}`);
      const one = await loadCorpus(files, { threads: 1 });
      expect(one.accounting.records).toBe(
        provenanceFiles()
          .filter((f) => f.format === "xml")
          .reduce((sum, f) => sum + f.records, 0),
      );
      const sizes = { pieceBytes: 64 * 1024, minBytes: 0 };
      expect(corpusJson(await parallelCorpus(files, 2, sizes))).toBe(corpusJson(one));
    },
    600_000,
  );
});
