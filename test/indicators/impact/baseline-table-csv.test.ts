// Citation baseline tables as files (methodology §10.3): written from a corpus and read back
// exactly, written by hand with the mean alone, and refused with the line when a row cannot be right.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseBaselinesCsv } from "../../../src/indicators/impact/baseline-table-csv.ts";
import { citationBaselines } from "../../../src/indicators/impact/citation-baselines.ts";
import { baselinesCsv } from "../../../src/output/baselines-csv.ts";
import { paper } from "../_papers.ts";

// Chemistry: 0, 2 and 10 citations whole, and 4 citations half in Physics (fractional fields);
// Physics: that half and 12 citations. Mathematics: two uncited papers.
const papers = [
  paper({ ut: "WOS:1", esi: ["CHE"], citations: 0, addresses: [["CN", "PEKING UNIV"]] }),
  paper({ ut: "WOS:2", esi: ["CHE"], citations: 2, addresses: [["CN", "TSINGHUA UNIV"]] }),
  paper({ ut: "WOS:3", esi: ["CHE"], citations: 10, addresses: [["JP", "UNIV TOKYO"]] }),
  paper({ ut: "WOS:4", esi: ["CHE", "PHY"], citations: 4, addresses: [["FR", "SORBONNE UNIV"]] }),
  paper({ ut: "WOS:5", esi: ["PHY"], citations: 12, addresses: [["DE", "TECH UNIV MUNICH"]] }),
  paper({ ut: "WOS:6", esi: ["MATH"], citations: 0, addresses: [["KR", "KAIST"]] }),
  paper({ ut: "WOS:7", esi: ["MATH"], citations: 0, addresses: [["KR", "SEOUL NATL UNIV"]] }),
];
const HEADER = "field,year,papers,citations";

describe("baselinesCsv(table) and parseBaselinesCsv(text, file)", () => {
  it("writes the baselines as hand-checked CSV and reads them back to the same rows", () => {
    const table = citationBaselines(papers);
    const text = baselinesCsv(table);
    expect(text).toBe(
      [
        "referenceSets,citationCount,field,year,docType,papers,citations,mean,meanNumerator,meanDenominator",
        // CHE: papers 1 + 1 + 1 + 1/2 = 3.5, citations 0 + 2 + 10 + 4/2 = 14, μ = 4.
        "field-year,TC,CHE,2021,all,3.5,14,4,4,1",
        "field-year,TC,MATH,2021,all,2,0,0,0,1",
        // PHY: papers 1/2 + 1 = 1.5, citations 2 + 12 = 14, μ = 28/3 = 9.333333333333.
        "field-year,TC,PHY,2021,all,1.5,14,9.333333333333,28,3",
        "",
      ].join("\n"),
    );
    const read = parseBaselinesCsv(text, "/data/world-baselines.csv");
    expect(read.rows).toEqual(table.rows);
    expect(read.source).toEqual({
      kind: "table",
      file: "world-baselines.csv",
      sha256: createHash("sha256").update(text).digest("hex"),
    });
  });

  it("reads a table of means alone (InCites' expected citation rates), decimals as written", () => {
    const table = parseBaselinesCsv(
      'referenceSets,field,year,docType,mean\ncategory-year-type,"Physics, Applied",2021,Article,8.25\n',
      "b.csv",
    );
    expect(table).toMatchObject({
      referenceSets: "category-year-type",
      rows: [
        {
          field: "Physics, Applied",
          docType: "Article",
          papers: null,
          citations: null,
          mean: "33/4",
          meanValue: 8.25,
        },
      ],
    });
  });

  it("reads the mean's decimal when it agrees with citations / papers", () => {
    // 28/3 to 12 places: within half of the last place of 9.3333…
    const table = parseBaselinesCsv(`${HEADER},mean\nPHY,2021,1.5,14,9.333333333333\n`, "b.csv");
    expect(table.rows[0]).toMatchObject({ mean: "28/3" });
  });

  it.each([
    ["year,papers\n2021,3\n", /b\.csv:1: the header has no "field" column \(see copub impact --help\)/],
    [`${HEADER}\nPHY,2021,3,\n`, /b\.csv:2: give both papers and citations, or neither/],
    ["field,year\nPHY,2021\n", /b\.csv:2: give papers and citations, or mean/],
    [`${HEADER}\nPHY,2021,0,0\n`, /b\.csv:2: papers must be above 0/],
    [
      `${HEADER},mean\nPHY,2021,4,16,5\n`,
      /b\.csv:2: mean 5 disagrees with citations \/ papers, which give 4/,
    ],
    [`${HEADER}\nPHY,2021,-1,3\n`, /papers "-1" is not a non-negative number/],
    [`${HEADER}\nPHY,2021,4,16\nPHY,2021,2,8\n`, /b\.csv:3: PHY 2021 all is also on line 2/],
    ["", /the baseline table is empty/],
  ])("refuses %j with the file and line", (text, message) => {
    expect(() => parseBaselinesCsv(text, "b.csv")).toThrow(message);
  });
});
