import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { buildCorpus, createCorpusBuilder } from "../../src/corpus/build-corpus.ts";
import { readCorpus } from "../../src/corpus/corpus-file.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { RunManifestSchema, runManifest } from "../../src/corpus/run-manifest.ts";
import { writeCorpus } from "../../src/output/corpus-file.ts";
import { toManifestJson } from "../../src/output/manifest-json.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";

const C = sample("methodology/data-set-c.txt");
const LATER_P3 = sample("corpus/data-set-c-p3-later-export.txt");
const TWO = sample("plain-text/two-records.txt");
const INPUTS = [
  C,
  LATER_P3,
  TWO,
  sample("tab-delimited/utf8-bom-lf.txt"),
  sample("corpus/data-set-c-p3-again.txt"),
];
const VERSION = { copubVersion: "0.1.0" };

/** SHA-256 of a file's bytes, computed here, apart from copub's readers. */
const sha256Of = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("runManifest(corpus, run)", () => {
  it("names each input by base name, format, SHA-256 of its bytes and record count", async () => {
    const manifest = runManifest(await loadCorpus([TWO, C, LATER_P3]), VERSION);
    // Record counts: 8 records in data set C, 1 in the later export of P3, 2 in two-records.txt.
    expect(manifest.inputs).toEqual([
      { name: "data-set-c-p3-later-export.txt", format: "plain", sha256: sha256Of(LATER_P3), records: 1 },
      { name: "data-set-c.txt", format: "plain", sha256: sha256Of(C), records: 8 },
      { name: "two-records.txt", format: "plain", sha256: sha256Of(TWO), records: 2 },
    ]);
  });

  it("lists the distinct export dates of the in-scope papers and counts the undated ones", async () => {
    const manifest = runManifest(await loadCorpus([C, LATER_P3, TWO]), VERSION);
    // P1–P8 of data set C have no DA, but P3 is kept from its later export (DA 2024-06-01): 7 undated.
    // The first record of two-records.txt (an Article of 2021) carries DA 2024-05-01.
    expect(manifest.citationSnapshots).toEqual({ dates: ["2024-05-01", "2024-06-01"], undated: 7 });
  });

  it("records the read limits the exports were read under, defaults filled in and none as null", async () => {
    expect(runManifest(await loadCorpus([C]), VERSION).readLimits).toEqual({
      // The defaults of docs/reliability.md: 16 MiB = 16 · 1024² = 16,777,216; 8 GiB = 8 · 1024³.
      maxRecordBytes: 16_777_216,
      maxLineBytes: 16_777_216,
      maxDecompressedBytes: 8_589_934_592,
      maxDecompressionRatio: 200,
    });
    const given = await loadCorpus([C], {
      readLimits: { maxLineBytes: 4096, maxDecompressionRatio: Infinity },
    });
    expect(runManifest(given, VERSION).readLimits).toMatchObject({
      maxLineBytes: 4096,
      maxDecompressionRatio: null,
    });
    // A saved corpus keeps them: the manifest of a run on it is that of a run on the exports.
    const saved = join(mkdtempSync(join(tmpdir(), "copub-manifest-limits-")), "c.jsonl");
    await writeCorpus(saved, given);
    expect(runManifest(await readCorpus(saved), VERSION).readLimits).toEqual(
      runManifest(given, VERSION).readLimits,
    );
    // A corpus built from items was not read under any limit.
    expect(runManifest(buildCorpus([]), VERSION).readLimits).toBeNull();
  });

  it("fills in every corpus option with its default", async () => {
    const manifest = runManifest(await loadCorpus([C]), VERSION);
    expect(manifest).toMatchObject({ format: "copub-run-manifest", version: 1, copubVersion: "0.1.0" });
    expect(manifest.options).toMatchObject({
      docTypes: { include: ["Article", "Review"] },
      years: null,
      fields: null,
      countries: null,
      citedReferences: false,
      journalTable: null,
    });
    expect(RunManifestSchema.parse(manifest)).toEqual(manifest);
  });

  it.each([
    [
      "a library call",
      VERSION,
      { command: null, profile: null, commandOptions: {}, reference: null, seeds: {} },
    ],
    [
      "a command",
      { ...VERSION, command: "top", profile: "nistep", commandOptions: { share: 0.1 }, reference: "corpus" },
      { command: "top", profile: "nistep", commandOptions: { share: 0.1 }, reference: "corpus", seeds: {} },
    ],
    [
      "seeds",
      { ...VERSION, seeds: { louvain: 42 } },
      { command: null, profile: null, commandOptions: {}, reference: null, seeds: { louvain: 42 } },
    ],
  ])("carries what %s adds", async (_, run, expected) => {
    expect(runManifest(await loadCorpus([C]), run)).toMatchObject(expected);
  });

  it("says sha256 null for a corpus built from items rather than files", () => {
    const items = parsePlainText(readFileSync(C, "utf8"), { fileName: C }).map((item) => ({
      item,
      format: "plain" as const,
    }));
    expect(runManifest(buildCorpus(items), VERSION).inputs).toEqual([
      { name: "data-set-c.txt", format: "plain", sha256: null, records: 8 },
    ]);
  });

  it("is the same for the corpus built from the exports and for it saved and read back", async () => {
    const { skipped: _, ...corpus } = await loadCorpus(INPUTS);
    const path = join(mkdtempSync(join(tmpdir(), "copub-manifest-")), "corpus.jsonl.gz");
    await writeCorpus(path, corpus);
    expect(toManifestJson(runManifest(await readCorpus(path), VERSION))).toBe(
      toManifestJson(runManifest(corpus, VERSION)),
    );
  });
});

