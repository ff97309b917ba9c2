/**
 * The Top-x% table computed by the shipped SQL (`indicators/sql/top.sql`) over a Parquet corpus,
 * with thresholds from the corpus (`reference: "corpus"`, §8.1) or from a threshold table: the
 * same options, settled the same way, and the same table — rows, thresholds, unattributed papers,
 * unscored papers and notices (docs/scale-out.md). Thresholds come from SQL as exact fractions in
 * whole units, so `tieWeight` and `scaleFactor` are the fractions the TypeScript thresholds give;
 * a table's thresholds and factors go to the SQL as a view of exact fractions.
 */
import { CopubError } from "../../diagnostics/errors.ts";
import { addTo, type ExactSum, exactSum, sumValue } from "../core/exact-sum.ts";
import { ratio } from "../core/ratio.ts";
import { formatRational, rational, toNumber } from "../core/rational.ts";
import { WORLD } from "../core/row-keys.ts";
import { MEMBERSHIP_UNITS } from "../corpus-tables/table-columns.ts";
import { countingColumn } from "../sql/counting-column.ts";
import type { SqlRow, SqlSession } from "../sql/duckdb-corpus.ts";
import { paramsStatement, runShippedSql, sqlNumber, viewStatement } from "../sql/shipped-sql.ts";
import { periodsStatement, settlePeriods } from "../sql/sql-periods.ts";
import { expectedTops, topNotices, worldTopIsExpected } from "./_top-rows.ts";
import { type ReferenceSetKind, setId, type UnscoredReason } from "./reference-sets.ts";
import type { ThresholdRow, ThresholdTable } from "./threshold-table.ts";
import type { TopCitedRow, TopCitedTable } from "./top-cited-table.ts";
import { type SettledTopOptions, settleTopOptions, type TopCitedOptionsInput } from "./top-options.ts";
import { topScorer } from "./top-weights.ts";

/**
 * `topCited` of the papers in scope of a Parquet corpus, computed by SQL: every option of
 * `topCited` (every variant of §8.4 and InCites' of §8.5, the three kinds of reference sets,
 * window sums, every fractional counting method with or without `cwtsRenormalize`), with
 * `reference` `"corpus"` (the exported papers are the reference population) or a threshold table.
 * @param session - the corpus, from `openParquetCorpus`
 * @param options - as for `topCited`
 * @throws MissingYearsError when a window's years are not all present (§6)
 * @throws CopubError `invalid-option` as `topCited` throws it (no reference, a table made for
 *   other sets or citations, or lacking what the method needs), or for a table factor beyond
 *   2^53 (SQL keeps it in 64-bit integers)
 * @example
 * await topCitedFromSql(session, { reference: "corpus", counting: "fractional" })
 * // → { percentile: 10, method: "tie-fraction", counting: "fractional", rows: [{ country: "AU", … }], thresholds: […], … }
 */
export async function topCitedFromSql(
  session: SqlSession,
  options: TopCitedOptionsInput,
): Promise<TopCitedTable> {
  // Settled as topCited settles them; with "corpus" the thresholds of no papers stand in for the SQL's.
  const { options: settled, table: given } = settleTopOptions(options, []);
  return topOfSettled(session, settled, options.reference === "corpus" ? null : given);
}

/**
 * `topCited` of the papers in scope of a Parquet corpus with thresholds computed from the
 * exported corpus over `referenceSets`, whatever the method: what `topCited` gives with the table
 * `topThresholds` computes over those sets, which is how `copub top --table cwts|incites
 * --reference-sets …` scores (a table's sets are not checked against the method; only sets asked
 * for in the options are, so CWTS's tie fractions over WoS Category sets run only this way).
 * @param session - the corpus, from `openParquetCorpus`
 * @param options - as for `topCitedFromSql`, with `reference: "corpus"`
 * @param referenceSets - the sets the thresholds are computed over
 * @throws as `topCitedFromSql`
 * @example
 * (await topCitedOverSetsFromSql(session, { reference: "corpus", counting: "fractional", countingMethod: "cwts" }, "category-year-type")).referenceSets
 * // → "category-year-type"
 */
export async function topCitedOverSetsFromSql(
  session: SqlSession,
  options: TopCitedOptionsInput & { readonly reference: "corpus" },
  referenceSets: ReferenceSetKind,
): Promise<TopCitedTable> {
  const { options: settled } = settleTopOptions({ ...options, referenceSets: null }, []);
  return topOfSettled(session, { ...settled, referenceSets }, null);
}

