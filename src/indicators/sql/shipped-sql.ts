/**
 * The indicators as SQL (docs/scale-out.md): the `.sql` files beside this module, shipped in the
 * package (`dist/indicators/sql/`), each a list of plain SELECT statements over the Parquet
 * corpus tables and a few parameter views, in the subset of SQL that DuckDB and Spark SQL both
 * accept. A statement is named by the `-- query: NAME` line before it and ends with `;`. This
 * module finds the files, splits them into named queries and writes the parameter views, so the
 * text copub runs on DuckDB is the text a Spark user runs.
 */
import { CopubError } from "../../diagnostics/errors.ts";
import { readTextFile } from "../../read/source.ts";
import type { SqlRow, SqlSession, SqlValue } from "./duckdb-corpus.ts";

/**
 * The indicators shipped as SQL.
 * @example
 * SQL_INDICATORS // → ["collaboration", "top", "partners"]
 */
export const SQL_INDICATORS = ["collaboration", "top", "partners"] as const;

/** An indicator shipped as SQL. */
export type SqlIndicator = (typeof SQL_INDICATORS)[number];

/**
 * Where a shipped `.sql` file is: beside this module, in `src/` and in `dist/` alike.
 * @example
 * sqlFileUrl("top").pathname // → ".../indicators/sql/top.sql"
 */
export function sqlFileUrl(indicator: SqlIndicator): URL {
  // Typed loosely: under `deno check` the library's ImportMeta has no `url` (Node's types add it).
  return new URL(`./${indicator}.sql`, (import.meta as { readonly url: string }).url);
}

/**
 * The named statements of a shipped SQL file, in file order.
 * @throws CopubError `not-found` when the file is missing from the installation
 * @example
 * [...(await shippedQueries("collaboration")).keys()] // → ["rows", "unattributed", "totals"]
 */
export async function shippedQueries(indicator: SqlIndicator): Promise<ReadonlyMap<string, string>> {
  const url = sqlFileUrl(indicator);
  return splitQueries(await readTextFile(decodeURIComponent(url.pathname), "shipped SQL file"), url.pathname);
}

/**
 * Splits SQL text into its named statements: each `-- query: NAME` line starts one, which runs to
 * the next `;` at the end of a line (the statement keeps its comments, without the `;`).
 * @param text - the file's text
 * @param file - its name, for errors
 * @throws CopubError `invalid-option` for a statement without a name or a name used twice
 * @example
 * splitQueries("-- query: one\nSELECT 1;\n-- query: two\nSELECT 2;\n", "x.sql")
 * // → Map { "one" => "SELECT 1", "two" => "SELECT 2" }
 */
export function splitQueries(text: string, file: string): Map<string, string> {
  const queries = new Map<string, string>();
  for (const part of text.split(/;[ \t]*\r?\n|;\s*$/)) {
    if (codeOf(part).length === 0) continue;
    const names = [...part.matchAll(/^--\s*query:\s*(\S+)\s*$/gm)].map((m) => m[1] as string);
    const [name] = names;
    if (name === undefined || names.length > 1 || queries.has(name))
      throw new CopubError(
        "invalid-option",
        `${file}: every statement needs one "-- query: NAME" line with a name of its own (${names.join(", ") || "none"})`,
        file,
      );
    queries.set(name, part.slice(part.indexOf(`-- query: ${name}`)).trim());
  }
  return queries;
}

/**
 * SQL text without its comment lines, trimmed: what a statement does. Line by line, not by one
 * regular expression: a pattern of repeated comment lines backtracks exponentially in their
 * number when the text after them is not a comment.
 */
function codeOf(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n")
    .trim();
}

/** A column of a parameter view: its name, SQL type and value (the type makes NULL typed). */
export type ParamColumn = readonly [
  name: string,
  type: "STRING" | "INT" | "BIGINT" | "BOOLEAN",
  value: SqlValue,
];

