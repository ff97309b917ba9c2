/**
 * CWTS Leiden Ranking collaboration indicators at country level, under the names CWTS gives
 * them: `P` (publications), `P(int collab)` (publications co-authored by two or more countries)
 * and `PP(int collab)` (their proportion), under full and fractional counting (docs/methodology.md
 * §4.3, §5.1, §14). As in the Leiden Ranking, a period's counts are totals over its years, not
 * averages. CWTS maps Hong Kong and Macao to China for this indicator: normalize with
 * `hongKongMacao: "china"` (the `cwts` profile) to match it.
 *
 * The Leiden Ranking Open Edition computes `P` under both countings but the collaboration
 * indicators under full counting only. The fractional `P(int collab)` here is `Σ w_cwts(c, p)`
 * over international papers and the fractional `PP(int collab)` the ratio of two fractional
 * counts: copub's analogues, which CWTS does not publish.
 */

import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { type Accumulator, defineIndicator, type StreamOptions } from "../core/define-indicator.ts";
import { sumValue } from "../core/exact-sum.ts";
import { PeriodsSchema, periodLabel } from "../core/periods.ts";
import { ratio } from "../core/ratio.ts";
import { countingFunction } from "../counting/counting-weights.ts";
import { AuthorCountingOptionsSchema } from "../counting/cwts-counting.ts";
import { type RowCell, rowCells, tableAccount } from "./_rows.ts";
import { createTally, type TypeSums } from "./_tally.ts";
import { TableAccountSchema } from "./table-account.ts";

/** Options of the CWTS table, each with its default. */
export const CwtsCollaborationOptionsSchema = z.object({
  ...AuthorCountingOptionsSchema.shape,
  /** Periods (§6); default one per year present. The Leiden Ranking uses `{ kind: "moving", size: 4 }`. */
  periods: PeriodsSchema,
  /** Rows per NISTEP broad field besides `"all"`; default `false`. */
  byField: z.boolean().default(false),
});

/** Options of the CWTS table as a caller gives them. */
export type CwtsCollaborationOptionsInput = z.input<typeof CwtsCollaborationOptionsSchema>;

/** One row: a country (or the world) in a period and field under one counting. Counts are period totals. */
export const CwtsCollaborationRowSchema = z.object({
  /** Country key, or `"WORLD"`. */
  country: z.string(),
  /** `"2021"` or `"2019-2022"`. */
  period: z.string(),
  /** `"all"` or a NISTEP broad field key. */
  field: z.string(),
  /** `"full"` (integer counting) or `"fractional"` (CWTS author-affiliation weights, §4.3). */
  counting: z.enum(["full", "fractional"]),
  /** P: publications. */
  P: z.number().nonnegative(),
  /** P(int collab): publications with two or more countries. */
  "P(int collab)": z.number().nonnegative(),
  /** PP(int collab): `P(int collab) / P`, 0–1; `null` when P is 0. */
  "PP(int collab)": z.number().min(0).max(1).nullable(),
});

/** One row of the CWTS table. */
export type CwtsCollaborationRow = z.infer<typeof CwtsCollaborationRowSchema>;

/** The CWTS table: rows and the account of §4.6 (period totals). */
export const CwtsCollaborationTableSchema = z.object({
  /** Rows by country (`WORLD` last), period, field, then `full` before `fractional`. */
  rows: z.array(CwtsCollaborationRowSchema),
  ...TableAccountSchema.shape,
});

/** The CWTS table. */
export type CwtsCollaborationTable = z.infer<typeof CwtsCollaborationTableSchema>;

const cwtsIndicator = defineIndicator(cwtsAccumulator);

/**
 * The Leiden Ranking collaboration indicators of a set of papers, per country × period × field,
 * under full and fractional counting. The `WORLD` rows count each attributable paper once, in
 * both countings, so a world's fractional `P` is not the sum of the countries' (unassigned
 * author shares belong to no country).
 * @param papers - in-scope papers, e.g. `corpus.papers`
 * @param options - `cwtsRenormalize`, `periods`, `byField`
 * @throws MissingYearsError when a period's years are not all present (§6)
 * @example
 * cwtsCollaboration(corpus.papers).rows.filter((r) => r.country === "JP")
 * // data set C → [{ country: "JP", period: "2021", field: "all", counting: "full", P: 6, "P(int collab)": 3, "PP(int collab)": 0.5 },
 * //               { …, counting: "fractional", P: 4.333…, "P(int collab)": 1.333…, "PP(int collab)": 0.307… }]
 */
export const cwtsCollaboration: (
  papers: Iterable<CorpusPaper>,
  options?: CwtsCollaborationOptionsInput,
) => CwtsCollaborationTable = cwtsIndicator.fromPapers;

/**
 * `cwtsCollaboration` over a stream of papers.
 * @param papers - in-scope papers, as a stream or an iterable
 * @param options - as for `cwtsCollaboration`, and `onProgress` to hear of the papers read (`StreamOptions`)
 * @example
 * await cwtsCollaborationFromStream(streamCorpus("corpus.jsonl.gz"), { periods: { kind: "moving", size: 4 } })
 * // → { rows: [{ country: "CN", period: "2019-2022", field: "all", counting: "full", P: …, … }, …], … }
 */
export const cwtsCollaborationFromStream: (
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options?: StreamOptions<CwtsCollaborationOptionsInput>,
) => Promise<CwtsCollaborationTable> = cwtsIndicator.fromStream;

function cwtsAccumulator(options: CwtsCollaborationOptionsInput = {}): Accumulator<CwtsCollaborationTable> {
  const settled = checkOptions(CwtsCollaborationOptionsSchema, options, "cwtsCollaboration options");
  const tally = createTally({
    periods: settled.periods,
    byField: settled.byField,
    fractional: countingFunction({ method: "cwts", cwtsRenormalize: settled.cwtsRenormalize }),
  });
  return {
    add: tally.add,
    result() {
      const result = tally.result();
      const row = (cell: RowCell, counting: "full" | "fractional", sums: TypeSums): CwtsCollaborationRow => ({
        country: cell.country,
        period: periodLabel(cell.period),
        field: cell.field,
        counting,
        P: sumValue(sums.papers),
        "P(int collab)": sumValue(sums.international),
        "PP(int collab)": ratio(sumValue(sums.international), sumValue(sums.papers)),
      });
      return {
        rows: rowCells(result).flatMap((cell) => [
          row(cell, "full", cell.integer),
          row(cell, "fractional", cell.fractional),
        ]),
        ...tableAccount(result, false),
      };
    },
  };
}
