import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/build-corpus.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";
import type { ReadItem, WosFormat } from "../../src/read/read-item.ts";
import { parseXml } from "../../src/read/xml.ts";
import { sample } from "../_samples.ts";

const DATA_SET_C = sample("methodology/data-set-c.txt");
const withoutProvenance = <T extends { source: unknown }>({ source: _, ...paper }: T) => paper;

describe("loadCorpus(paths) on data set C (docs/methodology.md §4.5, data set C)", () => {
  it("accounts for 8 records: 8 parsed, 8 unique, 8 in scope, 1 unattributed (P8)", async () => {
    const corpus = await loadCorpus([DATA_SET_C]);
    expect(corpus.accounting).toEqual({
      records: 8,
      parsed: 8,
      rejected: 0,
      rejectedByCode: {},
      unique: 8,
      duplicates: 0,
      duplicatesIdentical: 0,
      duplicatesConflicting: 0,
      inScope: 8,
      excluded: 0,
      excludedByReason: {},
      unattributed: 1,
    });
    expect([...corpus.papers].map((p) => p.ut)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `WOS:00000000000000${n}`),
    );
  });

  it("a second copy of P3 in another file leaves every paper unchanged and gives one duplicate-ut entry", async () => {
    const once = await loadCorpus([DATA_SET_C]);
    const twice = await loadCorpus([DATA_SET_C, sample("corpus/data-set-c-p3-again.txt")]);
    expect([...twice.papers].map(withoutProvenance)).toEqual([...once.papers].map(withoutProvenance));
    expect([twice.accounting.records, twice.accounting.parsed, twice.accounting.unique]).toEqual([9, 9, 8]);
    expect([twice.accounting.duplicates, twice.accounting.duplicatesIdentical]).toEqual([1, 1]);
    // Identical records: the kept one is the first by file path ("…/corpus/…" sorts before "…/methodology/…").
    expect(twice.duplicates).toEqual([
      {
        ut: "WOS:000000000000003",
        kept: { file: sample("corpus/data-set-c-p3-again.txt"), format: "plain", line: 3, recordIndex: 0 },
        dropped: [
          {
            file: DATA_SET_C,
            format: "plain",
            line: 41,
            recordIndex: 2,
            reason: "duplicate-ut",
            differingFields: [],
          },
        ],
      },
    ]);
  });

  it("keeps the later export of a conflicting duplicate and names the fields that differ (§13.2)", async () => {
    const corpus = await loadCorpus([DATA_SET_C, sample("corpus/data-set-c-p3-later-export.txt")]);
    expect([...corpus.papers].find((p) => p.ut === "WOS:000000000000003")?.citations).toBe(5);
    expect(corpus.duplicates[0]?.dropped).toEqual([
      {
        file: DATA_SET_C,
        format: "plain",
        line: 41,
        recordIndex: 2,
        reason: "duplicate-ut-conflict",
        differingFields: ["timesCited", "exportDate"],
      },
    ]);
    expect(corpus.accounting.duplicatesConflicting).toBe(1);
  });
});

