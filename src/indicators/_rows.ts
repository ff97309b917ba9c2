/**
 * Helpers that turn a tally into rows: the fixed row order (country by code units with the world
 * last, then period, then field in §7.2 order after "all"), the unattributed account, and ratios.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { NistepFieldKeySchema } from "../normalize/data/nistep-fields.ts";
import type { YearWindow } from "../normalize/publication-year.ts";
import { sumValue } from "./_exact-sum.ts";
import { ALL_FIELDS, type Tally, type TypeSums } from "./_tally.ts";
import { type TableAccount, WORLD } from "./indicator-table.ts";
import { comparePeriods, periodLabel } from "./periods.ts";

const FIELD_ORDER = new Map([ALL_FIELDS, ...NistepFieldKeySchema.options].map((field, i) => [field, i]));

/** A cell's keys. */
interface Keyed {
  /** Country key, or `WORLD`. */
  readonly country: string;
  /** The period. */
  readonly period: YearWindow;
  /** `"all"` or a NISTEP field key. */
  readonly field: string;
}

/** Orders cells by country (code units, the world last), period, then field. */
export function compareKeys(a: Keyed, b: Keyed): number {
  return (
    Number(a.country === WORLD) - Number(b.country === WORLD) ||
    compareCodeUnits(a.country, b.country) ||
    comparePeriods(a.period, b.period) ||
    (FIELD_ORDER.get(a.field) ?? FIELD_ORDER.size) - (FIELD_ORDER.get(b.field) ?? FIELD_ORDER.size) ||
    compareCodeUnits(a.field, b.field)
  );
}

/**
 * The account of a tally, with counts divided by the period's length (window averages) or not.
 * @param tally - the pass
 * @param average - divide counts by `|W|` (NISTEP) rather than sum them (CWTS, InCites)
 */
export function tableAccount(tally: Tally, average: boolean): TableAccount {
  const unattributed = tally.world
    .map((cell) => ({ ...cell, country: WORLD }))
    .sort(compareKeys)
    .map((cell) => {
      const divisor = average ? cell.period.to - cell.period.from + 1 : 1;
      return {
        period: periodLabel(cell.period),
        field: cell.field,
        inScope: sumValue(cell.inScope) / divisor,
        attributable: sumValue(cell.papers.papers) / divisor,
        unattributed: sumValue(cell.unattributed) / divisor,
      };
    });
  return {
    unattributed,
    papersRead: tally.papersRead,
    papersOutsidePeriods: tally.papersOutsidePeriods,
    warnings: { ...tally.warnings },
  };
}

/** A country (or the world) in a period and field, with its sums under both countings. */
export interface RowCell extends Keyed {
  /** Sums under integer counting (for the world: attributable papers, each once). */
  readonly integer: TypeSums;
  /** Sums under the fractional method (the integer sums when the tally had none; for the world: papers again). */
  readonly fractional: TypeSums;
}

/** The cells of a tally, the world's included under `WORLD`, in row order. */
export function rowCells(tally: Tally): RowCell[] {
  return [
    ...tally.countries.map((cell) => ({ ...cell, fractional: cell.fractional ?? cell.integer })),
    ...tally.world.map((cell) => ({
      ...cell,
      country: WORLD,
      integer: cell.papers,
      fractional: cell.papers,
    })),
  ].sort(compareKeys);
}

/** `numerator / denominator`, or `null` when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
