// Writing a corpus as Parquet tables in tests, as copub export does, and whether the optional
// DuckDB dependency is installed (tests that run the shipped SQL skip, saying so, without it).

import type { Corpus } from "../src/corpus/corpus.ts";
import { savedCorpusHeader } from "../src/corpus/corpus-file.ts";
import {
  countryDimensionRows,
  exportedPapers,
  paperRows,
} from "../src/indicators/corpus-tables/paper-rows.ts";
import { createParquetCorpusWriter } from "../src/output/parquet-corpus.ts";

/** Writes `corpus` into `dir` as `copub export --format parquet` does. */
export async function exportParquet(dir: string, corpus: Corpus): Promise<void> {
  const out = await createParquetCorpusWriter(dir);
  const keys = new Set<string>();
  for (const { paper, inScope } of exportedPapers(corpus)) {
    out.add(paperRows(paper, inScope));
    for (const key of paper.countries) keys.add(key);
  }
  out.addTable("countries", countryDimensionRows(keys));
  await out.finish(savedCorpusHeader(corpus));
}

/** Whether @duckdb/node-api (an optional dependency) is installed. */
export const HAVE_DUCKDB = await import("@duckdb/node-api").then(
  () => true,
  () => false,
);

/** Label to append to a describe block that needs DuckDB. */
export const NEEDS_DUCKDB = HAVE_DUCKDB
  ? ""
  : " [SKIPPED: @duckdb/node-api, an optional dependency, is absent]";
