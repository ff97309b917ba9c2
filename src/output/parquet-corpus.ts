/**
 * Writing the corpus as Parquet tables (docs/parquet.md): one folder per table of
 * `CORPUS_TABLES`, partitioned Hive-style by publication year (`papers/year=2021/part-0.parquet`,
 * `year=__HIVE_DEFAULT_PARTITION__` for papers without a year), and `copub-corpus.json` beside
 * them with the corpus's options, accounting and the tables' schema. DuckDB, Spark, pandas and
 * Arrow read the folders as they are.
 *
 * The bytes come from hyparquet-writer: pure JavaScript (no native addon, no WebAssembly), one
 * small dependency (its reader, hyparquet), incremental row groups, and the same bytes for the
 * same rows (no timestamps; `created_by` is "copub"). Rows arrive paper by paper in UT order and
 * are buffered per table and year until a row group is full, so memory stays bounded by the row
 * group size times the open partitions, whatever the number of papers.
 */
import { mkdirSync } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileWriter, ParquetWriter } from "hyparquet-writer";
import { CopubError } from "../diagnostics/errors.ts";
import type { Cell, PaperRows, Row } from "../indicators/corpus-tables/paper-rows.ts";
import {
  CORPUS_TABLES,
  type ColumnType,
  MEMBERSHIP_UNITS,
  type TableSpec,
} from "../indicators/corpus-tables/table-columns.ts";
import { toJson } from "./json.ts";

/**
 * The file beside the table folders that says what they are.
 * @example
 * PARQUET_METADATA_FILE // → "copub-corpus.json"
 */
export const PARQUET_METADATA_FILE = "copub-corpus.json";

/**
 * The `format` of that file, and its version.
 * @example
 * PARQUET_FORMAT // → { format: "copub-parquet", version: 2 }, in copub-corpus.json
 */
export const PARQUET_FORMAT = { format: "copub-parquet", version: 2 } as const;

/**
 * The folder name of the partition of papers without a year (Hive's and Spark's convention).
 * @example
 * // papers without a year are in the folder year=__HIVE_DEFAULT_PARTITION__
 * NULL_PARTITION // → "__HIVE_DEFAULT_PARTITION__"
 */
export const NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

/** Rows per row group: large enough for scans, small enough to buffer every open partition. */
const ROW_GROUP_ROWS = 100_000;

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]["schema"][number];

const PHYSICAL: Readonly<Record<ColumnType, Partial<SchemaElement>>> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  int32: { type: "INT32" },
  double: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
};

/** Rows written, per table. */
export type RowCounts = Readonly<Record<string, number>>;

/** A Parquet corpus being written. */
export interface ParquetCorpusWriter {
  /** Adds one paper's rows (papers in UT order give files in UT order). */
  readonly add: (rows: PaperRows) => void;
  /**
   * Adds the rows of an unpartitioned table (the `countries` table), all at once.
   * @param table - the table's name
   * @param rows - its rows
   */
  readonly addTable: (table: string, rows: readonly Row[]) => void;
  /**
   * Flushes every partition, then writes `copub-corpus.json` with `corpus` (the saved-corpus header).
   * @returns rows written per table
   */
  readonly finish: (corpus: unknown) => Promise<RowCounts>;
}

/**
 * Starts writing a Parquet corpus into `dir`, which must be absent, empty, or an earlier export
 * (its table folders and metadata are then removed first; nothing else is touched).
 * @param dir - the export folder
 * @throws CopubError `unreadable` when `dir` holds other files or cannot be written
 * @example
 * const out = await createParquetCorpusWriter("corpus-parquet");
 * for (const { paper, inScope } of exportedPapers(corpus)) out.add(paperRows(paper, inScope));
 * out.addTable("countries", countryDimensionRows(keys));
 * await out.finish(savedCorpusHeader(corpus)); // → { papers: 1000, paper_country: 1630, … }
 */
