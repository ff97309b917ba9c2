/**
 * Periods of publication years (docs/methodology.md §6): single years, fixed windows such as
 * 2019–2021, and moving windows shifted by one year. A window is computed only when every one
 * of its years is present in the corpus; otherwise copub names the missing years. Indicators
 * accumulate in one pass over the papers, so a plan maps each year to its periods as papers
 * arrive and settles the final list, with that check, once all years are known.
 */
import * as z from "zod";
import { CopubError } from "../../diagnostics/errors.ts";
import { type YearWindow, YearWindowSchema, yearWindowOf } from "../../normalize/publication-year.ts";

/** Periods as an object: single years, fixed windows or moving windows. */
const PeriodsObjectSchema = z
  .discriminatedUnion("kind", [
    z.object({
      /** Single years. */
      kind: z.literal("years"),
      /** Every year of this range, each required to be present; default `null`: the years present. */
      years: YearWindowSchema.nullable().default(null),
    }),
    z.object({
      /** Fixed windows, e.g. `[{ from: 2019, to: 2021 }]`; every year of each must be present. */
      kind: z.literal("windows"),
      /** The windows, inclusive. */
      windows: z.array(YearWindowSchema).min(1),
    }),
    z.object({
      /** Moving windows of `size` years shifted by one year (1999–2001, 2000–2002, …). */
      kind: z.literal("moving"),
      /** Years per window, at least 1. */
      size: z.number().int().min(1),
      /** The range the windows cover; default `null`: first to last year present. */
      years: YearWindowSchema.nullable().default(null),
    }),
  ])
  .refine((spec) => spec.kind !== "moving" || spec.years === null || yearCount(spec.years) >= spec.size, {
    message: "a moving window does not fit in the years range",
  });

/**
 * Periods as the command line's `--period` takes them: one window (`"2019-2021"`, or `"2021"`), or
 * several separated by commas (`"2009-2011,2019-2021"`), as fixed windows.
 */
const PeriodsTextSchema = z.string().transform((text, context) => {
  const windows = text.split(",").map((part) => yearWindowOf(part));
  if (windows.every((window) => window !== null)) return { kind: "windows" as const, windows };
  context.addIssue({
    code: "custom",
    message: `"${text}" is not periods like "2019-2021" or "2009-2011,2019-2021" (each window as 2019-2021 or 2021)`,
  });
  return z.NEVER;
});

/**
 * Which periods an indicator reports, with the default of §6 (one row per year present): the
 * text `"2019-2021"` or `"2009-2011,2019-2021"` (fixed windows, as `--period` takes them), or the
 * object form `{ kind: "years" | "windows" | "moving", … }`.
 */
export const PeriodsSchema = z.union([PeriodsTextSchema, PeriodsObjectSchema]).prefault({ kind: "years" });

/** Which periods an indicator reports. */
export type Periods = z.infer<typeof PeriodsSchema>;

/** Which periods an indicator reports, as a caller gives them. */
export type PeriodsInput = z.input<typeof PeriodsSchema>;

/**
 * A window whose years are not all in the corpus (§6): `code` is `invalid-option`.
 * @example
 * collaborationIndicators(papersOf2021, { periods: "2019-2021" })
 * // throws MissingYearsError: missingYears [2019, 2020], code "invalid-option"
 */
export class MissingYearsError extends CopubError {
  /** The years asked for that no paper has, ascending. */
  readonly missingYears: readonly number[];

  /**
   * @param missingYears - the missing years, ascending
   * @param periods - labels of the periods that need them
   */
  constructor(missingYears: readonly number[], periods: readonly string[]) {
    super(
      "invalid-option",
      `no paper in the corpus is from ${missingYears.join(", ")}, so ${periods.join(", ")} cannot be computed (methodology §6: a window needs every one of its years)`,
    );
    this.missingYears = missingYears;
  }
}

/**
 * Moving windows longer than the corpus's span of years: not one window fits. `code` is
 * `invalid-option`; the command line adds where the window came from (a profile sets one, §14).
 */
export class WindowTooLongError extends CopubError {
  /** Years per window. */
  readonly size: number;
  /** The years present, ascending (empty for a corpus without papers). */
  readonly yearsPresent: readonly number[];

  /**
   * @param size - years per window
   * @param yearsPresent - the years present, ascending
   */
  constructor(size: number, yearsPresent: readonly number[]) {
    const have = yearsPresent.length === 0 ? "no papers" : `papers from ${yearsPresent.join(", ")} only`;
    super("invalid-option", `a ${size}-year moving window needs ${size} years; the corpus has ${have}`);
    this.size = size;
    this.yearsPresent = yearsPresent;
  }
}

/**
 * The label of a period: the year, or first and last year.
 * @example
 * periodLabel({ from: 2021, to: 2021 }) // → "2021"
 * periodLabel({ from: 2019, to: 2021 }) // → "2019-2021"
 */
export function periodLabel(period: YearWindow): string {
  return period.from === period.to ? `${period.from}` : `${period.from}-${period.to}`;
}

/**
 * Number of years in a period, `|W|`.
 * @example
 * yearCount({ from: 2019, to: 2021 }) // → 3
 */
export function yearCount(period: YearWindow): number {
  return period.to - period.from + 1;
}

/**
 * Orders periods by first year, then last year.
 * @example
 * [{ from: 2020, to: 2022 }, { from: 2019, to: 2021 }].sort(comparePeriods) // → [{ from: 2019, to: 2021 }, { from: 2020, to: 2022 }]
 */
