// The shipped SQL as text: split into named statements, parameter views written as portable SQL,
// and every statement accepted by a Spark SQL grammar (dt-sql-parser's SparkSQL, an ANTLR port of
// Spark's own SqlBaseParser grammar), which rejects the DuckDB-only syntax a slip would bring in.
import { SparkSQL } from "dt-sql-parser";
import { describe, expect, it } from "vitest";
import {
  paramsStatement,
  SQL_INDICATORS,
  shippedQueries,
  splitQueries,
  sqlLiteral,
  viewStatement,
} from "../../../src/indicators/sql/shipped-sql.ts";
import { periodsStatement } from "../../../src/indicators/sql/sql-periods.ts";

const spark = new SparkSQL();
const sparkErrors = (sql: string) =>
  spark.validate(sql).map((e) => `${e.startLine}:${e.startColumn} ${e.message}`);

describe("splitQueries", () => {
  it("names each statement by its query line and keeps its comments", () => {
    const text = "-- header\n\n-- query: one\n-- the first\nSELECT 1;\n\n-- query: two\nSELECT 'a;b';\n";
    expect([...splitQueries(text, "x.sql")]).toEqual([
      ["one", "-- query: one\n-- the first\nSELECT 1"],
      ["two", "-- query: two\nSELECT 'a;b'"],
    ]);
  });

  it("splits a file whose header holds many comment lines (read line by line, no backtracking)", () => {
    const header = "-- a comment line of the header\n".repeat(60);
    expect([...splitQueries(`${header}\n-- query: one\nSELECT 1;\n`, "x.sql").keys()]).toEqual(["one"]);
  });

  it("refuses a statement without a name, naming the file", () => {
    expect(() => splitQueries("SELECT 1;\n", "x.sql")).toThrow(
      /x\.sql: every statement needs one "-- query: NAME"/,
    );
  });
});

describe("parameter views", () => {
  it("writes one typed row, NULLs typed by a cast", () => {
    expect(
      paramsStatement([
        ["focal", "STRING", "US"],
        ["top_n", "INT", null],
        ["by_field", "BOOLEAN", true],
      ]),
    ).toBe(
      "CREATE OR REPLACE TEMPORARY VIEW copub_params AS SELECT CAST(focal AS STRING) AS focal, CAST(top_n AS INT) AS top_n, CAST(by_field AS BOOLEAN) AS by_field FROM (VALUES ('US', NULL, true)) AS t(focal, top_n, by_field)",
    );
  });

  it("writes an empty table when there are no rows", () => {
    expect(viewStatement("copub_highlight", [["country", "STRING"]], [])).toBe(
      "CREATE OR REPLACE TEMPORARY VIEW copub_highlight AS SELECT CAST(NULL AS STRING) AS country WHERE 1 = 0",
    );
  });

  it("doubles quotes in strings", () => {
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
  });
});

describe("Spark SQL accepts the shipped SQL (parsed with dt-sql-parser's SparkSQL grammar)", () => {
  it.each(SQL_INDICATORS)("%s.sql: every statement", async (indicator) => {
    const queries = await shippedQueries(indicator);
    expect(queries.size).toBeGreaterThanOrEqual(3);
    for (const [name, sql] of queries) expect([name, sparkErrors(sql)]).toEqual([name, []]);
  });

  it("accepts the parameter views copub writes", () => {
    expect(sparkErrors(periodsStatement([{ from: 2019, to: 2021 }]))).toEqual([]);
    expect(sparkErrors(periodsStatement([]))).toEqual([]);
    expect(
      sparkErrors(
        paramsStatement([
          ["focal", "STRING", "US"],
          ["top_n", "INT", null],
        ]),
      ),
    ).toEqual([]);
  });

  it("rejects DuckDB-only syntax, so the check has teeth", () => {
    expect(sparkErrors("SELECT year::INT FROM papers")).not.toEqual([]);
    expect(sparkErrors("SELECT * FROM papers QUALIFY ROW_NUMBER() OVER (ORDER BY ut) = 1")).not.toEqual([]);
    expect(sparkErrors("SELECT * EXCLUDE (doi) FROM papers")).not.toEqual([]);
  });
});
