import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/build-corpus.ts";
import { isSavedCorpus, readCorpus, streamCorpus } from "../../src/corpus/corpus-file.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { writeCorpus } from "../../src/output/corpus-file.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";
import type { ReadProgress } from "../../src/read/read-progress.ts";
import { parseTabDelimited } from "../../src/read/tab-delimited.ts";
import { sample } from "../_samples.ts";

const INPUTS = [
  sample("methodology/data-set-c.txt"),
  sample("corpus/data-set-c-p3-later-export.txt"),
  sample("corpus/data-set-c-p3-again.txt"),
  sample("plain-text/two-records.txt"),
  sample("tab-delimited/utf8-bom-lf.txt"),
  sample("plain-text/record-without-ut.txt"),
];
const temp = () => mkdtempSync(join(tmpdir(), "copub-corpus-"));

describe("writeCorpus(path, corpus) and readCorpus(path)", () => {
  it.each(["corpus.jsonl", "corpus.jsonl.gz"])("round-trip to an equal corpus (%s)", async (name) => {
    const { skipped: _, ...corpus } = await loadCorpus(INPUTS);
    const path = join(temp(), name);
    await writeCorpus(path, corpus);
    expect(await isSavedCorpus(path)).toBe(true);
    expect(await readCorpus(path)).toEqual(corpus);
  });

  it("writes the same bytes for the same corpus", async () => {
    const { skipped: _, ...corpus } = await loadCorpus(INPUTS);
    const [a, b] = [join(temp(), "a.jsonl.gz"), join(temp(), "b.jsonl.gz")];
    await writeCorpus(a, corpus);
    await writeCorpus(b, corpus);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it("re-applies scope filters on reload and recounts in scope and excluded", async () => {
    const { skipped: _, ...corpus } = await loadCorpus([sample("methodology/data-set-c.txt")]);
    const path = join(temp(), "c.jsonl");
    await writeCorpus(path, corpus);
    const usOnly = await readCorpus(path, { countries: ["US"] });
    // Data set C: P1 (JP, US) and P5 (CN, US) have a US address.
    expect([...usOnly.papers].map((p) => p.ut)).toEqual(["WOS:000000000000001", "WOS:000000000000005"]);
    expect(usOnly.accounting).toMatchObject({
      unique: 8,
      inScope: 2,
      excluded: 6,
      excludedByReason: { "country-out-of-scope": 6 },
    });
    const streamed: string[] = [];
    for await (const paper of streamCorpus(path, { countries: ["US"] })) streamed.push(paper.ut);
    expect(streamed).toEqual(["WOS:000000000000001", "WOS:000000000000005"]);
  });

  it("gives the excluded papers with the same reasons one list of them, saved or found on reload", async () => {
    const { skipped: _, ...corpus } = await loadCorpus([sample("methodology/data-set-c.txt")]);
    const path = join(temp(), "c.jsonl");
    await writeCorpus(path, corpus);
    // Saved again with the six non-US papers of data set C out of scope (see above), then read
    // back as saved and re-scoped to the same filter.
    await writeCorpus(path, await readCorpus(path, { countries: ["US"] }));
    for (const reloaded of [await readCorpus(path), await readCorpus(path, { countries: ["US"] })]) {
      const lists = [...reloaded.excluded].map((e) => e.reasons);
      expect(lists).toHaveLength(6);
      expect(lists[0]).toEqual(["country-out-of-scope"]);
      for (const list of lists) expect(list).toBe(lists[0]);
    }
  });

  it("names the file and line of a damaged corpus", async () => {
    const { skipped: _, ...corpus } = await loadCorpus([sample("methodology/data-set-c.txt")]);
    const path = join(temp(), "c.jsonl");
    await writeCorpus(path, corpus);
    const lines = readFileSync(path, "utf8").split("\n");
    lines[3] = '{"ut": 42}';
    writeFileSync(path, lines.join("\n"));
    await expect(readCorpus(path)).rejects.toMatchObject({
      code: "not-wos",
      message: expect.stringContaining(`${path}:4: not a corpus paper`),
    });
    await expect(readCorpus(sample("plain-text/two-records.txt"))).rejects.toMatchObject({ code: "not-wos" });
  });

  // A missing .gz path once crashed the process: the read stream's error was not forwarded to gunzip.
  it.each(["none.jsonl", "none.jsonl.gz"])(
    "throws not-found for a missing saved corpus (%s)",
    async (name) => {
      const path = join(temp(), name);
      await expect(readCorpus(path)).rejects.toMatchObject({
        code: "not-found",
        message: expect.stringContaining(`${path}: cannot be read as a saved corpus (Error: ENOENT`),
        file: path,
      });
      await expect(isSavedCorpus(path)).rejects.toMatchObject({ code: "not-found" });
    },
  );

  it("throws unreadable for a .gz corpus that is not gzip data", async () => {
    const path = join(temp(), "plain.jsonl.gz");
    writeFileSync(path, '{"format":"copub-corpus"}\n');
    await expect(readCorpus(path)).rejects.toMatchObject({
      code: "unreadable",
      message: `${path}: cannot be read as a saved corpus (Error: incorrect header check)`,
    });
  });
});

describe("readCorpus(path, filters, { onProgress }) and streamCorpus(path, filters, { onProgress })", () => {
  it.each(["corpus.jsonl", "corpus.jsonl.gz"])(
    "report data set C's 8 papers and the file's stored bytes (%s)",
    async (name) => {
      const { skipped: _, ...corpus } = await loadCorpus([sample("methodology/data-set-c.txt")]);
      const path = join(temp(), name);
      await writeCorpus(path, corpus);
      // One chunk (under 1 MiB) is read before the first line, so the start already counts it.
      const bytes = statSync(path).size;
      const base = { phase: "reading", files: 1, bytesRead: bytes, totalBytes: bytes } as const;
      const expected = [
        { ...base, file: name, filesDone: 0, records: 0 },
        { ...base, file: null, filesDone: 1, records: 8 },
      ];
      const read: ReadProgress[] = [];
      expect(await readCorpus(path, undefined, { onProgress: (p) => read.push(p) })).toEqual(corpus);
      expect(read).toEqual(expected);
      // Papers count as read whether in scope or not: all 8 are of 2021, so 2020 streams none, reads 8.
      const streamed: ReadProgress[] = [];
      let papers = 0;
      for await (const _paper of streamCorpus(
        path,
        { years: { from: 2020, to: 2020 } },
        { onProgress: (p) => streamed.push(p) },
      ))
        papers++;
      expect(papers).toBe(0);
      expect(streamed).toEqual(expected);
    },
  );
});

/**
 * The saved bytes with record positions (line, recordIndex) and file hashes blanked: they move
 * when records move (shuffled records make other file bytes).
 */
function withoutPositions(text: string): string {
  return text
    .replace(/"line":(\d+|null),"recordIndex":\d+/g, '"line":0,"recordIndex":0')
    .replace(/"sha256":"[0-9a-f]{64}"/g, '"sha256":""');
}

describe("a corpus does not depend on the order of files or records (property)", () => {
  const blocks = INPUTS.map((path) => {
    const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
    if (path.includes("tab-delimited")) {
      const [header, ...rows] = text.trimEnd().split("\n");
      return { name: "tab.txt", head: `${header}\n`, records: rows.map((r) => `${r}\n`), tail: "" };
    }
    const body = text.slice(text.indexOf("PT J"), text.lastIndexOf("ER") + 3);
    return {
      name: path.split("/").at(-1) ?? "x",
      head: "FN Clarivate Analytics Web of Science\nVR 1.0\n",
      records: body.split(/(?<=\nER\n)\n*/).filter((r) => r.trim().length > 0),
      tail: "EF\n",
    };
  });
  const expected = (async () => {
    const folder = temp();
    const paths = blocks.map((b) => {
      const path = join(folder, b.name);
      writeFileSync(path, b.head + b.records.join("\n") + b.tail);
      return path;
    });
    const { skipped: _, ...corpus } = await loadCorpus(paths);
    const out = join(folder, "corpus.jsonl");
    await writeCorpus(out, corpus);
    return readFileSync(out, "utf8");
  })();

  test.prop(
    [
      fc.tuple(...blocks.map((b) => fc.shuffledSubarray(b.records, { minLength: b.records.length }))),
      fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6 }),
    ],
    { numRuns: 20 },
  )(
    "shuffled records and file order give the same corpus bytes, record positions aside",
    async (shuffled, fileOrder) => {
      const folder = temp();
      const paths = fileOrder.map((i) => {
        const block = blocks[i];
        if (block === undefined) throw new Error("no block");
        const path = join(folder, block.name);
        writeFileSync(path, block.head + (shuffled[i] ?? []).join("\n") + block.tail);
        return path;
      });
      const { skipped: _, ...corpus } = await loadCorpus(paths);
      const out = join(folder, "corpus.jsonl");
      await writeCorpus(out, corpus);
      const text = readFileSync(out, "utf8").replaceAll(folder, "<dir>");
      expect(withoutPositions(text)).toBe(
        withoutPositions((await expected).replace(/"\/tmp\/copub-corpus-[^/"]+/g, '"<dir>')),
      );
    },
  );

  it("gives exactly the same bytes when only the order of the files changes", async () => {
    const forward = await loadCorpus(INPUTS);
    const backward = await loadCorpus([...INPUTS].reverse());
    const [a, b] = [join(temp(), "a.jsonl"), join(temp(), "b.jsonl")];
    await writeCorpus(a, forward);
    await writeCorpus(b, backward);
    expect(readFileSync(a, "utf8")).toBe(readFileSync(b, "utf8"));
  });
});

describe("buildCorpus(items) does not depend on the order of the items (property)", () => {
  // Without the later export of P3, its two identical copies tie on every rule but the file.
  const items = INPUTS.filter((path) => !path.includes("later-export")).flatMap((path) => {
    const text = readFileSync(path, "utf8");
    const format = path.includes("tab-delimited") ? ("tab" as const) : ("plain" as const);
    const parse = format === "tab" ? parseTabDelimited : parsePlainText;
    return parse(text, { fileName: path }).map((item) => ({ item, format }));
  });
  const expected = buildCorpus(items);

  test.prop([fc.shuffledSubarray(items, { minLength: items.length })], { numRuns: 50 })(
    "any interleaving of the records of all files gives an equal corpus",
    (shuffled) => {
      expect(buildCorpus(shuffled)).toEqual(expected);
    },
  );
});
