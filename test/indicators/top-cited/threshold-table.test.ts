// A threshold table's shape: what topThresholds computes and parseThresholdsCsv reads (docs/methodology.md §8.1, §8.3).
import { describe, expect, it } from "vitest";
import {
  PercentileSchema,
  ThresholdRowSchema,
  ThresholdTableSchema,
} from "../../../src/indicators/top-cited/threshold-table.ts";
import { parseThresholdsCsv } from "../../../src/indicators/top-cited/threshold-table-csv.ts";
import { topThresholds } from "../../../src/indicators/top-cited/top-thresholds.ts";
import { corpusOf } from "../_papers.ts";

const dataSetT = await corpusOf("top/data-set-t.txt");
// Data set T's PHY 2021 Top10% row (§8.6): N = 20, π·N = 2, one paper above t = 12, four at it, ω = 1/4.
const phy2021 = topThresholds(dataSetT.papers).rows[0];

describe("ThresholdTableSchema", () => {
  it("accepts the table topThresholds computes for data set T and the one a CSV file gives", () => {
    const computed = topThresholds(dataSetT.papers);
    expect(ThresholdTableSchema.parse(computed)).toEqual(computed);
    const read = parseThresholdsCsv("field,year,percentile,threshold\nPHY,2021,10,12\n", "t.csv");
    expect(ThresholdTableSchema.parse(read)).toEqual(read);
  });
});

describe("ThresholdRowSchema", () => {
  it("accepts data set T's PHY 2021 Top10% row", () => {
    expect(phy2021).toMatchObject({
      field: "PHY",
      year: 2021,
      percentile: 10,
      threshold: 12,
      tieWeight: "1/4",
    });
    expect(ThresholdRowSchema.parse(phy2021)).toEqual(phy2021);
  });

  it("refuses a tie weight above 1 and a fractional threshold", () => {
    const issues = (row: object) =>
      ThresholdRowSchema.safeParse({ ...phy2021, ...row }).error?.issues.map((i) => i.path);
    expect(issues({ tieWeightValue: 1.25 })).toEqual([["tieWeightValue"]]);
    expect(issues({ threshold: 12.5 })).toEqual([["threshold"]]);
  });
});

describe("PercentileSchema", () => {
  it.each([
    [10, true],
    [1, true],
    [5, false],
    [0.1, false],
  ])("%s is a percentile: %s", (value, valid) => {
    expect(PercentileSchema.safeParse(value).success).toBe(valid);
  });
});
