/**
 * Period options on the command line (docs/methodology.md §6), shared by the indicator commands:
 * `--period 2019-2021` (repeatable fixed windows), `--window 3` (moving windows) and `--years`
 * (single years of a range, also the corpus scope filter), which together make one periods spec.
 */
import { CopubError } from "../diagnostics/errors.ts";
import { MissingYearsError, type PeriodsInput, WindowTooLongError } from "../indicators/core/periods.ts";
import type { YearWindow } from "../normalize/publication-year.ts";
import { parseYears } from "./_normalize-args.ts";
import { type CliOption, repeatedOption, valueOption, wholeNumber } from "./_options.ts";
import { usageError } from "./_usage-error.ts";

const WINDOW = "a window like 2019-2021 or 2021";

const WINDOW_SPEC = { min: 1, value: "3", help: "moving windows of 3 years shifted by one year" } as const;

/** `--period` and `--window` (`--years` comes with the corpus options); commands word their help. */
export const PERIOD_OPTIONS = {
  period: repeatedOption(
    { value: "2019-2021", help: "a fixed window (repeat for several)" },
    WINDOW,
    (text, name) => parseWindow(text, `--${name}`),
  ),
  window: wholeNumber(WINDOW_SPEC),
};

/**
 * The period options of the indicator commands, whose `--window` a profile sets (methodology §14:
 * the Leiden Ranking's 4-year periods) unless `--period` is given. The report chooses its own
 * periods and keeps `PERIOD_OPTIONS`.
 */
export const PROFILED_PERIOD_OPTIONS = {
  ...PERIOD_OPTIONS,
  window: wholeNumber({
    ...WINDOW_SPEC,
    profile: (p, given) => (p.window === null || given.has("period") ? null : `${p.window}`),
  }),
};

/**
 * An option that takes one window, `2019-2021` or `2021`.
 * @example
 * yearWindow({ value: "2009-2011", help: "the earlier window" }).parse("2009-2011", "compare")
 * // → { from: 2009, to: 2011 }
 */
export function yearWindow(spec: {
  readonly value: string;
  readonly help: string;
}): CliOption<YearWindow | undefined> {
  return valueOption(spec, WINDOW, (text, name) => parseWindow(text, `--${name}`));
}

/**
 * Turns `--period`, `--window` and `--years` into a periods spec.
 * @throws UsageError for `--period` with `--window`, or a window longer than `--years`
 * @example
 * periodsFromArgs([{ from: 2019, to: 2021 }], undefined, undefined) // → { kind: "windows", windows: [{ from: 2019, to: 2021 }] }
 * periodsFromArgs(undefined, 3, { from: 2015, to: 2022 })           // → { kind: "moving", size: 3, years: { from: 2015, to: 2022 } }
 */
export function periodsFromArgs(
  periods: readonly YearWindow[] | undefined,
  window: number | undefined,
  years: YearWindow | undefined,
): PeriodsInput {
  if (periods !== undefined && window !== undefined) throw usageError("give --period or --window, not both");
  if (periods !== undefined) return { kind: "windows", windows: [...periods] };
  if (window === undefined) return { kind: "years", years: years ?? null };
  if (years !== undefined && years.to - years.from + 1 < window) {
    const range = years.from === years.to ? `${years.from}` : `${years.from}-${years.to}`;
    throw usageError(`--window ${window} does not fit in --years ${range}`);
  }
  return { kind: "moving", size: window, years: years ?? null };
}

/** One window, `2019-2021` or `2021`; a usage error names `option`. */
function parseWindow(text: string, option: string): YearWindow {
  try {
    return parseYears(text);
  } catch {
    throw usageError(`${option} must look like 2019-2021 or 2021, not "${text}"`);
  }
}

/**
 * Runs an indicator and, when its moving windows came from the profile (`--window` not given,
 * `--profile cwts` set it) and the corpus spans too few years for one, says so: the error names
 * the profile and the options that override it, which the bare error cannot know; likewise when
 * a year one of the profile's windows needs is missing.
 * @param profile - the profile given (`--profile`), or `undefined`
 * @param profiled - the options the profile set (`CommandLine.profiled`)
 * @param compute - the indicator's computation
 * @throws CopubError `invalid-option` naming the profile, `--period` and `--window`, in place of
 *   a `WindowTooLongError` or `MissingYearsError` from a profile's window; any other error unchanged
 * @example
 * withProfileWindow("cwts", new Set(["window"]), () => collaborationIndicators(papers, options))
 * // throws "a 4-year moving window needs 4 years; the corpus has papers from 2021 only. The window
 * //   comes from --profile cwts (methodology §14): give --period 2021 or --window 1 to override it"
 */
export function withProfileWindow<T>(
  profile: string | undefined,
  profiled: ReadonlySet<string>,
  compute: () => T,
): T {
  try {
    return compute();
  } catch (error) {
    if (profile === undefined || !profiled.has("window")) throw error;
    if (error instanceof MissingYearsError)
      throw new CopubError(
        "invalid-option",
        `${error.message}. The windows come from --profile ${profile} (methodology §14): give --period (fixed windows), --window N, or --years over years without gaps to override them`,
        null,
        { cause: error },
      );
    if (!(error instanceof WindowTooLongError)) throw error;
    const years = error.yearsPresent;
    const from = years[0];
    const to = years.at(-1);
    const period =
      from === undefined || to === undefined ? "2019-2021" : from === to ? `${from}` : `${from}-${to}`;
    const window = from === undefined || to === undefined ? 1 : to - from + 1;
    throw new CopubError(
      "invalid-option",
      `${error.message}. The ${error.size}-year window comes from --profile ${profile} (methodology §14): give --period ${period} or --window ${window} to override it`,
      null,
      { cause: error },
    );
  }
}
