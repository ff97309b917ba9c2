// loadCorpus(paths, { onProgress }): reading reports whose counts never go down and end at the
// corpus accounting, then one building report.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus, createDeferredCorpusBuilder } from "../../src/corpus/build-corpus.ts";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { parsePlainText, readPlainText } from "../../src/read/plain-text.ts";
import type { ReadProgress } from "../../src/read/read-progress.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, provenanceFiles, SHARED_WOS } from "../_shared-samples.ts";

/** Whether each count of each report is at least that of the report before. */
function monotone(reports: readonly ReadProgress[]): boolean {
  return reports.every(
    (r, i) =>
      i === 0 ||
      ((p) =>
        r.records >= p.records &&
        r.bytesRead >= p.bytesRead &&
        r.filesDone >= p.filesDone &&
        r.bytesRead <= r.totalBytes)(reports[i - 1] as ReadProgress),
  );
}

describe("loadCorpus(paths, { onProgress })", () => {
  it("reports data set C's 8 records, then building", async () => {
    const reports: ReadProgress[] = [];
    const corpus = await loadCorpus([sample("methodology/data-set-c.txt")], {
      onProgress: (p) => reports.push(p),
    });
    // 8 records (8 ER lines), 2799 bytes: the start, the end (no 100th record), building.
    const base = { files: 1, totalBytes: 2799 } as const;
    expect(reports).toEqual([
      { ...base, phase: "reading", file: "data-set-c.txt", filesDone: 0, records: 0, bytesRead: 0 },
      { ...base, phase: "reading", file: null, filesDone: 1, records: 8, bytesRead: 2799 },
      { ...base, phase: "building", file: null, filesDone: 1, records: 8, bytesRead: 2799 },
    ]);
    expect(corpus.accounting.records).toBe(8);
  });

  it("builds the same corpus with and without a listener", async () => {
    const inputs = [sample("methodology/data-set-c.txt"), sample("corpus/data-set-c-p3-again.txt")];
    const withListener = await loadCorpus(inputs, { years: { from: 2020, to: 2021 }, onProgress: () => {} });
    expect(withListener).toEqual(await loadCorpus(inputs, { years: { from: 2020, to: 2021 } }));
    expect(withListener.options).not.toHaveProperty("onProgress");
  });
});

describe.skipIf(!HAVE_SHARED)(`loadCorpus on three shared plain-text exports${NEEDS_SHARED}`, () => {
  it("reports monotone counts ending at the records PROVENANCE.md states and the files' bytes", async () => {
    const names = ["metaknowledge-example-32rec", "readwosR-plain-500rec", "tethne-wos3-500rec"];
    const files = provenanceFiles().filter((f) => names.some((name) => f.file.includes(name)));
    const records = files.reduce((sum, f) => sum + f.records, 0);
    const bytes = files.reduce((sum, f) => sum + statSync(`${SHARED_WOS}${f.file}`).size, 0);
    const reports: ReadProgress[] = [];
    const paths = files.map((f) => `${SHARED_WOS}${f.file}`);
    const corpus = await loadCorpus(paths, { onProgress: (p) => reports.push(p) });
    expect(files).toHaveLength(3);
    expect(monotone(reports)).toBe(true);
    expect(corpus.accounting.records).toBe(records);
    const reading = reports.filter((r) => r.phase === "reading");
    // Per file a start and an end, plus one report per 100 records overall.
    expect(reading).toHaveLength(2 * files.length + Math.floor(records / 100));
    expect(reports.at(-1)).toEqual({
      phase: "building",
      file: null,
      filesDone: files.length,
      files: files.length,
      records,
      bytesRead: bytes,
      totalBytes: bytes,
    });
  });
});

