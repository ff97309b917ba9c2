/**
 * Top-percentile thresholds per reference set (docs/methodology.md §8.3): the citation count `t` that
 * marks the top 10% (1%) of a field-year, how many papers lie above and at it, and the tie weight
 * `ω` that makes the set's adjusted total exactly `π·N`. Computing them needs only a histogram of
 * citation counts per reference set — one sort of its distinct counts — so a corpus of millions
 * can be scored from a stream in two passes. Every value is an exact rational ("Numbers" in docs/methodology.md).
 */

import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { type Accumulator, defineIndicator, type StreamOptions } from "../core/define-indicator.ts";
import {
  add,
  compare,
  divide,
  formatRational,
  multiply,
  type Rational,
  rational,
  subtract,
  toNumber,
  ZERO,
} from "../core/rational.ts";
import { referenceSetPass } from "./reference-set-pass.ts";
import { type ReferenceSetKeySchema, ReferenceSetOptionsSchema } from "./reference-sets.ts";
import type { Percentile, ThresholdRow, ThresholdTable } from "./threshold-table.ts";

/** A year this close to the citation snapshot has a short citation window (§8.7). */
const RECENT_YEARS = 2;

/** Options of `topThresholds`, each with its default. */
export const ThresholdOptionsSchema = ReferenceSetOptionsSchema.extend({
  /**
   * Citation snapshot date (`2024-12-31`) for papers whose export has no `DA`; default `null`. The
   * snapshot decides `recentCitationWindow`.
   */
  snapshot: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
});

/** Options of `topThresholds` as a caller gives them. */
export type ThresholdOptionsInput = z.input<typeof ThresholdOptionsSchema>;

/** The exact threshold of one set for one percentile (§8.3). */
export interface ExactThreshold {
  /** `N`. */
  readonly papers: Rational;
  /** `n_>(t)`. */
  readonly above: Rational;
  /** `n_at`. */
  readonly atThreshold: Rational;
  /** `t`. */
  readonly threshold: number;
  /** `π·N`. */
  readonly expectedTop: Rational;
  /** `ω`. */
  readonly tieWeight: Rational;
  /** `π·N / n_≥(t)`. */
  readonly scaleFactor: Rational;
}

/**
 * The threshold of a reference set from its citation histogram (§8.3), or `null` for an empty set.
 * `t = min{c : n_>(c) ≤ π·N}` over the citation counts present, `ω = (π·N − n_>(t)) / n_at`.
 * @param histogram - citation count → papers with that count (membership weights summed)
 * @param percentile - 10 or 1
 * @example
 * // §8.6, data set T: 31 ×1, 12 ×4, 8 ×2, 7, 5 ×2, 4, 3 ×2, 2 ×2, 1 ×2, 0 ×3 (N = 20)
 * exactThreshold(histogramOfT, 10) // → { threshold: 12, above: 1, atThreshold: 4, tieWeight: 1/4, expectedTop: 2, … }
 */
export function exactThreshold(
  histogram: ReadonlyMap<number, Rational>,
  percentile: Percentile,
): ExactThreshold | null {
  const counts = [...histogram.keys()].sort((a, b) => b - a);
  let papers = ZERO;
  for (const count of counts) papers = add(papers, histogram.get(count) ?? ZERO);
  if (papers.numerator === 0n) return null;
  const expectedTop = multiply(papers, rational(percentile, 100));
  let above = ZERO;
  let threshold: number | null = null;
  let atThreshold = ZERO;
  let aboveThreshold = ZERO;
  // Walk down from the most cited: every count whose papers-above stay within π·N qualifies; the last one is t.
  for (const count of counts) {
    if (compare(above, expectedTop) > 0) break;
    threshold = count;
    aboveThreshold = above;
    atThreshold = histogram.get(count) ?? ZERO;
    above = add(above, atThreshold);
  }
  return threshold === null
    ? null
    : thresholdFromCounts(papers, aboveThreshold, atThreshold, threshold, percentile);
}

/**
 * The exact threshold of a set given its counts (§8.3, §8.4): `π·N`, the tie weight
 * `ω = (π·N − n_>(t)) / n_at` and the scale factor `π·N / n_≥(t)` follow from `N`, `n_>(t)` and `n_at`.
 * @param papers - `N`
 * @param above - `n_>(t)`
 * @param atThreshold - `n_at`, positive
 * @param threshold - `t`
 * @param percentile - 10 or 1
 * @example
 * thresholdFromCounts(rational(20n), rational(1n), rational(4n), 12, 10) // → { tieWeight: 1/4, scaleFactor: 2/5, expectedTop: 2, … }
 */
export function thresholdFromCounts(
  papers: Rational,
  above: Rational,
  atThreshold: Rational,
  threshold: number,
  percentile: Percentile,
): ExactThreshold {
  const expectedTop = multiply(papers, rational(percentile, 100));
  return {
    papers,
    above,
    atThreshold,
    threshold,
    expectedTop,
    tieWeight: divide(subtract(expectedTop, above), atThreshold),
    scaleFactor: divide(expectedTop, add(above, atThreshold)),
  };
}

