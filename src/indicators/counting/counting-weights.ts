/**
 * The counting method as an option (docs/methodology.md §4): one name per method and its switches,
 * validated once, giving a function paper → weights. Indicators take a method by name, so the
 * same table can be computed under NISTEP, CWTS or any variant without code of their own.
 *
 * This folder, `src/indicators/counting/`, holds the counting methods of §4, one module per method,
 * each giving a paper the one shape of `country-weights.ts`, and the weighing of papers in a pass
 * that the collaboration and Top-x% tables share (`fractional-shares.ts`). It builds on `core/` only.
 */

import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { addressWeights } from "./address-counting.ts";
import { authorWeights } from "./author-counting.ts";
import { countryEqualWeights } from "./country-equal-counting.ts";
import type { PaperWeights } from "./country-weights.ts";
import { AuthorCountingOptionsSchema, cwtsWeights } from "./cwts-counting.ts";
import { integerWeights } from "./integer-counting.ts";
import { NistepCountingOptionsSchema, nistepWeights } from "./nistep-counting.ts";

/** A counting method of §4: integer, or one of the fractional methods. */
export const CountingMethodSchema = z.enum([
  /** §4.1: 1 for every country on the paper. */
  "integer",
  /** §4.2: NISTEP, institution units (or address lines with `nistepUnit`). */
  "nistep",
  /** §4.3: CWTS, author–affiliation weights. */
  "cwts",
  /** §4.4: `1 / |C(p)|` for every country. */
  "country",
  /** §4.4: address lines with a country. */
  "address",
  /** §4.4: authors split over their countries (Nature Index style). */
  "author",
]);

/** A counting method of §4. */
export type CountingMethod = z.infer<typeof CountingMethodSchema>;

/** A counting method with its switches, each with its default. */
export const CountingOptionsSchema = z.object({
  /** The method; default `"nistep"`. */
  method: CountingMethodSchema.default("nistep"),
  ...NistepCountingOptionsSchema.shape,
  ...AuthorCountingOptionsSchema.shape,
});

/** A counting method with every switch filled in. */
export type CountingOptions = z.infer<typeof CountingOptionsSchema>;

/** A counting method as a caller gives it. */
export type CountingOptionsInput = z.input<typeof CountingOptionsSchema>;

/** A counting method ready to apply: paper → weights. */
export type CountingFunction = (paper: CorpusPaper) => PaperWeights;

/**
 * Validates a counting method once and returns the function that weighs papers with it.
 * @param options - `method` (default `"nistep"`), `nistepUnit` (default `"institution"`),
 *   `cwtsRenormalize` (default `false`)
 * @throws CopubError `invalid-option` for an unknown key, method or switch value
 * @example
 * const weigh = countingFunction({ method: "cwts" });
 * weigh(p1).weights.map((w) => [w.country, w.weight]) // → [["JP", 0.5], ["US", 0.5]]
 */
export function countingFunction(options: CountingOptionsInput = {}): CountingFunction {
  const { method, nistepUnit, cwtsRenormalize } = checkOptions(
    CountingOptionsSchema,
    options,
    "countingWeights options",
  );
  switch (method) {
    case "integer":
      return integerWeights;
    case "nistep":
      return (paper) => nistepWeights(paper, { nistepUnit });
    case "cwts":
      return (paper) => cwtsWeights(paper, { cwtsRenormalize });
    case "country":
      return countryEqualWeights;
    case "address":
      return (paper) => addressWeights(paper);
    case "author":
      return (paper) => authorWeights(paper, { cwtsRenormalize });
  }
}

/**
 * The weights `w_M(c, p)` of one paper under a counting method (§4).
 * @param paper - the paper
 * @param options - the method and its switches, as for `countingFunction`
 * @example
 * countingWeights(p1, { method: "nistep" }).weights.map((w) => `${w.country} ${w.numerator}/${w.denominator}`)
 * // → ["JP 2/3", "US 1/3"]
 */
export function countingWeights(paper: CorpusPaper, options: CountingOptionsInput = {}): PaperWeights {
  return countingFunction(options)(paper);
}