describe("toManifestJson(manifest)", () => {
  it("sorts the keys of every object and ends with a newline", async () => {
    const text = toManifestJson(runManifest(await loadCorpus([C]), { ...VERSION, seeds: { b: 2, a: 1 } }));
    expect(text.endsWith("}\n")).toBe(true);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys).toEqual([...keys].sort());
    expect(keys[0]).toBe("citationSnapshots");
    expect(text.indexOf('"a": 1')).toBeLessThan(text.indexOf('"b": 2'));
  });

  it("holds no folder: inputs given by absolute path appear by base name only", async () => {
    const text = toManifestJson(runManifest(await loadCorpus(INPUTS), VERSION));
    expect(INPUTS.every((path) => path.startsWith("/"))).toBe(true);
    expect(text).not.toContain("/");
  });
});

describe("the manifest does not depend on the order of files or records (property)", () => {
  const expected = (async () => toManifestJson(runManifest(await loadCorpus(INPUTS), VERSION)))();

  test.prop([fc.shuffledSubarray(INPUTS, { minLength: INPUTS.length })], { numRuns: 10 })(
    "any order of the input files gives the same bytes",
    async (paths) => {
      expect(toManifestJson(runManifest(await loadCorpus(paths), VERSION))).toBe(await expected);
    },
  );

  // Shuffling records inside a file changes its bytes, hence its SHA-256: the builder is fed the
  // records of unchanged files in any interleaving, and the files in any order.
  const files = [C, LATER_P3, TWO].map((path) => ({
    path,
    sha256: sha256Of(path),
    items: parsePlainText(readFileSync(path, "utf8"), { fileName: path }),
  }));
  const all = files.flatMap((file) => file.items);
  const manifestOf = (items: typeof all, order: typeof files): string => {
    const builder = createCorpusBuilder();
    for (const item of items) builder.add(item, "plain");
    for (const file of order) builder.addFile(file.path, "plain", file.sha256);
    return toManifestJson(runManifest(builder.finish(), VERSION));
  };
  const inOrder = manifestOf(all, files);

  test.prop(
    [
      fc.shuffledSubarray(all, { minLength: all.length }),
      fc.shuffledSubarray(files, { minLength: files.length }),
    ],
    { numRuns: 30 },
  )("any interleaving of the records gives the same bytes", (items, order) => {
    expect(manifestOf(items, order)).toBe(inOrder);
  });
});

describe(`runManifest on the shared WoS samples${NEEDS_SHARED}`, () => {
  it.skipIf(!HAVE_SHARED)("hashes a real export as node:crypto does", async () => {
    const path = join(SHARED_WOS, "plaintext", "tethne-valentin-crlf-nobom-2rec-2007-2010.txt");
    const manifest = runManifest(await loadCorpus([path]), VERSION);
    expect(manifest.inputs).toEqual([
      {
        name: "tethne-valentin-crlf-nobom-2rec-2007-2010.txt",
        format: "plain",
        sha256: sha256Of(path),
        records: 2,
      },
    ]);
  });
});
