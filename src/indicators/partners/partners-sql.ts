/**
 * The partner table computed by the shipped SQL (`indicators/sql/partners.sql`) over a Parquet
 * corpus: the same options, settled the same way, and the same table — groups, rows, rank
 * changes and cutoff ties (docs/scale-out.md). The SQL counts and ranks; this module sets its
 * parameters and puts its results in the table's shape.
 */
import { countryAlpha3 } from "../../normalize/country-codes.ts";
import { periodLabel } from "../core/periods.ts";
import type { SqlRow, SqlSession } from "../sql/duckdb-corpus.ts";
import { paramsStatement, runShippedSql, sqlNumber, viewStatement } from "../sql/shipped-sql.ts";
import { periodsStatement, settlePeriods } from "../sql/sql-periods.ts";
import { rankMovement } from "./partner-ranks.ts";
import {
  type PartnerGroup,
  type PartnerOptionsInput,
  type PartnerRow,
  type PartnerTable,
  settlePartnerOptions,
} from "./partners.ts";

/**
 * `partners` of the papers in scope of a Parquet corpus, computed by SQL.
 * @param session - the corpus, from `openParquetCorpus`
 * @param options - as for `partners`
 * @throws MissingYearsError when a period's or the compare window's years are not all present (§6)
 * @example
 * await partnersFromSql(session, { focal: "US", compare: { from: 2011, to: 2011 } })
 * // → { focal: "US", focalAlpha3: "USA", counting: "integer", …, rows: [{ focal: "US", period: "2021", rank: 1, … }] }
 */
export async function partnersFromSql(
  session: SqlSession,
  options: PartnerOptionsInput,
): Promise<PartnerTable> {
  const settled = settlePartnerOptions(options);
  const { focal, compare, top } = settled;
  const specs = [
    settled.periods,
    ...(compare === null ? [] : [{ kind: "windows" as const, windows: [compare] }]),
  ];
  const periods = await settlePeriods(session, specs);
  const results = await runShippedSql(session, "partners", [
    paramsStatement([
      ["focal", "STRING", focal],
      ["compare_period", "STRING", compare === null ? null : periodLabel(compare)],
      ["compare_from", "INT", compare?.from ?? null],
      ["compare_to", "INT", compare?.to ?? null],
      ["top_n", "INT", top],
      ["by_field", "BOOLEAN", settled.byField],
    ]),
    periodsStatement(periods),
    viewStatement(
      "copub_highlight",
      [["country", "STRING"]],
      settled.highlight.map((key) => [key]),
    ),
  ]);
  const ties = new Map<string, string[]>();
  for (const row of results.get("ties") ?? []) {
    const key = `${row.period}\u0000${row.field}`;
    ties.set(key, [...(ties.get(key) ?? []), String(row.partner)]);
  }
  const totals = new Map(
    (results.get("totals") ?? []).map((row) => [String(row.item), sqlNumber(row.value) ?? 0]),
  );
  return {
    focal,
    focalAlpha3: countryAlpha3(focal) ?? focal,
    counting: "integer",
    compare: compare === null ? null : periodLabel(compare),
    top,
    highlight: settled.highlight,
    groups: (results.get("groups") ?? []).map((row) => partnerGroup(row, ties)),
    rows: (results.get("rows") ?? []).map(partnerRow),
    papersRead: totals.get("papers_read") ?? 0,
    papersOutsidePeriods: totals.get("papers_outside_periods") ?? 0,
  };
}

function partnerGroup(row: SqlRow, ties: ReadonlyMap<string, readonly string[]>): PartnerGroup {
  const tieAtCutoff = row.tie_at_cutoff === true;
  return {
    period: String(row.period),
    field: String(row.field),
    comparedWith: row.compared_with === null ? null : String(row.compared_with),
    focalInternational: sqlNumber(row.focal_international) ?? 0,
    partners: sqlNumber(row.partners) ?? 0,
    shareSum: sqlNumber(row.share_sum),
    topShareSum: sqlNumber(row.top_share_sum),
    tieAtCutoff,
    tiedAtCutoff: tieAtCutoff ? [...(ties.get(`${row.period}\u0000${row.field}`) ?? [])] : [],
  };
}

function partnerRow(row: SqlRow): PartnerRow {
  const rank = sqlNumber(row.partner_rank) ?? 0;
  const compared = sqlNumber(row.compared) === 1;
  const previousRank = compared ? sqlNumber(row.previous_rank) : null;
  const moved = compared ? rankMovement(previousRank, rank) : { rankChange: null, movement: null };
  return {
    focal: String(row.focal),
    period: String(row.period),
    field: String(row.field),
    rank,
    partner: String(row.partner),
    papers: sqlNumber(row.papers) ?? 0,
    share: sqlNumber(row.share) ?? 0,
    previousRank,
    ...moved,
    partnerAlpha3: String(row.partner_alpha3),
    inTop: row.in_top === true,
    focalInternational: sqlNumber(row.focal_international) ?? 0,
    partnerInternational: sqlNumber(row.partner_international) ?? 0,
    reverseShare: sqlNumber(row.reverse_share) ?? 0,
  };
}
