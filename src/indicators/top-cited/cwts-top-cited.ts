/**
 * The Leiden Ranking's impact indicators of highly cited papers at country level, under CWTS's
 * names: `P`, `P(top 10%)`, `PP(top 10%)` and the same for the top 1%, under full and fractional
 * (author-affiliation, §4.3) counting, with reference sets per ESI field × year × document type
 * (docs/methodology.md §8.1, §8.3, §14). As in the Leiden Ranking, a period's counts are totals.
 * CWTS excludes self-citations, which an export cannot do (§15 item 9); its micro-fields are
 * approximated by ESI fields (fractional with `fieldAssignment: "fractional"`).
 */

import * as z from "zod";
import type { PaperList } from "../../corpus/paper-table.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { PeriodsSchema } from "../core/periods.ts";
import { AuthorCountingOptionsSchema } from "../counting/cwts-counting.ts";
import { CitationCountSchema, ReferenceSetKindSchema } from "./reference-sets.ts";
import { ThresholdTableSchema } from "./threshold-table.ts";
import { topCited } from "./top-cited.ts";
import { rowKey, type TopCitedRow } from "./top-cited-table.ts";
import { REFERENCE_REQUIRED, type TopCitedOptionsInput } from "./top-options.ts";
import { topThresholds } from "./top-thresholds.ts";

/** Options of the CWTS table, each with its default (`reference` has none, §8.1). */
export const CwtsTopCitedOptionsSchema = z.object({
  /** `"corpus"` or a threshold table. Required. */
  reference: z.union([z.literal("corpus"), ThresholdTableSchema]),
  /** Grouping for `"corpus"`; default `"field-year-type"` (CWTS keeps document types apart). */
  referenceSets: ReferenceSetKindSchema.exclude(["category-year-type"]).default("field-year-type"),
  /** `"TC"` (default) or `"Z9"`. */
  citationCount: CitationCountSchema.default("TC"),
  ...AuthorCountingOptionsSchema.shape,
  /** Periods (§6); the Leiden Ranking uses `{ kind: "moving", size: 4 }`. */
  periods: PeriodsSchema,
  /** Rows per NISTEP broad field besides `"all"`; default `false`. */
  byField: z.boolean().default(false),
});

/** Options of the CWTS table as a caller gives them. */
export type CwtsTopCitedOptionsInput = z.input<typeof CwtsTopCitedOptionsSchema>;

/** One row: a country (or the world) in a period and field under one counting. Counts are period totals. */
export const CwtsTopCitedRowSchema = z.object({
  /** Country key, or `"WORLD"`. */
  country: z.string(),
  /** Period label. */
  period: z.string(),
  /** `"all"` or a NISTEP broad field key. */
  field: z.string(),
  /** `"full"` or `"fractional"`. */
  counting: z.enum(["full", "fractional"]),
  /** P: publications in a reference set. */
  P: z.number().nonnegative(),
  /** P(top 10%): `Σ w(X,p)·τ(p)`. */
  "P(top 10%)": z.number().nonnegative(),
  /** PP(top 10%): `P(top 10%) / P`, 0–1; `null` when P is 0. */
  "PP(top 10%)": z.number().nonnegative().nullable(),
  /** P(top 1%). */
  "P(top 1%)": z.number().nonnegative(),
  /** PP(top 1%), 0–1. */
  "PP(top 1%)": z.number().nonnegative().nullable(),
});

/** One row of the CWTS table. */
export type CwtsTopCitedRow = z.infer<typeof CwtsTopCitedRowSchema>;

/**
 * The Leiden Ranking's highly-cited indicators per country × period × field, full and fractional.
 * Under fractional counting the world's PP(top 10%) is exactly 10% (§8.3).
 * @param papers - in-scope papers (read again for `reference: "corpus"`)
 * @param options - `reference` (required), grouping, citations, `cwtsRenormalize`, periods, `byField`
 * @throws CopubError `invalid-option` without `reference`
 * @example
 * cwtsTopCited(dataSetT.papers, { reference: "corpus" }).filter((r) => r.country === "JP")
 * // → [{ country: "JP", period: "2021", field: "all", counting: "full", P: 7, "P(top 10%)": 1.75, "PP(top 10%)": 0.25, "P(top 1%)": 0.2, … },
 * //    { …, counting: "fractional", … }]
 */
export function cwtsTopCited(papers: PaperList, options: CwtsTopCitedOptionsInput): CwtsTopCitedRow[] {
  const settled = checkOptions(CwtsTopCitedOptionsSchema, options, "cwtsTopCited options", {
    reference: REFERENCE_REQUIRED,
  });
  const { referenceSets, citationCount } = settled;
  const table =
    settled.reference === "corpus"
      ? topThresholds(papers, { referenceSets, citationCount })
      : settled.reference;
  return cwtsRows(
    (counting, percentile) => topCited(papers, cwtsRun(settled, table, counting, percentile)).rows,
  );
}

/** The CWTS table's options with their defaults. */
export type CwtsTopCitedOptions = z.infer<typeof CwtsTopCitedOptionsSchema>;

/**
 * The options of one of the four Top-x% runs the CWTS table is made of: full or fractional
 * (CWTS) counting, Top10% or Top1%, window sums. With `reference: "corpus"` the run decides its
 * thresholds over the table's sets and citations (as the SQL does); a table brings its own.
 * @example
 * cwtsRun(CwtsTopCitedOptionsSchema.parse({ reference: "corpus" }), "corpus", "fractional", 1)
 * // → { reference: "corpus", referenceSets: "field-year-type", citationCount: "TC", percentile: 1, counting: "fractional", countingMethod: "cwts", … }
 */
export function cwtsRun(
  settled: CwtsTopCitedOptions,
  reference: TopCitedOptionsInput["reference"],
  counting: "integer" | "fractional",
  percentile: 10 | 1,
): TopCitedOptionsInput {
  const { referenceSets, citationCount, cwtsRenormalize, periods, byField } = settled;
  return {
    reference,
    ...(reference === "corpus" ? { referenceSets, citationCount } : {}),
    percentile,
    counting,
    countingMethod: "cwts",
    cwtsRenormalize,
    periods,
    byField,
    windowCounts: "sum",
  };
}

/**
 * The CWTS table from the rows of its four Top-x% runs (`cwtsRun`).
 * @param run - the rows of the run with a counting and a percentile
 * @example
 * cwtsRows((counting, percentile) => topCited(papers, cwtsRun(settled, table, counting, percentile)).rows)
 * // → [{ country: "JP", period: "2021", field: "all", counting: "full", P: 7, "P(top 10%)": 1.75, … }, …]
 */
export function cwtsRows(
  run: (counting: "integer" | "fractional", percentile: 10 | 1) => readonly TopCitedRow[],
): CwtsTopCitedRow[] {
  return (["integer", "fractional"] as const).flatMap((counting) => {
    const tops1 = new Map(run(counting, 1).map((row) => [rowKey(row), row]));
    return run(counting, 10).map((row) => {
      const one = tops1.get(rowKey(row));
      return {
        country: row.country,
        period: row.period,
        field: row.field,
        counting: counting === "integer" ? "full" : "fractional",
        P: row.papers,
        "P(top 10%)": row.top,
        "PP(top 10%)": row.topShareOfPapers,
        "P(top 1%)": one?.top ?? 0,
        "PP(top 1%)": one?.topShareOfPapers ?? null,
      };
    });
  });
}
