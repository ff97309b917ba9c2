/**
 * Collaboration indicators as NISTEP publishes them (docs/methodology.md §5.2, §6): per country ×
 * period × field, papers split into domestic (single and multi-institution) and international
 * (bilateral and multilateral), under integer or fractional counting, with the international
 * co-authorship rate, the world total and the unattributable papers. Window counts are averages
 * of yearly counts; the rate of a window is the ratio of its sums.
 *
 * This folder, `src/indicators/collaboration/`, holds the collaboration type of a paper (§5.1),
 * the one pass every collaboration table is built from (`_tally.ts`), this NISTEP table, its CWTS
 * and InCites views, their account of unattributable papers, and the world shares derived from it.
 */

import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { pickOptions } from "../../diagnostics/checked-options.ts";
import { type Accumulator, defineIndicator, type StreamOptions } from "../core/define-indicator.ts";
import { sumValue } from "../core/exact-sum.ts";
import { PeriodsSchema, periodLabel, yearCount } from "../core/periods.ts";
import { ratio } from "../core/ratio.ts";
import { settle } from "../core/settled-options.ts";
import {
  CountingMethodSchema,
  CountingOptionsSchema,
  countingFunction,
} from "../counting/counting-weights.ts";
import { AuthorCountingOptionsSchema } from "../counting/cwts-counting.ts";
import { NistepCountingOptionsSchema } from "../counting/nistep-counting.ts";
import { type RowCell, rowCells, tableAccount } from "./_rows.ts";
import { createTally, type TypeSums } from "./_tally.ts";
import { TableAccountSchema } from "./table-account.ts";

/** Options of the collaboration table, each with its default. */
export const CollaborationOptionsSchema = z.object({
  /** `"integer"` (default, §4.1) or `"fractional"` (the `method` below). */
  counting: z.enum(["integer", "fractional"]).default("integer"),
  /** The fractional method (§4.2–§4.4); default `"nistep"`. */
  method: CountingMethodSchema.exclude(["integer"]).default("nistep"),
  ...NistepCountingOptionsSchema.shape,
  ...AuthorCountingOptionsSchema.shape,
  /** Periods (§6); default one per year present. */
  periods: PeriodsSchema,
  /** Rows per NISTEP broad field (and `other`) besides `"all"`; default `false`. */
  byField: z.boolean().default(false),
});

/** Options of the collaboration table as a caller gives them. */
export type CollaborationOptionsInput = z.input<typeof CollaborationOptionsSchema>;

/** One row: a country (or the world) in a period and field. Counts are window averages. */
export const CollaborationRowSchema = z.object({
  /** Country key (ISO 3166-1 alpha-2; "Words used" in docs/methodology.md), or `"WORLD"` for the world total. */
  country: z.string(),
  /** `"2021"` or `"2019-2021"`. */
  period: z.string(),
  /** `"all"`, or a NISTEP broad field key (`chem`, …, `life`, `other`). */
  field: z.string(),
  /** `N_M(c)`: papers under the table's counting. */
  papers: z.number().nonnegative(),
  /** Of which domestic (`|C(p)| = 1`). */
  domestic: z.number().nonnegative(),
  /** Domestic with one institution unit. */
  domesticSingleInstitution: z.number().nonnegative(),
  /** Domestic with two or more institution units. */
  domesticMultiInstitution: z.number().nonnegative(),
  /** `N_M^int'l(c)`: international (`|C(p)| ≥ 2`); under fractional counting, the part of `papers` from international papers. */
  international: z.number().nonnegative(),
  /** International with two countries. */
  bilateral: z.number().nonnegative(),
  /** International with three or more countries. */
  multilateral: z.number().nonnegative(),
  /**
   * 国際共著率 `IntlRate(c)` on integer counts in both countings (§5.2): international papers over
   * papers, 0–1, the ratio of the period's sums; `null` without papers.
   */
  internationalShare: z.number().min(0).max(1).nullable(),
});

/** One row of the collaboration table. */
export type CollaborationRow = z.infer<typeof CollaborationRowSchema>;

