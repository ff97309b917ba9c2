// The Top-x% table's shape: rows keyed across tables, and the schemas checking what topCited returns.
import { describe, expect, it } from "vitest";
import { topCited } from "../../../src/indicators/top-cited/top-cited.ts";
import {
  rowKey,
  TopCitedRowSchema,
  TopCitedTableSchema,
} from "../../../src/indicators/top-cited/top-cited-table.ts";
import { corpusOf } from "../_papers.ts";

const dataSetT = await corpusOf("top/data-set-t.txt");

describe("rowKey(row)", () => {
  it("joins country, period and field, so rows of two tables of the same papers meet", () => {
    expect(rowKey({ country: "JP", period: "2019-2021", field: "phys" })).toBe("JP\u00002019-2021\u0000phys");
  });

  it("keeps rows apart that a plain join would merge", () => {
    // "J" + "P2021" and "JP" + "2021" would both read "JP2021" without a separator.
    expect(rowKey({ country: "J", period: "P2021", field: "all" })).not.toBe(
      rowKey({ country: "JP", period: "2021", field: "all" }),
    );
  });
});

describe("TopCitedTableSchema", () => {
  it("accepts the table topCited returns for data set T", () => {
    const table = topCited(dataSetT.papers, { reference: "corpus" });
    expect(TopCitedTableSchema.parse(table)).toEqual(table);
  });

  it("refuses a row whose Top-x% count is negative", () => {
    const row = { country: "JP", period: "2021", field: "all", papers: 7, top: -1 };
    const result = TopCitedRowSchema.safeParse({
      ...row,
      topDomestic: 0,
      topInternational: 0,
      topBilateral: 0,
      topMultilateral: 0,
      topShareOfWorld: null,
      topShareOfPapers: null,
    });
    expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([["too_small", ["top"]]]);
  });
});
