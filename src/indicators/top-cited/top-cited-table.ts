/**
 * The Top-x% table's shape (docs/methodology.md §8.3, §8.7): its rows per country × period × field,
 * the unattributable papers, the notices a reader must see, and the table with the options and
 * thresholds behind it. It stands apart from `top-cited.ts`, which computes the table, so that the
 * row helpers and the CWTS and InCites views can name a row without importing the computation.
 */
import * as z from "zod";
import { CountingMethodSchema } from "../counting/counting-weights.ts";
import { CitationCountSchema, ReferenceSetKindSchema, UnscoredReasonSchema } from "./reference-sets.ts";
import { PercentileSchema, ThresholdRowSchema, ThresholdSourceSchema } from "./threshold-table.ts";
import { TopMethodSchema, TopSplitSchema } from "./top-weights.ts";

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
 * Identifies a row across tables of the same papers and periods: its country, period and field.
 * @example
 * rowKey({ country: "JP", period: "2021", field: "all" }) // → "JP\u00002021\u0000all"
 */
export function rowKey(row: Pick<TopCitedRow, "country" | "period" | "field">): string {
  return `${row.country}\u0000${row.period}\u0000${row.field}`;
}
