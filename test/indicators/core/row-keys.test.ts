// The keys of a table's rows and their one order (docs/methodology.md §6, §7.2).
import { describe, expect, it } from "vitest";
import {
  ALL_FIELDS,
  compareRowKeys,
  paperFieldRows,
  type RowKey,
  WORLD,
} from "../../../src/indicators/core/row-keys.ts";
import { paper } from "../_papers.ts";

const y2021 = { from: 2021, to: 2021 };
const key = (country: string, period = y2021, field = ALL_FIELDS): RowKey => ({ country, period, field });
const show = (keys: RowKey[]) =>
  keys.sort(compareRowKeys).map((k) => `${k.country} ${k.period.from}-${k.period.to} ${k.field}`);

describe("compareRowKeys(a, b)", () => {
  it("orders countries by code units and puts the world last, even after a key that sorts after it", () => {
    // By code units "ZA" > "WORLD" > "US" > "JP" > "CN"; the world still comes last.
    expect(show([key(WORLD), key("ZA"), key("US"), key("CN"), key("JP")])).toEqual([
      "CN 2021-2021 all",
      "JP 2021-2021 all",
      "US 2021-2021 all",
      "ZA 2021-2021 all",
      "WORLD 2021-2021 all",
    ]);
  });

  it("orders a country's periods by first year, then last year", () => {
    const periods = [
      { from: 2020, to: 2022 },
      { from: 2020, to: 2020 },
      { from: 2019, to: 2021 },
    ];
    expect(show(periods.map((period) => key("JP", period)))).toEqual([
      "JP 2019-2021 all",
      "JP 2020-2020 all",
      "JP 2020-2022 all",
    ]);
  });

  it("puts the field `all` first, then the NISTEP fields in §7.2 order, then unknown keys by code units", () => {
    // §7.2 order: chem, mat, phys, csmath, eng, envgeo, clin, life, other; "bio" and "art" are not keys.
    const fields = ["other", "bio", "life", "phys", "all", "chem", "art"];
    expect(show(fields.map((field) => key("JP", y2021, field))).map((k) => k.split(" ")[2])).toEqual([
      "all",
      "chem",
      "phys",
      "life",
      "other",
      "art",
      "bio",
    ]);
  });

  it("returns 0 only for equal keys", () => {
    expect(compareRowKeys(key("JP"), key("JP"))).toBe(0);
    expect(compareRowKeys(key("JP"), key("JP", y2021, "chem"))).toBeLessThan(0);
  });
});

describe("paperFieldRows(paper, byField)", () => {
  const chemAndPhys = paper({ addresses: [["JP", "A"]], nistep: ["chem", "phys"] });

  it("gives the row `all` alone, with weight 1, without the field split", () => {
    expect(paperFieldRows(chemAndPhys, false)).toEqual([["all", 1]]);
  });

  it("adds each NISTEP field of the paper with its share under the split", () => {
    // Two fields, each a 1/2 share of the paper.
    expect(paperFieldRows(chemAndPhys, true)).toEqual([
      ["all", 1],
      ["chem", 0.5],
      ["phys", 0.5],
    ]);
  });
});
