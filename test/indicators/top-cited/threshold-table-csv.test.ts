// Threshold tables as files (METHODOLOGY.md §8.1): written from a corpus and read back exactly,
// written by hand in the shorter forms, and refused with the line when a row cannot be right.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseThresholdsCsv } from "../../../src/indicators/top-cited/threshold-table-csv.ts";
import { topThresholds } from "../../../src/indicators/top-cited/top-thresholds.ts";
import { thresholdsCsv } from "../../../src/output/thresholds-csv.ts";
import { corpusOf } from "../_papers.ts";

const HEADER = "field,year,percentile,papers,above,atThreshold,threshold";

describe("thresholdsCsv(table) and parseThresholdsCsv(text, file)", () => {
  it("writes data set T's thresholds as hand-checked CSV and reads them back to the same rows", async () => {
    const table = topThresholds((await corpusOf("top/data-set-t.txt")).papers);
    const text = thresholdsCsv(table);
    expect(text).toBe(
      [
        "referenceSets,citationCount,field,year,docType,percentile,papers,above,atThreshold,threshold,tieWeight,tieWeightNumerator,tieWeightDenominator,scaleFactor,scaleFactorNumerator,scaleFactorDenominator",
        // Top10%: ω = (2 − 1)/4 = 1/4 = 0.25, scale = 2/5 = 0.4; Top1%: ω = (0.2 − 0)/1 = 1/5, scale = 0.2/1 = 1/5.
        "field-year,TC,PHY,2021,all,10,20,1,4,12,0.25,1,4,0.4,2,5",
        "field-year,TC,PHY,2021,all,1,20,0,1,31,0.2,1,5,0.2,1,5",
        "",
      ].join("\n"),
    );
    const read = parseThresholdsCsv(text, "/data/world-thresholds.csv");
    // A table knows no snapshot, so the recent-year flag is unknown once read back.
    expect(read.rows).toEqual(table.rows.map((row) => ({ ...row, recentCitationWindow: null })));
    expect(read.source).toEqual({
      kind: "table",
      file: "world-thresholds.csv",
      sha256: createHash("sha256").update(text).digest("hex"),
    });
  });

  it("writes a tie weight of 1/3 as 0.333333333333 with numerator 1 and denominator 3, and reads it back exactly", () => {
    // N = 30, π·N = 3, above 2, at 3: ω = (3 − 2)/3 = 1/3, scale = 3/(2 + 3) = 3/5 = 0.6.
    // Top1%: π·N = 0.3, above 0, at 1: ω = 0.3 = 3/10, scale = 0.3/1 = 3/10.
    const table = parseThresholdsCsv(`${HEADER}\nPHY,2021,10,30,2,3,12\nPHY,2021,1,30,0,1,40\n`, "t.csv");
    const text = thresholdsCsv(table);
    expect(text.split("\n").slice(1)).toEqual([
      "field-year,TC,PHY,2021,all,10,30,2,3,12,0.333333333333,1,3,0.6,3,5",
      "field-year,TC,PHY,2021,all,1,30,0,1,40,0.3,3,10,0.3,3,10",
      "",
    ]);
    expect(parseThresholdsCsv(text, "t.csv").rows).toEqual(table.rows);
    expect(table.rows[0]).toMatchObject({ tieWeight: "1/3", tieWeightValue: 1 / 3, scaleFactor: "3/5" });
  });

  it("rounds the decimal half away from zero: 2/3 → 0.666666666667, 5/6 → 0.833333333333", () => {
    // N = 50, π·N = 5, above 3, at 3: ω = (5 − 3)/3 = 2/3, scale = 5/6.
    const table = parseThresholdsCsv(`${HEADER}\nPHY,2021,10,50,3,3,12\n`, "t.csv");
    expect(thresholdsCsv(table).split("\n")[1]).toBe(
      "field-year,TC,PHY,2021,all,10,50,3,3,12,0.666666666667,2,3,0.833333333333,5,6",
    );
  });

  it("reads fractional counts back as the fractions they were written from (fractional fields)", () => {
    // N = 40/3, π·N = 4/3, above 1, at 1/2 (1 ≤ 4/3 < 3/2): ω = (4/3 − 1)/(1/2) = 2/3,
    // scale = (4/3)/(3/2) = 8/9. N is written as the double's shortest decimal, 13.333333333333334.
    const table = parseThresholdsCsv(`${HEADER}\nPHY,2021,10,40/3,1,1/2,12\n`, "t.csv");
    const text = thresholdsCsv(table);
    expect(text.split("\n")[1]).toBe(
      "field-year,TC,PHY,2021,all,10,13.333333333333334,1,0.5,12,0.666666666667,2,3,0.888888888889,8,9",
    );
    expect(parseThresholdsCsv(text, "t.csv").rows).toEqual(table.rows);
    // A spreadsheet that keeps 15 significant digits saves 13.3333333333333: still 40/3.
    const saved = text.replace("13.333333333333334", "13.3333333333333");
    expect(parseThresholdsCsv(saved, "t.csv").rows).toEqual(table.rows);
  });

  it("reads tables of earlier versions, with fractions in tieWeight and scaleFactor", () => {
    const old =
      "referenceSets,citationCount,field,year,docType,percentile,papers,above,atThreshold,threshold,tieWeight,scaleFactor\n" +
      "field-year,TC,PHY,2021,all,10,20,1,4,12,1/4,2/5\n" +
      // Fractional counts as earlier versions wrote them: N = 40/3, above 1, at 1/2 (see above).
      "field-year,TC,PHY,2020,all,10,13.333333333333334,1,0.5,12,2/3,8/9\n";
    expect(parseThresholdsCsv(old, "t.csv").rows.map((r) => [r.year, r.tieWeight, r.scaleFactor])).toEqual([
      [2020, "2/3", "8/9"],
      [2021, "1/4", "2/5"],
    ]);
  });

  it("takes a tie weight from its numerator and denominator when no counts are given", () => {
    const table = parseThresholdsCsv(
      "field,year,percentile,threshold,tieWeight,tieWeightNumerator,tieWeightDenominator\nPHY,2021,10,12,0.333333333333,1,3\nPHY,2020,10,9,,2,3\n",
      "t.csv",
    );
    expect(table.rows.map((r) => [r.year, r.tieWeight, r.tieWeightValue])).toEqual([
      [2020, "2/3", 2 / 3],
      [2021, "1/3", 1 / 3],
    ]);
  });

  it("derives the tie weight and scale factor exactly from N, above and at, ESI names allowed", () => {
    // N = 30, π·N = 3, above 1, at 5: ω = (3 − 1)/5 = 2/5; scale = 3/6 = 1/2.
    const table = parseThresholdsCsv(`${HEADER}\nChemistry,2020,10,30,1,5,25\n`, "t.csv");
    expect(table.rows[0]).toMatchObject({
      field: "CHE",
      docType: "all",
      tieWeight: "2/5",
      scaleFactor: "1/2",
      expectedTop: 3,
    });
  });

  it("accepts a threshold with a tie weight only, or with nothing else (for inclusive / exclusive)", () => {
    const table = parseThresholdsCsv(
      "field,year,percentile,threshold,tieWeight\nPHY,2021,10,12,0.25\nPHY,2020,10,9,\n",
      "t.csv",
    );
    expect(table.rows.map((r) => [r.year, r.threshold, r.tieWeight, r.papers])).toEqual([
      [2020, 9, null, null],
      [2021, 12, "1/4", null],
    ]);
  });

  it("reads InCites category tables with their document types", () => {
    const text =
      'referenceSets,field,year,docType,percentile,threshold\ncategory-year-type,"Physics, Applied",2021,Article,10,12\n';
    expect(parseThresholdsCsv(text, "t.csv")).toMatchObject({
      referenceSets: "category-year-type",
      rows: [{ field: "Physics, Applied", docType: "Article" }],
    });
  });

  it.each([
    ["field,year,threshold\nPHY,2021,3\n", /t\.csv:1: the header has no "percentile" column/],
    [`${HEADER}\nPHYSICS ISH,2021,10,20,1,4,12\n`, /t\.csv:2: field "PHYSICS ISH" is not an ESI field/],
    [`${HEADER}\nPHY,2021,5,20,1,4,12\n`, /t\.csv:2: percentile must be 10 or 1/],
    [`${HEADER}\nPHY,2021,10,20,1,,12\n`, /t\.csv:2: give all of papers, above and atThreshold, or none/],
    // π·N = 2 but 3 papers lie above: not a threshold.
    [`${HEADER}\nPHY,2021,10,20,3,4,12\n`, /t\.csv:2: the counts do not describe a Top10% threshold/],
    [`${HEADER},tieWeight\nPHY,2021,10,20,1,4,12,1/3\n`, /tieWeight 1\/3 disagrees .* which give 1\/4/],
    // 0.26 is 0.01 from 1/4, more than half of its last place (0.005).
    [
      `${HEADER},tieWeight\nPHY,2021,10,20,1,4,12,0.26\n`,
      /t\.csv:2: tieWeight 0.26 disagrees .* which give 1\/4/,
    ],
    [
      `${HEADER},tieWeightNumerator,tieWeightDenominator\nPHY,2021,10,20,1,4,12,1,3\n`,
      /tieWeight 1\/3 disagrees with papers, above and atThreshold, which give 1\/4/,
    ],
    [`${HEADER},scaleFactor\nPHY,2021,10,20,1,4,12,0.5\n`, /scaleFactor 0.5 disagrees .* which give 2\/5/],
    [
      "field,year,percentile,threshold,tieWeight,tieWeightNumerator,tieWeightDenominator\nPHY,2021,10,12,0.34,1,3\n",
      /t\.csv:2: tieWeight 0.34 disagrees with tieWeightNumerator and tieWeightDenominator, which give 1\/3/,
    ],
    [
      "field,year,percentile,threshold,tieWeightNumerator\nPHY,2021,10,12,1\n",
      /give both tieWeightNumerator and tieWeightDenominator, or neither/,
    ],
    [
      "field,year,percentile,threshold,tieWeightNumerator,tieWeightDenominator\nPHY,2021,10,12,1,0\n",
      /tieWeightDenominator "0" is not a positive whole number/,
    ],
    [
      "field,year,percentile,threshold,tieWeightNumerator,tieWeightDenominator\nPHY,2021,10,12,1.5,3\n",
      /tieWeightNumerator "1.5" is not a whole number/,
    ],
    [
      `${HEADER}\nPHY,2021,10,20,1,4,12\nPHY,2021,10,20,1,4,12\n`,
      /t\.csv:3: PHY 2021 all Top10% is also on line 2/,
    ],
    [
      "referenceSets,field,year,docType,percentile,threshold\nfield-year,PHY,2021,Article,10,3\n",
      /docType must be "all"/,
    ],
    ["field,year,percentile,threshold\nPHY,twenty,10,3\n", /t\.csv:2: year must be a whole number/],
    ["", /the threshold table is empty/],
  ])("refuses %j with the file and line", (text, message) => {
    expect(() => parseThresholdsCsv(text, "t.csv")).toThrow(message);
  });
});
