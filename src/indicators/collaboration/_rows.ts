/**
 * Helpers that turn a collaboration tally into rows: its country and world cells in row order,
 * and its account of the unattributable papers, averaged over a window's years or summed.
 */
import { sumValue } from "../core/exact-sum.ts";
import { periodLabel } from "../core/periods.ts";
import { compareRowKeys, type RowKey, WORLD } from "../core/row-keys.ts";
import type { Tally, TypeSums } from "./_tally.ts";
import type { TableAccount } from "./table-account.ts";

/**
 * The account of a tally, with counts divided by the period's length (window averages) or not.
 * @param tally - the pass
 * @param average - divide counts by `|W|` (NISTEP) rather than sum them (CWTS, InCites)
 */
export function tableAccount(tally: Tally, average: boolean): TableAccount {
  const unattributed = tally.world
    .map((cell) => ({ ...cell, country: WORLD }))
    .sort(compareRowKeys)
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
export interface RowCell extends RowKey {
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
  ].sort(compareRowKeys);
}
