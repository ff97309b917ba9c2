// docs/methodology.md §6: single years, fixed and moving windows, and the error naming missing years.
import { describe, expect, it } from "vitest";
import { checkOptions } from "../../../src/diagnostics/checked-options.ts";
import { CopubError } from "../../../src/diagnostics/errors.ts";
import {
  comparePeriods,
  createYearCounter,
  MissingYearsError,
  PeriodsSchema,
  periodLabel,
  periodPlan,
  yearCount,
} from "../../../src/indicators/core/periods.ts";

const years = (...list: number[]) => new Set(list);
const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
};

describe("periodLabel(period), yearCount(period), comparePeriods(a, b)", () => {
  it("labels a single year by the year and a window by first and last year", () => {
    expect(periodLabel({ from: 2021, to: 2021 })).toBe("2021");
    expect(periodLabel({ from: 2019, to: 2021 })).toBe("2019-2021");
  });

  it("counts the years of a window inclusively", () => {
    expect(yearCount({ from: 2019, to: 2021 })).toBe(3);
    expect(yearCount({ from: 2021, to: 2021 })).toBe(1);
  });

  it("orders by first year, then last year", () => {
    const periods = [
      { from: 2020, to: 2022 },
      { from: 2019, to: 2021 },
      { from: 2019, to: 2019 },
    ];
    expect(periods.sort(comparePeriods).map(periodLabel)).toEqual(["2019", "2019-2021", "2020-2022"]);
  });
});

describe("periodPlan(spec)", () => {
  it("defaults to one period per year present", () => {
    const plan = periodPlan();
    expect(plan.periodsOf(2020)).toEqual([{ from: 2020, to: 2020 }]);
    expect(plan.resolve(years(2021, 2019)).map(periodLabel)).toEqual(["2019", "2021"]);
  });

  it("gives every year of a years range and names the range's missing years", () => {
    const plan = periodPlan({ kind: "years", years: { from: 2019, to: 2022 } });
    expect(plan.periodsOf(2018)).toEqual([]);
    expect(plan.resolve(years(2019, 2020, 2021, 2022)).map(periodLabel)).toEqual([
      "2019",
      "2020",
      "2021",
      "2022",
    ]);
    const error = caught(() => plan.resolve(years(2019, 2021)));
    expect(error).toBeInstanceOf(MissingYearsError);
    expect((error as MissingYearsError).code).toBe("invalid-option");
    expect((error as MissingYearsError).missingYears).toEqual([2020, 2022]);
  });

  it("puts a year in every fixed window that contains it, windows ascending", () => {
    const plan = periodPlan({
      kind: "windows",
      windows: [
        { from: 2020, to: 2022 },
        { from: 2019, to: 2021 },
      ],
    });
    expect(plan.periodsOf(2019).map(periodLabel)).toEqual(["2019-2021"]);
    expect(plan.periodsOf(2021).map(periodLabel)).toEqual(["2019-2021", "2020-2022"]);
    expect(plan.resolve(years(2019, 2020, 2021, 2022)).map(periodLabel)).toEqual(["2019-2021", "2020-2022"]);
  });

  it("refuses a fixed window with a missing year, naming it (§6 last bullet)", () => {
    const plan = periodPlan({ kind: "windows", windows: [{ from: 2019, to: 2021 }] });
    const error = caught(() => plan.resolve(years(2019, 2021)));
    expect(error).toBeInstanceOf(MissingYearsError);
    expect((error as MissingYearsError).missingYears).toEqual([2020]);
    expect((error as Error).message).toContain("2019-2021");
  });

  it("moves windows by one year over the years present: 2019–2022 with size 3 → 2019–2021, 2020–2022", () => {
    const plan = periodPlan({ kind: "moving", size: 3 });
    expect(plan.periodsOf(2020).map(periodLabel)).toEqual(["2018-2020", "2019-2021", "2020-2022"]);
    expect(plan.resolve(years(2019, 2020, 2021, 2022)).map(periodLabel)).toEqual(["2019-2021", "2020-2022"]);
  });

  it("moves windows over a given range only", () => {
    const plan = periodPlan({ kind: "moving", size: 2, years: { from: 2020, to: 2022 } });
    expect(plan.periodsOf(2020).map(periodLabel)).toEqual(["2020-2021"]);
    expect(plan.resolve(years(2019, 2020, 2021, 2022, 2023)).map(periodLabel)).toEqual([
      "2020-2021",
      "2021-2022",
    ]);
  });

  it("names a gap inside the moving range: 2019, 2021, 2022 with size 2 lacks 2020", () => {
    const error = caught(() => periodPlan({ kind: "moving", size: 2 }).resolve(years(2019, 2021, 2022)));
    expect((error as MissingYearsError).missingYears).toEqual([2020]);
  });

  it("refuses a moving window longer than the years present", () => {
    const error = caught(() => periodPlan({ kind: "moving", size: 3 }).resolve(years(2020, 2021)));
    expect(error).toBeInstanceOf(CopubError);
    expect((error as CopubError).code).toBe("invalid-option");
    expect(error).not.toBeInstanceOf(MissingYearsError);
  });

  it("rejects a moving window that does not fit in its range, and a window that ends before it starts", () => {
    expect(() => periodPlan({ kind: "moving", size: 4, years: { from: 2020, to: 2022 } })).toThrow();
    expect(() => periodPlan({ kind: "windows", windows: [{ from: 2021, to: 2019 }] })).toThrow();
    expect(() => periodPlan({ kind: "moving", size: 0 })).toThrow();
  });
});

describe("createYearCounter()", () => {
  it("counts the years present and the papers a set of periods leaves out", () => {
    const years = createYearCounter();
    for (const year of [2019, 2020, 2020, 2022, null]) years.add(year);
    expect([...years.present()].sort()).toEqual([2019, 2020, 2022]);
    // 2020–2021 covers the two 2020 papers: out are 2019, 2022 and the paper without a year.
    expect(years.outside([{ from: 2020, to: 2021 }])).toBe(3);
    expect(years.outside([{ from: 2019, to: 2022 }])).toBe(1);
  });
});

describe("PeriodsSchema: the command line's --period text", () => {
  it("reads one window, one year, or windows separated by commas as fixed windows", () => {
    expect(PeriodsSchema.parse("2019-2021")).toEqual({
      kind: "windows",
      windows: [{ from: 2019, to: 2021 }],
    });
    expect(PeriodsSchema.parse("2021")).toEqual({ kind: "windows", windows: [{ from: 2021, to: 2021 }] });
    expect(PeriodsSchema.parse("2009-2011, 2019-2021")).toEqual({
      kind: "windows",
      windows: [
        { from: 2009, to: 2011 },
        { from: 2019, to: 2021 },
      ],
    });
  });

  it("takes the object form and year windows as text inside it", () => {
    expect(PeriodsSchema.parse({ kind: "years", years: "2010-2020" })).toEqual({
      kind: "years",
      years: { from: 2010, to: 2020 },
    });
    expect(PeriodsSchema.parse({ kind: "moving", size: 3 })).toEqual({
      kind: "moving",
      size: 3,
      years: null,
    });
  });

  it("refuses text that is not windows, naming it", () => {
    // As options reach it: through checkOptions, whose message is the one of the text form.
    for (const text of ["2019/2021", "2021-2019", "2019-2021,", "last three years"])
      expect(() => checkOptions(PeriodsSchema, text, "periods")).toThrow(
        `periods: "${text}" is not periods like "2019-2021" or "2009-2011,2019-2021"`,
      );
  });
});
