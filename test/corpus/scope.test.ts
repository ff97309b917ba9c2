// The scope filters, docs/methodology.md §1.2, §1.3, §13.3–13.4: one test decides scope, on the facts
// of a corpus paper or of a normalized paper.
import { describe, expect, it } from "vitest";
import {
  createScopeTest,
  excludedByFirstReason,
  type ScopeFacts,
  ScopeFiltersSchema,
} from "../../src/corpus/scope.ts";
import { checkOptions } from "../../src/diagnostics/checked-options.ts";
import { normalize } from "../../src/normalize/normalize.ts";
import { publicationYear, type YearOptionsInput } from "../../src/normalize/publication-year.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";

const whole = <F extends string>(field: F) => ({ field, numerator: 1, denominator: 1, weight: 1 });

/** An Article of data set C's kind: Chemistry (NISTEP chem), with addresses in Japan and the US. */
const article = (year: number | null): ScopeFacts => ({
  docTypes: ["Article"],
  year,
  fields: { esi: [whole("CHE")], nistep: [whole("chem")], fieldSource: "wc-default" },
  countries: ["JP", "US"],
});

/** The scope verdict on a record's year: y(p) fixed by the year basis, then the filters. */
const yearVerdict = (
  yearBasis: YearOptionsInput["yearBasis"],
  py: number | null,
  ey: number | null,
  years: { from: number; to: number } | null = null,
) => {
  const { year } = publicationYear({ publicationYear: py, earlyAccessYear: ey }, { yearBasis });
  return { year, reasons: createScopeTest({ yearBasis, years })(article(year)) };
};

describe("createScopeTest({ yearBasis }) on a record's year (§1.3, §13.3)", () => {
  // [yearBasis, PY, EY, reasons]: without a usable year, no-PY under PY-strict, else no-year.
  it.each<[YearOptionsInput["yearBasis"], number | null, number | null, string[]]>([
    ["PY", 2021, null, []],
    ["PY", null, 2022, []],
    ["PY", null, null, ["no-year"]],
    ["PY-strict", 2021, null, []],
    ["PY-strict", null, 2022, ["no-PY"]],
    ["PY-strict", null, null, ["no-PY"]],
    ["earliest", null, 2022, []],
    ["earliest", null, null, ["no-year"]],
  ])("%s with PY %s and EY %s → %j", (yearBasis, py, ey, reasons) => {
    expect(yearVerdict(yearBasis, py, ey).reasons).toEqual(reasons);
  });
});

describe("createScopeTest({ years })", () => {
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
    expect(yearVerdict(yearBasis, py, ey, years)).toEqual({
      year,
      reasons: inScope ? [] : ["year-out-of-scope"],
    });
  });

  it("gives no-year, not year-out-of-scope, to a record without a year", () => {
    expect(createScopeTest({ years })(article(null))).toEqual(["no-year"]);
  });

  it.each<[unknown]>([[{ from: 2021, to: 2019 }], [{ from: 2019.5, to: 2020 }], [{ from: 2019 }]])(
    "rejects the window %j",
    (window) => {
      expect(ScopeFiltersSchema.safeParse({ years: window }).success).toBe(false);
    },
  );
});

describe("createScopeTest(filters) defaults and the order of reasons", () => {
  it("defaults to Article and Review of every year, field and country (§1.2, §1.3)", () => {
    expect(ScopeFiltersSchema.parse({})).toEqual({
      docTypes: { include: ["Article", "Review"], strict: false, retracted: "keep" },
      years: null,
      fields: null,
      countries: null,
      yearBasis: "PY",
    });
    expect(createScopeTest()(article(1970))).toEqual([]);
    expect(createScopeTest()({ ...article(2020), docTypes: ["Letter"] })).toEqual(["doc-type-out-of-scope"]);
  });

  it.each<[Parameters<typeof createScopeTest>[0], string[]]>([
    // The paper is CHE (NISTEP chem) with JP and US addresses.
    [{ fields: ["Chemistry"] }, []],
    [{ fields: ["che"] }, []],
    [{ fields: ["chem"] }, []],
    [{ fields: ["PHY", "mat"] }, ["field-out-of-scope"]],
    [{ countries: ["US"] }, []],
    [{ countries: ["GB", "FR"] }, ["country-out-of-scope"]],
  ])("%j → %j", (filters, reasons) => {
    expect(createScopeTest(filters)(article(2020))).toEqual(reasons);
  });

  it("lists every failing filter, document types first, then year, field and country (§13.4)", () => {
    const letter = { ...article(2010), docTypes: ["Letter" as const] };
    const filters = { years: { from: 2015, to: 2020 }, fields: ["PHY"], countries: ["GB"] };
    expect(createScopeTest(filters)(letter)).toEqual([
      "doc-type-out-of-scope",
      "year-out-of-scope",
      "field-out-of-scope",
      "country-out-of-scope",
    ]);
  });

  it("throws invalid-option for a field that is no ESI id, ESI name or NISTEP key", () => {
    expect(() => createScopeTest({ fields: ["Alchemy"] })).toThrow(
      expect.objectContaining({ code: "invalid-option" }),
    );
  });
});

describe("createScopeTest(filters) on a normalized paper", () => {
  it("years and docTypes put a paper out of scope with the first failing rule first", () => {
    const [item] = parsePlainText("PT J\nDT Letter\nPY 2010\nUT WOS:000600000000021\nER\n");
    if (!item?.ok) throw new Error("sample did not parse");
    const paper = normalize(item.record);
    expect(createScopeTest({ years: { from: 2015, to: 2020 } })(paper)).toEqual([
      "doc-type-out-of-scope",
      "year-out-of-scope",
    ]);
    expect(createScopeTest({ docTypes: { include: "all" } })(paper)).toEqual([]);
  });
});

describe("createScopeTest: countries and fields as people write them", () => {
  it("reads countries by code or name through the country vocabulary, as --countries does", () => {
    // The paper is JP and US: "United States", "usa" and "US" are one country.
    for (const spelling of ["United States", "usa", "US"])
      expect(createScopeTest({ countries: [spelling] })(article(2020))).toEqual([]);
    expect(createScopeTest({ countries: ["Germany"] })(article(2020))).toEqual(["country-out-of-scope"]);
    expect(ScopeFiltersSchema.parse({ countries: ["Japan", "DEU"] }).countries).toEqual(["JP", "DE"]);
  });

  it("refuses a country no one has heard of, naming the nearest", () => {
    expect(() => checkOptions(ScopeFiltersSchema, { countries: ["Jpaan"] }, "scope")).toThrow(
      'scope: countries[0]: "Jpaan" is not a country; did you mean Japan (JP)?',
    );
  });
});

describe("excludedByFirstReason", () => {
  it("counts each excluded paper once, by its first reason, the reasons in code-unit order", () => {
    const counts = excludedByFirstReason([
      ["year-out-of-scope"],
      ["doc-type-out-of-scope", "year-out-of-scope"],
      ["doc-type-out-of-scope"],
      ["field-out-of-scope", "country-out-of-scope"],
    ]);
    // Four papers: two first excluded by document type, one by year, one by field; the country
    // reason of the last is not its first, so it is not counted.
    expect(counts).toEqual({ "doc-type-out-of-scope": 2, "field-out-of-scope": 1, "year-out-of-scope": 1 });
    expect(Object.keys(counts)).toEqual(["doc-type-out-of-scope", "field-out-of-scope", "year-out-of-scope"]);
    expect(excludedByFirstReason([])).toEqual({});
  });
});
