import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { readCorpus } from "../../src/corpus/corpus-file.ts";
import {
  type CorpusPaper,
  CorpusPaperSchema,
  createIntern,
  sharePaper,
  toCorpusPaper,
} from "../../src/corpus/corpus-paper.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { createNormalizer, normalize } from "../../src/normalize/normalize.ts";
import { writeCorpus } from "../../src/output/corpus-file.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";
import { corpusOf, paper } from "../indicators/_papers.ts";

const temp = () => mkdtempSync(join(tmpdir(), "copub-corpus-paper-"));
const byUt = (corpus: Corpus, n: number): CorpusPaper => {
  const found = [...corpus.papers].find((p) => p.ut === `WOS:00000000000000${n}`);
  if (found === undefined) throw new Error(`no P${n}`);
  return found;
};

describe("toCorpusPaper(paper, source, intern): authors as parallel keys and address links", () => {
  it("keeps the byline order and each author's linked address positions (data set C)", async () => {
    const corpus = await corpusOf("methodology/data-set-c.txt");
    // P1: C1 lines Tokyo (0) ← Sato, Kyoto (1) ← Suzuki, Harvard (2) ← Smith and Jones.
    expect(byUt(corpus, 1).authorKeys).toEqual([
      "name:SATO|A",
      "name:SUZUKI|B",
      "name:SMITH|C",
      "name:JONES|D",
    ]);
    expect(byUt(corpus, 1).authorAddresses).toEqual([[0], [1], [2], [2]]);
    // P2: Tanaka at Dept Phys (0); Ito at Dept Phys (0) and Inst Solid State Phys (1).
    expect(byUt(corpus, 2).authorKeys).toEqual(["name:TANAKA|E", "name:ITO|F"]);
    expect(byUt(corpus, 2).authorAddresses).toEqual([[0], [0, 1]]);
  });
});

describe("toCorpusPaper(paper, source, intern): a corpus paper's fields and nothing else", () => {
  const [item] = parsePlainText(
    "PT J\nAU Sato, A\nAF Sato, Akira\nDT Article; Early Access\n" +
      "C1 [Sato, Akira] Univ Tokyo, Dept Chem, Tokyo 1130033, Japan.\n" +
      "FU Japan Science and Technology Agency (JST) [JPMJAP 9999, JP20H00001]; NSF\n" +
      "FX This work was supported by JST ASPIRE, Grant Number JPMJAP9999.\n" +
      "WC Chemistry, Multidisciplinary\nTC 5\nZ9 6\nPD MAR\nPY 2021\nEA NOV 2020\nUT WOS:000600000000031\nER\n",
  );
  if (!item?.ok) throw new Error("sample did not parse");
  const source = { file: "a.txt", format: "plain" as const, line: 1, recordIndex: 1 };
  const whole = <F extends string>(field: F) => ({ field, numerator: 1, denominator: 1, weight: 1 });

  it("takes the facts a normalized paper shares and reshapes authors, addresses and warnings", () => {
    // One author at one Tokyo address; one category, Chemistry, Multidisciplinary → CHE (B.1) → chem.
    expect(toCorpusPaper(normalize(item.record), source, createIntern())).toEqual({
      ut: "WOS:000600000000031",
      doi: null,
      year: 2021,
      docTypes: ["Article"],
      earlyAccess: true,
      publicationDate: "MAR",
      earlyAccessDate: "NOV 2020",
      countries: ["JP"],
      institutions: [{ country: "JP", orgKey: "UNIV TOKYO" }],
      addresses: [{ source: "C1", country: "JP", orgKey: "UNIV TOKYO" }],
      authorKeys: ["name:SATO|A"],
      authorAddresses: [[0]],
      unifiedOrganizations: [],
      crossAffiliationOnly: false,
      fields: { esi: [whole("CHE")], nistep: [whole("chem")], fieldSource: "wc-default" },
      citations: 5,
      citationsAllDatabases: 6,
      exportDate: null,
      categories: ["Chemistry, Multidisciplinary"],
      // Grant ids as written (normalized only when matched, §12.1); an agency without ids keeps an empty list.
      grants: [
        { agency: "Japan Science and Technology Agency (JST)", grantIds: ["JPMJAP 9999", "JP20H00001"] },
        { agency: "NSF", grantIds: [] },
      ],
      fundingText: "This work was supported by JST ASPIRE, Grant Number JPMJAP9999.",
      warnings: [],
      source,
    });
  });

  it("builds the fields in CorpusPaperSchema's order, the cited references last (a saved corpus's key order)", () => {
    const schemaOrder = Object.keys(CorpusPaperSchema.shape).filter((key) => key !== "citedReferences");
    const paper = normalize(item.record);
    expect(Object.keys(toCorpusPaper(paper, source, createIntern()))).toEqual(schemaOrder);
    expect(Object.keys(toCorpusPaper(paper, source, createIntern(), ["SMITH J, 2020, NATURE"]))).toEqual([
      ...schemaOrder,
      "citedReferences",
    ]);
  });
});

