// The programme chart (methodology §12): a bar per reporting year, the year's target as a marker,
// the cumulative actual and target as two lines; without targets the bars alone and a sentence
// saying no targets were given. The figures are ASPIRE's shape (75 in the first year, a target
// rising to 120 by FY2027) with invented counts, summed by hand in the comments.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type ProgrammeTargetsInput,
  programmeTargetsChart,
  type TargetYear,
} from "../../../src/output/charts/programme-targets.ts";
import { expectChartBasics, findAll, marks, texts } from "./_svg-tree.ts";

// Targets 80, 95, 105 for FY2023–FY2025; actual 75, 98, 101 → cumulative targets 80, 175, 280 and
// cumulative actual 75, 173, 274. FY2022 has papers and no target.
const YEARS: TargetYear[] = [
  { year: 2022, label: "FY2022", actual: 12, target: null, cumulativeActual: null, cumulativeTarget: null },
  { year: 2023, label: "FY2023", actual: 75, target: 80, cumulativeActual: 75, cumulativeTarget: 80 },
  { year: 2024, label: "FY2024", actual: 98, target: 95, cumulativeActual: 173, cumulativeTarget: 175 },
  { year: 2025, label: "FY2025", actual: 101, target: 105, cumulativeActual: 274, cumulativeTarget: 280 },
];
const INPUT: ProgrammeTargetsInput = {
  title: "Programme: papers with a partner country, actual against target",
  indicator: "Papers with a partner",
  yearAxis: "Fiscal year",
  years: YEARS,
  note: "2 papers without a fiscal year are not drawn.",
};

describe("programmeTargetsChart(input)", () => {
  const svg = programmeTargetsChart(INPUT);
  const root = expectChartBasics(svg, INPUT.title);

  it("draws one bar per year and a target marker for each year with a target", () => {
    expect(marks(root, "bar").map((b) => b.attributes["data-year"])).toEqual([
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
    expect(
      marks(root, "target").map((t) => `${t.attributes["data-year"]} ${t.attributes["data-met"]}`),
    ).toEqual([
      "2023 no", // 75 < 80
      "2024 yes", // 98 ≥ 95
      "2025 no", // 101 < 105
    ]);
  });

  it("puts each target marker at its value on the bars' scale: taller bar, higher marker", () => {
    const bars = marks(root, "bar");
    const bottom = Number(bars[0]?.attributes.y) + Number(bars[0]?.attributes.height);
    const height = (value: number) => {
      const bar = bars.find((b) => b.attributes["data-year"] === "2024");
      // FY2024's bar is 98 high: the scale is its height over 98.
      return (value * Number(bar?.attributes.height)) / 98;
    };
    for (const marker of marks(root, "target")) {
      const target = YEARS.find((y) => String(y.year) === marker.attributes["data-year"])?.target ?? 0;
      expect(bottom - Number(marker.attributes.y1)).toBeCloseTo(height(target), -0.5);
    }
  });

  it("draws the cumulative actual and target as lines over the target years, labelled at their ends", () => {
    const lines = marks(root, "line");
    expect(lines.map((l) => l.attributes["data-key"])).toEqual(["cumulative-actual", "cumulative-target"]);
    // Three target years: three points on each line.
    for (const line of lines) expect(line.attributes.d?.match(/[ML]/g)).toHaveLength(3);
    expect(marks(root, "point")).toHaveLength(6);
    expect(texts(root)).toEqual(expect.arrayContaining(["Actual 274", "Target 280"]));
  });

  it("labels the years, each year's target, both axes, the legend, and the counts on the bars", () => {
    const shown = texts(root);
    expect(shown).toEqual(
      expect.arrayContaining([
        "FY2022",
        "FY2025",
        "no target",
        "target 80",
        "target 105",
        "Fiscal year",
        "Papers with a partner",
        "Actual",
        "Target",
        "Cumulative actual",
        "Cumulative target",
        "12",
        "75",
        "101",
        "2 papers without a fiscal year are not drawn.",
      ]),
    );
    const axes = findAll(root, (n) => n.attributes["data-label"] === "y-axis").map((n) => n.text);
    expect(axes).toEqual(["Papers with a partner", "Cumulative"]);
  });

  it("describes the figures in <desc>", () => {
    expect(root.children[1]?.text).toBe(
      "Bar chart of papers with a partner per year, actual against target: FY2022 12; FY2023 75 of 80; FY2024 98 of 95; FY2025 101 of 105. Cumulative to FY2025: 274 against a target of 280.",
    );
  });

  it("without targets draws the bars alone and says that no targets were given", () => {
    const { note: _, ...withoutNote } = INPUT;
    const alone = programmeTargetsChart({
      ...withoutNote,
      years: YEARS.map((y) => ({ ...y, target: null, cumulativeActual: null, cumulativeTarget: null })),
    });
    const tree = expectChartBasics(alone, INPUT.title);
    expect(marks(tree, "bar")).toHaveLength(4);
    expect(marks(tree, "target")).toHaveLength(0);
    expect(marks(tree, "line")).toHaveLength(0);
    expect(texts(tree)).toContain("No targets were given: the chart shows the actual counts alone.");
    expect(texts(tree)).not.toContain("Target");
    expect(tree.children[1]?.text).toMatch(/No targets were given\.$/);
  });

  test.prop([fc.shuffledSubarray(YEARS, { minLength: YEARS.length })], { numRuns: 6 })(
    "gives the same bytes for years in any order",
    (years) => {
      expect(programmeTargetsChart({ ...INPUT, years })).toBe(svg);
    },
  );

  it("throws invalid-option for no year, a repeated year or a negative count", () => {
    const year = YEARS[1] as TargetYear;
    for (const years of [[], [year, year], [{ ...year, actual: -1 }], [{ ...year, target: -2 }]]) {
      expect(() => programmeTargetsChart({ ...INPUT, years })).toThrow(
        expect.objectContaining({ code: "invalid-option" }),
      );
    }
  });
});
