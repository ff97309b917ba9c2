/**
 * A command's arguments read against its option table: `parseArgs` configured from the table,
 * then every option checked and typed, before the command touches any file. Apart from the option
 * kinds because it is the one place that knows the order of things: a value that looks like an
 * option is caught before `parseArgs` calls it ambiguous, and `--help` wins over any bad value.
 */
import { parseArgs } from "node:util";
import { PROFILES, ProfileNameSchema } from "../indicators/profiles/profiles.ts";
import type { CliOption, GivenValue, OptionTable, OptionValues } from "./_options.ts";
import { usageError } from "./_usage-error.ts";

/** A command line read against a table: typed values, the options given, the inputs. */
export interface CommandLine<O extends OptionTable> {
  /** `--help` was not given (see {@link HelpRequest}). */
  readonly help: false;
  /** Each option's typed value, its default when absent. */
  readonly values: OptionValues<O>;
  /** The options given on the command line, by name; a default can then be told from a choice. */
  readonly given: ReadonlySet<string>;
  /** The options not given whose value the profile (`--profile`) set, by name. */
  readonly profiled: ReadonlySet<string>;
  /** The arguments that are not options: the inputs. */
  readonly positionals: readonly string[];
}

/** `--help` was given: the command prints its help and nothing else is checked. */
export interface HelpRequest {
  readonly help: true;
}

/**
 * Reads a command's arguments.
 * @param argv - the arguments after the command's name
 * @param options - the command's option table, with `help`
 * @returns the typed command line, or a help request when `-h`/`--help` is given
 * @throws UsageError for a value the option does not take, a missing required option, or an
 *   option without its value; `parseArgs`'s own error for an unknown option
 * @example
 * parseCommandLine(["x.txt", "--show", "5"], { show: wholeNumber({ min: 1, default: 10, help: "…" }), help: HELP_OPTION })
 * // → { help: false, values: { show: 5, help: false }, given: Set { "show" }, profiled: Set {}, positionals: ["x.txt"] }
 */
export function parseCommandLine<O extends OptionTable & { readonly help: CliOption<boolean> }>(
  argv: readonly string[],
  options: O,
): CommandLine<O> | HelpRequest {
  const args = attachOptionalValues(argv, options);
  checkValuesFollow(args, options);
  const config = Object.fromEntries(
    Object.entries(options).map(([name, option]) => [
      name,
      {
        type: option.type,
        multiple: option.multiple,
        ...(option.short === undefined ? {} : { short: option.short }),
      },
    ]),
  );
  const parsed = parseArgs({ args: [...args], options: config, allowPositionals: true, strict: true });
  const given = new Set(Object.keys(options).filter((name) => parsed.values[name] !== undefined));
  if (parsed.values.help === true) return { help: true };
  const { raw, profiled } = withProfile(
    parsed.values as Readonly<Record<string, GivenValue>>,
    options,
    given,
  );
  // Late options (countries) read the values of the others (the country switches) first.
  const earlier: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options))
    if (option.late !== true) earlier[name] = option.parse(raw[name], name, {});
  const values = Object.fromEntries(
    Object.entries(options).map(([name, option]) => [
      name,
      option.late === true ? option.parse(raw[name], name, earlier) : earlier[name],
    ]),
  ) as OptionValues<O>;
  return { help: false, values, given, profiled, positionals: parsed.positionals };
}

/**
 * The texts of the command line with a profile's filled in: with `--profile`, every option of the
 * table that is not given and that the profile sets takes the profile's text, read as if given
 * (so it is checked like one). Without `--profile`, or for a table without it, nothing changes.
 */
function withProfile(
  raw: Readonly<Record<string, GivenValue>>,
  options: OptionTable,
  given: ReadonlySet<string>,
): { raw: Readonly<Record<string, GivenValue>>; profiled: ReadonlySet<string> } {
  const profiled = new Set<string>();
  const option = options.profile;
  if (option === undefined || raw.profile === undefined) return { raw, profiled };
  const profile = PROFILES[ProfileNameSchema.parse(option.parse(raw.profile, "profile"))];
  const filled: Record<string, GivenValue> = { ...raw };
  for (const [name, { profile: text, multiple }] of Object.entries(options)) {
    const value = given.has(name) || text === undefined ? null : text(profile, given);
    if (value === null) continue;
    filled[name] = multiple ? [value] : value;
    profiled.add(name);
  }
  return { raw: filled, profiled };
}

/**
 * An option that may be given bare (`takesNext`) gets its value attached, `--metrics=LIST` when
 * the next argument is one, else `--metrics=`, so that `parseArgs` reads both forms and never
 * takes an input file for the value. The values of other options are stepped over, so that
 * `--out --metrics` is still caught as a missing value of `--out`.
 */
function attachOptionalValues(args: readonly string[], options: OptionTable): string[] {
  const attached: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === "--") {
      attached.push(...args.slice(i));
      break;
    }
    const name = optionName(arg, options);
    const option = name === undefined ? undefined : options[name];
    const next = args[i + 1];
    if (option?.takesNext !== undefined) {
      const takes = next !== undefined && !next.startsWith("-") && option.takesNext(next);
      attached.push(`--${name}=${takes ? next : ""}`);
      if (takes) i += 1;
      continue;
    }
    attached.push(arg);
    if (option?.type === "string" && next !== undefined && !next.startsWith("-")) {
      attached.push(next);
      i += 1;
    }
  }
  return attached;
}

/**
 * Every option that takes a value must be followed by one. `parseArgs` refuses `--show -1` as
 * ambiguous (is `-1` the value or another option?) and `--out` at the end as missing, in its own
 * words; here both are copub's usage errors naming the option and what it takes. A value that
 * starts with a dash can still be given as `--min-weight=-0`.
 */
function checkValuesFollow(args: readonly string[], options: OptionTable): void {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === "--") return;
    const name = optionName(arg, options);
    const option = name === undefined ? undefined : options[name];
    if (name === undefined || option === undefined || option.type !== "string") continue;
    const next = args[i + 1];
    if (next === undefined) throw usageError(`--${name} needs a value: ${option.takes}`);
    if (next.length > 1 && next.startsWith("-")) {
      // The kind's own message when it refuses the text; otherwise say how to give such a value.
      option.parse(option.multiple ? [next] : next, name);
      throw usageError(
        `--${name} must be ${option.takes}, not "${next}" (a value that starts with "-" is written --${name}=${next})`,
      );
    }
    i += 1;
  }
}

/** The option an argument names, `--name` or `-n`, when it names one and carries no `=value`. */
function optionName(arg: string, options: OptionTable): string | undefined {
  if (arg.startsWith("--")) return arg.includes("=") ? undefined : arg.slice(2);
  if (arg.length !== 2 || !arg.startsWith("-")) return undefined;
  return Object.entries(options).find(([, option]) => option.short === arg.slice(1))?.[0];
}