export function comparePeriods(a: YearWindow, b: YearWindow): number {
  return a.from - b.from || a.to - b.to;
}

/** The periods of a spec, known year by year during a pass and settled at its end. */
export interface PeriodPlan {
  /** The periods a paper of this year may count in (a superset of the final ones). */
  readonly periodsOf: (year: number) => readonly YearWindow[];
  /**
   * The final periods, ascending, given the years present.
   * @throws MissingYearsError when a period's years are not all present
   * @throws WindowTooLongError when no moving window fits in the years present
   */
  readonly resolve: (yearsPresent: ReadonlySet<number>) => readonly YearWindow[];
}

/**
 * Validates a periods spec and returns its plan.
 * @param spec - the spec; default `{ kind: "years" }`, one period per year present
 * @throws ZodError for a spec that is not periods (callers check options first, `checkOptions`)
 * @example
 * const plan = periodPlan({ kind: "moving", size: 3 });
 * plan.periodsOf(2020)                              // → [{ from: 2018, to: 2020 }, { from: 2019, to: 2021 }, { from: 2020, to: 2022 }]
 * plan.resolve(new Set([2019, 2020, 2021, 2022]))   // → [{ from: 2019, to: 2021 }, { from: 2020, to: 2022 }]
 */
export function periodPlan(spec?: PeriodsInput): PeriodPlan {
  const plan = planOf(PeriodsSchema.parse(spec));
  // Asked once per paper and pass: the periods of a year are made once, the same array after.
  const known = new Map<number, readonly YearWindow[]>();
  return {
    periodsOf(year) {
      let found = known.get(year);
      if (found === undefined) {
        found = plan.periodsOf(year);
        known.set(year, found);
      }
      return found;
    },
    resolve: plan.resolve,
  };
}

function planOf(periods: Periods): PeriodPlan {
  switch (periods.kind) {
    case "years": {
      const range = periods.years;
      return {
        periodsOf: (year) => (range === null || within(range, year) ? [{ from: year, to: year }] : []),
        resolve: (present) =>
          checked(
            range === null
              ? [...present].sort((a, b) => a - b).map((y) => ({ from: y, to: y }))
              : singleYears(range),
            present,
          ),
      };
    }
    case "windows": {
      const windows = [...periods.windows].sort(comparePeriods);
      return {
        periodsOf: (year) => windows.filter((window) => within(window, year)),
        resolve: (present) => checked(windows, present),
      };
    }
    case "moving": {
      const { size, years } = periods;
      const fits = (window: YearWindow) =>
        years === null || (window.from >= years.from && window.to <= years.to);
      return {
        periodsOf: (year) =>
          Array.from({ length: size }, (_, i) => ({ from: year - size + 1 + i, to: year + i })).filter(fits),
        resolve: (present) => checked(movingWindows(size, years ?? rangeOf(present, size)), present),
      };
    }
  }
}

function within(window: YearWindow, year: number): boolean {
  return year >= window.from && year <= window.to;
}

function singleYears(range: YearWindow): YearWindow[] {
  return Array.from({ length: yearCount(range) }, (_, i) => ({ from: range.from + i, to: range.from + i }));
}

function movingWindows(size: number, range: YearWindow): YearWindow[] {
  return Array.from({ length: yearCount(range) - size + 1 }, (_, i) => ({
    from: range.from + i,
    to: range.from + i + size - 1,
  }));
}

function rangeOf(present: ReadonlySet<number>, size: number): YearWindow {
  const years = [...present].sort((a, b) => a - b);
  const from = years[0];
  const to = years.at(-1);
  if (from === undefined || to === undefined || to - from + 1 < size) {
    throw new WindowTooLongError(size, years);
  }
  return { from, to };
}

function checked(periods: readonly YearWindow[], present: ReadonlySet<number>): readonly YearWindow[] {
  const missing = new Set<number>();
  const incomplete: string[] = [];
  for (const period of periods) {
    const gaps = singleYears(period).filter((p) => !present.has(p.from));
    if (gaps.length === 0) continue;
    incomplete.push(periodLabel(period));
    for (const gap of gaps) missing.add(gap.from);
  }
  if (missing.size > 0)
    throw new MissingYearsError(
      [...missing].sort((a, b) => a - b),
      incomplete,
    );
  return periods;
}

/** The publication years of the papers of a pass, counted as they arrive. */
export interface YearCounter {
  /** Counts one paper's year (`null` for a paper without one). */
  readonly add: (year: number | null) => void;
  /** The years present so far, what `PeriodPlan.resolve` needs. */
  readonly present: () => ReadonlySet<number>;
  /** Papers in none of the periods: those without a year, and those of a year no period covers. */
  readonly outside: (periods: readonly YearWindow[]) => number;
}

/**
 * Starts counting papers per year, the bookkeeping every indicator pass shares: which years are
 * present (to settle the periods, §6) and how many papers the settled periods leave out.
 * @example
 * const years = createYearCounter();
 * [2019, 2020, null].forEach(years.add);
 * years.outside([{ from: 2020, to: 2021 }]) // → 2 (the 2019 paper and the one without a year)
 */
export function createYearCounter(): YearCounter {
  const byYear = new Map<number, number>();
  let withoutYear = 0;
  return {
    add(year) {
      if (year === null) withoutYear++;
      else byYear.set(year, (byYear.get(year) ?? 0) + 1);
    },
    present: () => new Set(byYear.keys()),
    outside(periods) {
      let outside = withoutYear;
      for (const [year, count] of byYear) if (!periods.some((p) => within(p, year))) outside += count;
      return outside;
    },
  };
}
