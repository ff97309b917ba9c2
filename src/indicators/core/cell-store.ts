/**
 * The cells a tally fills in one pass over the papers: one per period × field row (and, for
 * country cells, per country), made when the first paper reaches it, so a table has rows only
 * where papers are; at the end only the cells of the periods that survive settling are kept (§6).
 * What a cell sums is the indicator's own — sums by collaboration type, Top-x% buckets, partner
 * counts — so the collaboration, Top-x% and partner passes share this store and its country cells
 * (integer and fractional sums side by side, docs/methodology.md §4) and differ only in their sums.
 */
import { innerMap } from "../../common/inner-map.ts";
import type { YearWindow } from "../../normalize/publication-year.ts";
import { periodLabel } from "./periods.ts";

/** What every cell knows: where it stands. */
export interface Cell {
  /** The period. */
  readonly period: YearWindow;
  /** `"all"` or a NISTEP field key. */
  readonly field: string;
}

/** Cells of one kind during a pass. */
export interface CellStore<C extends Cell> {
  /** The cell of a period and field (and of `owner`, a country key, for country cells), made on first use. */
  readonly cell: (period: YearWindow, field: string, owner?: string) => C;
  /** The cells of the final periods, in the order they were made. */
  readonly kept: (periods: readonly YearWindow[]) => C[];
}

/**
 * Starts an empty store.
 * @param make - a new cell for a period, field and owner (`""` when the store has none)
 * @example
 * const rows = createCellStore((period, field) => ({ period, field, papers: 0 }));
 * rows.cell(y2021, "all").papers++;
 * rows.cell(y2021, "all").papers++;
 * rows.kept([y2021]) // → [{ period: { from: 2021, to: 2021 }, field: "all", papers: 2 }]
 */
export function createCellStore<C extends Cell>(
  make: (period: YearWindow, field: string, owner: string) => C,
): CellStore<C> {
  // Looked up once per paper, period, field and country: by the period's years (numbers), then
  // field and owner, each a map, so no key text is built per lookup; `made` keeps the order.
  const byPeriod = new Map<number, Map<string, Map<string, C>>>();
  const made: C[] = [];
  return {
    cell(period, field, owner = "") {
      const periodKey = period.from * YEAR_SPAN + (period.to - period.from);
      const byOwner = innerMap(innerMap(byPeriod, periodKey), field);
      let found = byOwner.get(owner);
      if (found === undefined) {
        found = make(period, field, owner);
        byOwner.set(owner, found);
        made.push(found);
      }
      return found;
    },
    kept(periods) {
      const labels = new Set(periods.map(periodLabel));
      return made.filter((cell) => labels.has(periodLabel(cell.period)));
    },
  };
}

/**
 * More than the years any period spans, so `from · YEAR_SPAN + (to − from)` names a period by one
 * number (periods are whole years of publication, far inside the doubles' exact integers).
 */
const YEAR_SPAN = 1 << 16;

/** A country in one period and field: its sums under integer counting and, optionally, one fractional method. */
export interface CountryCell<S> extends Cell {
  /** The country key. */
  readonly country: string;
  /** Sums under integer counting. */
  readonly integer: S;
  /** Sums under the fractional method, or `null` when the pass has none. */
  readonly fractional: S | null;
}

/**
 * Starts an empty store of country cells.
 * @param sums - new, empty sums of the indicator
 * @param fractional - whether cells also sum a fractional method
 */
export function createCountryCells<S>(sums: () => S, fractional: boolean): CellStore<CountryCell<S>> {
  return createCellStore((period, field, country) => ({
    period,
    field,
    country,
    integer: sums(),
    fractional: fractional ? sums() : null,
  }));
}

/**
 * Adds a paper's part of a period and field row to the cells of each of its countries: weight 1
 * under integer counting (§4.1), the country's share under the fractional method.
 * @param cells - the country cells
 * @param period - the period
 * @param field - `"all"` or a NISTEP field key
 * @param countries - `C(p)`
 * @param shares - each country's fractional share of the paper (a missing country has 0)
 * @param add - adds the paper's part, times a weight, to an indicator's sums
 * @example
 * // A JP–US paper with NISTEP shares JP 2/3, US 1/3, counted as papers:
 * addToCountries(cells, y2021, "all", ["JP", "US"], shares, (sums, w) => { sums.papers += w; });
 * cells.kept([y2021]).map((c) => [c.country, c.integer.papers, c.fractional?.papers]) // → [["JP", 1, 0.666…], ["US", 1, 0.333…]]
 */
export function addToCountries<S>(
  cells: CellStore<CountryCell<S>>,
  period: YearWindow,
  field: string,
  countries: readonly string[],
  shares: ReadonlyMap<string, number>,
  add: (sums: S, weight: number) => void,
): void {
  for (const country of countries) {
    const cell = cells.cell(period, field, country);
    add(cell.integer, 1);
    if (cell.fractional !== null) add(cell.fractional, shares.get(country) ?? 0);
  }
}
