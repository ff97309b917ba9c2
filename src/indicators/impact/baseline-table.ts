/**
 * A citation baseline table's shape (docs/methodology.md §10.1–§10.3): per reference set, the
 * expected citation rate `μ_R` — the membership-weighted mean citations of the set's papers, which
 * InCites calls the baseline `e(f, t, d)` — with the papers and citations it is the ratio of, and
 * the grouping, citation count, snapshots and source the table was made from. Baselines computed
 * from papers (`citation-baselines.ts`) and read from a CSV file (`baseline-table-csv.ts`) take this
 * one shape, which the impact table applies and `output/` writes. It mirrors the threshold table
 * of the Top-x% family (`top-cited/threshold-table.ts`): the same reference sets, the same sources.
 */
import * as z from "zod";
import { ReferenceSetKeySchema, UnscoredReasonSchema } from "../top-cited/reference-sets.ts";
import { ThresholdTableSchema } from "../top-cited/threshold-table.ts";

/**
 * Why a paper has no normalized score (§8.7, §13.3): no year, field or citation count, as for
 * Top-x%, or (`no-baseline`) a baseline table without a line for one of its reference sets.
 */
export const ImpactUnscoredReasonSchema = z.enum([
  ...UnscoredReasonSchema.exclude(["no-threshold"]).options,
  "no-baseline",
]);

/** Why a paper has no normalized score. */
export type ImpactUnscoredReason = z.infer<typeof ImpactUnscoredReasonSchema>;

/** The baseline of one reference set. */
export const BaselineRowSchema = z.object({
  ...ReferenceSetKeySchema.shape,
  /** `N = Σ m(p, R)`: papers in the set (a sum of shares under fractional fields); `null` when a table gave only the mean. */
  papers: z.number().positive().nullable(),
  /** `Σ m(p, R)·cit(p)`: the set's citations; `null` when a table gave only the mean. */
  citations: z.number().nonnegative().nullable(),
  /** `μ_R = citations / papers` as an exact fraction (`"7/2"`, `"4"`). */
  mean: z.string(),
  /** `μ_R` as a double. */
  meanValue: z.number().nonnegative(),
  /** The year is within two years of the citation snapshot (§8.7); `null` without a snapshot. */
  recentCitationWindow: z.boolean().nullable(),
});

/** The baseline of one reference set. */
export type BaselineRow = z.infer<typeof BaselineRowSchema>;

/** Baselines of many reference sets, with how they were made: as a threshold table, with baselines for rows. */
export const BaselineTableSchema = ThresholdTableSchema.extend({
  /** Rows by field (code units), year, then document type. */
  rows: z.array(BaselineRowSchema),
  /** Papers in no reference set, per reason. */
  unscored: z.partialRecord(ImpactUnscoredReasonSchema, z.number().int().positive()),
});

/** Baselines of many reference sets, with how they were made. */
export type BaselineTable = z.infer<typeof BaselineTableSchema>;
