/**
 * The one pass behind every Top-x% table: per period × field × country (and the world, and the
 * unattributable papers), sums of counting weight × Top-x% weight, split by collaboration type.
 * Papers at a threshold are summed per reference set and multiplied by the set's exact factor
 * only at the end, so integer counting gives exact rationals (docs/methodology.md ("Numbers", §8.3)); the
 * fractional sums are exact sums of doubles (`d3.Adder`), independent of paper order.
 */
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import type { EsiFieldId } from "../../normalize/data/esi-fields.ts";
import { NISTEP_FIELD_OF_ESI } from "../../normalize/data/nistep-fields.ts";
import type { YearWindow } from "../../normalize/publication-year.ts";
import { type CollaborationType, collaborationType } from "../collaboration/collaboration-type.ts";
import {
  addToCountries,
  type Cell,
  type CountryCell,
  createCellStore,
  createCountryCells,
} from "../core/cell-store.ts";
import type { Accumulator } from "../core/define-indicator.ts";
import { addTo, type ExactSum, exactSum, sumValue } from "../core/exact-sum.ts";
import { createYearCounter, type PeriodsInput, periodPlan } from "../core/periods.ts";
import { add, multiply, type Rational, rational, toNumber, ZERO } from "../core/rational.ts";
import { ALL_FIELDS, paperFieldRows } from "../core/row-keys.ts";
import type { CountingFunction } from "../counting/counting-weights.ts";
import type { CountingWarning } from "../counting/country-weights.ts";
import { createFractionalShares } from "../counting/fractional-shares.ts";
import type { PaperReferenceSets, UnscoredReason } from "./reference-sets.ts";
import type { SetWeight, TopScorer } from "./top-weights.ts";

/** The collaboration split of a Top-x% count (§8.3). */
export const BUCKETS = ["all", "domestic", "international", "bilateral", "multilateral"] as const;

/** One part of the split. */
export type Bucket = (typeof BUCKETS)[number];

/** Papers and Top-x% papers of one bucket. */
export interface TopSums {
  /** Counting weight × field weight of the scored papers. */
  readonly papers: ExactSum;
  /** Counting weight × membership of papers with `τ = 1`. */
  readonly full: ExactSum;
  /** Per reference set: counting weight × membership of papers weighted by the set's factor. */
  readonly partial: Map<string, ExactSum>;
}

/** Sums of every bucket. */
export type BucketSums = Readonly<Record<Bucket, TopSums>>;

/** The world's attributable papers, or the unattributable ones, in one period and field: each paper once. */
export interface TopRowCell extends Cell {
  /** Counting weight 1 × field weight, by bucket (the unattributable papers: `all` only). */
  readonly sums: BucketSums;
}

/** What the pass found. */
export interface TopTally {
  /** The final periods. */
  readonly periods: readonly YearWindow[];
  /** Country cells (unordered): sums under integer counting and the fractional method. */
  readonly countries: readonly CountryCell<BucketSums>[];
  /** World cells (attributable papers, each once; unordered). */
  readonly world: readonly TopRowCell[];
  /** Cells of papers with no country (unordered). */
  readonly unattributed: readonly TopRowCell[];
  /** Papers read. */
  readonly papersRead: number;
  /** Papers read that fall in no final period. */
  readonly papersOutsidePeriods: number;
  /** Papers in no reference set, per reason. */
  readonly unscored: Readonly<Partial<Record<UnscoredReason, number>>>;
  /** Papers on which the fractional method recorded each warning. */
  readonly warnings: Readonly<Record<CountingWarning, number>>;
  /** Papers scored in a set whose threshold is 0. */
  readonly papersAtZeroThreshold: number;
}

/** What the pass needs. */
export interface TopTallyOptions {
  /** Periods; default one per year present. */
  readonly periods?: PeriodsInput | undefined;
  /** Rows per NISTEP broad field besides "all". */
  readonly byField: boolean;
  /** The fractional counting, or `null`. */
  readonly fractional: CountingFunction | null;
  /** A paper's reference sets. */
  readonly standing: (paper: CorpusPaper) => PaperReferenceSets;
  /** The thresholds. */
  readonly scorer: TopScorer;
  /** InCites counts a document once, top when top in any of its categories (§8.5). */
  readonly wholeDocuments: boolean;
}

/** A field row's share of a paper: scored weight, full weight, and weights at a factor per set. */
interface RowPart {
  papers: number;
  full: number;
  readonly partial: Map<string, number>;
}

/**
 * Runs the pass.
 * @returns `add` for each paper, and `result`, which throws MissingYearsError when a period's
 *   years are not all present (§6)
 */