/** The SQL run of settled options: thresholds from the corpus (`given` null) or from the table given. */
async function topOfSettled(
  session: SqlSession,
  settled: SettledTopOptions["options"],
  given: ThresholdTable | null,
): Promise<TopCitedTable> {
  const fromCorpus = given === null;
  const { referenceSets, citationCount } = settled;
  const referenceSetKind = referenceSets ?? "field-year";
  const fractional = settled.counting === "fractional";
  const periods = await settlePeriods(session, [settled.periods]);
  const results = await runShippedSql(session, "top", [
    paramsStatement([
      ["percentile", "INT", settled.percentile],
      ["method", "STRING", settled.method],
      ["split", "STRING", settled.split],
      ["counting", "STRING", settled.counting],
      ["counting_method", "STRING", countingColumn({ ...settled, method: settled.countingMethod })],
      ["reference", "STRING", fromCorpus ? "corpus" : "table"],
      ["reference_sets", "STRING", referenceSetKind],
      ["citation_count", "STRING", citationCount],
      ["zero_citations_never_top", "BOOLEAN", settled.zeroCitationsNeverTop],
      ["by_field", "BOOLEAN", settled.byField],
      ["window_counts", "STRING", settled.windowCounts],
      ["snapshot", "STRING", settled.snapshot],
    ]),
    periodsStatement(periods),
    givenThresholdsStatement(given, settled),
  ]);
  const totals = results.get("totals") ?? [];
  const total = (item: string) => sqlNumber(totals.find((row) => row.item === item)?.value) ?? 0;
  const years = new Set(
    periods.flatMap((p) => Array.from({ length: p.to - p.from + 1 }, (_, i) => p.from + i)),
  );
  const table: ThresholdTable = fromCorpus
    ? {
        referenceSets: referenceSetKind,
        citationCount,
        source: { kind: "corpus", papers: total("reference_papers") },
        snapshots: totals
          .filter((row) => row.item === "snapshot")
          .map((row) => String(row.detail))
          .sort(),
        rows: (results.get("thresholds") ?? []).map((row) => thresholdRow(row, settled.percentile)),
        unscored: {},
      }
    : given;
  const thresholds = table.rows.filter((row) => row.percentile === settled.percentile && years.has(row.year));
  const rows = results.get("rows") ?? [];
  const worldTop = worldTopIsExpected(settled.method, thresholds)
    ? expectedTops(periods, thresholds)
    : scoredTops(rows);
  const unscored = Object.fromEntries(
    totals
      .filter((row) => row.item === "unscored")
      .map((row) => String(row.detail).split(" "))
      // Listed in the order the papers in UT order first meet each reason, as the pass lists them.
      .sort((a, b) => ((a[1] ?? "") < (b[1] ?? "") ? -1 : 1))
      .map(([reason]) => [
        reason,
        sqlNumber(
          totals.find((r) => r.item === "unscored" && String(r.detail).startsWith(`${reason} `))?.value,
        ),
      ]),
  ) as Partial<Record<UnscoredReason, number>>;
  const papersAtZeroThreshold = total("papers_at_zero_threshold");
  return {
    percentile: settled.percentile,
    method: settled.method,
    counting: settled.counting,
    countingMethod: fractional ? settled.countingMethod : "integer",
    split: settled.split,
    windowCounts: settled.windowCounts,
    referenceSets: table.referenceSets,
    citationCount: table.citationCount,
    reference: table.source,
    rows: rows.filter((row) => row.country !== UNATTRIBUTED).map((row) => topRow(row, worldTop)),
    thresholds,
    unattributed: rows
      .filter((row) => row.country === UNATTRIBUTED)
      .map((row) => ({
        period: String(row.period),
        field: String(row.field),
        papers: sqlNumber(row.papers) ?? 0,
        top: sqlNumber(row.top) ?? 0,
      })),
    unscored,
    papersRead: total("papers_read"),
    papersOutsidePeriods: total("papers_outside_periods"),
    notices: topNotices(table, thresholds, { papersAtZeroThreshold }, settled),
  };
}

