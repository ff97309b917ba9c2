/**
 * InCites' international collaboration indicators at country level, under the names InCites
 * gives them (Indicators Handbook): `Web of Science Documents`, `International Collaborations`
 * (papers with one or more international co-authors, i.e. `|C(p)| ≥ 2`, docs/methodology.md §5.1) and
 * `% International Collaborations` (their share of the documents, as a percentage). InCites
 * counts in full; a period's counts are totals over its years.
 */

import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { type Accumulator, defineIndicator, type StreamOptions } from "../core/define-indicator.ts";
import { sumValue } from "../core/exact-sum.ts";
import { PeriodsSchema, periodLabel } from "../core/periods.ts";
import { ratio } from "../core/ratio.ts";
import { rowCells, tableAccount } from "./_rows.ts";
import { createTally } from "./_tally.ts";
import { TableAccountSchema } from "./table-account.ts";

/** Options of the InCites table, each with its default. */
export const IncitesCollaborationOptionsSchema = z.object({
  /** Periods (§6); default one per year present. */
  periods: PeriodsSchema,
  /** Rows per NISTEP broad field besides `"all"` (InCites itself splits by WoS Category); default `false`. */
  byField: z.boolean().default(false),
});

/** Options of the InCites table as a caller gives them. */
export type IncitesCollaborationOptionsInput = z.input<typeof IncitesCollaborationOptionsSchema>;

/** One row: a country (or the world) in a period and field. Counts are period totals. */
export const IncitesCollaborationRowSchema = z.object({
  /** Country key, or `"WORLD"`. */
  country: z.string(),
  /** `"2021"` or `"2019-2021"`. */
  period: z.string(),
  /** `"all"` or a NISTEP broad field key. */
  field: z.string(),
  /** Web of Science Documents: papers, full counting. */
  "Web of Science Documents": z.number().nonnegative(),
  /** International Collaborations: papers with one or more international co-authors. */
  "International Collaborations": z.number().nonnegative(),
  /** % International Collaborations: 0–100; `null` without documents. */
  "% International Collaborations": z.number().min(0).max(100).nullable(),
});

/** One row of the InCites table. */
export type IncitesCollaborationRow = z.infer<typeof IncitesCollaborationRowSchema>;

/** The InCites table: rows and the account of §4.6 (period totals). */
export const IncitesCollaborationTableSchema = z.object({
  /** Rows by country (`WORLD` last), period, field. */
  rows: z.array(IncitesCollaborationRowSchema),
  ...TableAccountSchema.shape,
});

/** The InCites table. */
export type IncitesCollaborationTable = z.infer<typeof IncitesCollaborationTableSchema>;

const incitesIndicator = defineIndicator(incitesAccumulator);

/**
 * InCites' international collaboration indicators of a set of papers, per country × period × field.
 * @param papers - in-scope papers, e.g. `corpus.papers`
 * @param options - `periods`, `byField`
 * @throws MissingYearsError when a period's years are not all present (§6)
 * @example
 * incitesCollaboration(corpus.papers).rows.find((r) => r.country === "JP")
 * // data set C → { country: "JP", period: "2021", field: "all", "Web of Science Documents": 6,
 * //   "International Collaborations": 3, "% International Collaborations": 50 }
 */
export const incitesCollaboration: (
  papers: Iterable<CorpusPaper>,
  options?: IncitesCollaborationOptionsInput,
) => IncitesCollaborationTable = incitesIndicator.fromPapers;

/**
 * `incitesCollaboration` over a stream of papers.
 * @param papers - in-scope papers, as a stream or an iterable
 * @param options - as for `incitesCollaboration`, and `onProgress` to hear of the papers read (`StreamOptions`)
 * @example
 * await incitesCollaborationFromStream(streamCorpus("corpus.jsonl.gz"), { periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] } })
 * // → { rows: [{ country: "CN", period: "2019-2021", field: "all", "Web of Science Documents": …, … }, …], … }
 */
export const incitesCollaborationFromStream: (
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options?: StreamOptions<IncitesCollaborationOptionsInput>,
) => Promise<IncitesCollaborationTable> = incitesIndicator.fromStream;

function incitesAccumulator(
  options: IncitesCollaborationOptionsInput = {},
): Accumulator<IncitesCollaborationTable> {
  const settled = checkOptions(IncitesCollaborationOptionsSchema, options, "incitesCollaboration options");
  const tally = createTally({ periods: settled.periods, byField: settled.byField, fractional: null });
  return {
    add: tally.add,
    result() {
      const result = tally.result();
      return {
        rows: rowCells(result).map(({ country, period, field, integer: sums }) => ({
          country,
          period: periodLabel(period),
          field,
          "Web of Science Documents": sumValue(sums.papers),
          "International Collaborations": sumValue(sums.international),
          // 100 · n / d in one division: the percentage is rounded once ("Numbers" in docs/methodology.md).
          "% International Collaborations": ratio(100 * sumValue(sums.international), sumValue(sums.papers)),
        })),
        ...tableAccount(result, false),
      };
    },
  };
}
