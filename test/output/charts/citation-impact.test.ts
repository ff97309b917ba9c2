import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type CitationImpactInput, citationImpactChart } from "../../../src/output/charts/citation-impact.ts";
import { expectChartBasics, marks, texts } from "./_svg-tree.ts";

// Methodology §10.4 under InCites' sets: Japan 1.625, the United States 0.75, South Korea's papers
// only in an uncited set (MNCS 1, no CNCI), the world 7.25/7 and 1.05.
const INPUT: CitationImpactInput = {
  title: "Citation impact, 2021",
  rows: [
    { key: "US", label: "United States", mncs: 0.75, cnci: 0.75 },
    { key: "KR", label: "South Korea", mncs: 1, cnci: null },
    { key: "JP", label: "Japan", mncs: 1.625, cnci: 1.625 },
    { key: "WORLD", label: "World", mncs: 7.25 / 7, cnci: 1.05 },
  ],
};

describe("citationImpactChart(input)", () => {
  const svg = citationImpactChart(INPUT);
  const root = expectChartBasics(svg, INPUT.title);

  it("draws a dot for each MNCS and a square for each CNCI, rows by MNCS, the largest first", () => {
    expect(marks(root, "mncs").map((m) => m.attributes["data-key"])).toEqual(["JP", "WORLD", "KR", "US"]);
    // South Korea has no CNCI: no square is drawn, never one at 0.
    expect(marks(root, "cnci").map((m) => m.attributes["data-key"])).toEqual(["JP", "WORLD", "US"]);
  });

  it("puts equal values at the same place and the world line at 1", () => {
    const [japanDot] = marks(root, "mncs");
    const [japanSquare] = marks(root, "cnci");
    // The square is 8 px wide, centred on the value.
    expect(Number(japanSquare?.attributes.x) + 4).toBeCloseTo(Number(japanDot?.attributes.cx), 0);
    expect(texts(root)).toEqual(expect.arrayContaining(["World = 1", "MNCS (CWTS)", "CNCI (InCites)"]));
  });

  it("labels each row with its values, two decimals, half away from zero", () => {
    // 7.25/7 = 1.0357… → 1.04; 1.625 → 1.63.
    expect(texts(root)).toEqual(
      expect.arrayContaining([
        "MNCS 1.63 · CNCI 1.63",
        "MNCS 1.04 · CNCI 1.05",
        "MNCS 1.00",
        "MNCS 0.75 · CNCI 0.75",
      ]),
    );
  });

  test.prop([fc.shuffledSubarray([...INPUT.rows], { minLength: 4 })], { numRuns: 6 })(
    "gives the same bytes for rows in any order",
    (rows) => {
      expect(citationImpactChart({ ...INPUT, rows })).toBe(svg);
    },
  );

  it("throws invalid-option for no row, a repeated key or a negative value", () => {
    const row = { key: "JP", label: "Japan", mncs: 1, cnci: 1 };
    for (const rows of [[], [row, row], [{ ...row, cnci: -1 }]]) {
      expect(() => citationImpactChart({ title: "t", rows })).toThrow(
        expect.objectContaining({ code: "invalid-option" }),
      );
    }
  });
});