/**
 * A `CREATE OR REPLACE TEMPORARY VIEW` statement that both DuckDB and Spark SQL run: one row of
 * named, typed values, or a table of rows (`VALUES`), or an empty table when `rows` is empty.
 * @param name - the view's name
 * @param columns - the columns' names and types
 * @param rows - the rows, each a value per column
 * @example
 * viewStatement("copub_periods", [["period", "STRING"], ["year_from", "INT"], ["year_to", "INT"]], [["2021", 2021, 2021]])
 * // → "CREATE OR REPLACE TEMPORARY VIEW copub_periods AS SELECT CAST(period AS STRING) AS period, … FROM (VALUES ('2021', 2021, 2021)) AS t(period, year_from, year_to)"
 */
export function viewStatement(
  name: string,
  columns: readonly (readonly [string, ParamColumn[1]])[],
  rows: readonly (readonly SqlValue[])[],
): string {
  const casts = columns.map(([column, type]) => `CAST(${column} AS ${type}) AS ${column}`).join(", ");
  const names = columns.map(([column]) => column).join(", ");
  if (rows.length === 0) {
    const nulls = columns.map(([column, type]) => `CAST(NULL AS ${type}) AS ${column}`).join(", ");
    return `CREATE OR REPLACE TEMPORARY VIEW ${name} AS SELECT ${nulls} WHERE 1 = 0`;
  }
  const values = rows.map((row) => `(${row.map(sqlLiteral).join(", ")})`).join(", ");
  return `CREATE OR REPLACE TEMPORARY VIEW ${name} AS SELECT ${casts} FROM (VALUES ${values}) AS t(${names})`;
}

/**
 * The `copub_params` view: one row of named, typed values.
 * @example
 * paramsStatement([["counting", "STRING", "integer"], ["by_field", "BOOLEAN", false]])
 * // → "CREATE OR REPLACE TEMPORARY VIEW copub_params AS SELECT CAST(counting AS STRING) AS counting, … FROM (VALUES ('integer', false)) AS t(counting, by_field)"
 */
export function paramsStatement(params: readonly ParamColumn[]): string {
  return viewStatement(
    "copub_params",
    params.map(([name, type]) => [name, type] as const),
    [params.map(([, , value]) => value)],
  );
}

/**
 * A value as an SQL literal: strings quoted (quotes doubled), NULL, true/false, numbers.
 * @example
 * sqlLiteral("O'Brien") // → "'O''Brien'"
 */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return "NULL";
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (!Number.isFinite(value)) throw new RangeError(`not an SQL number: ${value}`);
  return String(value);
}

/**
 * Runs a shipped SQL file on a session: first the parameter views, then every named statement in
 * file order — the views it creates for its results, then its queries.
 * @param session - the corpus
 * @param indicator - which file
 * @param views - `CREATE … VIEW` statements of the parameters (`paramsStatement`, `periodsStatement`, …)
 * @returns each query's rows by name (views have none)
 * @example
 * (await runShippedSql(session, "collaboration", [paramsStatement(params), periodsStatement(periods)])).get("rows")
 * // → [{ country: "AU", period: "2021", field: "all", papers: 12, … }, …]
 */
export async function runShippedSql(
  session: SqlSession,
  indicator: SqlIndicator,
  views: readonly string[],
): Promise<ReadonlyMap<string, SqlRow[]>> {
  for (const view of views) await session.run(view);
  const results = new Map<string, SqlRow[]>();
  for (const [name, sql] of await shippedQueries(indicator)) {
    // A view shared by the results (`CREATE … VIEW`) is run; a query is read.
    if (/^CREATE\b/i.test(codeOf(sql))) await session.run(sql);
    else results.set(name, await session.query(sql));
  }
  return results;
}

/**
 * A result cell as a number (64-bit integers included); `null` stays `null`.
 * @example
 * sqlNumber(6158n) // → 6158
 */
export function sqlNumber(value: SqlValue | bigint | undefined): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "bigint" ? Number(value) : Number(value);
}