export function createTopTally(options: TopTallyOptions): Accumulator<TopTally> {
  const plan = periodPlan(options.periods);
  const years = createYearCounter();
  const fractional = createFractionalShares(options.fractional);
  const countries = createCountryCells(bucketSums, options.fractional !== null);
  const rowCells = () =>
    createCellStore((period, field): TopRowCell => ({ period, field, sums: bucketSums() }));
  const world = rowCells();
  const unattributed = rowCells();
  const unscored: Partial<Record<UnscoredReason, number>> = {};
  let papersRead = 0;
  let papersAtZeroThreshold = 0;

  return {
    add(paper) {
      papersRead++;
      years.add(paper.year);
      const standing = options.standing(paper);
      const weights = "unscored" in standing ? null : options.scorer.weigh(standing);
      const reason: UnscoredReason | null =
        "unscored" in standing ? standing.unscored : weights === null ? "no-threshold" : null;
      if (reason !== null || weights === null) {
        if (reason !== null) unscored[reason] = (unscored[reason] ?? 0) + 1;
        return;
      }
      if (weights.some((w) => options.scorer.zeroThresholdSets.has(w.set))) papersAtZeroThreshold++;
      const type = collaborationType(paper);
      // Weighed (and its warnings counted) whether or not a period takes the paper.
      const shares = fractional.weigh(paper);
      const periods = paper.year === null ? [] : plan.periodsOf(paper.year);
      if (periods.length === 0) return;
      const parts = rowParts(paper, weights, options.byField, options.wholeDocuments);
      const buckets = bucketsOf(type);
      for (const period of periods) {
        for (const [field, part] of parts) {
          if (type === null) {
            addPart(unattributed.cell(period, field).sums, buckets, part, 1);
            continue;
          }
          addPart(world.cell(period, field).sums, buckets, part, 1);
          addToCountries(countries, period, field, paper.countries, shares, (sums, weight) =>
            addPart(sums, buckets, part, weight),
          );
        }
      }
    },
    result() {
      const periods = plan.resolve(years.present());
      return {
        periods,
        countries: countries.kept(periods),
        world: world.kept(periods),
        unattributed: unattributed.kept(periods),
        papersRead,
        papersOutsidePeriods: years.outside(periods),
        unscored: { ...unscored },
        warnings: fractional.warnings(),
        papersAtZeroThreshold,
      };
    },
  };
}

/**
 * `Σ full + Σ_R factor_R · partial_R` of one bucket: exact when every sum is whole (integer
 * counting, single fields), else the exact sum of the doubles.
 */
export function topValue(sums: TopSums, factors: ReadonlyMap<string, Rational>): number {
  const wholes = [sums.full, ...sums.partial.values()].every((s) => s.adder === null);
  if (wholes) {
    let total = rational(sums.full.whole);
    for (const [set, sum] of sums.partial)
      total = add(total, multiply(rational(sum.whole), factors.get(set) ?? ZERO));
    return toNumber(total);
  }
  const total = exactSum();
  addTo(total, sumValue(sums.full));
  for (const [set, sum] of sums.partial) addTo(total, sumValue(sum) * toNumber(factors.get(set) ?? ZERO));
  return sumValue(total);
}

function bucketSums(): BucketSums {
  const sums = () => ({ papers: exactSum(), full: exactSum(), partial: new Map<string, ExactSum>() });
  return { all: sums(), domestic: sums(), international: sums(), bilateral: sums(), multilateral: sums() };
}

/** The buckets a paper counts in: `all` and those of its collaboration type; `all` alone without a country. */
function bucketsOf(type: CollaborationType | null): readonly Bucket[] {
  if (type === null) return ["all"];
  if (type === "bilateral" || type === "multilateral") return ["all", "international", type];
  return ["all", "domestic"];
}

function addPart(target: BucketSums, buckets: readonly Bucket[], part: RowPart, weight: number): void {
  if (weight === 0) return;
  for (const bucket of buckets) {
    const sums = target[bucket];
    addTo(sums.papers, weight * part.papers);
    if (part.full !== 0) addTo(sums.full, weight * part.full);
    for (const [set, membership] of part.partial) {
      let sum = sums.partial.get(set);
      if (sum === undefined) {
        sum = exactSum();
        sums.partial.set(set, sum);
      }
      addTo(sum, weight * membership);
    }
  }
}

/** The paper's parts in the "all" row and, with `byField`, in each of its NISTEP fields. */
function rowParts(
  paper: CorpusPaper,
  weights: readonly SetWeight[],
  byField: boolean,
  wholeDocuments: boolean,
): Map<string, RowPart> {
  const parts = new Map<string, RowPart>();
  const part = (field: string): RowPart => {
    let found = parts.get(field);
    if (found === undefined) {
      found = { papers: 0, full: 0, partial: new Map() };
      parts.set(field, found);
    }
    return found;
  };
  if (wholeDocuments) {
    // One document, top or not as a whole; its field rows take its NISTEP field shares.
    const top = weights.some((w) => w.kind === "full") ? 1 : 0;
    for (const [field, weight] of paperFieldRows(paper, byField))
      Object.assign(part(field), { papers: weight, full: top * weight });
    return parts;
  }
  for (const weight of weights) {
    const membership = weight.value;
    const fields = [ALL_FIELDS];
    // A WoS Category set (tie fractions over category-year-type, copub top --table cwts) has no
    // NISTEP broad field: its papers count in "all" only, as expectedTops counts its π·N.
    const broad = NISTEP_FIELD_OF_ESI[weight.field as EsiFieldId] as string | undefined;
    if (byField && broad !== undefined) fields.push(broad);
    for (const field of fields) {
      const target = part(field);
      target.papers += membership;
      if (weight.kind === "full") target.full += membership;
      if (weight.kind === "partial")
        target.partial.set(weight.set, (target.partial.get(weight.set) ?? 0) + membership);
    }
  }
  return parts;
}