describe("loadCorpus reads again only the files of UTs read in different versions", () => {
  // P3 three times: as in data set C, again unchanged, and in a later export with more citations.
  const inputs = [
    sample("methodology/data-set-c.txt"),
    sample("corpus/data-set-c-p3-again.txt"),
    sample("corpus/data-set-c-p3-later-export.txt"),
  ];
  const items = (paths: readonly string[]) =>
    paths.flatMap((path) =>
      parsePlainText(readFileSync(path, "utf8"), { fileName: path }).map((item) => ({
        item,
        format: "plain" as const,
      })),
    );
  // The files read and the read limits say how the corpus was read (buildCorpus is given items and
  // records no limits), not what it holds.
  const comparable = ({
    files: _,
    skipped: __,
    readLimits: ___,
    ...corpus
  }: Corpus & { skipped?: unknown }) => corpus;

  it("gives the corpus that digesting every record gives (buildCorpus), whatever the order of the files", async () => {
    const everyDigest = comparable(buildCorpus(items(inputs)));
    // The later export wins (a DA over none); both earlier copies differ from it in TC and DA.
    expect(everyDigest.duplicates[0]?.dropped.map((d) => [d.reason, d.differingFields])).toEqual([
      ["duplicate-ut-conflict", ["timesCited", "exportDate"]],
      ["duplicate-ut-conflict", ["timesCited", "exportDate"]],
    ]);
    expect(comparable(await loadCorpus(inputs))).toEqual(everyDigest);
    expect(comparable(await loadCorpus([...inputs].reverse()))).toEqual(everyDigest);
    expect(comparable(buildCorpus(items([...inputs].reverse())))).toEqual(everyDigest);
  });

  it("needs no second reading when the duplicates are identical", () => {
    const builder = createDeferredCorpusBuilder();
    for (const { item, format } of items(inputs.slice(0, 2))) builder.add(item, format);
    expect(builder.rereadFiles()).toEqual([]);
    const later = createDeferredCorpusBuilder();
    for (const { item, format } of items([inputs[0] as string, inputs[2] as string])) later.add(item, format);
    expect(later.rereadFiles()).toEqual([inputs[0], inputs[2]].sort());
  });

  it("needs none either for identical duplicates read with fingerprints, the copy's bytes cut otherwise", async () => {
    // P3 of data set C again, after a longer header and with CRLF line ends: its lines are the same.
    const again = readFileSync(inputs[1] as string, "utf8").replace(/^FN [^\n]*\n/, "FN Another export\n");
    const builder = createDeferredCorpusBuilder();
    const add = async (source: string | Uint8Array, fileName: string) => {
      for await (const item of readPlainText(source, { fileName, fingerprints: true })) {
        expect(item.ok && typeof item.fingerprint).toBe("number");
        builder.add(item, "plain");
      }
    };
    await add(inputs[0] as string, "c.txt");
    await add(new TextEncoder().encode(again.replaceAll("\n", "\r\n")), "again.txt");
    expect(builder.rereadFiles()).toEqual([]);
    // A later export differs (TC, DA): every file holding a version of P3 is read again.
    await add(inputs[2] as string, "later.txt");
    expect(builder.rereadFiles()).toEqual(["again.txt", "c.txt", "later.txt"]);
  });
});

describe("loadCorpus on records that differ only in values its first reading leaves out", () => {
  // P3 of data set C with a title, keywords, an abstract and a funding text; copies that differ
  // in one of them only. The first reading cuts none of these values, but fingerprints their
  // lines: the copies are read again whole, and the full digest names the field and breaks the
  // tie, as when every value was read (buildCorpus, given the records as the load reads them
  // again: without cited references).
  const p3 = readFileSync(sample("corpus/data-set-c-p3-again.txt"), "utf8").replace(
    "UT WOS:",
    "DE alpha; beta\nAB An abstract\n   over two lines\nFX Funded by the Example Agency\nUT WOS:",
  );
  const versions: Record<string, string> = {
    "a.txt": p3,
    "same.txt": p3,
    "title.txt": p3.replace("TI Example paper P3", "TI Example paper P3, revised"),
    "abstract.txt": p3.replace("   over two lines", "   over three lines"),
    "funding.txt": p3.replace("Example Agency", "Sample Agency"),
  };
  const dropped = async (names: readonly string[], fundingText = false) => {
    const dir = mkdtempSync(join(tmpdir(), "copub-left-out-"));
    try {
      for (const name of names) writeFileSync(join(dir, name), versions[name] as string);
      const loaded = await loadCorpus(
        names.map((name) => join(dir, name)),
        { fundingText },
      );
      const everyDigest = buildCorpus(
        names.flatMap((name) =>
          parsePlainText(versions[name] as string, { fileName: join(dir, name), citedReferences: false }).map(
            (item) => ({
              item,
              format: "plain" as const,
            }),
          ),
        ),
        { fundingText },
      );
      expect(loaded.duplicates).toEqual(everyDigest.duplicates);
      return loaded.duplicates.flatMap((d) => d.dropped.map((x) => [x.reason, x.differingFields]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("counts an unchanged copy as identical", async () => {
    expect(await dropped(["a.txt", "same.txt"])).toEqual([["duplicate-ut", []]]);
  });

  it("counts a copy that differs in its title, abstract or funding text as conflicting, naming the field", async () => {
    expect(await dropped(["a.txt", "title.txt"])).toEqual([["duplicate-ut-conflict", ["title"]]]);
    expect(await dropped(["a.txt", "abstract.txt"])).toEqual([["duplicate-ut-conflict", ["otherTags"]]]);
    expect(await dropped(["a.txt", "funding.txt"])).toEqual([["duplicate-ut-conflict", ["fundingText"]]]);
    expect(await dropped(["a.txt", "funding.txt"], true)).toEqual([
      ["duplicate-ut-conflict", ["fundingText"]],
    ]);
  });

  it("keeps the funding text when asked, and leaves it out otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copub-funding-"));
    try {
      writeFileSync(join(dir, "a.txt"), p3);
      const kept = await loadCorpus([join(dir, "a.txt")], { fundingText: true });
      expect(kept.papers.at(0)?.fundingText).toBe("Funded by the Example Agency");
      const left = await loadCorpus([join(dir, "a.txt")]);
      expect(left.papers.at(0)?.fundingText).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
