// A Parquet export of an earlier format version is refused with what to do, before DuckDB opens:
// version 1 lacks the renormalized CWTS weights and paper_category that the shipped SQL reads.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openParquetCorpus } from "../../../src/indicators/sql/duckdb-corpus.ts";
import { PARQUET_FORMAT } from "../../../src/output/parquet-corpus.ts";

describe("openParquetCorpus(dir) and the export's format version", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "copub-parquet-version-"));
    await writeFile(join(dir, "copub-corpus.json"), JSON.stringify({ format: "copub-parquet", version: 1 }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes version 2", () => {
    expect(PARQUET_FORMAT).toEqual({ format: "copub-parquet", version: 2 });
  });

  it("refuses a version 1 export, naming the file and the command that exports it again", async () => {
    await expect(openParquetCorpus(dir)).rejects.toThrow(
      /copub-corpus\.json: not the metadata of a copub Parquet export \(format copub-parquet, version 2: .*export the corpus again with copub export --format parquet/,
    );
  });
});
