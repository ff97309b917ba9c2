/**
 * Period options on the command line (METHODOLOGY.md §6), shared by the indicator commands:
 * `--period 2019-2021` (repeatable fixed windows), `--window 3` (moving windows) and `--years`
 * (single years of a range, also the corpus scope filter).
 */
import type { PeriodsInput } from "../indicators/core/periods.ts";
import type { YearWindow } from "../normalize/publication-year.ts";
import { parseYears } from "./_normalize-args.ts";
import { usageError } from "./usage-error.ts";

/** `parseArgs` definitions of `--period` and `--window` (`--years` comes with the corpus options). */
export const PERIOD_ARGS = {
  period: { type: "string", multiple: true },
  window: { type: "string" },
} as const;

/**
 * Turns `--period`, `--window` and `--years` into a periods spec.
 * @throws UsageError for a malformed value, `--period` with `--window`, or a window longer than `--years`
 * @example
 * periodsFromArgs(["2019-2021"], undefined, undefined) // → { kind: "windows", windows: [{ from: 2019, to: 2021 }] }
 * periodsFromArgs(undefined, "3", "2015-2022")        // → { kind: "moving", size: 3, years: { from: 2015, to: 2022 } }
 */
export function periodsFromArgs(
  periods: readonly string[] | undefined,
  window: string | undefined,
  yearsText: string | undefined,
): PeriodsInput {
  const years = yearsText === undefined ? null : parseYears(yearsText);
  if (periods !== undefined && window !== undefined) throw usageError("give --period or --window, not both");
  if (periods !== undefined)
    return { kind: "windows", windows: periods.map((p) => parseWindow(p, "--period")) };
  if (window === undefined) return { kind: "years", years };
  if (!/^[1-9]\d*$/.test(window)) throw usageError(`--window must be a number of years, not "${window}"`);
  const size = Number(window);
  if (years !== null && years.to - years.from + 1 < size)
    throw usageError(`--window ${size} does not fit in --years ${yearsText}`);
  return { kind: "moving", size, years };
}

/**
 * Parses one window option, `2019-2021` or `2021`.
 * @param option - the option's name, for the message
 * @throws UsageError naming the option
 * @example
 * parseWindow("2009-2011", "--compare") // → { from: 2009, to: 2011 }
 */
export function parseWindow(text: string, option: string): YearWindow {
  try {
    return parseYears(text);
  } catch {
    throw usageError(`${option} must look like 2019-2021 or 2021, not "${text}"`);
  }
}
