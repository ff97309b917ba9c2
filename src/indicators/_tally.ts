/**
 * The one pass every collaboration table is built from: per period × field × country, the sums
 * of a paper's weights by collaboration type under integer counting and, optionally, one
 * fractional method; per period × field, the world's papers by type and the unattributable ones.
 * Sums are exact (whole numbers in a double, then `d3.Adder`, the accumulator of `fsum`, from the
 * first fractional term), so they do not depend on paper order; papers arrive in UT order from a
 * corpus anyway (METHODOLOGY.md §0.4).
 */
import type { CorpusPaper } from "../corpus/corpus-paper.ts";
import type { YearWindow } from "../normalize/publication-year.ts";
import { addTo, type ExactSum, exactSum } from "./_exact-sum.ts";
import { type CollaborationType, collaborationType } from "./collaboration-type.ts";
import type { CountingFunction } from "./counting-weights.ts";
import type { CountingWarning } from "./country-weights.ts";
import { integerWeights } from "./integer-counting.ts";
import { createYearCounter, type PeriodsInput, periodLabel, periodPlan } from "./periods.ts";
import { paperFieldRows } from "./row-keys.ts";

/** Exact sums of weights by collaboration type. */
export interface TypeSums {
  /** Every paper. */
  readonly papers: ExactSum;
  /** Papers with one country. */
  readonly domestic: ExactSum;
  /** Domestic, one institution unit. */
  readonly domesticSingle: ExactSum;
  /** Domestic, two or more institution units. */
  readonly domesticMulti: ExactSum;
  /** Papers with two or more countries. */
  readonly international: ExactSum;
  /** International, two countries. */
  readonly bilateral: ExactSum;
  /** International, three or more countries. */
  readonly multilateral: ExactSum;
}

/** One country in one period and field. */
export interface CountryCell {
  /** The period. */
  readonly period: YearWindow;
  /** `"all"` or a NISTEP field key. */
  readonly field: string;
  /** The country key. */
  readonly country: string;
  /** Sums under integer counting. */
  readonly integer: TypeSums;
  /** Sums under the fractional method, or `null` when none was asked for. */
  readonly fractional: TypeSums | null;
}

/** The world in one period and field: attributable papers by type, and unattributable ones. */
export interface WorldCell {
  /** The period. */
  readonly period: YearWindow;
  /** `"all"` or a NISTEP field key. */
  readonly field: string;
  /** Attributable papers (each once, times its field weight) by type: `N_world` (§4.6). */
  readonly papers: TypeSums;
  /** Papers with `C(p) = ∅`. */
  readonly unattributed: ExactSum;
  /** Every paper: attributable and unattributable. */
  readonly inScope: ExactSum;
}

/** What a pass found. */
export interface Tally {
  /** The final periods, ascending. */
  readonly periods: readonly YearWindow[];
  /** Country cells of the final periods (unordered). */
  readonly countries: readonly CountryCell[];
  /** World cells of the final periods (unordered). */
  readonly world: readonly WorldCell[];
  /** Papers read. */
  readonly papersRead: number;
  /** Papers read that fall in no final period (no year, or a year no period covers). */
  readonly papersOutsidePeriods: number;
  /** Papers read on which the fractional method recorded each warning. */
  readonly warnings: Readonly<Record<CountingWarning, number>>;
}

/** What the pass counts. */
export interface TallyOptions {
  /** Which periods; default one per year present. */
  readonly periods?: PeriodsInput | undefined;
  /** Split by NISTEP broad field besides "all"; default `false`. */
  readonly byField?: boolean | undefined;
  /** The fractional method to sum besides integer counting, or `null`. */
  readonly fractional: CountingFunction | null;
}

/** A pass in progress: papers in, tally out. */
export interface TallyAccumulator {
  /** Counts one paper. */
  readonly add: (paper: CorpusPaper) => void;
  /** @throws MissingYearsError when a period's years are not all present (§6) */
  readonly result: () => Tally;
}

/**
 * Starts a pass.
 * @param options - periods, field split and fractional method
 * @throws ZodError for an invalid periods spec
 */
export function createTally(options: TallyOptions): TallyAccumulator {
  const plan = periodPlan(options.periods);
  const byField = options.byField ?? false;
  const countries = new Map<string, CountryCell>();
  const world = new Map<string, WorldCell>();
  const years = createYearCounter();
  const warnings: Record<CountingWarning, number> = {
    "fraction-renormalized": 0,
    "cwts-fallback-address": 0,
  };
  let papersRead = 0;

  const worldCell = (period: YearWindow, field: string): WorldCell => {
    const key = `${periodLabel(period)}\u0000${field}`;
    let cell = world.get(key);
    if (cell === undefined) {
      cell = { period, field, papers: typeSums(), unattributed: exactSum(), inScope: exactSum() };
      world.set(key, cell);
    }
    return cell;
  };
  const countryCell = (period: YearWindow, field: string, country: string): CountryCell => {
    const key = `${periodLabel(period)}\u0000${field}\u0000${country}`;
    let cell = countries.get(key);
    if (cell === undefined) {
      const fractional = options.fractional === null ? null : typeSums();
      cell = { period, field, country, integer: typeSums(), fractional };
      countries.set(key, cell);
    }
    return cell;
  };

  return {
    add(paper) {
      papersRead++;
      years.add(paper.year);
      if (paper.year === null) return;
      const periods = plan.periodsOf(paper.year);
      const type = collaborationType(paper);
      const fractional = type === null || options.fractional === null ? null : options.fractional(paper);
      for (const warning of fractional?.warnings ?? []) warnings[warning]++;
      // Looked up once per paper, not once per country × period × field.
      const shares = new Map(fractional?.weights.map((w) => [w.country, w.weight]));
      if (periods.length === 0) return;
      const fields = paperFieldRows(paper, byField);
      const integer = type === null ? null : integerWeights(paper);
      for (const period of periods) {
        for (const [field, fieldWeight] of fields) {
          const cell = worldCell(period, field);
          addTo(cell.inScope, fieldWeight);
          if (type === null || integer === null) {
            addTo(cell.unattributed, fieldWeight);
            continue;
          }
          addByType(cell.papers, type, fieldWeight);
          for (const { country, weight } of integer.weights) {
            const target = countryCell(period, field, country);
            addByType(target.integer, type, fieldWeight * weight);
            const share = shares.get(country) ?? 0;
            if (target.fractional !== null) addByType(target.fractional, type, fieldWeight * share);
          }
        }
      }
    },
    result() {
      const periods = plan.resolve(years.present());
      const kept = new Set(periods.map(periodLabel));
      return {
        periods,
        countries: [...countries.values()].filter((cell) => kept.has(periodLabel(cell.period))),
        world: [...world.values()].filter((cell) => kept.has(periodLabel(cell.period))),
        papersRead,
        papersOutsidePeriods: years.outside(periods),
        warnings: { ...warnings },
      };
    },
  };
}

function typeSums(): TypeSums {
  return {
    papers: exactSum(),
    domestic: exactSum(),
    domesticSingle: exactSum(),
    domesticMulti: exactSum(),
    international: exactSum(),
    bilateral: exactSum(),
    multilateral: exactSum(),
  };
}

function addByType(sums: TypeSums, type: CollaborationType, value: number): void {
  if (value === 0) return;
  addTo(sums.papers, value);
  addTo(type === "domesticSingle" || type === "domesticMulti" ? sums.domestic : sums.international, value);
  addTo(sums[type], value);
}
