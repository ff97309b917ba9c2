// The shipped SQL's results at several DuckDB thread counts, as text: the tests compare the
// bytes, which exact sums keep the same whatever order DuckDB's threads add in.
import { openParquetCorpus, type SqlSession } from "../../../src/indicators/sql/duckdb-corpus.ts";

/**
 * The results of `queries` over the Parquet corpus in `dir`, run with each thread count, as JSON.
 * @returns one JSON text per thread count, in the order given
 */
export async function resultsAtThreads(
  dir: string,
  threadCounts: readonly number[],
  queries: (session: SqlSession) => Promise<readonly unknown[]>,
): Promise<string[]> {
  const texts: string[] = [];
  for (const threads of threadCounts) {
    const session = await openParquetCorpus(dir, { threads });
    try {
      texts.push(JSON.stringify(await queries(session)));
    } finally {
      session.close();
    }
  }
  return texts;
}
