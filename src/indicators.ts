/**
 * `copub/indicators`: the building blocks under the indicators of the root entry point, for a
 * caller who composes a table of their own: the counting functions of methodology §4 one by one,
 * the collaboration classes, periods as a plan, reference sets and the InCites percentiles of §8,
 * the checks a threshold or reference table passes, the citation baselines' rows, and the corpus
 * scope presets. `copub` has the indicators themselves.
 * @packageDocumentation
 */

export { DOC_TYPE_PROFILES, NISTEP_DOC_TYPES } from "./corpus/doc-type-scope.ts";
export { internationalClass } from "./indicators/collaboration/collaboration-type.ts";
export { comparePeriods, periodPlan, yearCount } from "./indicators/core/periods.ts";
export type { Rational } from "./indicators/core/rational.ts";
export { addressWeights } from "./indicators/counting/address-counting.ts";
export type { AuthorPaper } from "./indicators/counting/author-counting.ts";
export { authorWeights } from "./indicators/counting/author-counting.ts";
export { countingFunction } from "./indicators/counting/counting-weights.ts";
export { countryEqualWeights } from "./indicators/counting/country-equal-counting.ts";
export { cwtsWeights } from "./indicators/counting/cwts-counting.ts";
export { integerWeights } from "./indicators/counting/integer-counting.ts";
export { nistepWeights } from "./indicators/counting/nistep-counting.ts";
export { baselineRow } from "./indicators/impact/citation-baselines.ts";
export { BASELINE_REQUIRED, settleImpactOptions } from "./indicators/impact/impact-options.ts";
export { cutoffTie } from "./indicators/partners/partner-ranks.ts";
export type { PaperReferenceSets, SetlessReason } from "./indicators/top-cited/reference-sets.ts";
export { paperReferenceSets } from "./indicators/top-cited/reference-sets.ts";
export type { ReferenceTableWanted } from "./indicators/top-cited/top-options.ts";
export {
  checkReferenceTable,
  checkThresholdTable,
  defaultReferenceSets,
  REFERENCE_REQUIRED,
  requireReference,
} from "./indicators/top-cited/top-options.ts";
export { incitesPercentiles } from "./indicators/top-cited/top-weights.ts";
