/**
 * A Parquet corpus (docs/parquet.md) opened in DuckDB, ready for the shipped SQL: one view per
 * table over its files (the year taken from the `year=` folders), an empty typed view for a
 * table without rows, and the corpus's metadata from `copub-corpus.json`. DuckDB is an optional
 * dependency (`@duckdb/node-api`, native): it is imported only here, only when asked for, and its
 * absence is an error that says how to install it. DuckDB reads the Parquet files itself — the
 * one read of files outside `read/`, since handing the files to the engine is the point — while
 * the metadata goes through `read/source.ts` like every other file.
 */
import { join } from "node:path";
import * as z from "zod";
import { CorpusAccountingSchema } from "../../corpus/corpus.ts";
import { checkKeys, optionKeys } from "../../diagnostics/checked-options.ts";
import { CopubError } from "../../diagnostics/errors.ts";
import { readTextFile } from "../../read/source.ts";
import { CORPUS_TABLES, type ColumnType, type TableSpec } from "../corpus-tables/table-columns.ts";
/** A value of a parameter view's column, or of a result row. */
export type SqlValue = string | number | boolean | null;

/** One result row: column name → value (64-bit integers as `bigint`). */
export type SqlRow = Readonly<Record<string, SqlValue | bigint>>;

/** What `copub-corpus.json` must say for the SQL to run (the rest is there for people). */
const MetadataSchema = z.object({
  format: z.literal("copub-parquet"),
  version: z.literal(2),
  corpus: z.object({ accounting: CorpusAccountingSchema }),
});

/** A corpus's metadata, as far as the SQL needs it. */
export type ParquetCorpusMetadata = z.infer<typeof MetadataSchema>;

/** An open session on a Parquet corpus. */
export interface SqlSession {
  /** The corpus's metadata. */
  readonly metadata: ParquetCorpusMetadata;
  /** Runs statements that return nothing (the parameter views). */
  readonly run: (sql: string) => Promise<void>;
  /** Runs one query and returns its rows. */
  readonly query: (sql: string) => Promise<SqlRow[]>;
  /** Closes the database. */
  readonly close: () => void;
}

/** Options of the DuckDB session. */
export interface DuckDbOptions {
  /** DuckDB's `threads` setting; default DuckDB's (the machine's cores). */
  readonly threads?: number;
  /** DuckDB's `memory_limit`, e.g. `"4GB"`; default DuckDB's (80% of RAM). */
  readonly memoryLimit?: string;
}

/** The message when the optional dependency is missing. */
const MISSING_DUCKDB =
  'copub sql needs DuckDB, an optional dependency that is not installed: run "npm install @duckdb/node-api" where copub is installed (docs/scale-out.md)';

/**
 * Opens a Parquet corpus in an in-memory DuckDB database.
 * @param dir - a folder written by `copub export --format parquet`
 * @param options - DuckDB settings
 * @throws CopubError `not-found` when the folder has no `copub-corpus.json`, `not-wos` when that
 *   file is not a copub Parquet export, `invalid-option` when DuckDB is not installed
 * @example
 * const session = await openParquetCorpus("corpus-parquet");
 * await session.query("SELECT COUNT(*) AS n FROM papers WHERE in_scope") // → [{ n: 6158n }]
 */
export async function openParquetCorpus(dir: string, options: DuckDbOptions = {}): Promise<SqlSession> {
  checkKeys(
    options,
    optionKeys<DuckDbOptions>({ threads: true, memoryLimit: true }),
    "openParquetCorpus options",
  );
  const metadataFile = join(dir, "copub-corpus.json");
  const text = await readTextFile(metadataFile, "copub Parquet export (copub-corpus.json)");
  const parsed = MetadataSchema.safeParse(safeJson(text));
  if (!parsed.success)
    throw new CopubError(
      "not-wos",
      `${metadataFile}: not the metadata of a copub Parquet export (format copub-parquet, version 2: version 1 lacks the renormalized weights and paper_category); export the corpus again with copub export --format parquet`,
      metadataFile,
    );
  const duckdb = await import("@duckdb/node-api").catch((error: unknown) => {
    throw new CopubError("invalid-option", MISSING_DUCKDB, null, { cause: error });
  });
  const settings: Record<string, string> = {};
  if (options.threads !== undefined) settings.threads = String(options.threads);
  if (options.memoryLimit !== undefined) settings.memory_limit = options.memoryLimit;
  const instance = await duckdb.DuckDBInstance.create(":memory:", settings);
  const connection = await instance.connect();
  const run = async (sql: string) => {
    await connection.run(sql);
  };
  for (const spec of CORPUS_TABLES) await run(await viewOf(spec, dir, connection));
  return {
    metadata: parsed.data,
    run,
    async query(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjects() as SqlRow[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const DUCKDB_TYPE: Readonly<Record<ColumnType, string>> = {
  string: "VARCHAR",
  int32: "INTEGER",
  double: "DOUBLE",
  boolean: "BOOLEAN",
};

/** The view of a table: its files, or an empty typed table when it has none. */
async function viewOf(
  spec: TableSpec,
  dir: string,
  connection: { runAndReadAll: (sql: string) => Promise<{ getRowObjects: () => unknown[] }> },
): Promise<string> {
  const glob = join(dir, spec.name, spec.partitioned ? "*/*.parquet" : "*.parquet").replaceAll("'", "''");
  const files = await connection.runAndReadAll(`SELECT file FROM glob('${glob}') LIMIT 1`);
  if (files.getRowObjects().length === 0) {
    const columns = spec.columns.map((c) => `CAST(NULL AS ${DUCKDB_TYPE[c.type]}) AS ${c.name}`);
    if (spec.partitioned) columns.push("CAST(NULL AS INTEGER) AS year");
    return `CREATE VIEW ${spec.name} AS SELECT ${columns.join(", ")} WHERE 1 = 0`;
  }
  const hive = spec.partitioned ? ", hive_partitioning = true, hive_types = {'year': INTEGER}" : "";
  return `CREATE VIEW ${spec.name} AS SELECT * FROM read_parquet('${glob}'${hive})`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
