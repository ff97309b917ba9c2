import { describe, expect, it } from "vitest";
import { dateMonth, fiscalYearOf, paperFiscalYear } from "../../src/programme/fiscal-year.ts";

describe("dateMonth(text)", () => {
  it.each([
    ["JAN", 1],
    ["MAR 31", 3],
    ["APR 1", 4],
    ["JAN-FEB", 1], // a range takes its first month
    ["NOV-DEC", 11],
    ["SPR", 3], // seasons (methodology §12.3)
    ["SUM", 6],
    ["FAL", 9],
    ["AUT", 9],
    ["WIN", 12],
    ["2021 JUN", 6],
    ["jun 2021", 6],
    ["2021", null], // a year alone
    [null, null],
  ] as const)("reads %j as %j", (text, month) => {
    expect(dateMonth(text)).toBe(month);
  });
});

describe("fiscalYearOf(year, month, startMonth)", () => {
  it.each([
    // Japan's FY N = April N – March N+1
    [2024, 3, 4, 2023], // 31 March 2024 closes FY2023
    [2024, 4, 4, 2024], // 1 April 2024 opens FY2024
    [2024, 12, 4, 2024],
    [2025, 1, 4, 2024],
    [2024, 9, 10, 2023], // a fiscal year from October
    [2024, 1, 1, 2024], // calendar fiscal years
  ])("%i-%i with start %i is FY%i", (year, month, start, fiscal) => {
    expect(fiscalYearOf(year, month, start)).toBe(fiscal);
  });
});

describe("paperFiscalYear(dates, options)", () => {
  it("uses the Early Access date first, even in another year than PY", () => {
    // EA May 2021 → FY2021; the issue (PD JAN, PY 2022) would give January 2022 → FY2021 too, but from PD.
    expect(paperFiscalYear({ year: 2022, publicationDate: "JAN", earlyAccessDate: "MAY 2021" })).toEqual({
      fiscalYear: 2021,
      basis: "EA",
      calendarYear: 2021,
    });
    // EA March 2021 → FY2020, while PD JUN 2021 would be FY2021: the earliest date decides.
    expect(
      paperFiscalYear({ year: 2021, publicationDate: "JUN", earlyAccessDate: "MAR 2021" }).fiscalYear,
    ).toBe(2020);
  });

  it("uses PD and PY only under datePolicy final", () => {
    expect(
      paperFiscalYear(
        { year: 2021, publicationDate: "JUN", earlyAccessDate: "MAR 2021" },
        { datePolicy: "final" },
      ),
    ).toEqual({ fiscalYear: 2021, basis: "PD", calendarYear: 2021 });
  });

  it("leaves a paper with a year and no month undetermined, with its calendar year", () => {
    expect(paperFiscalYear({ year: 2022, publicationDate: null, earlyAccessDate: null })).toEqual({
      fiscalYear: null,
      basis: null,
      calendarYear: 2022,
    });
    // An Early Access date without a month does not decide either; PD then does.
    expect(paperFiscalYear({ year: 2022, publicationDate: "FAL", earlyAccessDate: "2021" })).toEqual({
      fiscalYear: 2022,
      basis: "PD",
      calendarYear: 2022,
    });
  });
});
