/**
 * Highly cited papers per country as NISTEP publishes them (docs/methodology.md §8.3, §6): the
 * adjusted Top10% (Top1%) count (Top10%補正論文数) under integer or fractional counting, split into
 * domestic and international (bilateral, multilateral) papers, the country's share of the world's
 * Top10% papers and its Q value. Thresholds are decided per reference set — each field × single
 * publication year of the *world* output — so the caller must say where they come from (§8.1).
 *
 * This folder, `src/indicators/top-cited/`, holds the Top-x% family: reference sets (§8.1),
 * thresholds computed from papers or read from a CSV file, each variant's weights (§8.4), the
 * options, the shapes of the threshold and Top-x% tables, this NISTEP table, its CWTS and InCites
 * views, and the pass and row helpers behind them.
 */

import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import type { PaperList } from "../../corpus/paper-table.ts";
import { pickOptions } from "../../diagnostics/checked-options.ts";
import type { Cell } from "../core/cell-store.ts";
import {
  type Accumulator,
  defineIndicator,
  type StreamOptions,
  withProgress,
} from "../core/define-indicator.ts";
import { sumValue } from "../core/exact-sum.ts";
import { periodLabel, yearCount } from "../core/periods.ts";
import { compareRowKeys, WORLD } from "../core/row-keys.ts";
import { CountingOptionsSchema, countingFunction } from "../counting/counting-weights.ts";
import { cellKey, topNotices, topRow, worldTops } from "./_top-rows.ts";
import { type BucketSums, createTopTally, topValue } from "./_top-tally.ts";
import { referenceSetResolver } from "./reference-sets.ts";
import type { ThresholdTable } from "./threshold-table.ts";
import type { TopCitedTable } from "./top-cited-table.ts";
import { type SettledTopOptions, settleTopOptions, type TopCitedOptionsInput } from "./top-options.ts";
import { topScorer } from "./top-weights.ts";

export type { TopCitedOptionsInput } from "./top-options.ts";

// Settling the options may compute the thresholds from the papers (`reference: "corpus"`), which
// one pass cannot do while it applies them: both front-ends settle first, then run the pass.
const topIndicator = defineIndicator(topAccumulator);

/**
 * The Top10% (Top1%) table of a set of papers: per country × period × field, adjusted counts
 * split by collaboration type, share of the world and Q value (§8.3).
 * @param papers - in-scope papers, e.g. `corpus.papers` (read twice with `reference: "corpus"`)
 * @param options - `reference` (required), percentile, method, counting, periods, … (see `TopCitedOptionsSchema`)
 * @throws CopubError `invalid-option` without `reference`, or when a table lacks what the method needs
 * @throws MissingYearsError when a window's years are not all present (§6)
 * @example
 * topCited(dataSetT.papers, { reference: "corpus" }).rows.find((r) => r.country === "JP")
 * // → { country: "JP", period: "2021", field: "all", papers: 7, top: 1.75, topDomestic: 0.25, topInternational: 1.5,
 * //     topBilateral: 1.25, topMultilateral: 0.25, topShareOfWorld: 0.875, topShareOfPapers: 0.25 }
 */
export function topCited(papers: PaperList, options: TopCitedOptionsInput): TopCitedTable {
  return topIndicator.fromPapers(papers, settleTopOptions(options, papers));
}

/**
 * `topCited` over a stream of papers. Thresholds must be at hand (one pass cannot both decide and
 * apply them): compute them first with `topThresholdsFromStream` over the reference population.
 * @param papers - in-scope papers, as a stream or an iterable
 * @param options - as for `topCited`, with `reference` a threshold table, and `onProgress` to hear of the papers read
 * @example
 * const thresholds = await topThresholdsFromStream(streamCorpus("corpus.jsonl.gz"));
 * await topCitedFromStream(streamCorpus("corpus.jsonl.gz"), { reference: thresholds, periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] } })
 */
export function topCitedFromStream(
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options: StreamOptions<TopCitedOptionsInput & { reference: ThresholdTable }>,
): Promise<TopCitedTable> {
  const { onProgress, ...own } = options;
  return topIndicator.fromStream(withProgress(papers, onProgress), settleTopOptions(own, []));
}

function topAccumulator({ options, table }: SettledTopOptions): Accumulator<TopCitedTable> {
  const scorer = topScorer(table, options);
  const fractional = options.counting === "fractional";
  const referenceOptions = { referenceSets: table.referenceSets, citationCount: table.citationCount };
  const tally = createTopTally({
    periods: options.periods,
    byField: options.byField,
    fractional: fractional
      ? countingFunction({ ...pickOptions(CountingOptionsSchema, options), method: options.countingMethod })
      : null,
    standing: referenceSetResolver(referenceOptions),
    scorer,
    wholeDocuments: options.method === "incites",
  });
  return {
    add: tally.add,
    result() {
      const result = tally.result();
      const value = (sums: BucketSums, bucket: keyof BucketSums) => topValue(sums[bucket], scorer.factors);
      const divisor = (cell: Cell) => (options.windowCounts === "average" ? yearCount(cell.period) : 1);
      const years = new Set(
        result.periods.flatMap((p) => Array.from({ length: yearCount(p) }, (_, i) => p.from + i)),
      );
      const thresholds = table.rows.filter(
        (row) => row.percentile === options.percentile && years.has(row.year),
      );
      const worldTop = worldTops(result, thresholds, options.method, (cell) => value(cell.sums, "all"));
      // The world's cells count each paper once, under either counting.
      const rows = [
        ...result.countries.map((cell) => ({
          ...cell,
          sums: fractional ? (cell.fractional ?? cell.integer) : cell.integer,
        })),
        ...result.world.map((cell) => ({ ...cell, country: WORLD })),
      ]
        .sort(compareRowKeys)
        .map((cell) =>
          topRow(
            cell.country,
            cell,
            cell.sums,
            value,
            worldTop.get(cellKey(cell)) ?? 0,
            options.windowCounts,
          ),
        );
      return {
        percentile: options.percentile,
        method: options.method,
        counting: options.counting,
        countingMethod: fractional ? options.countingMethod : "integer",
        split: options.split,
        windowCounts: options.windowCounts,
        referenceSets: table.referenceSets,
        citationCount: table.citationCount,
        reference: table.source,
        rows,
        thresholds,
        unattributed: result.unattributed
          .map((cell) => ({ ...cell, country: WORLD }))
          .sort(compareRowKeys)
          .map((cell) => ({
            period: periodLabel(cell.period),
            field: cell.field,
            papers: sumValue(cell.sums.all.papers) / divisor(cell),
            top: value(cell.sums, "all") / divisor(cell),
          })),
        unscored: result.unscored,
        papersRead: result.papersRead,
        papersOutsidePeriods: result.papersOutsidePeriods,
        notices: topNotices(table, thresholds, result, options),
      };
    },
  };
}
