// Reading a command line against an option table: parseArgs configured from the table, values
// checked and typed, copub's own messages where parseArgs would call a value ambiguous.
import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/_command-line.ts";
import {
  choice,
  file,
  flag,
  HELP_OPTION,
  nonNegativeNumber,
  repeatedOption,
  wholeNumber,
} from "../../src/cli/_options.ts";

const OPTIONS = {
  format: choice(["md", "csv"], { default: "md", help: "output format" }),
  show: wholeNumber({ min: 1, default: 10, value: "10", help: "countries shown" }),
  "min-weight": nonNegativeNumber({ default: 0, value: "W", help: "smallest edge weight" }),
  out: file("write to FILE"),
  period: repeatedOption({ value: "2019-2021", help: "a window" }, "a window", (t) => t),
  metrics: flag({ help: "compute the metrics" }),
  help: HELP_OPTION,
};

const DEFAULTS = {
  format: "md",
  show: 10,
  "min-weight": 0,
  out: undefined,
  period: undefined,
  metrics: false,
  help: false,
};

const AT_LEAST_0 = "must be a number of at least 0";
/** How the message for a value that starts with a dash, but reads as one, goes on. */
const WRITTEN = '(a value that starts with "-" is written';

describe("parseCommandLine(args, options)", () => {
  it.each<[string[], object, string[], string[]]>([
    [["a.txt"], DEFAULTS, [], ["a.txt"]],
    [["a.txt", "--show", "3", "b.txt"], { ...DEFAULTS, show: 3 }, ["show"], ["a.txt", "b.txt"]],
    [["--show=3", "a.txt"], { ...DEFAULTS, show: 3 }, ["show"], ["a.txt"]],
    [["--format", "md", "a.txt"], DEFAULTS, ["format"], ["a.txt"]],
    [["--metrics", "a.txt"], { ...DEFAULTS, metrics: true }, ["metrics"], ["a.txt"]],
    [["--period", "2019", "--period", "2021"], { ...DEFAULTS, period: ["2019", "2021"] }, ["period"], []],
    [["--out", "-", "a.txt"], { ...DEFAULTS, out: "-" }, ["out"], ["a.txt"]],
    [["--out=-x.txt", "a.txt"], { ...DEFAULTS, out: "-x.txt" }, ["out"], ["a.txt"]],
    [["--", "--show", "-1"], DEFAULTS, [], ["--show", "-1"]],
  ])("%j → values, options given, inputs", (args, values, given, positionals) => {
    expect(parseCommandLine(args, OPTIONS)).toEqual({
      help: false,
      values,
      given: new Set(given),
      profiled: new Set(),
      positionals,
    });
  });

  it.each<[string[], string]>([
    [["--show", "-1"], '--show must be a whole number of at least 1, not "-1"'],
    [["--show=-1"], '--show must be a whole number of at least 1, not "-1"'],
    [["a.txt", "--show", "-1", "--format", "csv"], '--show must be a whole number of at least 1, not "-1"'],
    [["--min-weight", "-0.5"], '--min-weight must be a number of at least 0, not "-0.5"'],
    [["--format", "-csv"], '--format must be one of md, csv, not "-csv"'],
    [["--period", "-3"], `--period must be a window, not "-3" ${WRITTEN} --period=-3)`],
    [["--out", "--metrics"], `--out must be a file name, not "--metrics" ${WRITTEN} --out=--metrics)`],
    [["--out", "-h"], `--out must be a file name, not "-h" ${WRITTEN} --out=-h)`],
    [["--min-weight", "-0"], `--min-weight ${AT_LEAST_0}, not "-0" ${WRITTEN} --min-weight=-0)`],
    [["a.txt", "--show"], "--show needs a value: a whole number of at least 1"],
    [["a.txt", "--out"], "--out needs a value: a file name"],
    [["--show", "0"], '--show must be a whole number of at least 1, not "0"'],
  ])("%j is copub's usage error", (args, message) => {
    expect(() => parseCommandLine(args, OPTIONS)).toThrow(
      expect.objectContaining({ name: "UsageError", message }),
    );
  });

  it.each<[string[]]>([
    [["--help"]],
    [["-h", "a.txt"]],
    [["--show", "x", "--help"]],
    [["--format", "xlsx", "-h"]],
  ])("%j asks for help, whatever else is wrong", (args) => {
    expect(parseCommandLine(args, OPTIONS)).toEqual({ help: true });
  });

  it("leaves an unknown option to parseArgs's own error", () => {
    expect(() => parseCommandLine(["--bogus", "a.txt"], OPTIONS)).toThrow(
      expect.objectContaining({ code: "ERR_PARSE_ARGS_UNKNOWN_OPTION" }),
    );
  });

  it("reads a flag as a flag: a dash after it is the next option", () => {
    expect(parseCommandLine(["--metrics", "--show", "2"], OPTIONS)).toMatchObject({
      values: { metrics: true, show: 2 },
    });
  });
});

describe("parseCommandLine(args, options) with --profile (methodology §14)", () => {
  const PROFILED = {
    profile: choice(["nistep", "cwts", "incites"], { help: "a profile" }),
    counting: choice(["integer", "fractional"], {
      default: "integer",
      help: "counting",
      profile: (p) => p.counting,
    }),
    "hong-kong-macao": choice(["separate", "china"], { help: "…", profile: (p) => p.hongKongMacao }),
    period: repeatedOption({ value: "2019-2021", help: "a window" }, "a window", (t) => t),
    window: wholeNumber({
      min: 1,
      value: "3",
      help: "moving windows",
      profile: (p, given) => (p.window === null || given.has("period") ? null : `${p.window}`),
    }),
    format: choice(["md", "csv"], { default: "md", help: "output format" }),
    help: HELP_OPTION,
  };

  it("fills in the profile's values of the options not given, and names them", () => {
    // CWTS (§14): fractional counting, Hong Kong and Macao in China, 4-year windows.
    expect(parseCommandLine(["--profile", "cwts", "a.txt"], PROFILED)).toEqual({
      help: false,
      values: {
        profile: "cwts",
        counting: "fractional",
        "hong-kong-macao": "china",
        period: undefined,
        window: 4,
        format: "md",
        help: false,
      },
      given: new Set(["profile"]),
      profiled: new Set(["counting", "hong-kong-macao", "window"]),
      positionals: ["a.txt"],
    });
  });

  it("lets an option given explicitly win over its profile value", () => {
    const line = parseCommandLine(
      ["--profile", "cwts", "--counting", "integer", "--period", "2021", "a.txt"],
      PROFILED,
    );
    expect(line).toMatchObject({
      values: { counting: "integer", "hong-kong-macao": "china", period: ["2021"], window: undefined },
      profiled: new Set(["hong-kong-macao"]),
    });
  });

  it("leaves what a profile has no setting for at its default (InCites: no windows)", () => {
    expect(parseCommandLine(["--profile", "incites"], PROFILED)).toMatchObject({
      values: { counting: "integer", "hong-kong-macao": "separate", window: undefined },
      profiled: new Set(["counting", "hong-kong-macao"]),
    });
    expect(parseCommandLine(["a.txt"], PROFILED)).toMatchObject({
      values: { counting: "integer", "hong-kong-macao": undefined },
      profiled: new Set(),
    });
  });

  it("refuses an unknown profile with the profile option's usage error", () => {
    expect(() => parseCommandLine(["--profile", "leiden"], PROFILED)).toThrow(
      expect.objectContaining({
        name: "UsageError",
        message: '--profile must be one of nistep, cwts, incites, not "leiden"',
      }),
    );
  });
});
