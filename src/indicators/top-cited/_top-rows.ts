/**
 * Helpers that turn a Top-x% tally into rows: a row's values (window averages or sums, shares as
 * ratios of sums), the world's Top-x% papers behind `topShareOfWorld`, and the notices a reader
 * must see next to the table (docs/methodology.md §8.2, §8.7).
 */
import type { EsiFieldId } from "../../normalize/data/esi-fields.ts";
import { NISTEP_FIELD_OF_ESI } from "../../normalize/data/nistep-fields.ts";
import type { YearWindow } from "../../normalize/publication-year.ts";
import type { Cell } from "../core/cell-store.ts";
import { addTo, type ExactSum, exactSum, sumValue } from "../core/exact-sum.ts";
import { periodLabel, yearCount } from "../core/periods.ts";
import { ratio } from "../core/ratio.ts";
import { ALL_FIELDS } from "../core/row-keys.ts";
import type { BucketSums, TopRowCell, TopTally } from "./_top-tally.ts";
import { mixedSnapshotsNotice, recentWindowNotice, setList } from "./snapshot-notices.ts";
import type { ThresholdTable } from "./threshold-table.ts";
import type { TopCitedRow, TopCitedTable } from "./top-cited-table.ts";
import type { TopMethod } from "./top-weights.ts";

/**
 * The world's Top-x% papers per period and field, the denominator of `topShareOfWorld`: `Σ π·N`
 * over the reference sets when the method makes each set hold exactly `π·N` and the thresholds
 * give `N` — so a one-country export scored against world thresholds gets its true world share —
 * else the Top-x% weight of every paper read (attributable or not).
 */
export function worldTops(
  result: TopTally,
  thresholds: TopCitedTable["thresholds"],
  method: TopMethod,
  papersTop: (cell: TopRowCell) => number,
): Map<string, number> {
  if (worldTopIsExpected(method, thresholds)) return expectedTops(result.periods, thresholds);
  const tops = new Map<string, ExactSum>();
  for (const cell of [...result.world, ...result.unattributed]) addAt(tops, cellKey(cell), papersTop(cell));
  return sums(tops);
}

/**
 * Whether the world's Top-x% papers are `Σ π·N` of the thresholds: the method makes each set hold
 * exactly `π·N`, and every threshold gives `N`.
 */
export function worldTopIsExpected(method: TopMethod, thresholds: TopCitedTable["thresholds"]): boolean {
  return (
    (method === "tie-fraction" || method === "scale-all") && thresholds.every((t) => t.expectedTop !== null)
  );
}

/**
 * `Σ π·N` of the thresholds of each period (by key `period\u0000field`): under "all" and under
 * the NISTEP field of each set's ESI field.
 */
export function expectedTops(
  periods: readonly YearWindow[],
  thresholds: TopCitedTable["thresholds"],
): Map<string, number> {
  const tops = new Map<string, ExactSum>();
  for (const period of periods)
    for (const row of thresholds) {
      if (row.year < period.from || row.year > period.to) continue;
      const label = periodLabel(period);
      addAt(tops, `${label}\u0000${ALL_FIELDS}`, row.expectedTop ?? 0);
      const field = NISTEP_FIELD_OF_ESI[row.field as EsiFieldId];
      if (field !== undefined) addAt(tops, `${label}\u0000${field}`, row.expectedTop ?? 0);
    }
  return sums(tops);
}

function addAt(tops: Map<string, ExactSum>, key: string, value: number): void {
  const sum = tops.get(key) ?? exactSum();
  addTo(sum, value);
  tops.set(key, sum);
}

function sums(tops: ReadonlyMap<string, ExactSum>): Map<string, number> {
  return new Map([...tops].map(([key, sum]) => [key, sumValue(sum)]));
}

/** The key of a cell's period and field. */
export function cellKey(cell: Cell): string {
  return `${periodLabel(cell.period)}\u0000${cell.field}`;
}

/** One row of a cell under the table's counting. */
export function topRow(
  country: string,
  cell: Cell,
  sums: BucketSums,
  value: (sums: BucketSums, bucket: keyof BucketSums) => number,
  worldTop: number,
  windowCounts: "average" | "sum",
): TopCitedRow {
  const years = windowCounts === "average" ? yearCount(cell.period) : 1;
  const papers = sumValue(sums.all.papers);
  const top = value(sums, "all");
  return {
    country,
    period: periodLabel(cell.period),
    field: cell.field,
    papers: papers / years,
    top: top / years,
    topDomestic: value(sums, "domestic") / years,
    topInternational: value(sums, "international") / years,
    topBilateral: value(sums, "bilateral") / years,
    topMultilateral: value(sums, "multilateral") / years,
    topShareOfWorld: ratio(top, worldTop),
    topShareOfPapers: ratio(top, papers),
  };
}

/** The notices of a table (§8.2, §8.7). */
export function topNotices(
  table: ThresholdTable,
  thresholds: TopCitedTable["thresholds"],
  result: Pick<TopTally, "papersAtZeroThreshold">,
  options: { readonly percentile: number; readonly zeroCitationsNeverTop: boolean },
): TopCitedTable["notices"] {
  const notices: TopCitedTable["notices"] = mixedSnapshotsNotice(table.snapshots);
  const small = thresholds.filter((r) => r.smallReferenceSet === true);
  if (small.length > 0)
    notices.push({
      code: "small-reference-set",
      detail: `fewer than ${100 / options.percentile} papers: ${setList(small)}`,
    });
  notices.push(...recentWindowNotice(table.snapshots, thresholds));
  if (result.papersAtZeroThreshold > 0)
    notices.push({
      code: "top-threshold-zero",
      detail: `${result.papersAtZeroThreshold} papers are in sets whose threshold is 0 citations (${setList(thresholds.filter((r) => r.threshold === 0))}); ${options.zeroCitationsNeverTop ? "they count as non-top" : "uncited papers there share the Top-x% remainder"} (methodology §8.7)`,
    });
  return notices;
}
