/**
 * Highly cited papers per country as NISTEP publishes them (METHODOLOGY.md §8.3, §6): the
 * adjusted Top10% (Top1%) count (Top10%補正論文数) under integer or fractional counting, split into
 * domestic and international (bilateral, multilateral) papers, the country's share of the world's
 * Top10% papers and its Q value. Thresholds are decided per reference set — each field × single
 * publication year of the *world* output — so the caller must say where they come from (§8.1).
 */
import * as z from "zod";
import type { CorpusPaper } from "../corpus/corpus-paper.ts";
import { sumValue } from "./_exact-sum.ts";
import { type Accumulator, foldStream } from "./_fold.ts";
import { compareKeys } from "./_rows.ts";
import { cellKey, topNotices, topRow, worldTops } from "./_top-rows.ts";
import { type BucketSums, createTopTally, type TopCell, topValue } from "./_top-tally.ts";
import { CountingMethodSchema, countingFunction } from "./counting-weights.ts";
import { WORLD } from "./indicator-table.ts";
import { periodLabel, yearCount } from "./periods.ts";
import {
  CitationCountSchema,
  ReferenceSetKindSchema,
  referenceSetResolver,
  UnscoredReasonSchema,
} from "./reference-sets.ts";
import { settleTopOptions, type TopCitedOptionsInput } from "./top-options.ts";
import {
  PercentileSchema,
  ThresholdRowSchema,
  ThresholdSourceSchema,
  type ThresholdTable,
} from "./top-thresholds.ts";
import { TopMethodSchema, TopSplitSchema, topScorer } from "./top-weights.ts";

export type { TopCitedOptionsInput } from "./top-options.ts";

/** One row: a country (or the world) in a period and field. Counts are window averages unless `windowCounts` is `"sum"`. */
export const TopCitedRowSchema = z.object({
  /** Country key, or `"WORLD"`. */
  country: z.string(),
  /** `"2021"` or `"2019-2021"`. */
  period: z.string(),
  /** `"all"` or a NISTEP broad field key. */
  field: z.string(),
  /** `N_M(c)`: the country's papers in a reference set, under the table's counting. */
  papers: z.number().nonnegative(),
  /** `Top_M(c)`: adjusted Top-x% papers. */
  top: z.number().nonnegative(),
  /** Of which from domestic papers (`|C(p)| = 1`). */
  topDomestic: z.number().nonnegative(),
  /** Of which from international papers (`|C(p)| ≥ 2`). */
  topInternational: z.number().nonnegative(),
  /** Of which from papers with two countries. */
  topBilateral: z.number().nonnegative(),
  /** Of which from papers with three or more countries. */
  topMultilateral: z.number().nonnegative(),
  /**
   * `top` over the world's Top-x% papers, 0–1: `Σ π·N` of the reference sets under `tie-fraction`
   * and `scale-all` (the thresholds' world, also for a one-country export), else every paper read; `null` when none.
   */
  topShareOfWorld: z.number().nonnegative().nullable(),
  /** Q value (§8.3), CWTS PP(top x%): `top / papers`, 0–1; `null` without papers. */
  topShareOfPapers: z.number().nonnegative().nullable(),
});

/** One row of the Top-x% table. */
export type TopCitedRow = z.infer<typeof TopCitedRowSchema>;

/** Top-x% papers without any country, per period and field (§4.6): in world reference sets, in no country. */
export const UnattributedTopRowSchema = z.object({
  /** Period label. */
  period: z.string(),
  /** `"all"` or a NISTEP field key. */
  field: z.string(),
  /** Scored papers with no country. */
  papers: z.number().nonnegative(),
  /** Their Top-x% weight. */
  top: z.number().nonnegative(),
});

/** A condition the reader of a table must know of (§8.2, §8.7). */
export const TopNoticeSchema = z.object({
  /** `mixed-citation-snapshots`, `small-reference-set`, `recent-citation-window` or `top-threshold-zero`. */
  code: z.enum([
    "mixed-citation-snapshots",
    "small-reference-set",
    "recent-citation-window",
    "top-threshold-zero",
  ]),
  /** What and where. */
  detail: z.string(),
});

