/**
 * The corpus as relational tables (docs/parquet.md): what `copub export --format parquet` writes
 * and what the shipped SQL (`indicators/sql/*.sql`) reads, on DuckDB here and on Spark at scale.
 * A corpus paper nests lists (countries, units, authors, fields); a distributed engine wants flat
 * tables it can join and group, so each list becomes a paper × thing table keyed by UT, and each
 * paper × country row carries the weight every counting method gives it (docs/methodology.md §4),
 * computed once by copub so that the SQL only sums. This module is the schema: table names,
 * columns, their types and meaning; `paper-rows.ts` derives the rows, `output/parquet-corpus.ts`
 * writes them, and the docs and the SQL tests read this list.
 */

/** The logical type of a column; `output/` maps it to a Parquet physical type. */
export type ColumnType = "string" | "int32" | "double" | "boolean";

/** One column of a table. */
export interface TableColumn {
  /** Column name, snake_case (both DuckDB and Spark take it unquoted). */
  readonly name: string;
  /** Logical type. */
  readonly type: ColumnType;
  /** Whether the column may hold nulls. */
  readonly nullable: boolean;
  /** What the column holds, for docs/parquet.md. */
  readonly doc: string;
}

/** One table of the exported corpus. */
export interface TableSpec {
  /** Folder name under the export directory. */
  readonly name: string;
  /** Partitioned by publication year (`year=2021/`, `year=__HIVE_DEFAULT_PARTITION__/` for none). */
  readonly partitioned: boolean;
  /** What one row is. */
  readonly doc: string;
  /** Its columns, in file order (the partition column `year` is in the folder names, not the files). */
  readonly columns: readonly TableColumn[];
}

/**
 * ESI field memberships are written as whole multiples of 1/`MEMBERSHIP_UNITS` as well, so that
 * the SQL can sum them and compare `10·n_> ≤ N` exactly in 64-bit integers on any engine
 * (docs/methodology.md §8.3, "Numbers"). It is lcm(1, …, 20): every share 1/k of a paper
 * spread over up to 20 mapped WoS Categories is a whole number of units.
 * @example
 * MEMBERSHIP_UNITS // → 232792560 = lcm(1, …, 20): a field share of 1/3 is stored as 77597520 units
 */
export const MEMBERSHIP_UNITS = 232_792_560;

const column = (name: string, type: ColumnType, nullable: boolean, doc: string): TableColumn => ({
  name,
  type,
  nullable,
  doc,
});

const UT = column("ut", "string", false, "the paper's normalized UT (`WOS:…`), the key of every table");

/**
 * The tables, in the order they are written and documented.
 * @example
 * CORPUS_TABLES.map((table) => table.name) // → the ten tables of docs/parquet.md, "papers" first
 */
