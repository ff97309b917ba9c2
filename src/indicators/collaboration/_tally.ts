/**
 * The one pass every collaboration table is built from: per period × field × country, the sums
 * of a paper's weights by collaboration type under integer counting and, optionally, one
 * fractional method; per period × field, the world's papers by type and the unattributable ones.
 * Sums are exact (whole numbers in a double, then `d3.Adder`, the accumulator of `fsum`, from the
 * first fractional term), so they do not depend on paper order; papers arrive in UT order from a
 * corpus anyway (docs/methodology.md ("Numbers")).
 */
import type { YearWindow } from "../../normalize/publication-year.ts";
import {
  addToCountries,
  type Cell,
  type CountryCell,
  createCellStore,
  createCountryCells,
} from "../core/cell-store.ts";
import type { Accumulator } from "../core/define-indicator.ts";
import { addTo, type ExactSum, exactSum } from "../core/exact-sum.ts";
import { createYearCounter, type PeriodsInput, periodPlan } from "../core/periods.ts";
import { paperFieldRows } from "../core/row-keys.ts";
import type { CountingFunction } from "../counting/counting-weights.ts";
import type { CountingWarning } from "../counting/country-weights.ts";
import { createFractionalShares } from "../counting/fractional-shares.ts";
import { type CollaborationType, collaborationType } from "./collaboration-type.ts";

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

/** The world in one period and field: attributable papers by type, and unattributable ones. */
export interface WorldCell extends Cell {
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
  /** Country cells of the final periods (unordered): sums under integer counting and the fractional method. */
  readonly countries: readonly CountryCell<TypeSums>[];
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

/**
 * Starts a pass.
 * @param options - periods, field split and fractional method
 * @returns `add` for each paper, and `result`, which throws MissingYearsError when a period's
 *   years are not all present (§6)
 * @throws ZodError for an invalid periods spec
 */
export function createTally(options: TallyOptions): Accumulator<Tally> {
  const plan = periodPlan(options.periods);
  const byField = options.byField ?? false;
  const years = createYearCounter();
  const fractional = createFractionalShares(options.fractional);
  const countries = createCountryCells(typeSums, options.fractional !== null);
  const world = createCellStore(
    (period, field): WorldCell => ({
      period,
      field,
      papers: typeSums(),
      unattributed: exactSum(),
      inScope: exactSum(),
    }),
  );
  let papersRead = 0;

  return {
    add(paper) {
      papersRead++;
      years.add(paper.year);
      if (paper.year === null) return;
      const periods = plan.periodsOf(paper.year);
      const type = collaborationType(paper);
      // Weighed (and its warnings counted) whether or not a period takes the paper.
      const shares = fractional.weigh(paper);
      if (periods.length === 0) return;
      const fields = paperFieldRows(paper, byField);
      for (const period of periods) {
        for (const [field, fieldWeight] of fields) {
          const cell = world.cell(period, field);
          addTo(cell.inScope, fieldWeight);
          if (type === null) {
            addTo(cell.unattributed, fieldWeight);
            continue;
          }
          addByType(cell.papers, type, fieldWeight);
          addToCountries(countries, period, field, paper.countries, shares, (sums, weight) =>
            addByType(sums, type, fieldWeight * weight),
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
        papersRead,
        papersOutsidePeriods: years.outside(periods),
        warnings: fractional.warnings(),
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