/**
 * The row of an exact threshold, with its flags.
 * @param key - the reference set
 * @param percentile - 10 or 1
 * @param exact - from `exactThreshold`
 * @param snapshotYear - year of the citation snapshot, or `null`
 */
export function thresholdRow(
  key: z.infer<typeof ReferenceSetKeySchema>,
  percentile: Percentile,
  exact: ExactThreshold,
  snapshotYear: number | null,
): ThresholdRow {
  return {
    field: key.field,
    year: key.year,
    docType: key.docType,
    percentile,
    papers: toNumber(exact.papers),
    above: toNumber(exact.above),
    atThreshold: toNumber(exact.atThreshold),
    threshold: exact.threshold,
    tieWeight: formatRational(exact.tieWeight),
    tieWeightValue: toNumber(exact.tieWeight),
    scaleFactor: formatRational(exact.scaleFactor),
    expectedTop: toNumber(exact.expectedTop),
    smallReferenceSet: compare(multiply(exact.papers, rational(percentile, 100)), rational(1n)) < 0,
    recentCitationWindow: recentCitationWindow(key.year, snapshotYear),
  };
}

/**
 * Whether a publication year is within two years of the citation snapshot, so that its papers
 * have had little time to be cited (§8.7); `null` without a snapshot.
 * @example
 * recentCitationWindow(2022, 2023) // → true
 * recentCitationWindow(2020, 2023) // → false
 */
export function recentCitationWindow(year: number, snapshotYear: number | null): boolean | null {
  return snapshotYear === null ? null : year >= snapshotYear - RECENT_YEARS;
}

const thresholdIndicator = defineIndicator(thresholdAccumulator);

/**
 * Thresholds of every reference set of a set of papers, for Top10% and Top1% (§8.3), declaring
 * those papers the complete population of their field-years (`reference = "corpus"`, §8.1).
 * @param papers - the reference population, e.g. `corpus.papers` of a full SCIE extraction
 * @param options - `referenceSets` (default `"field-year"`), `citationCount` (default `"TC"`), `snapshot`
 * @throws ZodError for invalid options
 * @example
 * topThresholds(dataSetT.papers).rows[0]
 * // → { field: "PHY", year: 2021, docType: "all", percentile: 10, papers: 20, above: 1, atThreshold: 4, threshold: 12,
 * //     tieWeight: "1/4", tieWeightValue: 0.25, scaleFactor: "2/5", expectedTop: 2, smallReferenceSet: false, … }
 */
export const topThresholds: (
  papers: Iterable<CorpusPaper>,
  options?: ThresholdOptionsInput,
) => ThresholdTable = thresholdIndicator.fromPapers;

/**
 * `topThresholds` over a stream of papers, e.g. `streamCorpus(path)`: memory grows with the
 * distinct citation counts per reference set, not with papers.
 * @param papers - the reference population, as a stream or an iterable
 * @param options - as for `topThresholds`, and `onProgress` to hear of the papers read (`StreamOptions`)
 * @example
 * await topThresholdsFromStream(streamCorpus("scie-2019-2021.jsonl.gz")) // → { referenceSets: "field-year", rows: […], … }
 */
export const topThresholdsFromStream: (
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options?: StreamOptions<ThresholdOptionsInput>,
) => Promise<ThresholdTable> = thresholdIndicator.fromStream;

/** Citation counts of one reference set: whole papers as plain numbers, fractional memberships exactly. */
interface SetHistogram {
  /** Citation count → whole papers (membership 1, the common case, kept off bigints). */
  readonly whole: Map<number, number>;
  /** Citation count → sum of fractional memberships. */
  readonly fractions: Map<number, Rational>;
}

/** The histogram as exact rationals. */
function exactHistogram(histogram: SetHistogram): Map<number, Rational> {
  const counts = new Map<number, Rational>(histogram.fractions);
  for (const [citations, papers] of histogram.whole)
    counts.set(citations, add(counts.get(citations) ?? ZERO, rational(papers)));
  return counts;
}

function thresholdAccumulator(options: ThresholdOptionsInput = {}): Accumulator<ThresholdTable> {
  const settled = checkOptions(ThresholdOptionsSchema, options, "topThresholds options");
  const pass = referenceSetPass<SetHistogram>(settled, {
    empty: () => ({ whole: new Map(), fractions: new Map() }),
    add(histogram, set, citations) {
      if (set.weight.denominator === 1n)
        histogram.whole.set(citations, (histogram.whole.get(citations) ?? 0) + Number(set.weight.numerator));
      else histogram.fractions.set(citations, add(histogram.fractions.get(citations) ?? ZERO, set.weight));
    },
  });
  return {
    add: pass.add,
    result() {
      const { sets, snapshots, snapshotYear, unscored, papersRead } = pass.result();
      const rows = sets.flatMap(({ key, sums }) => {
        const counts = exactHistogram(sums);
        return ([10, 1] as const).flatMap((percentile) => {
          const exact = exactThreshold(counts, percentile);
          return exact === null ? [] : [thresholdRow(key, percentile, exact, snapshotYear)];
        });
      });
      return {
        referenceSets: settled.referenceSets,
        citationCount: settled.citationCount,
        source: { kind: "corpus", papers: papersRead },
        snapshots,
        rows,
        unscored,
      };
    },
  };
}
