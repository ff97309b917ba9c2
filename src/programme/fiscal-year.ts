/**
 * Fiscal years for programme reports (docs/methodology.md §12.3). Japan's fiscal year N runs from
 * April N to March N+1, so a paper's fiscal year needs its month: the Early Access date when there
 * is one (the paper was public then), else the publication date `PD` with `PY`. WoS writes months
 * as `JAN`…`DEC`, ranges (`JAN-FEB`, first month taken) and seasons (`SPR` March, `SUM` June,
 * `FAL`/`AUT` September, `WIN` December). A paper with a year and no month has no fiscal year:
 * it is reported as undetermined with its calendar year, never guessed.
 */
import { checkKeys } from "../diagnostics/checked-options.ts";

const MONTHS: Readonly<Record<string, number>> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
  SPR: 3,
  SUM: 6,
  FAL: 9,
  AUT: 9,
  WIN: 12,
};

/**
 * The month a WoS date field names: the first month of a range, a season's month, or `null`.
 * @param text - `PD` or the month part of `EA` (`"MAR 15"`, `"JAN-FEB"`, `"SPR"`, `"2021 JUN"`)
 * @example
 * dateMonth("JAN-FEB") // → 1
 * dateMonth("FAL")     // → 9
 * dateMonth("2021")    // → null
 */
export function dateMonth(text: string | null): number | null {
  if (text === null) return null;
  const word = /\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SPR|SUM|FAL|AUT|WIN)[A-Z]*\b/i.exec(text);
  return word === null ? null : (MONTHS[(word[1] as string).toUpperCase()] ?? null);
}

/**
 * The fiscal year of a month: the year the fiscal year starts in.
 * @param year - calendar year
 * @param month - 1–12
 * @param startMonth - first month of the fiscal year; default 4 (April, Japan)
 * @example
 * fiscalYearOf(2024, 3)  // → 2023   (March 2024 closes FY2023)
 * fiscalYearOf(2024, 4)  // → 2024
 * fiscalYearOf(2024, 3, 1) // → 2024 (calendar fiscal years)
 */
export function fiscalYearOf(year: number, month: number, startMonth = 4): number {
  return month >= startMonth ? year : year - 1;
}

/** What a paper's fiscal year is read from. */
export interface PaperDates {
  /** Publication year (`PY`), or `null`. */
  readonly year: number | null;
  /** Publication date (`PD`), e.g. `"MAR 15"`, or `null`. */
  readonly publicationDate: string | null;
  /** Early Access date (`EA`), e.g. `"JUN 2021"`, or `null`. */
  readonly earlyAccessDate: string | null;
}

/** A paper's fiscal year and what it came from. */
export interface PaperFiscalYear {
  /** The fiscal year, or `null` when no date with a month is known (`fy-undetermined`). */
  readonly fiscalYear: number | null;
  /** `"EA"`, `"PD"`, or `null` when undetermined. */
  readonly basis: "EA" | "PD" | null;
  /** The calendar year of the date used (or `PY`), for reporting undetermined papers. */
  readonly calendarYear: number | null;
}

/** The keys of `paperFiscalYear`'s options. */
const FISCAL_YEAR_KEYS = ["datePolicy", "startMonth"];

/**
 * A paper's fiscal year (docs/methodology.md §12.3).
 * @param dates - `PY`, `PD`, `EA`
 * @param options - `datePolicy` (`"earliest"`, default: Early Access first; `"final"`: PD and PY
 *   only) and `startMonth` (default 4)
 * @example
 * paperFiscalYear({ year: 2022, publicationDate: "JAN", earlyAccessDate: "MAY 2021" }) // → { fiscalYear: 2021, basis: "EA", calendarYear: 2021 }
 * paperFiscalYear({ year: 2022, publicationDate: "JAN", earlyAccessDate: "MAY 2021" }, { datePolicy: "final" }) // → { fiscalYear: 2021, basis: "PD", calendarYear: 2022 }
 * paperFiscalYear({ year: 2022, publicationDate: null, earlyAccessDate: null }) // → { fiscalYear: null, basis: null, calendarYear: 2022 }
 */
export function paperFiscalYear(
  dates: PaperDates,
  options: { readonly datePolicy?: "earliest" | "final"; readonly startMonth?: number } = {},
): PaperFiscalYear {
  checkKeys(options, FISCAL_YEAR_KEYS, "paperFiscalYear options");
  const startMonth = options.startMonth ?? 4;
  if (options.datePolicy !== "final" && dates.earlyAccessDate !== null) {
    const month = dateMonth(dates.earlyAccessDate);
    const year = Number(/\b(\d{4})\b/.exec(dates.earlyAccessDate)?.[1] ?? Number.NaN);
    if (month !== null && Number.isInteger(year))
      return { fiscalYear: fiscalYearOf(year, month, startMonth), basis: "EA", calendarYear: year };
  }
  const month = dateMonth(dates.publicationDate);
  if (month !== null && dates.year !== null)
    return { fiscalYear: fiscalYearOf(dates.year, month, startMonth), basis: "PD", calendarYear: dates.year };
  return { fiscalYear: null, basis: null, calendarYear: dates.year };
}
