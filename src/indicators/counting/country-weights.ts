/**
 * What a counting method gives one paper: a weight `w_M(c, p)` for every country of `C(p)`
 * (docs/methodology.md §4), each an exact fraction with its float, plus the warnings the method
 * recorded. Every method in this folder returns this one shape, so indicators can take any of them.
 */
import * as z from "zod";

/** Warnings a counting method records on a paper (§4.2, §4.3, §13.4). */
export const CountingWarningSchema = z.enum([
  /** Units, addresses or author shares without a country were left out and the rest scaled to 1. */
  "fraction-renormalized",
  /** The paper has no author–address link, so an author-based method counted address lines. */
  "cwts-fallback-address",
]);

/** Warnings a counting method records on a paper. */
export type CountingWarning = z.infer<typeof CountingWarningSchema>;

/** An exact fraction of a paper with its float value. */
export const ExactShareSchema = z.object({
  /** Numerator, a non-negative integer. */
  numerator: z.number().int().nonnegative(),
  /** Denominator, a positive integer; the fraction is in lowest terms. */
  denominator: z.number().int().positive(),
  /** `numerator / denominator` as a float. */
  weight: z.number().nonnegative(),
});

/** An exact fraction of a paper with its float value. */
export type ExactShare = z.infer<typeof ExactShareSchema>;

/** The weight `w_M(c, p)` of one country on one paper. */
export const CountryWeightSchema = ExactShareSchema.extend({
  /** Country key (ISO 3166-1 alpha-2, or the other keys of "Words used" in docs/methodology.md). */
  country: z.string(),
});

/** The weight `w_M(c, p)` of one country on one paper. */
export type CountryWeight = z.infer<typeof CountryWeightSchema>;

/** The weights one counting method gives one paper. */
export const PaperWeightsSchema = z.object({
  /**
   * One weight per country of `C(p)`, sorted by key (code units); a country the method gives
   * nothing (a CWTS country no author is linked to) has weight 0. Empty when `C(p) = ∅`.
   */
  weights: z.array(CountryWeightSchema),
  /**
   * Sum of the weights: 0 for an unattributable paper, `|C(p)|` under integer counting, 1 under
   * the fractional methods, less than 1 when author shares stay unassigned (CWTS default, §4.3).
   */
  total: ExactShareSchema,
  /** Warnings the method recorded, sorted; empty for most papers. */
  warnings: z.array(CountingWarningSchema),
});

/** The weights one counting method gives one paper. */
export type PaperWeights = z.infer<typeof PaperWeightsSchema>;

/** The weights of a paper with no country (§4.6): none, total 0. */
export const UNATTRIBUTABLE: PaperWeights = Object.freeze({
  weights: [],
  total: Object.freeze({ numerator: 0, denominator: 1, weight: 0 }),
  warnings: [],
}) as PaperWeights;
