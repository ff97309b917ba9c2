// Rows of the corpus tables on data set C (docs/methodology.md §4.5): the weights every counting
// method gives each paper × country row, worked in §4.5's table, and the field rows.
import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import {
  countryDimensionRows,
  exportedPapers,
  paperRows,
  type Row,
} from "../../../src/indicators/corpus-tables/paper-rows.ts";
import { MEMBERSHIP_UNITS, tableSpec } from "../../../src/indicators/corpus-tables/table-columns.ts";
import { corpusOf, dataSetC } from "../_papers.ts";

let p: (name: string) => CorpusPaper;
beforeAll(async () => {
  ({ p } = await dataSetC());
});

const countries = (paper: CorpusPaper) =>
  (paperRows(paper, true).tables.paper_country ?? []).map((row) => [
    row.country,
    row.institution_units,
    row.w_nistep,
    row.w_cwts,
    row.w_country,
  ]);

describe("paperRows (data set C, §4.5)", () => {
  it("gives P1 JP 2/3 and US 1/3 under NISTEP, 1/2 each under CWTS and country-equal", () => {
    // P1: Univ Tokyo JP, Kyoto Univ JP, Harvard US: K = 3, JP has 2 units → 2/3, US 1/3;
    // four authors, two in Japan, two at Harvard → CWTS 2/4 each.
    expect(countries(p("P1"))).toEqual([
      ["JP", 2, 2 / 3, 1 / 2, 1 / 2],
      ["US", 1, 1 / 3, 1 / 2, 1 / 2],
    ]);
  });

  it("gives P5 US 2/3 and CN 1/3 under NISTEP (Harvard, MIT, Peking), 1/2 each under CWTS", () => {
    expect(countries(p("P5"))).toEqual([
      ["CN", 1, 1 / 3, 1 / 2, 1 / 2],
      ["US", 2, 2 / 3, 1 / 2, 1 / 2],
    ]);
  });

  it("counts P2's two departments of Univ Tokyo as one unit, weight 1", () => {
    const rows = paperRows(p("P2"), true).tables;
    expect(countries(p("P2"))).toEqual([["JP", 1, 1, 1, 1]]);
    expect(rows.paper_institution).toEqual([
      { ut: p("P2").ut, country: "JP", org_key: "UNIV TOKYO", addresses: 2 },
    ]);
    expect(rows.papers?.[0]).toMatchObject({
      countries: 1,
      institutions: 1,
      collaboration_type: "domesticSingle",
    });
  });

  it("has no country row for P8 (no address) and a null collaboration type", () => {
    const rows = paperRows(p("P8"), true).tables;
    expect(rows.paper_country).toEqual([]);
    expect(rows.paper_counting_warning).toEqual([]);
    expect(rows.papers?.[0]).toMatchObject({ countries: 0, collaboration_type: null });
  });

  it("marks P6 (one author in JP and DE) bilateral and cross-affiliation-only", () => {
    expect(paperRows(p("P6"), true).tables.papers?.[0]).toMatchObject({
      collaboration_type: "bilateral",
      cross_affiliation_only: true,
    });
  });

  it("gives every row every column of its table, and nothing else", () => {
    for (const name of ["P1", "P4", "P7", "P8"]) {
      const { tables } = paperRows(p(name), true);
      for (const [table, rows] of Object.entries(tables))
        for (const row of rows as Row[])
          expect(Object.keys(row)).toEqual(tableSpec(table).columns.map((c) => c.name));
    }
  });

  it("writes a field share 1/k as k-th parts of MEMBERSHIP_UNITS", () => {
    const field = (paperRows(p("P1"), true).tables.paper_field ?? []).find((row) => row.scheme === "esi");
    // One field per paper by default: 1/1 of the paper, all the units.
    expect(field).toMatchObject({
      numerator: 1,
      denominator: 1,
      weight: 1,
      membership_units: MEMBERSHIP_UNITS,
    });
    // lcm(1..20) = 2^4·3^2·5·7·11·13·17·19
    expect(MEMBERSHIP_UNITS).toBe(16 * 9 * 5 * 7 * 11 * 13 * 17 * 19);
  });
});

describe("exportedPapers", () => {
  it("keeps papers left out only by --countries, flagged out of scope, in UT order", async () => {
    const corpus = await corpusOf("methodology/data-set-c.txt", { countries: ["US"] });
    const exported = [...exportedPapers(corpus)];
    // P1 and P5 have a US address; the other six are left out by the country filter only.
    expect(exported.filter((e) => e.inScope).map((e) => e.paper.ut.slice(-1))).toEqual(["1", "5"]);
    expect(exported.map((e) => e.paper.ut)).toEqual([...exported.map((e) => e.paper.ut)].sort());
    expect(exported).toHaveLength(8);
  });

  it("names each country once, by key, with its alpha-3 code", () => {
    expect(countryDimensionRows(["US", "JP", "US"])).toEqual([
      { country: "JP", alpha3: "JPN", name: "Japan" },
      { country: "US", alpha3: "USA", name: "United States" },
    ]);
  });
});
