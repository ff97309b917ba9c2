// The publication year y(p), docs/methodology.md §1.3; the year window and the no-year and no-PY
// exclusions of §13.3 are scope filters, tested in test/corpus/scope.test.ts.
import { describe, expect, it } from "vitest";
import { checkOptions } from "../../src/diagnostics/checked-options.ts";
import {
  type PublicationYear,
  publicationYear,
  type YearOptionsInput,
  YearOptionsSchema,
  YearWindowSchema,
  yearWindowOf,
} from "../../src/normalize/publication-year.ts";

const kept = (year: number, yearSource: "PY" | "EY", detail?: string): PublicationYear => ({
  year,
  yearSource,
  warnings: detail === undefined ? [] : [{ code: "year-from-EY", detail }],
});
/** No usable year: the scope excludes the paper as no-PY (under PY-strict) or no-year. */
const none: PublicationYear = { year: null, yearSource: null, warnings: [] };

describe("publicationYear(record, { yearBasis })", () => {
  // [yearBasis, PY, EY, expected]
  it.each<[YearOptionsInput["yearBasis"], number | null, number | null, PublicationYear]>([
    ["PY", 2021, null, kept(2021, "PY")],
    ["PY", null, 2022, kept(2022, "EY", "PY is missing; EY 2022")],
    ["PY", 2022, 2021, kept(2022, "PY")],
    ["PY", 2021, 2022, kept(2021, "PY")],
    ["PY", null, null, none],
    ["PY-strict", 2021, null, kept(2021, "PY")],
    ["PY-strict", null, 2022, none],
    ["PY-strict", 2022, 2021, kept(2022, "PY")],
    ["PY-strict", null, null, none],
    ["earliest", 2021, null, kept(2021, "PY")],
    ["earliest", null, 2022, kept(2022, "EY", "PY is missing; EY 2022")],
    // min(PY, EY): EY 2021 is earlier than PY 2022.
    ["earliest", 2022, 2021, kept(2021, "EY", "EY 2021 is before PY 2022")],
    // min(PY, EY): PY 2021 is earlier than EY 2022 (an EA date after the final one, §1.3).
    ["earliest", 2021, 2022, kept(2021, "PY")],
    ["earliest", 2021, 2021, kept(2021, "PY")],
    ["earliest", null, null, none],
  ])("%s with PY %s and EY %s", (yearBasis, py, ey, expected) => {
    expect(publicationYear({ publicationYear: py, earlyAccessYear: ey }, { yearBasis })).toEqual(expected);
  });

  it("defaults to yearBasis PY (§1.3)", () => {
    expect(YearOptionsSchema.parse({})).toEqual({ yearBasis: "PY" });
    expect(publicationYear({ publicationYear: null, earlyAccessYear: 2020 })).toEqual(
      kept(2020, "EY", "PY is missing; EY 2020"),
    );
  });
});

describe("YearOptionsSchema", () => {
  it("rejects an unknown yearBasis", () => {
    expect(YearOptionsSchema.safeParse({ yearBasis: "EY" }).success).toBe(false);
  });
});

describe("YearWindowSchema and yearWindowOf(text)", () => {
  it("reads 2019-2021 and 2021 as the command line does, and keeps the object form", () => {
    expect(yearWindowOf("2019-2021")).toEqual({ from: 2019, to: 2021 });
    expect(yearWindowOf(" 2021 ")).toEqual({ from: 2021, to: 2021 });
    expect(YearWindowSchema.parse("2009-2011")).toEqual({ from: 2009, to: 2011 });
    expect(YearWindowSchema.parse({ from: 2009, to: 2011 })).toEqual({ from: 2009, to: 2011 });
  });

  it("refuses a window that ends before it starts or is not years", () => {
    expect(yearWindowOf("2021-2019")).toBeNull();
    expect(yearWindowOf("21-23")).toBeNull();
    expect(() => checkOptions(YearWindowSchema, "2021-2019", "compare")).toThrow(
      'compare: "2021-2019" is not a year window like 2019-2021 or 2021',
    );
    expect(() => checkOptions(YearWindowSchema, { from: 2021, to: 2019 }, "compare")).toThrow(
      "compare: years.from must not be after years.to",
    );
  });
});