describe("sharePaper(paper, intern)", () => {
  it("gives equal parts of different papers one instance", () => {
    const intern = createIntern();
    const a = sharePaper(paper({ addresses: [["JP", "UNIV TOKYO"]], authors: [[0], [0]] }), intern);
    const b = sharePaper(paper({ ut: "WOS:2", addresses: [["JP", "UNIV TOKYO"]], authors: [[0]] }), intern);
    expect(b.countries).toBe(a.countries);
    expect(b.addresses).toBe(a.addresses);
    expect(b.institutions).toBe(a.institutions);
    expect(b.fields).toBe(a.fields);
    expect(b.categories).toBe(a.categories);
    // The link lists of both authors of a, and of the one author of b, are one [0].
    expect(a.authorAddresses[1]).toBe(a.authorAddresses[0]);
    expect(b.authorAddresses[0]).toBe(a.authorAddresses[0]);
  });

  it("shares the funding list of papers funded alike, and keeps lists that differ in one id apart", () => {
    const intern = createIntern();
    const grants = (...ids: string[]) => [
      { agency: "JSPS", grantIds: ids },
      { agency: "NSF", grantIds: [] },
    ];
    const a = sharePaper({ ...paper({ addresses: [] }), grants: grants("JP20H00001") }, intern);
    const b = sharePaper({ ...paper({ ut: "WOS:2", addresses: [] }), grants: grants("JP20H00001") }, intern);
    const c = sharePaper({ ...paper({ ut: "WOS:3", addresses: [] }), grants: grants("JP20H00002") }, intern);
    expect(b.grants).toBe(a.grants);
    expect(c.grants).not.toBe(a.grants);
    expect(c.grants).toEqual(grants("JP20H00002"));
    // The agency-only grant of both lists is one list of ids: the corpus's empty list.
    expect(c.grants[1]?.grantIds).toBe(a.grants[1]?.grantIds);
  });

  it("shares a grant between different funding lists, and keeps grants that differ in agency or ids apart", () => {
    const intern = createIntern();
    const funded = (ut: string, grants: CorpusPaper["grants"]) =>
      sharePaper({ ...paper({ ut, addresses: [] }), grants }, intern);
    const a = funded("WOS:1", [
      { agency: "JSPS", grantIds: ["JP20H00001"] },
      { agency: "NSF", grantIds: [] },
    ]);
    const b = funded("WOS:2", [
      { agency: "NSF", grantIds: [] },
      { agency: "JSPS", grantIds: ["JP20H00001"] },
    ]);
    const c = funded("WOS:3", [
      { agency: "JST", grantIds: ["JP20H00001"] },
      { agency: "NSF", grantIds: ["1"] },
    ]);
    // Lists in a different order are different lists, made of the same two grants.
    expect(b.grants).not.toBe(a.grants);
    expect(b.grants[0]).toBe(a.grants[1]);
    expect(b.grants[1]).toBe(a.grants[0]);
    // Same ids under another agency, same agency with other ids: other grants, the right values.
    expect(c.grants[0]).not.toBe(a.grants[0]);
    expect(c.grants[1]).not.toBe(a.grants[1]);
    expect(c.grants).toEqual([
      { agency: "JST", grantIds: ["JP20H00001"] },
      { agency: "NSF", grantIds: ["1"] },
    ]);
  });

  it("keeps a paper without authors apart from one with a single unlinked author", () => {
    const intern = createIntern();
    const none = sharePaper(paper({ addresses: [] }), intern);
    const unlinked = sharePaper(paper({ addresses: [], authors: [[]] }), intern);
    expect(none.authorAddresses).toEqual([]);
    expect(unlinked.authorAddresses).toEqual([[]]);
  });

  it("keeps every value and leaves the paper it was given alone", () => {
    const original = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["US", "HARVARD UNIV"],
      ],
      authors: [[0, 1], []],
    });
    const copy = structuredClone(original);
    expect(sharePaper(original, createIntern())).toEqual(copy);
    expect(original).toEqual(copy);
  });

  it("gives a normalized paper's shared lists and the same lists read back one instance", () => {
    // normalize shares the DT and WC lists and the field assignment of papers with equal DT and
    // WC; toCorpusPaper finds them by identity, sharePaper (a saved corpus) by their contents.
    const record = (ut: string) => {
      const [item] = parsePlainText(
        `PT J\nAU Sato, A\nDT Article\nWC Ecology; Zoology\nPY 2021\nUT WOS:${ut}\nER\n`,
      );
      if (!item?.ok) throw new Error("sample did not parse");
      return item.record;
    };
    const normalizeRecord = createNormalizer();
    const intern = createIntern();
    const source = { file: "a.txt", format: "plain" as const, line: 1, recordIndex: 1 };
    const a = toCorpusPaper(normalizeRecord(record("000600000000001")), source, intern);
    const b = toCorpusPaper(normalizeRecord(record("000600000000002")), source, intern);
    const saved = sharePaper(JSON.parse(JSON.stringify(a)) as CorpusPaper, intern);
    for (const other of [b, saved]) {
      expect(other.categories).toBe(a.categories);
      expect(other.docTypes).toBe(a.docTypes);
      expect(other.fields).toBe(a.fields);
    }
    expect(a.categories).toEqual(["Ecology", "Zoology"]);
    expect(a.docTypes).toEqual(["Article"]);
  });

  it("does not share between two interners (each corpus owns its parts)", () => {
    const spec = { addresses: [["JP", "UNIV TOKYO"]] as const };
    expect(sharePaper(paper(spec), createIntern()).addresses).not.toBe(
      sharePaper(paper(spec), createIntern()).addresses,
    );
  });
});

