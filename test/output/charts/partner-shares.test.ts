import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type PartnerSharesInput, partnerSharesChart } from "../../../src/output/charts/partner-shares.ts";
import { expectChartBasics, marks, texts } from "./_svg-tree.ts";

const INPUT: PartnerSharesInput = {
  title: "Partners of Japan",
  bars: [
    { key: "KR", label: "Korea", share: 0.1 },
    { key: "US", label: "United States", share: 0.31 },
    { key: "CN", label: "China", share: 0.22, highlight: true },
    { key: "FR", label: "France", share: 0.1 },
    { key: "DE", label: "Germany", share: 0.15 },
  ],
};

describe("partnerSharesChart(input)", () => {
  const svg = partnerSharesChart(INPUT);
  const root = expectChartBasics(svg, INPUT.title);

  it("draws one bar per partner, by share descending, ties by key", () => {
    expect(marks(root, "bar").map((b) => b.attributes["data-key"])).toEqual(["US", "CN", "DE", "FR", "KR"]);
  });

  it("makes bar lengths proportional to shares", () => {
    const widths = marks(root, "bar").map((b) => Number(b.attributes.width));
    // 0.15 / 0.31 of the longest bar, to within the 0.1 px the coordinates are written with.
    expect((widths[2] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(0.15 / 0.31, 2);
  });

  it("draws the highlighted partner in its own colour", () => {
    const [us, cn, de] = marks(root, "bar");
    expect(cn?.attributes["data-highlight"]).toBe("true");
    expect(cn?.attributes.fill).not.toBe(us?.attributes.fill);
    expect(de?.attributes.fill).toBe(us?.attributes.fill);
  });

  it("labels bars with names and percentages", () => {
    expect(texts(root)).toEqual(
      expect.arrayContaining(["United States", "31.0%", "China", "22.0%", "Korea", "10.0%"]),
    );
  });

  test.prop([fc.shuffledSubarray([...INPUT.bars], { minLength: 5 })], { numRuns: 10 })(
    "gives the same bytes for bars in any order",
    (bars) => {
      expect(partnerSharesChart({ ...INPUT, bars })).toBe(svg);
    },
  );

  it("throws invalid-option for no bar or a share outside [0, 1]", () => {
    for (const bars of [
      [],
      [{ key: "US", label: "United States", share: 1.2 }],
      [{ key: "US", label: "US", share: Number.NaN }],
    ]) {
      expect(() => partnerSharesChart({ title: "t", bars })).toThrow(
        expect.objectContaining({ code: "invalid-option" }),
      );
    }
  });
});
