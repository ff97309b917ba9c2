// The schema of the Parquet corpus is documented column by column in docs/parquet.md, and its
// names are ones both DuckDB and Spark take unquoted.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS_TABLES, tableSpec } from "../../../src/indicators/corpus-tables/table-columns.ts";

const DOC = readFileSync(new URL("../../../docs/parquet.md", import.meta.url), "utf8");

describe("CORPUS_TABLES", () => {
  it.each(CORPUS_TABLES.map((t) => [t.name, t] as const))("documents every column of %s", (name, spec) => {
    const section = DOC.slice(DOC.indexOf(`### \`${name}\``));
    expect(section.length).toBeLessThan(DOC.length);
    for (const column of spec.columns) expect(section).toContain(`| \`${column.name}\` | ${column.type} |`);
  });

  it("names tables and columns in lower snake case, and keeps year out of the files (it is the partition)", () => {
    for (const spec of CORPUS_TABLES) {
      expect(spec.name).toMatch(/^[a-z][a-z_]*$/);
      for (const column of spec.columns) expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(spec.columns.map((c) => c.name)).not.toContain("year");
    }
  });

  it("keys every partitioned table by UT", () => {
    for (const spec of CORPUS_TABLES.filter((t) => t.partitioned)) expect(spec.columns[0]?.name).toBe("ut");
    expect(() => tableSpec("nothing")).toThrow(/no corpus table/);
  });
});
