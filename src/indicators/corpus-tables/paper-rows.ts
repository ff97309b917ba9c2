/**
 * A corpus as rows of the corpus tables (`table-columns.ts`, docs/parquet.md): per paper one
 * paper row, one citations row, and a row per country, institution unit, author, field share,
 * WoS Category, grant id and cited reference; and one row per country key of the `countries` table. Each paper × country row carries the weight of every counting method
 * (docs/methodology.md §4), taken from the same functions the TypeScript indicators use, so the
 * SQL that sums them gives the TypeScript tables' figures. Pure: the same paper gives the same rows.
 */
import { mergeSorted } from "../../common/merge-sorted.ts";
import type { Corpus } from "../../corpus/corpus.ts";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { inReferenceOnly } from "../../corpus/reference-population.ts";
import type { ScopeExclusion } from "../../corpus/scope.ts";
import { countryAlpha3 } from "../../normalize/country-codes.ts";
import { countryName } from "../../normalize/country-vocabulary.ts";
import { NISTEP_FIELD_OF_ESI } from "../../normalize/data/nistep-fields.ts";
import { collaborationType } from "../collaboration/collaboration-type.ts";
import { type CountingMethod, countingFunction } from "../counting/counting-weights.ts";
import { primaryDocType } from "../top-cited/reference-sets.ts";
import { MEMBERSHIP_UNITS } from "./table-columns.ts";

/** A cell of a row: what the columns' logical types hold. */
export type Cell = string | number | boolean | null;

/** One row, keyed by column name (the partition column `year` apart). */
export type Row = Readonly<Record<string, Cell>>;

/** The rows of one paper, by table name, and the partition they go to. */
export interface PaperRows {
  /** `y(p)`, the partition; `null` for a paper without a year. */
  readonly year: number | null;
  /** Rows per table name (every partitioned table of `CORPUS_TABLES`). */
  readonly tables: Readonly<Record<string, readonly Row[]>>;
}

/** The fractional methods whose weights every paper × country row carries, in column order. */
const FRACTIONAL_METHODS = [
  "nistep",
  "cwts",
  "country",
  "address",
  "author",
] as const satisfies readonly Exclude<CountingMethod, "integer">[];

// Default switches (§4.2 institution units, §4.3 no renormalization): the weights the CLI's
// fractional counting uses. NISTEP counting by address lines is the `address` method. The two
// author-based methods also with `cwtsRenormalize`, whose weights SQL cannot derive exactly from
// the others (whether a share stayed unassigned is a fraction test, not a float one).
const WEIGHERS = [
  ...FRACTIONAL_METHODS.map((method) => [method, countingFunction({ method })] as const),
  ...(["cwts", "author"] as const).map(
    (method) => [`${method}_renormalized`, countingFunction({ method, cwtsRenormalize: true })] as const,
  ),
];

/**
 * The rows of one paper.
 * @param paper - a corpus paper
 * @param inScope - `false` for a paper kept only for the Top10% reference sets (left out by the
 *   country or field filters)
 * @throws Error when an ESI share's denominator does not divide `MEMBERSHIP_UNITS` (more than 20
 *   mapped categories with a share that is no multiple of 1/20!)
 * @example
 * paperRows(p1, true).tables.paper_country
 * // data set C, P1 → [{ ut: "WOS:…1", country: "JP", institution_units: 2, addresses: 2, w_integer: 1, w_nistep: 0.666…, w_cwts: 0.5, … },
 * //                   { ut: "WOS:…1", country: "US", institution_units: 1, addresses: 1, w_integer: 1, w_nistep: 0.333…, w_cwts: 0.5, … }]
 */
export function paperRows(paper: CorpusPaper, inScope: boolean): PaperRows {
  const { ut } = paper;
  return {
    year: paper.year,
    tables: {
      papers: [paperRow(paper, inScope)],
      citations: [
        {
          ut,
          snapshot: paper.exportDate,
          times_cited: paper.citations,
          times_cited_all_databases: paper.citationsAllDatabases,
        },
      ],
      paper_country: countryRows(paper),
      paper_counting_warning: countingWarningRows(paper),
      paper_institution: paper.institutions.map((unit) => ({
        ut,
        country: unit.country,
        org_key: unit.orgKey,
        addresses: paper.addresses.filter((a) => a.country === unit.country && a.orgKey === unit.orgKey)
          .length,
      })),
      paper_author: paper.authorKeys.map((key, i) => {
        const linked = paper.authorAddresses[i] ?? [];
        const countries = new Set(linked.flatMap((index) => paper.addresses[index]?.country ?? []));
        return {
          ut,
          position: i + 1,
          author_key: key,
          addresses: linked.length,
          countries: [...countries].sort().join("; "),
        };
      }),
      paper_field: fieldRows(paper),
      paper_category: [...new Set(paper.categories)].map((category, i) => ({
        ut,
        position: i + 1,
        category,
      })),
      paper_grant: paper.grants.flatMap((grant, i) =>
        (grant.grantIds.length === 0 ? [null] : grant.grantIds).map((id) => ({
          ut,
          grant: i + 1,
          agency: grant.agency,
          grant_id: id,
        })),
      ),
      cited_references: (paper.citedReferences ?? []).map((reference, i) => ({
        ut,
        position: i + 1,
        reference,
      })),
    },
  };
}

