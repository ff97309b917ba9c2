/**
 * `copub/sql`: the corpus as Parquet tables and the indicators as SQL, below what the root entry
 * point offers (`createParquetCorpusWriter`, `openParquetCorpus`, `…FromSql`): the tables' columns,
 * the rows a paper gives each table, the reference population of §8, and the shipped SQL files
 * with their parameters, to run them in DuckDB or another engine (docs/parquet.md,
 * docs/scale-out.md).
 * @packageDocumentation
 */

export { inReferenceOnly, referencePopulation } from "./corpus/reference-population.ts";
export type { Cell, ExportedPaper, PaperRows, Row } from "./indicators/corpus-tables/paper-rows.ts";
export { countryDimensionRows, exportedPapers, paperRows } from "./indicators/corpus-tables/paper-rows.ts";
export type { ColumnType, TableColumn, TableSpec } from "./indicators/corpus-tables/table-columns.ts";
export { CORPUS_TABLES, MEMBERSHIP_UNITS, tableSpec } from "./indicators/corpus-tables/table-columns.ts";
export type { ParamColumn, SqlIndicator } from "./indicators/sql/shipped-sql.ts";
export {
  paramsStatement,
  runShippedSql,
  SQL_INDICATORS,
  shippedQueries,
  splitQueries,
  sqlFileUrl,
  sqlLiteral,
  sqlNumber,
  viewStatement,
} from "./indicators/sql/shipped-sql.ts";
export { periodsStatement, settlePeriods, yearsPresent } from "./indicators/sql/sql-periods.ts";
export {
  NULL_PARTITION,
  PARQUET_FORMAT,
  PARQUET_METADATA_FILE,
  parquetSchema,
} from "./output/parquet-corpus.ts";
