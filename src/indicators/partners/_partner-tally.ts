/**
 * The one pass behind the partner tables (docs/methodology.md §9.1): per period × field, the focal
 * country's international co-authored papers `|I_A|`, the papers it shares with each partner
 * `n(A, B)`, and every country's international papers `|I_B|` for the reverse view. Integer
 * counting only, so every sum is a whole number and exact whatever the paper order.
 */
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { type NistepFieldKey, NistepFieldKeySchema } from "../../normalize/data/nistep-fields.ts";
import type { YearWindow } from "../../normalize/publication-year.ts";
import { type Cell, createCellStore } from "../core/cell-store.ts";
import type { Accumulator } from "../core/define-indicator.ts";
import {
  comparePeriods,
  createYearCounter,
  type PeriodPlan,
  type PeriodsInput,
  periodLabel,
  periodPlan,
} from "../core/periods.ts";
import { ALL_FIELDS } from "../core/row-keys.ts";

/**
 * The NISTEP fields a partner table has rows for: the eight of §7.2 in its order, then `other`
 * (papers in none of the eight), as the collaboration and Top-x% tables have it, so that no
 * paper of a field split is dropped without a row.
 */
export const PARTNER_FIELDS: readonly NistepFieldKey[] = NistepFieldKeySchema.options;

/** What the pass counted in one period and field. */
export interface PartnerCell extends Cell {
  /** `|I_A|`: the focal country's papers with two or more countries. */
  focalInternational: number;
  /** `n(A, B)` by partner key. */
  readonly shared: Map<string, number>;
  /** `|I_B|` by country key: every country's papers with two or more countries. */
  readonly international: Map<string, number>;
}

/** What a pass found. */
export interface PartnerTally {
  /** The final periods, ascending (the compare window included). */
  readonly periods: readonly YearWindow[];
  /** One cell per final period × field, in period then field order, empty ones included. */
  readonly cells: readonly PartnerCell[];
  /** Papers read. */
  readonly papersRead: number;
  /** Papers read that fall in no final period (no year, or a year no period covers). */
  readonly papersOutsidePeriods: number;
}

/** What the pass counts. */
export interface PartnerTallyOptions {
  /** The focal country's key. */
  readonly focal: string;
  /** The periods of the table. */
  readonly periods: PeriodsInput;
  /** The earlier window ranks are compared with, counted as one more period; or `null`. */
  readonly compare: YearWindow | null;
  /** Cells per NISTEP broad field besides "all". */
  readonly byField: boolean;
}

/**
 * Starts a pass.
 * @param options - focal country, periods, compare window and field split
 * @returns `add` for each paper, and `result`, which throws MissingYearsError when a period's
 *   years (or the compare window's) are not all present (§6)
 * @throws ZodError for an invalid periods spec
 */
export function createPartnerTally(options: PartnerTallyOptions): Accumulator<PartnerTally> {
  const plans: PeriodPlan[] = [periodPlan(options.periods)];
  if (options.compare !== null) plans.push(periodPlan({ kind: "windows", windows: [options.compare] }));
  const fields = options.byField ? [ALL_FIELDS, ...PARTNER_FIELDS] : [ALL_FIELDS];
  const cells = createCellStore(
    (period, field): PartnerCell => ({
      period,
      field,
      focalInternational: 0,
      shared: new Map(),
      international: new Map(),
    }),
  );
  const years = createYearCounter();
  let papersRead = 0;

  return {
    add(paper) {
      papersRead++;
      const year = paper.year;
      years.add(year);
      if (year === null) return;
      if (paper.countries.length < 2) return;
      const withFocal = paper.countries.includes(options.focal);
      for (const period of uniquePeriods(plans.flatMap((plan) => plan.periodsOf(year))))
        for (const field of paperFields(paper, options.byField)) {
          const target = cells.cell(period, field);
          for (const country of paper.countries) increment(target.international, country);
          if (!withFocal) continue;
          target.focalInternational++;
          for (const country of paper.countries)
            if (country !== options.focal) increment(target.shared, country);
        }
    },
    result() {
      const present = years.present();
      const periods = uniquePeriods(plans.flatMap((plan) => plan.resolve(present))).sort(comparePeriods);
      return {
        periods,
        cells: periods.flatMap((period) => fields.map((field) => cells.cell(period, field))),
        papersRead,
        papersOutsidePeriods: years.outside(periods),
      };
    },
  };
}

/**
 * The fields a paper counts in: "all", then (with the split) each NISTEP field it has a share
 * in (`other` included), as a whole paper: §9.1 counts papers, so a paper split over two fields by fractional
 * field assignment is one paper in each.
 */
function paperFields(paper: CorpusPaper, byField: boolean): string[] {
  if (!byField) return [ALL_FIELDS];
  const own = new Set(paper.fields.nistep.filter((s) => s.weight > 0).map((s) => s.field));
  return [ALL_FIELDS, ...PARTNER_FIELDS.filter((field) => own.has(field))];
}

function uniquePeriods(periods: readonly YearWindow[]): YearWindow[] {
  return [...new Map(periods.map((period) => [periodLabel(period), period])).values()];
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
