import { describe, expect, it } from "vitest";
import type { CorpusPaper } from "../../src/corpus/corpus-paper.ts";
import {
  excludedTable,
  isPaperTable,
  type PaperTable,
  paperTable,
  paperTableBuilder,
} from "../../src/corpus/paper-table.ts";
import { corpusOf, paper } from "../indicators/_papers.ts";

/** A test paper with `n` authors at one Japanese address, and the UT ending in `id`. */
const withAuthors = (id: number, n: number): CorpusPaper =>
  paper({
    ut: `WOS:${String(id).padStart(15, "0")}`,
    addresses: [["JP", "tokyo univ"]],
    authors: Array.from({ length: n }, () => [0]),
  });

describe("paperTable(papers): the papers by column, handed out as papers", () => {
  it("gives back every paper of data set C with the same fields in the same key order", async () => {
    const corpus = await corpusOf("methodology/data-set-c.txt");
    const papers = [...corpus.papers, ...Array.from(corpus.excluded, (e) => e.paper)];
    const table = paperTable(papers);
    expect(table.length).toBe(papers.length);
    papers.forEach((expected, i) => {
      // JSON text compares the key order too: a saved corpus writes papers in that order.
      expect(JSON.stringify(table.at(i))).toBe(JSON.stringify(expected));
      expect(table.at(i)).toEqual(expected);
    });
    expect([...table].map((p) => p.ut)).toEqual(papers.map((p) => p.ut));
  });

  it("keeps nulls, numbers beyond 32 bits and the rarely set fields exactly", () => {
    const plain = withAuthors(1, 2);
    const unusual: CorpusPaper = {
      ...withAuthors(2, 0),
      year: null,
      earlyAccess: true,
      earlyAccessDate: "2020 NOV",
      crossAffiliationOnly: true,
      // Beyond the signed 32-bit range (2^31 = 2,147,483,648) and at its two ends.
      citations: 3_000_000_000,
      citationsAllDatabases: -0x80000000,
      fundingText: "Supported by JSPS.",
      warnings: ["no-address"],
      citedReferences: ["Smith J, 2001, NATURE, V1, P2"],
      source: { file: "b.txt", format: "xml", line: null, recordIndex: 2 ** 33 },
    };
    const notCross: CorpusPaper = {
      ...withAuthors(3, 1),
      crossAffiliationOnly: false,
      citations: 0x7fffffff,
    };
    const table = paperTable([plain, unusual, notCross]);
    expect(table.at(0)).toEqual(plain);
    expect(table.at(1)).toEqual(unusual);
    expect(table.at(2)).toEqual(notCross);
    // A paper without cited references has no such key (a saved corpus writes none).
    expect("citedReferences" in (table.at(0) as CorpusPaper)).toBe(false);
    expect(table.at(1)?.citedReferences).toEqual(["Smith J, 2001, NATURE, V1, P2"]);
  });

  it("reads indexes as Array.prototype.at does", () => {
    const papers = [withAuthors(1, 1), withAuthors(2, 2), withAuthors(3, 3)];
    const table = paperTable(papers);
    for (const index of [-4, -3, -1, 0, 1.7, 2, 3, Number.NaN, -0.5]) {
      expect(table.at(index)?.ut, `at(${index})`).toBe(papers.at(index)?.ut);
    }
  });

  it("hands out a fresh paper on each call, with the table's shared values", () => {
    const only = withAuthors(1, 2);
    const table = paperTable([only]);
    const [first, second] = [table.at(0) as CorpusPaper, table.at(0) as CorpusPaper];
    expect(first).not.toBe(second);
    expect(first.countries).toBe(only.countries);
    expect(first.fields).toBe(only.fields);
    first.authorKeys.push("name:INTRUDER|X");
    expect(table.at(0)?.authorKeys).toEqual(["name:AUTHOR0|A", "name:AUTHOR1|A"]);
  });

  it("grows past its first rows (2,500 papers: two doublings of 1,024)", () => {
    const papers = Array.from({ length: 2500 }, (_, i) => withAuthors(i, i % 7));
    const table = paperTable(papers);
    expect(table.length).toBe(2500);
    expect(table.at(2499)?.ut).toBe("WOS:000000000002499");
    // 2,499 = 7 × 357, so its paper has 0 authors; 2,498 has 6.
    expect(table.at(2499)?.authorKeys).toEqual([]);
    expect(table.at(2498)?.authorKeys).toHaveLength(6);
    expect([...table].every((p, i) => p.ut === papers[i]?.ut && p.authorKeys.length === i % 7)).toBe(true);
  });

  it("is told apart from an array of papers", () => {
    expect(isPaperTable(paperTable([]))).toBe(true);
    expect(isPaperTable([withAuthors(1, 1)])).toBe(false);
  });
});

