import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createScopeTest } from "../../src/corpus/scope.ts";
import { createNormalizer, normalize } from "../../src/normalize/normalize.ts";
import { NormalizedPaperSchema } from "../../src/normalize/paper.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";
import type { WosRecord } from "../../src/read/wos-record.ts";
import { sample } from "../_samples.ts";

// docs/methodology.md §4.5, data set C, transcribed verbatim into data-samples/methodology/data-set-c.txt.
const records = parsePlainText(readFileSync(sample("methodology/data-set-c.txt"), "utf8")).flatMap((item) =>
  item.ok ? [item.record] : [],
);
const byUt = (ut: string): WosRecord => {
  const record = records.find((r) => r.ut === ut);
  if (record === undefined) throw new Error(`no ${ut} in data set C`);
  return record;
};
const P = (n: number): WosRecord => byUt(`WOS:00000000000000${n}`);

describe("normalize(record) on data set C (docs/methodology.md §3.5, §4.5, §5.3)", () => {
  const papers = records.map((record) => normalize(record));

  it("parses 8 records, all 8 in scope under the default filters", () => {
    expect(records).toHaveLength(8);
    expect(papers.map(createScopeTest())).toEqual([[], [], [], [], [], [], [], []]);
    for (const paper of papers) expect(NormalizedPaperSchema.safeParse(paper).success).toBe(true);
  });

  it.each([
    // paper, C(p), K(p) = |U(p)| (§4.5 table)
    [1, ["JP", "US"], 3],
    [2, ["JP"], 1], // two departments of Univ Tokyo form one unit
    [3, ["JP"], 2],
    [4, ["FR", "GB", "JP"], 3],
    [5, ["CN", "US"], 3],
    [6, ["DE", "JP"], 2],
    [7, ["JP"], 1], // from RP
    [8, [], 0], // unattributable
  ])("P%i has countries %j and %i institution units", (n, countries, units) => {
    const paper = normalize(P(n));
    expect(paper.countries).toEqual(countries);
    expect(paper.institutions).toHaveLength(units);
  });

  it("merges the two Univ Tokyo departments of P2 into one unit", () => {
    expect(normalize(P(2)).institutions).toEqual([{ country: "JP", orgKey: "UNIV TOKYO" }]);
  });

  it("P4: Early Access flag, year from PY (2021, not EY 2020)", () => {
    const paper = normalize(P(4));
    expect([paper.earlyAccess, paper.year, paper.yearSource, paper.docTypes]).toEqual([
      true,
      2021,
      "PY",
      ["Article"],
    ]);
  });

  it("P7 takes its address from RP and says so; P8 has no address", () => {
    const p7 = normalize(P(7));
    expect(p7.addresses.map((a) => [a.source, a.orgKey, a.country, a.authorSeqs])).toEqual([
      ["RP", "NAGOYA UNIV", "JP", [1]],
    ]);
    expect(p7.warnings).toContainEqual({ code: "address-from-RP", detail: "1 of 1 addresses" });
    const p8 = normalize(P(8));
    expect(p8.countries).toEqual([]);
    expect(p8.warnings).toContainEqual({ code: "no-address", detail: "neither C1 nor RP gives an address" });
  });

  it("links authors to addresses as the §4.5 table says (P1, P2)", () => {
    expect(normalize(P(1)).authors.map((a) => [a.name, a.addressIndexes])).toEqual([
      ["Sato, Akira", [0]],
      ["Suzuki, Bo", [1]],
      ["Smith, Carol", [2]],
      ["Jones, David", [2]],
    ]);
    expect(normalize(P(2)).authors.map((a) => [a.name, a.addressIndexes])).toEqual([
      ["Tanaka, Eri", [0]],
      ["Ito, Fumi", [0, 1]],
    ]);
  });

  it("flags P6 (one author, two countries) as cross-affiliation only, and no other paper (§5.3)", () => {
    expect(papers.map((p) => p.crossAffiliationOnly)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it("maps `Chemistry, Multidisciplinary` to ESI Chemistry and NISTEP chem", () => {
    expect(normalize(P(1)).fields).toEqual({
      esi: [{ field: "CHE", numerator: 1, denominator: 1, weight: 1 }],
      nistep: [{ field: "chem", numerator: 1, denominator: 1, weight: 1 }],
      fieldSource: "wc-default",
    });
  });
});

describe("normalize(record, options) applies the switches", () => {
  it("hongKongMacao: a Hong Kong–mainland paper is bilateral under separate, domestic under china (§5.1)", () => {
    const [item] = parsePlainText(
      "PT J\nAU Chan, A\n   Li, B\nAF Chan, Al\n   Li, Bo\nDT Article\nPY 2020\n" +
        "C1 [Chan, Al] Univ Hong Kong, Sch Publ Hlth, Hong Kong, Peoples R China.\n" +
        "   [Li, Bo] Peking Univ, Beijing 100871, Peoples R China.\nUT WOS:000600000000020\nER\n",
    );
    if (!item?.ok) throw new Error("sample did not parse");
    expect(normalize(item.record).countries).toEqual(["CN", "HK"]);
    expect(normalize(item.record, { hongKongMacao: "china" }).countries).toEqual(["CN"]);
  });

  it("addressSource C1-only leaves P7 of data set C without an address", () => {
    expect(normalize(P(7), { addressSource: "C1-only" }).countries).toEqual([]);
  });

  it("rejects an option outside its domain", () => {
    expect(() => createNormalizer({ ukNations: "split" as "merge" })).toThrow();
  });
});
