/**
 * The Top-x% table computed by the shipped SQL (`indicators/sql/top.sql`) over a Parquet corpus,
 * with thresholds from the corpus (`reference: "corpus"`, §8.1): the same options, settled the
 * same way, and the same table — rows, thresholds, unattributed papers, unscored papers and
 * notices (docs/scale-out.md). Thresholds come from SQL as exact fractions in whole units, so
 * `tieWeight` and `scaleFactor` are the fractions the TypeScript thresholds give.
 */
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { CopubError } from "../../diagnostics/errors.ts";
import { addTo, type ExactSum, exactSum, sumValue } from "../core/exact-sum.ts";
import { ratio } from "../core/ratio.ts";
import { formatRational, rational, toNumber } from "../core/rational.ts";
import { WORLD } from "../core/row-keys.ts";
import { MEMBERSHIP_UNITS } from "../corpus-tables/table-columns.ts";
import type { SqlRow, SqlSession } from "../sql/duckdb-corpus.ts";
import { paramsStatement, runShippedSql, sqlNumber } from "../sql/shipped-sql.ts";
import { periodsStatement, settlePeriods } from "../sql/sql-periods.ts";
import { expectedTops, topNotices, worldTopIsExpected } from "./_top-rows.ts";
import type { UnscoredReason } from "./reference-sets.ts";
import type { ThresholdRow, ThresholdTable } from "./threshold-table.ts";
import type { TopCitedRow, TopCitedTable } from "./top-cited-table.ts";
import { type TopCitedOptionsInput, TopCitedOptionsSchema } from "./top-options.ts";

/** The variants the SQL computes (InCites' percentiles need WoS Category sets, which it has not). */
const SQL_METHODS = new Set(["tie-fraction", "scale-all", "inclusive", "exclusive"]);

/**
 * `topCited` of the papers in scope of a Parquet corpus with `reference: "corpus"`, computed by SQL.
 * @param session - the corpus, from `openParquetCorpus`
 * @param options - as for `topCited`, with `reference: "corpus"`; not `method: "incites"`,
 *   WoS Category reference sets, `windowCounts: "sum"` or `cwtsRenormalize`
 * @throws MissingYearsError when a window's years are not all present (§6)
 * @throws CopubError `invalid-option` for an option the SQL does not compute
 * @example
 * await topCitedFromSql(session, { reference: "corpus", counting: "fractional" })
 * // → { percentile: 10, method: "tie-fraction", counting: "fractional", rows: [{ country: "AU", … }], thresholds: […], … }
 */
export async function topCitedFromSql(
  session: SqlSession,
  options: TopCitedOptionsInput & { reference: "corpus" },
): Promise<TopCitedTable> {
  const settled = checkOptions(TopCitedOptionsSchema, options, "topCitedFromSql options");
  const unsupported = [
    settled.reference !== "corpus" && "a threshold table as reference",
    !SQL_METHODS.has(settled.method) && `method ${settled.method}`,
    settled.referenceSets === "category-year-type" && "WoS Category reference sets",
    settled.windowCounts === "sum" && "window sums",
    settled.cwtsRenormalize && "cwtsRenormalize",
  ].filter((x): x is string => x !== false);
  if (unsupported.length > 0)
    throw new CopubError(
      "invalid-option",
      `the shipped SQL computes Top-x% with thresholds from the corpus, not ${unsupported.join(", ")}`,
    );
  const referenceSets = settled.referenceSets ?? "field-year";
  const fractional = settled.counting === "fractional";
  const countingMethod =
    settled.countingMethod === "nistep" && settled.nistepUnit === "address"
      ? "address"
      : settled.countingMethod;
  const periods = await settlePeriods(session, [settled.periods]);
  const results = await runShippedSql(session, "top", [
    paramsStatement([
      ["percentile", "INT", settled.percentile],
      ["method", "STRING", settled.method],
      ["split", "STRING", settled.split],
      ["counting", "STRING", settled.counting],
      ["counting_method", "STRING", countingMethod],
      ["reference_sets", "STRING", referenceSets],
      ["citation_count", "STRING", settled.citationCount],
      ["zero_citations_never_top", "BOOLEAN", settled.zeroCitationsNeverTop],
      ["by_field", "BOOLEAN", settled.byField],
      ["snapshot", "STRING", settled.snapshot],
    ]),
    periodsStatement(periods),
  ]);
  const totals = results.get("totals") ?? [];
  const total = (item: string) => sqlNumber(totals.find((row) => row.item === item)?.value) ?? 0;
  const snapshots = totals
    .filter((row) => row.item === "snapshot")
    .map((row) => String(row.detail))
    .sort();
  const table: ThresholdTable = {
    referenceSets,
    citationCount: settled.citationCount,
    source: { kind: "corpus", papers: total("reference_papers") },
    snapshots,
    rows: (results.get("thresholds") ?? []).map((row) => thresholdRow(row, settled.percentile)),
    unscored: {},
  };
  const rows = results.get("rows") ?? [];
  const worldTop = worldTopIsExpected(settled.method, table.rows)
    ? expectedTops(periods, table.rows)
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
    referenceSets,
    citationCount: settled.citationCount,
    reference: table.source,
    rows: rows.filter((row) => row.country !== UNATTRIBUTED).map((row) => topRow(row, worldTop)),
    thresholds: table.rows,
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
    notices: topNotices(table, table.rows, { papersAtZeroThreshold }, settled),
  };
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
