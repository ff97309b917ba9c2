// Period options (docs/methodology.md §6): --period, --window, --compare, and the periods spec they make with --years.
import { describe, expect, it } from "vitest";
import type { GivenValue } from "../../src/cli/_options.ts";
import { PERIOD_OPTIONS, periodsFromArgs, yearWindow } from "../../src/cli/_period-args.ts";

const OPTIONS = {
  ...PERIOD_OPTIONS,
  compare: yearWindow({ value: "2009-2011", help: "the earlier window" }),
};
type Name = keyof typeof OPTIONS;
/** An inclusive year window. */
const span = (from: number, to: number) => ({ from, to });
const LOOK_LIKE = "must look like 2019-2021 or 2021, not";

describe("period options", () => {
  it.each<[Name, GivenValue, unknown]>([
    ["period", ["2019-2021", "2022"], [span(2019, 2021), span(2022, 2022)]],
    ["period", undefined, undefined],
    ["window", "3", 3],
    ["window", undefined, undefined],
    ["compare", "2009-2011", span(2009, 2011)],
    ["compare", undefined, undefined],
  ])("--%s %j", (name, given, expected) => {
    expect(OPTIONS[name].parse(given, name)).toEqual(expected);
  });

  it.each<[Name, GivenValue, string]>([
    ["period", ["2019/2021"], `--period ${LOOK_LIKE} "2019/2021"`],
    ["period", ["2021-2019"], `--period ${LOOK_LIKE} "2021-2019"`],
    ["window", "0", '--window must be a whole number of at least 1, not "0"'],
    ["window", "-3", '--window must be a whole number of at least 1, not "-3"'],
    ["compare", "2009-11", `--compare ${LOOK_LIKE} "2009-11"`],
  ])("refuses --%s %j", (name, given, message) => {
    expect(() => OPTIONS[name].parse(given, name)).toThrow(
      expect.objectContaining({ name: "UsageError", message }),
    );
  });
});

describe("periodsFromArgs(periods, window, years)", () => {
  // Nothing: every year present; --years: each of its years; --period: fixed windows; --window: moving.
  it.each<[...Parameters<typeof periodsFromArgs>, unknown]>([
    [undefined, undefined, undefined, { kind: "years", years: null }],
    [undefined, undefined, span(2015, 2022), { kind: "years", years: span(2015, 2022) }],
    [[span(2019, 2021)], undefined, undefined, { kind: "windows", windows: [span(2019, 2021)] }],
    [undefined, 3, span(2015, 2022), { kind: "moving", size: 3, years: span(2015, 2022) }],
    [undefined, 3, span(2019, 2021), { kind: "moving", size: 3, years: span(2019, 2021) }],
  ])("%j, %j, %j", (periods, window, years, expected) => {
    expect(periodsFromArgs(periods, window, years)).toEqual(expected);
  });

  it.each<[...Parameters<typeof periodsFromArgs>, string]>([
    [[span(2019, 2021)], 3, undefined, "give --period or --window, not both"],
    [undefined, 5, span(2019, 2021), "--window 5 does not fit in --years 2019-2021"],
    [undefined, 2, span(2020, 2020), "--window 2 does not fit in --years 2020"],
  ])("refuses %j, %j, %j", (periods, window, years, message) => {
    expect(() => periodsFromArgs(periods, window, years)).toThrow(
      expect.objectContaining({ name: "UsageError", message }),
    );
  });
});
