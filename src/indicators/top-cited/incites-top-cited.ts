/**
 * InCites' highly-cited indicators at country level, under InCites' names: `Web of Science
 * Documents`, `Documents in Top 10%` / `Top 1%` and their percentages (docs/methodology.md §8.5). A
 * document's percentile is computed in each of its WoS Categories × year × document type and its
 * best one counts; documents count in full; a period's counts are totals. Ties all get the worse
 * percentile, so the world's share can fall below 10%.
 */

import * as z from "zod";
import type { PaperList } from "../../corpus/paper-table.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { PeriodsSchema } from "../core/periods.ts";
import { CitationCountSchema } from "./reference-sets.ts";
import { ThresholdTableSchema } from "./threshold-table.ts";
import { topCited } from "./top-cited.ts";
import { rowKey, type TopCitedRow } from "./top-cited-table.ts";
import { REFERENCE_REQUIRED, type TopCitedOptionsInput } from "./top-options.ts";
import { topThresholds } from "./top-thresholds.ts";

/** Options of the InCites table, each with its default (`reference` has none, §8.1). */
export const IncitesTopCitedOptionsSchema = z.object({
  /** `"corpus"` or a threshold table of `category-year-type` sets. Required. */
  reference: z.union([z.literal("corpus"), ThresholdTableSchema]),
  /** `"TC"` (default; InCites' times cited in the Core Collection) or `"Z9"`. */
  citationCount: CitationCountSchema.default("TC"),
  /** Periods (§6); default one per year present. */
  periods: PeriodsSchema,
  /** Rows per NISTEP broad field besides `"all"` (InCites itself filters by category); default `false`. */
  byField: z.boolean().default(false),
});

/** Options of the InCites table as a caller gives them. */
export type IncitesTopCitedOptionsInput = z.input<typeof IncitesTopCitedOptionsSchema>;

/** One row: a country (or the world) in a period and field. Counts are period totals. */
export const IncitesTopCitedRowSchema = z.object({
  /** Country key, or `"WORLD"`. */
  country: z.string(),
  /** Period label. */
  period: z.string(),
  /** `"all"` or a NISTEP broad field key. */
  field: z.string(),
  /** Web of Science Documents: documents in a reference set, full counting. */
  "Web of Science Documents": z.number().nonnegative(),
  /** Documents in Top 10%: best percentile ≤ 10. */
  "Documents in Top 10%": z.number().nonnegative(),
  /** % Documents in Top 10%: 0–100; `null` without documents. */
  "% Documents in Top 10%": z.number().nonnegative().nullable(),
  /** Documents in Top 1%. */
  "Documents in Top 1%": z.number().nonnegative(),
  /** % Documents in Top 1%: 0–100. */
  "% Documents in Top 1%": z.number().nonnegative().nullable(),
});

/** One row of the InCites table. */
export type IncitesTopCitedRow = z.infer<typeof IncitesTopCitedRowSchema>;

/**
 * InCites' "% Documents in Top 10%" (and 1%) per country × period × field (§8.5).
 * @param papers - in-scope papers (read again for `reference: "corpus"`)
 * @param options - `reference` (required), citations, periods, `byField`
 * @throws CopubError `invalid-option` without `reference`
 * @example
 * incitesTopCited(dataSetT.papers, { reference: "corpus" }).find((r) => r.country === "JP")
 * // → { country: "JP", period: "2021", field: "all", "Web of Science Documents": 7, "Documents in Top 10%": 1,
 * //     "% Documents in Top 10%": 14.285…, "Documents in Top 1%": 0, "% Documents in Top 1%": 0 }
 */
export function incitesTopCited(
  papers: PaperList,
  options: IncitesTopCitedOptionsInput,
): IncitesTopCitedRow[] {
  const settled = checkOptions(IncitesTopCitedOptionsSchema, options, "incitesTopCited options", {
    reference: REFERENCE_REQUIRED,
  });
  const table =
    settled.reference === "corpus"
      ? topThresholds(papers, { referenceSets: "category-year-type", citationCount: settled.citationCount })
      : settled.reference;
  return incitesRows((percentile) => topCited(papers, incitesRun(settled, table, percentile)).rows);
}

/** The InCites table's options with their defaults. */
export type IncitesTopCitedOptions = z.infer<typeof IncitesTopCitedOptionsSchema>;

/**
 * The options of one of the two Top-x% runs the InCites table is made of: InCites percentiles,
 * Top10% or Top1%, full counting, window sums. With `reference: "corpus"` the run decides its
 * thresholds over WoS Category sets (as the SQL does); a table brings its own.
 * @example
 * incitesRun(IncitesTopCitedOptionsSchema.parse({ reference: "corpus" }), "corpus", 10)
 * // → { reference: "corpus", referenceSets: "category-year-type", citationCount: "TC", percentile: 10, method: "incites", … }
 */
export function incitesRun(
  settled: IncitesTopCitedOptions,
  reference: TopCitedOptionsInput["reference"],
  percentile: 10 | 1,
): TopCitedOptionsInput {
  const { citationCount, periods, byField } = settled;
  return {
    reference,
    ...(reference === "corpus" ? { referenceSets: "category-year-type", citationCount } : {}),
    percentile,
    method: "incites",
    periods,
    byField,
    windowCounts: "sum",
  };
}

/**
 * The InCites table from the rows of its two Top-x% runs (`incitesRun`).
 * @param run - the rows of the run with a percentile
 * @example
 * incitesRows((percentile) => topCited(papers, incitesRun(settled, table, percentile)).rows)
 * // → [{ country: "JP", period: "2021", field: "all", "Web of Science Documents": 7, "Documents in Top 10%": 1, … }, …]
 */
export function incitesRows(run: (percentile: 10 | 1) => readonly TopCitedRow[]): IncitesTopCitedRow[] {
  const tops1 = new Map(run(1).map((row) => [rowKey(row), row]));
  return run(10).map((row) => {
    const one = tops1.get(rowKey(row));
    // 100 · n / d in one division: the percentage is rounded once ("Numbers" in docs/methodology.md).
    const percent = (top: number) => (row.papers === 0 ? null : (100 * top) / row.papers);
    return {
      country: row.country,
      period: row.period,
      field: row.field,
      "Web of Science Documents": row.papers,
      "Documents in Top 10%": row.top,
      "% Documents in Top 10%": percent(row.top),
      "Documents in Top 1%": one?.top ?? 0,
      "% Documents in Top 1%": percent(one?.top ?? 0),
    };
  });
}
