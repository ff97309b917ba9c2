/**
 * A threshold table's shape (docs/methodology.md §8.1, §8.3, §13.5): per reference set and percentile,
 * the threshold `t`, the counts above and at it, the tie weight and the scale factor, with the
 * grouping, citation count, snapshots and source the table was made from. Thresholds computed
 * from papers (`top-thresholds.ts`) and read from a CSV file (`threshold-table-csv.ts`) take this
 * one shape, which the Top-x% tables apply and `output/` writes.
 */
import * as z from "zod";
import {
  CitationCountSchema,
  ReferenceSetKeySchema,
  ReferenceSetKindSchema,
  UnscoredReasonSchema,
} from "./reference-sets.ts";

/** The percentiles copub computes: Top10% and Top1%. */
export const PercentileSchema = z.union([z.literal(10), z.literal(1)]);

/** 10 (Top10%) or 1 (Top1%). */
export type Percentile = z.infer<typeof PercentileSchema>;

/** The threshold of one reference set for one percentile. */
export const ThresholdRowSchema = z.object({
  ...ReferenceSetKeySchema.shape,
  /** 10 or 1. */
  percentile: PercentileSchema,
  /** `N`: papers in the set (a sum of membership weights under fractional fields); `null` when a table did not give it. */
  papers: z.number().nonnegative().nullable(),
  /** `n_>(t)`: papers cited more than the threshold; `null` when not given. */
  above: z.number().nonnegative().nullable(),
  /** `n_at`: papers cited exactly `t` times; `null` when not given. */
  atThreshold: z.number().nonnegative().nullable(),
  /** `t`: the smallest citation count with at most `π·N` papers above it. */
  threshold: z.number().int().nonnegative(),
  /** `ω = (π·N − n_>(t)) / n_at` as an exact fraction (`"1/4"`), 0 ≤ ω < 1; `null` when unknown. */
  tieWeight: z.string().nullable(),
  /** `ω` as a double. */
  tieWeightValue: z.number().min(0).max(1).nullable(),
  /** `π·N / n_≥(t)` as an exact fraction: the weight of every paper at or above `t` under `scale-all` (§8.4). */
  scaleFactor: z.string().nullable(),
  /** `π·N`, the set's adjusted total; `null` when `N` is unknown. */
  expectedTop: z.number().nonnegative().nullable(),
  /** `N < 1/π` (fewer than 10 papers for Top10%), flagged `small-reference-set` (§8.7). */
  smallReferenceSet: z.boolean().nullable(),
  /** The year is within two years of the citation snapshot, flagged `recent-citation-window` (§8.7); `null` without a snapshot. */
  recentCitationWindow: z.boolean().nullable(),
});

/** The threshold of one reference set for one percentile. */
export type ThresholdRow = z.infer<typeof ThresholdRowSchema>;

/** Where a threshold table came from (§8.1, §13.5). */
export const ThresholdSourceSchema = z.discriminatedUnion("kind", [
  z.object({
    /** Computed from papers declared to be the complete population of their field-years. */
    kind: z.literal("corpus"),
    /** Papers read. */
    papers: z.number().int().nonnegative(),
  }),
  z.object({
    /** Read from a table. */
    kind: z.literal("table"),
    /** The table's file name as given. */
    file: z.string(),
    /** SHA-256 of its bytes. */
    sha256: z.string(),
  }),
]);

/** Thresholds of many reference sets, with how they were made. */
export const ThresholdTableSchema = z.object({
  /** The grouping of the sets. */
  referenceSets: ReferenceSetKindSchema,
  /** The citation count the thresholds are in. */
  citationCount: CitationCountSchema,
  /** Where the thresholds come from. */
  source: ThresholdSourceSchema,
  /** Distinct citation snapshot dates (export dates `DA`) of the papers, ascending; several raise `mixed-citation-snapshots` (§8.2). */
  snapshots: z.array(z.string()),
  /** Rows by field (code units), year, document type, then percentile 10 before 1. */
  rows: z.array(ThresholdRowSchema),
  /** Papers in no reference set, per reason (§8.7). */
  unscored: z.partialRecord(UnscoredReasonSchema, z.number().int().positive()),
});

/** Thresholds of many reference sets, with how they were made. */
export type ThresholdTable = z.infer<typeof ThresholdTableSchema>;