describe("readCorpus(path) shares parts as the built corpus does", () => {
  it("gives the reloaded papers of data set C shared lists", async () => {
    const corpus = await corpusOf("methodology/data-set-c.txt");
    const path = join(temp(), "c.jsonl");
    await writeCorpus(path, corpus);
    const reloaded = await readCorpus(path);
    expect(reloaded).toEqual(corpus);
    // P1, P2 and P3 are all Chemistry, Multidisciplinary; P1's Smith and Jones both sit at Harvard (2).
    expect(byUt(reloaded, 2).categories).toBe(byUt(reloaded, 1).categories);
    expect(byUt(reloaded, 3).fields).toBe(byUt(reloaded, 1).fields);
    expect(byUt(reloaded, 1).authorAddresses[3]).toBe(byUt(reloaded, 1).authorAddresses[2]);
  });

  it("rejects a saved paper whose author arrays are not parallel", async () => {
    const path = join(temp(), "c.jsonl");
    await writeCorpus(path, await corpusOf("methodology/data-set-c.txt"));
    const lines = readFileSync(path, "utf8").split("\n");
    lines[1] = (lines[1] ?? "").replace(
      '"authorAddresses":[[0],[1],[2],[2]]',
      '"authorAddresses":[[0],[1],[2]]',
    );
    writeFileSync(path, lines.join("\n"));
    await expect(readCorpus(path)).rejects.toMatchObject({
      code: "not-wos",
      message: expect.stringContaining(`${path}:2: not a corpus paper (authorAddresses:`),
    });
  });

  it.each([2, 3])(
    "says to rebuild a corpus saved in format version %i (no funding or dates before 4)",
    async (old) => {
      const path = join(temp(), "old.jsonl");
      writeFileSync(path, `{"format":"copub-corpus","version":${old},"options":{}}\n`);
      await expect(readCorpus(path)).rejects.toMatchObject({
        code: "not-wos",
        message: expect.stringContaining(
          `format version ${old}; this copub reads version 4: build it again with "copub corpus`,
        ),
      });
    },
  );

  it("keeps PD, EA, grants and FX through a save and reload", async () => {
    const dir = temp();
    writeFileSync(
      join(dir, "funded.txt"),
      "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Sato, A\nDT Article\n" +
        "C1 [Sato, A] Univ Tokyo, Tokyo, Japan.\nFU JST [JPMJAP9999]\n" +
        "FX Supported by Grant Number JPMJAP9999.\nPD JAN-FEB\nPY 2021\nEA DEC 2020\n" +
        "UT WOS:000000000000001\nER\nEF\n",
    );
    // FX is kept when asked (programme evaluation asks), and left out by default.
    const { skipped: _, ...corpus } = await loadCorpus([join(dir, "funded.txt")], { fundingText: true });
    const { papers: withoutFx } = await loadCorpus([join(dir, "funded.txt")]);
    expect(withoutFx.at(0)?.fundingText).toBeNull();
    expect(withoutFx.at(0)?.grants).toEqual([{ agency: "JST", grantIds: ["JPMJAP9999"] }]);
    await writeCorpus(join(dir, "c.jsonl"), corpus);
    const [reloaded] = (await readCorpus(join(dir, "c.jsonl"))).papers;
    expect(reloaded).toMatchObject({
      publicationDate: "JAN-FEB",
      earlyAccessDate: "DEC 2020",
      grants: [{ agency: "JST", grantIds: ["JPMJAP9999"] }],
      fundingText: "Supported by Grant Number JPMJAP9999.",
    });
  });
});
