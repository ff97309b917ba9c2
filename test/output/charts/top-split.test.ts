import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type TopSplitInput, topSplitChart } from "../../../src/output/charts/top-split.ts";
import { expectChartBasics, marks, texts } from "./_svg-tree.ts";

const INPUT: TopSplitInput = {
  title: "Top10% papers, domestic and international",
  bars: [
    { key: "JP", label: "Japan", domestic: 30, international: 12.5 },
    { key: "US", label: "United States", domestic: 120, international: 60 },
    { key: "DE", label: "Germany", domestic: 20, international: 40 },
  ],
};

describe("topSplitChart(input)", () => {
  const svg = topSplitChart(INPUT);
  const root = expectChartBasics(svg, INPUT.title);

  it("draws a domestic and an international segment per bar, largest total first", () => {
    expect(marks(root, "bar").map((b) => `${b.attributes["data-key"]} ${b.attributes["data-part"]}`)).toEqual(
      [
        "US domestic",
        "US international",
        "DE domestic",
        "DE international",
        "JP domestic",
        "JP international",
      ],
    );
  });

  it("stacks the international segment where the domestic one ends", () => {
    const [domestic, international] = marks(root, "bar");
    expect(Number(international?.attributes.x)).toBeCloseTo(
      Number(domestic?.attributes.x) + Number(domestic?.attributes.width),
      0,
    );
  });

  it("labels each bar with its total and international share; fractional counts show one decimal", () => {
    // US 120 + 60 = 180, 60/180 = 33%; DE 60, 40/60 = 67%; JP 42.5, 12.5/42.5 = 29.4% → 29%.
    expect(texts(root)).toEqual(
      expect.arrayContaining([
        "180.0 (33% international)",
        "60.0 (67% international)",
        "42.5 (29% international)",
        "Japan",
        "Domestic",
        "International",
      ]),
    );
  });

  it("leaves out a segment of zero papers", () => {
    const one = topSplitChart({
      title: "t",
      bars: [{ key: "JP", label: "Japan", domestic: 4, international: 0 }],
    });
    expect(marks(expectChartBasics(one, "t"), "bar")).toHaveLength(1);
    expect(one).toContain("4 (0% international)");
  });

  test.prop([fc.shuffledSubarray([...INPUT.bars], { minLength: 3 })], { numRuns: 6 })(
    "gives the same bytes for bars in any order",
    (bars) => {
      expect(topSplitChart({ ...INPUT, bars })).toBe(svg);
    },
  );

  it("throws invalid-option for no bar, a repeated key or a negative count", () => {
    const bar = { key: "JP", label: "Japan", domestic: 1, international: 1 };
    for (const bars of [[], [bar, bar], [{ ...bar, domestic: -1 }]]) {
      expect(() => topSplitChart({ title: "t", bars })).toThrow(
        expect.objectContaining({ code: "invalid-option" }),
      );
    }
  });
});