export async function createParquetCorpusWriter(dir: string): Promise<ParquetCorpusWriter> {
  await prepareFolder(dir);
  const partitions = new Map<string, Partition>();
  const counts: Record<string, number> = Object.fromEntries(CORPUS_TABLES.map((t) => [t.name, 0]));
  const fail = (error: unknown): never => {
    throw new CopubError("unreadable", `${dir}: cannot be written (${String(error)})`, dir, { cause: error });
  };
  const append = (spec: TableSpec, folder: string, rows: readonly Row[]) => {
    if (rows.length === 0) return;
    const key = `${spec.name}/${folder}`;
    let partition = partitions.get(key);
    if (partition === undefined) {
      partition = openPartition(spec, join(dir, spec.name, folder));
      partitions.set(key, partition);
    }
    for (const row of rows) partition.push(row);
    counts[spec.name] = (counts[spec.name] ?? 0) + rows.length;
  };
  return {
    add({ year, tables }) {
      const folder = `year=${year ?? NULL_PARTITION}`;
      try {
        for (const spec of CORPUS_TABLES) if (spec.partitioned) append(spec, folder, tables[spec.name] ?? []);
      } catch (error) {
        fail(error);
      }
    },
    addTable(table, rows) {
      try {
        append(CORPUS_TABLES.find((t) => t.name === table && !t.partitioned) ?? fail(table), "", rows);
      } catch (error) {
        fail(error);
      }
    },
    async finish(corpus) {
      try {
        for (const key of [...partitions.keys()].sort()) partitions.get(key)?.close();
        const metadata = {
          ...PARQUET_FORMAT,
          membershipUnits: MEMBERSHIP_UNITS,
          counting: { nistepUnit: "institution", cwtsRenormalize: false },
          tables: CORPUS_TABLES.map((spec) => ({
            name: spec.name,
            partitionedBy: spec.partitioned ? "year" : null,
            rows: counts[spec.name] ?? 0,
            columns: spec.columns.map(({ name, type, nullable }) => ({ name, type, nullable })),
          })),
          corpus,
        };
        await writeFile(join(dir, PARQUET_METADATA_FILE), toJson(metadata), "utf8");
      } catch (error) {
        fail(error);
      }
      return counts;
    },
  };
}

/** One open partition file: buffered columns and the writer of the file. */
interface Partition {
  readonly push: (row: Row) => void;
  readonly close: () => void;
}

function openPartition(spec: TableSpec, folder: string): Partition {
  let writer: ParquetWriter | null = null;
  let columns: Cell[][] = spec.columns.map(() => []);
  const flush = () => {
    if ((columns[0]?.length ?? 0) === 0) return;
    if (writer === null) {
      mkdirSync(folder, { recursive: true });
      writer = new ParquetWriter({
        writer: fileWriter(join(folder, "part-0.parquet")),
        schema: parquetSchema(spec),
        createdBy: "copub",
      });
    }
    // fileWriter writes synchronously, so neither write nor finish returns a promise here.
    void writer.write({
      columnData: spec.columns.map((c, i) => ({ name: c.name, data: columns[i] ?? [] })),
      rowGroupSize: ROW_GROUP_ROWS,
    });
    columns = spec.columns.map(() => []);
  };
  return {
    push(row) {
      spec.columns.forEach((c, i) => {
        columns[i]?.push(row[c.name] ?? null);
      });
      if ((columns[0]?.length ?? 0) >= ROW_GROUP_ROWS) flush();
    },
    close() {
      flush();
      void (writer as ParquetWriter | null)?.finish();
    },
  };
}

/**
 * The Parquet schema of a table: one flat column per spec column, REQUIRED or OPTIONAL.
 * @example
 * parquetSchema(tableSpec("citations"))[1] // → { name: "ut", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "REQUIRED" }
 */
export function parquetSchema(spec: TableSpec): SchemaElement[] {
  return [
    { name: "root", num_children: spec.columns.length },
    ...spec.columns.map(
      (c): SchemaElement => ({
        name: c.name,
        ...PHYSICAL[c.type],
        repetition_type: c.nullable ? "OPTIONAL" : "REQUIRED",
      }),
    ),
  ] as SchemaElement[];
}

async function prepareFolder(dir: string): Promise<void> {
  const entries: string[] = await readdir(dir).catch((error: { code?: string }) => {
    if (error.code === "ENOENT") return [];
    throw new CopubError("unreadable", `${dir}: cannot be read (${String(error)})`, dir, { cause: error });
  });
  const ours = new Set([PARQUET_METADATA_FILE, ...CORPUS_TABLES.map((t) => t.name)]);
  if (entries.length > 0 && !entries.includes(PARQUET_METADATA_FILE))
    throw new CopubError(
      "unreadable",
      `${dir}: not empty and not a copub Parquet export; give an empty or new folder`,
      dir,
    );
  const strangers = entries.filter((entry) => !ours.has(entry));
  if (strangers.length > 0)
    throw new CopubError(
      "unreadable",
      `${dir}: holds ${strangers.slice(0, 3).join(", ")} besides an earlier export; give an empty or new folder`,
      dir,
    );
  try {
    for (const entry of entries) await rm(join(dir, entry), { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw new Error("not a folder");
  } catch (error) {
    throw new CopubError("unreadable", `${dir}: cannot be written (${String(error)})`, dir, { cause: error });
  }
}
