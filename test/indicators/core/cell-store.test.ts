// The cells a tally fills in one pass: made on first use, kept for the final periods.
import { describe, expect, it } from "vitest";
import {
  addToCountries,
  createCellStore,
  createCountryCells,
} from "../../../src/indicators/core/cell-store.ts";

const y2020 = { from: 2020, to: 2020 };
const y2021 = { from: 2021, to: 2021 };

describe("createCellStore(make)", () => {
  it("makes a cell on first use and hands back the same cell for the same period, field and owner", () => {
    const store = createCellStore((period, field, owner) => ({ period, field, owner, papers: 0 }));
    store.cell(y2021, "all", "JP").papers++;
    store.cell(y2021, "all", "JP").papers++;
    store.cell(y2021, "chem", "JP").papers++;
    store.cell(y2021, "all", "US").papers++;
    // JP all 2, JP chem 1, US all 1: three cells, in the order they were made.
    expect(store.kept([y2021]).map((c) => [c.owner, c.field, c.papers])).toEqual([
      ["JP", "all", 2],
      ["JP", "chem", 1],
      ["US", "all", 1],
    ]);
  });

  it("tells periods apart by their years and gives cells without an owner the owner ''", () => {
    const store = createCellStore((period, field, owner) => ({ period, field, owner }));
    store.cell({ from: 2019, to: 2021 }, "all");
    store.cell(y2021, "all");
    expect(store.kept([{ from: 2019, to: 2021 }, y2021]).map((c) => [c.period, c.owner])).toEqual([
      [{ from: 2019, to: 2021 }, ""],
      [y2021, ""],
    ]);
  });

  it("keeps only the cells of the periods given, which settling may have narrowed", () => {
    const store = createCellStore((period, field) => ({ period, field }));
    store.cell(y2020, "all");
    store.cell(y2021, "all");
    expect(store.kept([y2021]).map((c) => c.period)).toEqual([y2021]);
    expect(store.kept([])).toEqual([]);
  });
});

describe("createCountryCells(sums, fractional)", () => {
  it("gives each country cell integer sums, and fractional sums only when asked", () => {
    const sums = () => ({ papers: 0 });
    expect(createCountryCells(sums, true).cell(y2021, "all", "JP")).toEqual({
      period: y2021,
      field: "all",
      country: "JP",
      integer: { papers: 0 },
      fractional: { papers: 0 },
    });
    expect(createCountryCells(sums, false).cell(y2021, "all", "JP").fractional).toBeNull();
  });
});

describe("addToCountries(cells, period, field, countries, shares, add)", () => {
  const add = (sums: { papers: number }, weight: number) => {
    sums.papers += weight;
  };

  it("adds weight 1 to each country's integer sums and its share to its fractional sums", () => {
    const cells = createCountryCells(() => ({ papers: 0 }), true);
    // A JP–US paper with shares JP 2/3, US 1/3, then a JP paper with share 1.
    addToCountries(
      cells,
      y2021,
      "all",
      ["JP", "US"],
      new Map([
        ["JP", 2 / 3],
        ["US", 1 / 3],
      ]),
      add,
    );
    addToCountries(cells, y2021, "all", ["JP"], new Map([["JP", 1]]), add);
    // JP: integer 1 + 1 = 2, fractional 2/3 + 1 = 5/3; US: integer 1, fractional 1/3.
    expect(cells.kept([y2021]).map((c) => [c.country, c.integer.papers, c.fractional?.papers])).toEqual([
      ["JP", 2, 2 / 3 + 1],
      ["US", 1, 1 / 3],
    ]);
  });

  it("gives a country without a share 0 under the fractional method and touches no fractional sums without one", () => {
    const withFractional = createCountryCells(() => ({ papers: 0 }), true);
    addToCountries(withFractional, y2021, "all", ["JP", "US"], new Map([["JP", 1]]), add);
    expect(withFractional.cell(y2021, "all", "US").fractional).toEqual({ papers: 0 });
    const integerOnly = createCountryCells(() => ({ papers: 0 }), false);
    addToCountries(integerOnly, y2021, "all", ["JP"], new Map(), add);
    expect(integerOnly.cell(y2021, "all", "JP")).toMatchObject({ integer: { papers: 1 }, fractional: null });
  });
});