export const CORPUS_TABLES: readonly TableSpec[] = [
  {
    name: "papers",
    partitioned: true,
    doc: "one paper of the corpus",
    columns: [
      UT,
      column(
        "in_scope",
        "boolean",
        false,
        "true for a paper in scope; false for one left out only by --countries or --fields, kept because it belongs to the Top10% reference sets (methodology §8.1)",
      ),
      column("doi", "string", true, "normalized DOI"),
      column("doc_type", "string", false, "primary document type: Review, else Article, else the first type"),
      column("doc_types", "string", false, "canonical document types, `; `-separated"),
      column("early_access", "boolean", false, "DT held Early Access"),
      column("publication_date", "string", true, "PD as written"),
      column("early_access_date", "string", true, "EA as written"),
      column("countries", "int32", false, "|C(p)|, the number of countries (methodology §3.2)"),
      column("institutions", "int32", false, "|U(p)|, the number of institution units (§3.3)"),
      column("addresses", "int32", false, "|A(p)|, address lines (C1, or RP when taken)"),
      column("authors", "int32", false, "n(p), authors in the byline"),
      column(
        "collaboration_type",
        "string",
        true,
        "domesticSingle, domesticMulti, bilateral or multilateral (§5.1); null without a country",
      ),
      column("cross_affiliation_only", "boolean", true, "§5.1 flag; null when undecidable"),
      column("field_source", "string", false, "the step of §7.4 that gave the field"),
      column("funding_text", "string", true, "FX, the funding acknowledgement"),
      column("warnings", "string", false, "codes of the paper's warnings, `; `-separated"),
      column("source_file", "string", false, "the export the paper was taken from"),
    ],
  },
  {
    name: "citations",
    partitioned: true,
    doc: "the citation counts of one paper at its snapshot (kept apart: a new snapshot replaces this table only)",
    columns: [
      UT,
      column("snapshot", "string", true, "the export date DA, the citation snapshot (§8.2)"),
      column("times_cited", "int32", true, "TC, Core Collection times cited"),
      column("times_cited_all_databases", "int32", true, "Z9, times cited in all databases"),
    ],
  },
  {
    name: "paper_country",
    partitioned: true,
    doc: "one country of C(p), with its counting weights (§4); papers without a country have none",
    columns: [
      UT,
      column("country", "string", false, "country key (ISO 3166-1 alpha-2, or the other keys of §3.2)"),
      column("institution_units", "int32", false, "units of U(p) in this country"),
      column("addresses", "int32", false, "address lines in this country"),
      column("w_integer", "double", false, "integer counting, 1 (§4.1)"),
      column("w_nistep", "double", false, "NISTEP fractional counting by institution units (§4.2)"),
      column("w_cwts", "double", false, "CWTS fractional counting by author affiliations (§4.3)"),
      column("w_country", "double", false, "1 / |C(p)| (§4.4)"),
      column(
        "w_address",
        "double",
        false,
        "address lines of the country / address lines with a country (§4.4)",
      ),
      column("w_author", "double", false, "authors split over their countries / n(p) (§4.4)"),
      column(
        "w_cwts_renormalized",
        "double",
        false,
        "w_cwts divided by the paper's assigned total, so Σ = 1 (§4.3, cwtsRenormalize)",
      ),
      column(
        "w_author_renormalized",
        "double",
        false,
        "w_author divided by the paper's assigned total, so Σ = 1 (§4.4, cwtsRenormalize)",
      ),
    ],
  },
  {
    name: "paper_counting_warning",
    partitioned: true,
    doc: "a warning a fractional counting method recorded on a paper with a country (§4.2, §4.3)",
    columns: [
      UT,
      column(
        "method",
        "string",
        false,
        "nistep, cwts, country, address, author, cwts_renormalized or author_renormalized",
      ),
      column("warning", "string", false, "fraction-renormalized or cwts-fallback-address"),
    ],
  },
  {
    name: "paper_institution",
    partitioned: true,
    doc: "one institution unit of U(p) (§3.3)",
    columns: [
      UT,
      column("country", "string", true, "the unit's country, null when unresolved"),
      column("org_key", "string", false, "the organization key"),
      column("addresses", "int32", false, "address lines of this unit"),
    ],
  },
  {
    name: "paper_author",
    partitioned: true,
    doc: "one author in byline order (§3.4)",
    columns: [
      UT,
      column("position", "int32", false, "seq, 1-based"),
      column("author_key", "string", false, "orcid:…, rid:… or name:SURNAME|I"),
      column("addresses", "int32", false, "address lines linked to the author"),
      column("countries", "string", false, "countries of those addresses, sorted, `; `-separated"),
    ],
  },
  {
    name: "paper_field",
    partitioned: true,
    doc: "one field of the paper's field assignment (§7.4): its ESI fields and the NISTEP broad fields derived from them",
    columns: [
      UT,
      column("scheme", "string", false, "esi or nistep"),
      column("field", "string", false, "ESI field id (PHY) or NISTEP broad field key (phys)"),
      column("broad_field", "string", false, "the NISTEP broad field (§7.2) of the field"),
      column("numerator", "int32", false, "share of the paper: numerator"),
      column("denominator", "int32", false, "share of the paper: denominator (1 with one field per paper)"),
      column("weight", "double", false, "numerator / denominator"),
      column(
        "membership_units",
        "int32",
        false,
        `the share in units of 1/${MEMBERSHIP_UNITS}, for exact sums in SQL`,
      ),
    ],
  },
  {
    name: "paper_category",
    partitioned: true,
    doc: "one distinct WoS Category of the paper (WC), the InCites reference sets' key (§8.1, §8.5)",
    columns: [
      UT,
      column("position", "int32", false, "1-based position among the paper's distinct categories"),
      column("category", "string", false, "the WoS Category as written"),
    ],
  },
  {
    name: "paper_grant",
    partitioned: true,
    doc: "one grant id of a funding agency (FU, XML grants; §12.1); an agency without ids has one row with a null id",
    columns: [
      UT,
      column("grant", "int32", false, "1-based position of the agency in the paper's list"),
      column("agency", "string", false, "the agency as written"),
      column("grant_id", "string", true, "the grant id as written"),
    ],
  },
  {
    name: "cited_references",
    partitioned: true,
    doc: "one cited reference (CR), only when the corpus was built with --cited-references",
    columns: [
      UT,
      column("position", "int32", false, "1-based position in CR"),
      column("reference", "string", false, "the reference as written"),
    ],
  },
  {
    name: "countries",
    partitioned: false,
    doc: "one country key that occurs in the corpus, with its display codes",
    columns: [
      column("country", "string", false, "country key"),
      column(
        "alpha3",
        "string",
        false,
        "ISO 3166-1 alpha-3 (the key when it has none): ranks order ties by it (§9.2)",
      ),
      column("name", "string", false, "English short name"),
    ],
  },
];

/**
 * The spec of a table by name.
 * @throws Error for a name that is not a table of the corpus (a programming error)
 * @example
 * tableSpec("paper_country").columns.map((c) => c.name).slice(0, 3) // → ["ut", "country", "institution_units"]
 */
export function tableSpec(name: string): TableSpec {
  const spec = CORPUS_TABLES.find((table) => table.name === name);
  if (spec === undefined) throw new Error(`no corpus table named ${name}`);
  return spec;
}