/** The collaboration table: rows and the account of §4.6 and §13.4. */
export const CollaborationTableSchema = z.object({
  /** The counting of the counts. */
  counting: z.enum(["integer", "fractional"]),
  /** `"integer"`, or the fractional method. */
  method: CountingMethodSchema,
  /** Rows by country (code units; `WORLD` last), period, field (`all` first, then §7.2 order). */
  rows: z.array(CollaborationRowSchema),
  ...TableAccountSchema.shape,
});

/** The collaboration table. */
export type CollaborationTable = z.infer<typeof CollaborationTableSchema>;

const collaborationIndicator = defineIndicator(collaborationAccumulator);

/**
 * The collaboration table of a set of papers (§5.2, §6).
 *
 * Under integer counting every count is a number of papers. Under fractional counting the
 * country counts are sums of the method's weights (NISTEP's by default): `international` is the
 * part of the country's fractional count that comes from international papers, never divided by
 * anything, and `internationalShare` stays the integer-count rate 国際共著率. The `WORLD` rows
 * count each attributable paper once, in either counting.
 * @param papers - in-scope papers, e.g. `corpus.papers`
 * @param options - counting, method and its switches, periods, field split (see `CollaborationOptionsSchema`)
 * @throws MissingYearsError when a window's years are not all present (§6)
 * @throws ZodError for invalid options
 * @example
 * collaborationIndicators(corpus.papers).rows.find((r) => r.country === "JP")
 * // data set C → { country: "JP", period: "2021", field: "all", papers: 6, domestic: 3, domesticSingleInstitution: 2,
 * //   domesticMultiInstitution: 1, international: 3, bilateral: 2, multilateral: 1, internationalShare: 0.5 }
 */
export const collaborationIndicators: (
  papers: Iterable<CorpusPaper>,
  options?: CollaborationOptionsInput,
) => CollaborationTable = collaborationIndicator.fromPapers;

/**
 * `collaborationIndicators` over a stream of papers, e.g. `streamCorpus(path)`.
 * @param papers - in-scope papers, as a stream or an iterable
 * @param options - as for `collaborationIndicators`, and `onProgress` to hear of the papers read (`StreamOptions`)
 * @throws MissingYearsError when a window's years are not all present (§6)
 * @example
 * await collaborationIndicatorsFromStream(streamCorpus("corpus.jsonl.gz"), { periods: { kind: "moving", size: 3 } })
 * // → { counting: "integer", method: "integer", rows: [{ country: "CN", period: "2019-2021", … }, …], unattributed: […], … }
 */
export const collaborationIndicatorsFromStream: (
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options?: StreamOptions<CollaborationOptionsInput>,
) => Promise<CollaborationTable> = collaborationIndicator.fromStream;

function collaborationAccumulator(options: CollaborationOptionsInput = {}): Accumulator<CollaborationTable> {
  const settled = settle(CollaborationOptionsSchema, options, "collaborationIndicators options");
  const fractional = settled.counting === "fractional";
  const tally = createTally({
    periods: settled.periods,
    byField: settled.byField,
    fractional: fractional ? countingFunction(pickOptions(CountingOptionsSchema, settled)) : null,
  });
  return {
    add: tally.add,
    result() {
      const result = tally.result();
      return {
        counting: settled.counting,
        method: fractional ? settled.method : "integer",
        rows: rowCells(result).map((cell) =>
          collaborationRow(cell, fractional ? cell.fractional : cell.integer, cell.integer),
        ),
        ...tableAccount(result, true),
      };
    },
  };
}

function collaborationRow(cell: RowCell, counts: TypeSums, rate: TypeSums): CollaborationRow {
  const years = yearCount(cell.period);
  const average = (sum: TypeSums[keyof TypeSums]) => sumValue(sum) / years;
  return {
    country: cell.country,
    period: periodLabel(cell.period),
    field: cell.field,
    papers: average(counts.papers),
    domestic: average(counts.domestic),
    domesticSingleInstitution: average(counts.domesticSingle),
    domesticMultiInstitution: average(counts.domesticMulti),
    international: average(counts.international),
    bilateral: average(counts.bilateral),
    multilateral: average(counts.multilateral),
    internationalShare: ratio(sumValue(rate.international), sumValue(rate.papers)),
  };
}
