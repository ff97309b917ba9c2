/**
 * Periods on the command line (METHODOLOGY.md §6), the same in every indicator command:
 * `--period 2019-2021` (repeatable fixed windows), `--window 3` (moving windows) and `--years`
 * (the corpus filter, which also bounds single years and moving windows).
 */
import type { PeriodsInput } from "../indicators/periods.ts";
import { parseYears } from "./_normalize-args.ts";
import { usageError } from "./usage-error.ts";

/** `parseArgs` definitions of the period options (`--years` comes with the corpus options). */
export const PERIOD_ARGS = {
  period: { type: "string", multiple: true },
  window: { type: "string" },
} as const;

/**
 * The periods a command line asks for.
 * @param periods - `--period` values
 * @param window - `--window` value
 * @param yearsText - `--years` value
 * @throws UsageError for a malformed value, or `--period` with `--window`
 * @example
 * periodsFromArgs(["2019-2021"], undefined, undefined) // → { kind: "windows", windows: [{ from: 2019, to: 2021 }] }
 */
export function periodsFromArgs(
  periods: readonly string[] | undefined,
  window: string | undefined,
  yearsText: string | undefined,
): PeriodsInput {
  const years = yearsText === undefined ? null : parseYears(yearsText);
  if (periods !== undefined && window !== undefined) throw usageError("give --period or --window, not both");
  if (periods !== undefined) return { kind: "windows", windows: periods.map(parsePeriod) };
  if (window === undefined) return { kind: "years", years };
  if (!/^[1-9]\d*$/.test(window)) throw usageError(`--window must be a number of years, not "${window}"`);
  const size = Number(window);
  if (years !== null && years.to - years.from + 1 < size)
    throw usageError(`--window ${size} does not fit in --years ${yearsText}`);
  return { kind: "moving", size, years };
}

function parsePeriod(text: string): { from: number; to: number } {
  try {
    return parseYears(text);
  } catch {
    throw usageError(`--period must look like 2019-2021 or 2021, not "${text}"`);
  }
}
