// The publication year y(p) and the year window, METHODOLOGY.md §1.3 and §13.3.
import { describe, expect, it } from "vitest";
import {
  type PublicationYear,
  publicationYear,
  type YearOptionsInput,
  YearOptionsSchema,
} from "../../src/normalize/publication-year.ts";

const kept = (year: number, yearSource: "PY" | "EY", detail?: string): PublicationYear => ({
  year,
  yearSource,
  inScope: true,
  reason: null,
  warnings: detail === undefined ? [] : [{ code: "year-from-EY", detail }],
});
const excluded = (reason: PublicationYear["reason"]): PublicationYear => ({
  year: null,
  yearSource: null,
  inScope: false,
  reason,
  warnings: [],
});

describe("publicationYear(record, { yearBasis })", () => {
  // [yearBasis, PY, EY, expected]
  it.each<[YearOptionsInput["yearBasis"], number | null, number | null, PublicationYear]>([
    ["PY", 2021, null, kept(2021, "PY")],
    ["PY", null, 2022, kept(2022, "EY", "PY is missing; EY 2022")],
    ["PY", 2022, 2021, kept(2022, "PY")],
    ["PY", 2021, 2022, kept(2021, "PY")],
    ["PY", null, null, excluded("no-year")],
    ["PY-strict", 2021, null, kept(2021, "PY")],
    ["PY-strict", null, 2022, excluded("no-PY")],
    ["PY-strict", 2022, 2021, kept(2022, "PY")],
    ["PY-strict", null, null, excluded("no-PY")],
    ["earliest", 2021, null, kept(2021, "PY")],
    ["earliest", null, 2022, kept(2022, "EY", "PY is missing; EY 2022")],
    // min(PY, EY): EY 2021 is earlier than PY 2022.
    ["earliest", 2022, 2021, kept(2021, "EY", "EY 2021 is before PY 2022")],
    // min(PY, EY): PY 2021 is earlier than EY 2022 (an EA date after the final one, §1.3).
    ["earliest", 2021, 2022, kept(2021, "PY")],
    ["earliest", 2021, 2021, kept(2021, "PY")],
    ["earliest", null, null, excluded("no-year")],
  ])("%s with PY %s and EY %s", (yearBasis, py, ey, expected) => {
    expect(publicationYear({ publicationYear: py, earlyAccessYear: ey }, { yearBasis })).toEqual(expected);
  });

  it("defaults to yearBasis PY with no window (§1.3)", () => {
    expect(YearOptionsSchema.parse({})).toEqual({ yearBasis: "PY", years: null });
    expect(publicationYear({ publicationYear: null, earlyAccessYear: 2020 })).toEqual(
      kept(2020, "EY", "PY is missing; EY 2020"),
    );
  });
});

describe("publicationYear(record, { years })", () => {
  const years = { from: 2019, to: 2021 };
  // [yearBasis, PY, EY, year, inScope]: the window applies after y(p) is fixed.
  it.each<[YearOptionsInput["yearBasis"], number | null, number | null, number | null, boolean]>([
    ["PY", 2019, null, 2019, true],
    ["PY", 2021, null, 2021, true],
    ["PY", 2018, null, 2018, false],
    ["PY", 2022, null, 2022, false],
    ["PY", null, 2021, 2021, true],
    ["PY", null, 2022, 2022, false],
    // PY 2022 is outside, but its EY 2021 is earlier: in scope only under "earliest".
    ["PY", 2022, 2021, 2022, false],
    ["earliest", 2022, 2021, 2021, true],
  ])("%s, PY %s, EY %s → year %s, in window %s", (yearBasis, py, ey, year, inScope) => {
    const result = publicationYear({ publicationYear: py, earlyAccessYear: ey }, { yearBasis, years });
    expect([result.year, result.inScope, result.reason]).toEqual([
      year,
      inScope,
      inScope ? null : "year-out-of-scope",
    ]);
  });

  it("gives no-year, not year-out-of-scope, to a record without a year", () => {
    expect(publicationYear({ publicationYear: null, earlyAccessYear: null }, { years }).reason).toBe(
      "no-year",
    );
  });

  it.each<[unknown]>([[{ from: 2021, to: 2019 }], [{ from: 2019.5, to: 2020 }], [{ from: 2019 }]])(
    "rejects the window %j",
    (window) => {
      expect(YearOptionsSchema.safeParse({ years: window }).success).toBe(false);
    },
  );

  it("rejects an unknown yearBasis", () => {
    expect(YearOptionsSchema.safeParse({ yearBasis: "EY" }).success).toBe(false);
  });
});