describe("paperTableBuilder(): rows appended, replaced and put in order", () => {
  it("takes a replacement with another number of authors, and drops the rows the order leaves out", () => {
    const builder = paperTableBuilder();
    expect(builder.append(withAuthors(10, 3))).toBe(0);
    expect(builder.append(withAuthors(20, 1))).toBe(1);
    expect(builder.append(withAuthors(30, 2))).toBe(2);
    builder.replace(0, withAuthors(11, 5));
    expect(builder.length).toBe(3);
    // What the end of a build reads of a row without making its paper: the replacement's values.
    builder.replace(1, { ...withAuthors(20, 1), doi: "10.1000/x", countries: [], warnings: ["no-address"] });
    expect([builder.doiAt(0), builder.countriesAt(0), builder.warningsAt(0)]).toEqual([null, ["JP"], []]);
    expect([builder.doiAt(1), builder.countriesAt(1), builder.warningsAt(1)]).toEqual([
      "10.1000/x",
      [],
      ["no-address"],
    ]);
    expect(() => builder.doiAt(3)).toThrow(/no row 3 \(3 rows\)/);
    const [table] = builder.split([[2, 0]]);
    expect([...(table as PaperTable)].map((p) => [p.ut, p.authorKeys.length])).toEqual([
      ["WOS:000000000000030", 2],
      ["WOS:000000000000011", 5],
    ]);
  });

  it("splits the rows into tables, each in its order, and keeps a replaced row's keys in row order", () => {
    const builder = paperTableBuilder();
    for (const n of [1, 2, 3, 4]) builder.append(withAuthors(n, n));
    builder.replace(1, withAuthors(5, 1));
    builder.setPlace(3, 40, 39);
    const [odd, even] = builder.split([
      [0, 2],
      [3, 1],
    ]);
    expect([...(odd as PaperTable)].map((p) => [p.ut.slice(-1), p.authorKeys.length])).toEqual([
      ["1", 1],
      ["3", 3],
    ]);
    expect([...(even as PaperTable)].map((p) => [p.ut.slice(-1), p.authorKeys.length])).toEqual([
      ["4", 4],
      ["5", 1],
    ]);
    expect((even as PaperTable).at(0)?.source).toMatchObject({ line: 40, recordIndex: 39 });
    // Replaced: `finish` gathers the keys back into row order, and the table equals one appended so.
    const again = paperTableBuilder();
    again.append(withAuthors(1, 3));
    again.append(withAuthors(2, 2));
    again.replace(0, withAuthors(1, 1));
    expect(again.finish()).toEqual(paperTable([withAuthors(1, 1), withAuthors(2, 2)]));
  });

  it("keeps a replaced row's rare fields (Early Access date, funding text) only when the replacement has them", () => {
    const plain = withAuthors(1, 1);
    const early = {
      ...withAuthors(2, 1),
      earlyAccess: true,
      earlyAccessDate: "2021-03",
      fundingText: "JSPS",
    };
    const builder = paperTableBuilder();
    builder.append(early); // row 0: rare fields, then replaced by a paper without them
    builder.append(plain); // row 1: none, then replaced by a paper with them
    builder.replace(0, withAuthors(3, 1));
    builder.replace(1, { ...early, ut: plain.ut });
    const table = builder.finish();
    expect(table.at(0)).toEqual(withAuthors(3, 1));
    expect(table.at(1)).toMatchObject({ ut: plain.ut, earlyAccessDate: "2021-03", fundingText: "JSPS" });
    // The first row's old rare fields are gone from the table, not only unread.
    expect(table).toEqual(paperTable([withAuthors(3, 1), { ...early, ut: plain.ut }]));
  });

  it("refuses an order that repeats or misses rows, a row it has not, and use after finish", () => {
    const fill = () => {
      const builder = paperTableBuilder();
      builder.append(withAuthors(1, 1));
      builder.append(withAuthors(2, 1));
      return builder;
    };
    expect(() => fill().split([[1, 1]])).toThrow(/order position 1 is row 1/);
    expect(() => fill().split([[0, 2]])).toThrow(/order position 1 is row 2/);
    expect(() => fill().split([[0], [0]])).toThrow(/order position 0 is row 0/);
    expect(() => fill().countriesAt(2)).toThrow(/no row 2 \(2 rows\)/);
    expect(() => fill().replace(2, withAuthors(3, 1))).toThrow(/no row 2 \(2 rows\)/);
    const builder = fill();
    builder.finish();
    expect(() => builder.append(withAuthors(3, 1))).toThrow(/used after finish/);
  });
});

describe("paper tables compare deeply by their papers", () => {
  it("are equal when their papers are, whatever order the rows were appended in, and unequal otherwise", () => {
    // Two sources, met in opposite orders by the two builders.
    const a = {
      ...withAuthors(1, 1),
      source: { file: "a.txt", format: "plain" as const, line: 1, recordIndex: 0 },
    };
    const b = {
      ...withAuthors(2, 2),
      source: { file: "b.xml", format: "xml" as const, line: null, recordIndex: 0 },
    };
    const forward = paperTableBuilder();
    forward.append(a);
    forward.append(b);
    const backward = paperTableBuilder();
    backward.append(b);
    backward.append(a);
    expect(forward.finish()).toEqual(backward.split([[1, 0]])[0]);
    expect(paperTable([a, b])).not.toEqual(paperTable([b, a]));
    expect(paperTable([a, b])).not.toEqual(paperTable([a, { ...b, citations: 1 }]));
    expect(excludedTable(paperTable([a]), [["doc-type-out-of-scope"]])).toEqual(
      excludedTable(paperTable([a]), [["doc-type-out-of-scope"]]),
    );
    expect(excludedTable(paperTable([a]), [["doc-type-out-of-scope"]])).not.toEqual(
      excludedTable(paperTable([a]), [["year-out-of-scope"]]),
    );
  });
});
