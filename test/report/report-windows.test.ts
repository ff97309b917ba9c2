import { describe, expect, it } from "vitest";
import { reportWindows } from "../../src/report/report-windows.ts";

/** One paper per year of a range, each exported on `exportDate`. */
function papers(from: number, to: number, exportDate: string | null) {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, exportDate }));
}

describe("reportWindows(papers, options)", () => {
  it("compares the latest complete 3-year window with the one ten years earlier", () => {
    // Exported in 2024: 2024 is incomplete, so the latest window ends in 2023 → 2021–2023,
    // and ten years earlier 2011–2013.
    const windows = reportWindows(papers(2006, 2024, "2024-05-01"));
    expect(windows.latest).toEqual({ from: 2021, to: 2023 });
    expect(windows.earlier).toEqual({ from: 2011, to: 2013 });
    expect(windows.latestCompleteYear).toBe(2023);
    expect(windows.completeness).toBe("export-date");
    expect(windows.years).toEqual(Array.from({ length: 18 }, (_, i) => 2006 + i)); // 2006–2023
  });

  it("takes the latest year as complete when no paper has an export date", () => {
    const windows = reportWindows(papers(2006, 2024, null));
    expect(windows.latest).toEqual({ from: 2022, to: 2024 });
    expect(windows.earlier).toEqual({ from: 2012, to: 2014 });
    expect(windows.completeness).toBe("latest-year");
  });

  it("uses the latest export date of all papers", () => {
    // One export of 2019 and one of 2025: 2024 counts as complete.
    const windows = reportWindows([...papers(2010, 2018, "2019-01-10"), ...papers(2019, 2024, "2025-02-01")]);
    expect(windows.latest).toEqual({ from: 2022, to: 2024 });
    expect(windows.earlier).toEqual({ from: 2012, to: 2014 });
  });

  it("skips back to a window whose years are all present", () => {
    // 2021 is missing: 2020–2022 and 2021–2023 are not whole; 2018–2020 is.
    const years = papers(2005, 2023, null).filter((p) => p.year !== 2021);
    expect(reportWindows(years).latest).toEqual({ from: 2018, to: 2020 });
  });

  it("has no earlier window when its years are not all present", () => {
    const windows = reportWindows(papers(2015, 2023, null));
    expect(windows.latest).toEqual({ from: 2021, to: 2023 });
    expect(windows.earlier).toBeNull(); // 2011–2013 is before the data
  });

  it("has no window for fewer years than a window holds, and none for papers without years", () => {
    expect(reportWindows(papers(2022, 2023, null)).latest).toBeNull();
    const none = reportWindows([{ year: null, exportDate: null }]);
    expect(none).toEqual({
      latest: null,
      earlier: null,
      years: [],
      latestCompleteYear: null,
      completeness: "latest-year",
    });
  });

  it("takes other sizes and gaps", () => {
    // size 5 ending 2023: 2019–2023; gap 5: 2014–2018
    expect(reportWindows(papers(2000, 2023, null), { size: 5, gap: 5 })).toMatchObject({
      latest: { from: 2019, to: 2023 },
      earlier: { from: 2014, to: 2018 },
    });
  });

  it("does not depend on the order of the papers", () => {
    const list = papers(2006, 2024, "2024-05-01");
    expect(reportWindows([...list].reverse())).toEqual(reportWindows(list));
  });
});