/** The Top-x% table. */
export const TopCitedTableSchema = z.object({
  /** 10 or 1. */
  percentile: PercentileSchema,
  /** The variant. */
  method: TopMethodSchema,
  /** `"integer"` or `"fractional"`. */
  counting: z.enum(["integer", "fractional"]),
  /** `"integer"`, or the fractional method. */
  countingMethod: CountingMethodSchema,
  /** `"adjusted"` or `"raw"`. */
  split: TopSplitSchema,
  /** `"average"` or `"sum"`: what a multi-year period's counts are. */
  windowCounts: z.enum(["average", "sum"]),
  /** The grouping of reference sets. */
  referenceSets: ReferenceSetKindSchema,
  /** The citation count. */
  citationCount: CitationCountSchema,
  /** Where the thresholds come from. */
  reference: ThresholdSourceSchema,
  /** Rows by country (`WORLD` last), period, field. */
  rows: z.array(TopCitedRowSchema),
  /** Thresholds of the table's percentile for the years of its periods. */
  thresholds: z.array(ThresholdRowSchema),
  /** Scored papers without any country, per period and field. */
  unattributed: z.array(UnattributedTopRowSchema),
  /** Papers in no reference set, per reason (reported, never counted as non-top, §8.7). */
  unscored: z.partialRecord(UnscoredReasonSchema, z.number().int().positive()),
  /** Papers read. */
  papersRead: z.number().int().nonnegative(),
  /** Papers read that fall in no period. */
  papersOutsidePeriods: z.number().int().nonnegative(),
  /** Conditions to report next to the table. */
  notices: z.array(TopNoticeSchema),
});

/** The Top-x% table. */
export type TopCitedTable = z.infer<typeof TopCitedTableSchema>;

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
export function topCited(papers: readonly CorpusPaper[], options: TopCitedOptionsInput): TopCitedTable {
  const accumulator = topAccumulator(options, papers);
  for (const paper of papers) accumulator.add(paper);
  return accumulator.result();
}

/**
 * `topCited` over a stream of papers. Thresholds must be at hand (one pass cannot both decide and
 * apply them): compute them first with `topThresholdsFromStream` over the reference population.
 * @param papers - in-scope papers, as a stream or an iterable
 * @param options - as for `topCited`, with `reference` a threshold table
 * @example
 * const thresholds = await topThresholdsFromStream(streamCorpus("corpus.jsonl.gz"));
 * await topCitedFromStream(streamCorpus("corpus.jsonl.gz"), { reference: thresholds, periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] } })
 */
export function topCitedFromStream(
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options: TopCitedOptionsInput & { reference: ThresholdTable },
): Promise<TopCitedTable> {
  return foldStream(papers, topAccumulator(options, []));
}

function topAccumulator(
  input: TopCitedOptionsInput,
  papers: Iterable<CorpusPaper>,
): Accumulator<TopCitedTable> {
  const { options, table } = settleTopOptions(input, papers);
  const scorer = topScorer(table, options);
  const fractional = options.counting === "fractional";
  const referenceOptions = { referenceSets: table.referenceSets, citationCount: table.citationCount };
  const tally = createTopTally({
    periods: options.periods,
    byField: options.byField,
    fractional: fractional ? countingFunction({ ...options, method: options.countingMethod }) : null,
    standing: referenceSetResolver(referenceOptions),
    scorer,
    wholeDocuments: options.method === "incites",
  });
  return {
    add: tally.add,
    result() {
      const result = tally.result();
      const value = (sums: BucketSums, bucket: keyof BucketSums) => topValue(sums[bucket], scorer.factors);
      const divisor = (cell: TopCell) => (options.windowCounts === "average" ? yearCount(cell.period) : 1);
      const years = new Set(
        result.periods.flatMap((p) => Array.from({ length: yearCount(p) }, (_, i) => p.from + i)),
      );
      const thresholds = table.rows.filter(
        (row) => row.percentile === options.percentile && years.has(row.year),
      );
      const worldTop = worldTops(result, thresholds, options.method, (cell) => value(cell.integer, "all"));
      const rows = [
        ...[...result.countries].flatMap(([country, cells]) => cells.map((cell) => ({ country, cell }))),
        ...result.world.map((cell) => ({ country: WORLD, cell })),
      ]
        .map(({ country, cell }) => ({ country, period: cell.period, field: cell.field, cell }))
        .sort(compareKeys)
        .map(({ country, cell }) => {
          const sums = fractional && country !== WORLD ? (cell.fractional ?? cell.integer) : cell.integer;
          return topRow(country, cell, sums, value, worldTop.get(cellKey(cell)) ?? 0, options.windowCounts);
        });
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
          .map((cell) => ({ country: WORLD, period: cell.period, field: cell.field, cell }))
          .sort(compareKeys)
          .map(({ cell }) => ({
            period: periodLabel(cell.period),
            field: cell.field,
            papers: sumValue(cell.integer.all.papers) / divisor(cell),
            top: value(cell.integer, "all") / divisor(cell),
          })),
        unscored: result.unscored,
        papersRead: result.papersRead,
        papersOutsidePeriods: result.papersOutsidePeriods,
        notices: topNotices(table, thresholds, result, options),
      };
    },
  };
}
