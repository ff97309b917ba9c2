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
        "referenceSets,citationCount,field,year,docType,percentile,papers,above,atThreshold,threshold,tieWeight,scaleFactor",
        "field-year,TC,PHY,2021,all,10,20,1,4,12,1/4,2/5",
        "field-year,TC,PHY,2021,all,1,20,0,1,31,1/5,1/5",
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