function paperRow(paper: CorpusPaper, inScope: boolean): Row {
  return {
    ut: paper.ut,
    in_scope: inScope,
    doi: paper.doi,
    doc_type: primaryDocType(paper),
    doc_types: paper.docTypes.join("; "),
    early_access: paper.earlyAccess,
    publication_date: paper.publicationDate,
    early_access_date: paper.earlyAccessDate,
    countries: paper.countries.length,
    institutions: paper.institutions.length,
    addresses: paper.addresses.length,
    authors: paper.authorKeys.length,
    collaboration_type: collaborationType(paper),
    cross_affiliation_only: paper.crossAffiliationOnly,
    field_source: paper.fields.fieldSource,
    funding_text: paper.fundingText,
    warnings: paper.warnings.join("; "),
    source_file: paper.source.file,
  };
}

function countryRows(paper: CorpusPaper): Row[] {
  if (paper.countries.length === 0) return [];
  const weights = WEIGHERS.map(
    ([method, weigh]) => [method, new Map(weigh(paper).weights.map((w) => [w.country, w.weight]))] as const,
  );
  return paper.countries.map((country) => {
    const row: Record<string, Cell> = {
      ut: paper.ut,
      country,
      institution_units: paper.institutions.filter((u) => u.country === country).length,
      addresses: paper.addresses.filter((a) => a.country === country).length,
      w_integer: 1,
    };
    for (const [method, byCountry] of weights) row[`w_${method}`] = byCountry.get(country) ?? 0;
    return row;
  });
}

function countingWarningRows(paper: CorpusPaper): Row[] {
  // As the indicators weigh papers: a paper without a country is weighed by no method (§4.6).
  if (paper.countries.length === 0) return [];
  return WEIGHERS.flatMap(([method, weigh]) =>
    weigh(paper).warnings.map((warning) => ({ ut: paper.ut, method, warning })),
  );
}

function fieldRows(paper: CorpusPaper): Row[] {
  const share = (
    scheme: string,
    field: string,
    broad: string,
    s: { numerator: number; denominator: number; weight: number },
  ): Row => {
    if (MEMBERSHIP_UNITS % s.denominator !== 0)
      throw new Error(
        `${paper.ut}: a field share of 1/${s.denominator} is no whole number of 1/${MEMBERSHIP_UNITS} units`,
      );
    return {
      ut: paper.ut,
      scheme,
      field,
      broad_field: broad,
      numerator: s.numerator,
      denominator: s.denominator,
      weight: s.weight,
      membership_units: (MEMBERSHIP_UNITS / s.denominator) * s.numerator,
    };
  };
  return [
    ...paper.fields.esi.map((s) => share("esi", s.field, NISTEP_FIELD_OF_ESI[s.field], s)),
    ...paper.fields.nistep.map((s) => share("nistep", s.field, s.field, s)),
  ];
}

/** A paper to export and whether it is in scope. */
export interface ExportedPaper {
  /** The paper. */
  readonly paper: CorpusPaper;
  /** `false` for a paper kept only for the reference sets (§8.1). */
  readonly inScope: boolean;
}

/**
 * The papers an export holds, in UT order: those in scope and those left out only by the country
 * or field filters, which still belong to the Top10% reference sets (§8.1).
 * @example
 * [...exportedPapers(corpus)].map((p) => p.inScope) // → [true, false, true, …] (UT order)
 */
export function* exportedPapers(corpus: Corpus): Iterable<ExportedPaper> {
  const { papers, reasons } = corpus.excluded;
  const others = (function* () {
    for (let row = 0; row < reasons.length; row++)
      if (inReferenceOnly(reasons[row] as readonly ScopeExclusion[])) yield papers.at(row) as CorpusPaper;
  })();
  for (const item of mergeSorted(corpus.papers, others, (a, b) => a.ut < b.ut)) {
    yield "left" in item ? { paper: item.left, inScope: true } : { paper: item.right, inScope: false };
  }
}

/**
 * The rows of the `countries` table: each key with its alpha-3 code and English name, by key.
 * @param keys - the country keys that occur, in any order, repeats allowed
 * @example
 * countryDimensionRows(["US", "JP", "US"])
 * // → [{ country: "JP", alpha3: "JPN", name: "Japan" }, { country: "US", alpha3: "USA", name: "United States" }]
 */
export function countryDimensionRows(keys: Iterable<string>): Row[] {
  return [...new Set(keys)]
    .sort()
    .map((country) => ({ country, alpha3: countryAlpha3(country) ?? country, name: countryName(country) }));
}