describe("buildCorpus(items) applies the duplicate rule of §13.2 whatever the order", () => {
  type Input = { item: ReadItem; format: WosFormat };
  const plain = (tags: string): Input => {
    const [item] = parsePlainText(`PT J\nDT Article\nPY 2020\nUT WOS:000600000000050\n${tags}ER\n`, {
      fileName: "a.txt",
    });
    if (item === undefined) throw new Error("no item");
    return { item, format: "plain" as const };
  };
  const xml = (): Input => {
    const [item] = parseXml(
      "<records><REC><UID>WOS:000600000000050</UID><static_data><summary><pub_info pubyear='2020'/><doctypes count='1'><doctype>Article</doctype></doctypes></summary></static_data></REC></records>",
      { fileName: "z.xml" },
    );
    if (item === undefined) throw new Error("no item");
    return { item, format: "xml" as const };
  };
  const keptFile = (items: ReturnType<typeof plain>[]) => buildCorpus(items).duplicates[0]?.kept.file;
  const bothOrders = (a: ReturnType<typeof plain>, b: ReturnType<typeof plain>) => [
    keptFile([a, b]),
    keptFile([b, a]),
  ];

  it("prefers the richer format (XML over plain text), even with fewer citations", () => {
    expect(bothOrders(plain("TC 9\n"), xml())).toEqual(["z.xml", "z.xml"]);
  });

  it("then the later export date, then more citations", () => {
    const late = { ...plain("DA 2024-06-01\nTC 1\n") };
    const early = parsePlainText(
      "PT J\nDT Article\nPY 2020\nUT WOS:000600000000050\nDA 2023-01-01\nTC 9\nER\n",
      { fileName: "b.txt" },
    );
    const earlyItem = { item: early[0] ?? late.item, format: "plain" as const };
    expect(bothOrders(late, earlyItem)).toEqual(["a.txt", "a.txt"]);
    const more = parsePlainText("PT J\nDT Article\nPY 2020\nUT WOS:000600000000050\nTC 9\nER\n", {
      fileName: "b.txt",
    });
    expect(bothOrders(plain("TC 1\n"), { item: more[0] ?? late.item, format: "plain" })).toEqual([
      "b.txt",
      "b.txt",
    ]);
  });

  it("puts a UT in or out of scope by the record it keeps, whichever came first", () => {
    // Two exports of one UT: the later export (DA 2024) says PY 2019, the earlier PY 2020. §13.2
    // keeps the later export, so with years 2020–2021 the UT is out of scope in both orders (the
    // first record read, when it is the earlier export, was in scope until it was replaced).
    const read = (file: string, text: string): Input => {
      const [item] = parsePlainText(text, { fileName: file });
      if (item === undefined) throw new Error("no item");
      return { item, format: "plain" };
    };
    const earlier = read("a.txt", "PT J\nDT Article\nPY 2020\nDA 2023-01-01\nUT WOS:000600000000070\nER\n");
    const later = read("b.txt", "PT J\nDT Article\nPY 2019\nDA 2024-06-01\nUT WOS:000600000000070\nER\n");
    for (const items of [
      [earlier, later],
      [later, earlier],
    ]) {
      const corpus = buildCorpus(items, { years: { from: 2020, to: 2021 } });
      expect(corpus.duplicates[0]?.kept.file).toBe("b.txt");
      expect([corpus.accounting.inScope, corpus.accounting.excluded]).toEqual([0, 1]);
      expect([...corpus.excluded].map((e) => [e.paper.year, e.reasons])).toEqual([
        [2019, ["year-out-of-scope"]],
      ]);
    }
    // With 2019 in range it is in scope, and the paper is the later export's.
    const kept = buildCorpus([earlier, later], { years: { from: 2019, to: 2021 } });
    expect([...kept.papers].map((p) => [p.year, p.source.file])).toEqual([[2019, "b.txt"]]);
  });

  it("reports a DOI carried by two UTs without merging them", () => {
    const items = parsePlainText(
      "PT J\nDT Article\nPY 2020\nDI 10.1000/X\nUT WOS:000600000000060\nER\nPT J\nDT Correction\nPY 2021\nDI 10.1000/x\nUT WOS:000600000000061\nER\n",
    ).map((item) => ({ item, format: "plain" as const }));
    const corpus = buildCorpus(items);
    expect(corpus.accounting.unique).toBe(2);
    expect(corpus.sharedDois).toEqual([
      { doi: "10.1000/x", uts: ["WOS:000600000000060", "WOS:000600000000061"] },
    ]);
  });
});

describe("buildCorpus(items, filters) puts papers out of scope with reasons, first failing filter first", () => {
  const text = readFileSync(DATA_SET_C, "utf8");
  const items = () => parsePlainText(text).map((item) => ({ item, format: "plain" as const }));

  it.each([
    // All 8 papers are 2021 Chemistry articles; P1 and P5 have US addresses.
    [{ years: { from: 2019, to: 2020 } }, 0, { "year-out-of-scope": 8 }],
    [{ countries: ["US"] }, 2, { "country-out-of-scope": 6 }],
    [{ fields: ["chem"] }, 8, {}],
    [{ fields: ["Physics"] }, 0, { "field-out-of-scope": 8 }],
    [{ docTypes: { include: ["Review"] as const } }, 0, { "doc-type-out-of-scope": 8 }],
  ])("%j → %i in scope", (filters, inScope, byReason) => {
    const corpus = buildCorpus(items(), filters as never);
    expect(corpus.accounting.inScope).toBe(inScope);
    expect(corpus.accounting.excludedByReason).toEqual(byReason);
    expect(corpus.accounting.inScope + corpus.accounting.excluded).toBe(corpus.accounting.unique);
  });

  it("gives excluded papers with the same reasons one list of them (a corpus keeps it per paper)", () => {
    // Every paper of data set C is from 2021, and none has an address in Korea.
    const corpus = buildCorpus(items(), { years: { from: 2019, to: 2020 }, countries: ["KR"] });
    expect(corpus.excluded).toHaveLength(8);
    const [first, ...rest] = [...corpus.excluded].map((e) => e.reasons);
    expect(first).toEqual(["year-out-of-scope", "country-out-of-scope"]);
    for (const reasons of rest) expect(reasons).toBe(first);
  });

  it("throws invalid-option for an unknown field", () => {
    expect(() => buildCorpus(items(), { fields: ["alchemy"] })).toThrowError(
      expect.objectContaining({ code: "invalid-option" }) as Error,
    );
  });
});

describe("corpus papers are compact", () => {
  it("keep no cited references unless asked", async () => {
    const plainCorpus = await loadCorpus([sample("plain-text/two-records.txt")]);
    expect([...plainCorpus.papers].every((p) => !("citedReferences" in p))).toBe(true);
    const withReferences = await loadCorpus([sample("plain-text/two-records.txt")], {
      citedReferences: true,
    });
    expect(withReferences.papers.at(0)?.citedReferences).toHaveLength(2);
    expect([...withReferences.papers].map(withoutProvenance).map((p) => p.ut)).toEqual(
      [...plainCorpus.papers].map((p) => p.ut),
    );
  });
});