/** Columns of the `copub_thresholds_given` view. */
const GIVEN_COLUMNS = [
  ["field", "STRING"],
  ["year", "INT"],
  ["doc_type", "STRING"],
  ["threshold", "INT"],
  ["factor_numerator", "BIGINT"],
  ["factor_denominator", "BIGINT"],
] as const;

/**
 * The `copub_thresholds_given` view: a table's thresholds at the percentile, with the method's
 * factor as an exact fraction (checked as `topCited` checks it); empty with thresholds from the corpus.
 * @throws CopubError `invalid-option` when the table lacks what the method needs, or a factor's
 *   terms exceed 2^53
 */
function givenThresholdsStatement(
  table: ThresholdTable | null,
  options: SettledTopOptions["options"],
): string {
  if (table === null) return viewStatement("copub_thresholds_given", GIVEN_COLUMNS, []);
  const { factors } = topScorer(table, options);
  const whole = (value: bigint) => {
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
      throw new CopubError(
        "invalid-option",
        `${table.source.kind === "table" ? table.source.file : "the threshold table"}: a tie weight or scale factor with terms beyond 2^53 cannot go to SQL exactly; give it with fewer digits`,
      );
    return Number(value);
  };
  const rows = table.rows
    .filter((row) => row.percentile === options.percentile)
    .map((row) => {
      const factor = factors.get(setId(row)) ?? null;
      return [
        row.field,
        row.year,
        row.docType,
        row.threshold,
        factor === null ? null : whole(factor.numerator),
        factor === null ? null : whole(factor.denominator),
      ];
    });
  return viewStatement("copub_thresholds_given", GIVEN_COLUMNS, rows);
}

/** The `country` of the SQL's rows of scored papers without a country. */
const UNATTRIBUTED = "UNATTRIBUTED";

function topRow(row: SqlRow, worldTop: ReadonlyMap<string, number>): TopCitedRow {
  const value = (name: string) => sqlNumber(row[name]) ?? 0;
  const top = value("top_sum");
  return {
    country: String(row.country),
    period: String(row.period),
    field: String(row.field),
    papers: value("papers"),
    top: value("top"),
    topDomestic: value("top_domestic"),
    topInternational: value("top_international"),
    topBilateral: value("top_bilateral"),
    topMultilateral: value("top_multilateral"),
    topShareOfWorld: ratio(top, worldTop.get(`${row.period}\u0000${row.field}`) ?? 0),
    topShareOfPapers: ratio(top, value("papers_sum")),
  };
}

/** A threshold row from the SQL's whole units and fractions (§8.3). */
function thresholdRow(row: SqlRow, percentile: 10 | 1): ThresholdRow {
  const units = (name: string) => rational(BigInt(row[name] as bigint | number), MEMBERSHIP_UNITS);
  const fraction = (name: string) =>
    rational(
      BigInt(row[`${name}_numerator`] as bigint | number),
      BigInt(row[`${name}_denominator`] as bigint | number),
    );
  const papers = units("total_units");
  const tieWeight = fraction("tie");
  const expectedTop = rational(papers.numerator * BigInt(percentile), papers.denominator * 100n);
  return {
    field: String(row.field),
    year: sqlNumber(row.year) ?? 0,
    docType: String(row.doc_type),
    percentile,
    papers: toNumber(papers),
    above: toNumber(units("above_units")),
    atThreshold: toNumber(units("at_units")),
    threshold: sqlNumber(row.threshold) ?? 0,
    tieWeight: formatRational(tieWeight),
    tieWeightValue: toNumber(tieWeight),
    scaleFactor: formatRational(fraction("scale")),
    expectedTop: toNumber(expectedTop),
    smallReferenceSet: expectedTop.numerator < expectedTop.denominator,
    recentCitationWindow: row.recent_citation_window === null ? null : Boolean(row.recent_citation_window),
  };
}

/** The Top-x% weight of every scored paper per period and field, with a country or without. */
function scoredTops(rows: readonly SqlRow[]): Map<string, number> {
  const sums = new Map<string, ExactSum>();
  for (const row of rows) {
    if (row.country !== WORLD && row.country !== UNATTRIBUTED) continue;
    const key = `${row.period}\u0000${row.field}`;
    const sum = sums.get(key) ?? exactSum();
    addTo(sum, sqlNumber(row.top_sum) ?? 0);
    sums.set(key, sum);
  }
  return new Map([...sums].map(([key, sum]) => [key, sumValue(sum)]));
}
