/**
 * A command-line option as data: how `node:util` `parseArgs` reads it, what value it takes, how
 * the text given becomes a typed value, and its help line. Every command declares its options as
 * one table of these, so its parsing, its checks, its usage messages and its help cannot drift
 * apart. This module holds the shape and the kinds any command may use; kinds tied to a domain
 * (country keys, year windows, document types) sit beside their parsers.
 */
import type { Profile } from "../indicators/profiles/profiles.ts";
import { usageError } from "./_usage-error.ts";

/** What `parseArgs` hands over for one option: its text, its texts when repeatable, `true` for a flag. */
export type GivenValue = string | readonly string[] | boolean | undefined;

/** The typed values of the options read before a late option (see {@link CliOption.late}), by name. */
export type EarlierValues = Readonly<Record<string, unknown>>;

/**
 * The text an option takes under a profile (`--profile`, methodology §14) when it is not given,
 * or `null` when the profile leaves it to its default.
 * @param profile - the profile's switches
 * @param given - the options given on the command line (a profile's window yields to `--period`)
 */
export type ProfileDefault = (profile: Profile, given: ReadonlySet<string>) => string | null;

/** One option of a command. */
export interface CliOption<T> {
  /** `"string"` for an option that takes a value, `"boolean"` for a flag, as `parseArgs` has it. */
  readonly type: "string" | "boolean";
  /** The option may be given several times; every text is kept. */
  readonly multiple: boolean;
  /** A one-letter alias, e.g. `"h"` for `-h`. */
  readonly short?: string;
  /** How help and usage show the value, e.g. `"FILE"`, `"2019-2021"`, `"md|csv|json"`; `""` for a flag. */
  readonly value: string;
  /** The help text; lines after the first are indented under the first. */
  readonly help: string;
  /** What the value must be, for messages, e.g. `"one of md, csv, json"`. */
  readonly takes: string;
  /** The command line is bad without this option. */
  readonly required: boolean;
  /**
   * The option may also be given bare, without a value (`--metrics` alone): the argument after
   * it is its value only when this says the text is one; otherwise the option reads as given
   * the empty text. Absent: a value-taking option always takes the next argument.
   */
  readonly takesNext?: (text: string) => boolean;
  /**
   * Read after every option that is not late, with their values: what a country means depends
   * on the command's country switches (`--focal England` is `GB-ENG` under `--uk-nations
   * separate`). Absent: read in table order.
   */
  readonly late?: true;
  /** Its value under `--profile` when not given; absent: a profile does not set it. */
  readonly profile?: ProfileDefault;
  /**
   * The typed value: from what was given, or the default when nothing was.
   * @param given - from `parseArgs`, `undefined` when the option is absent
   * @param name - the option without its dashes, for messages
   * @param earlier - for a late option, the values of the options that are not late; else empty
   * @throws UsageError naming the option and what it takes
   */
  readonly parse: (given: GivenValue, name: string, earlier?: EarlierValues) => T;
}

/** Options by name (without dashes): a command's whole table. */
export type OptionTable = Readonly<Record<string, CliOption<unknown>>>;

/** The typed value of each option of a table. */
export type OptionValues<O extends OptionTable> = { readonly [K in keyof O]: ReturnType<O[K]["parse"]> };

/** What every option that takes a value states about itself. */
export interface ValueSpec<T> {
  /** How help shows the value; each kind has its own default. */
  readonly value?: string;
  /** The help text; see {@link CliOption.help}. */
  readonly help: string;
  /** The value when the option is absent; without it (and not `required`) the value is `undefined`. */
  readonly default?: T;
  /** The option must be given: `true`, or what to say about it (the message is `--x is required: …`). */
  readonly required?: true | string;
  /** Its text under `--profile` when not given (see {@link CliOption.profile}). */
  readonly profile?: ProfileDefault;
}

/** `undefined` joins an option's type unless it has a default or is required. */
export type Absent<S> = S extends { readonly default: unknown } | { readonly required: true | string }
  ? never
  : undefined;

/**
 * The usage error for a value an option does not take.
 * @example
 * invalidValue("format", "one of md, csv, json", "xlsx").message
 * // → '--format must be one of md, csv, json, not "xlsx"'
 */
export function invalidValue(name: string, takes: string, text: string): Error {
  return usageError(`--${name} must be ${takes}, not "${text}"`);
}

/**
 * An option that takes one value, read by `read`; given twice, the last one counts (as `parseArgs` does).
 * @param spec - value name, help, default or `required`
 * @param takes - what the value must be, for messages
 * @param read - text → value (with the earlier options' values, for a late option); throws a
 *   usage error for a text it does not take
 * @example
 * valueOption({ help: "countries shown", default: 10 }, "a number", Number).parse("5", "show") // → 5
 */
export function valueOption<T, const S extends ValueSpec<T>>(
  spec: S & ValueSpec<T>,
  takes: string,
  read: (text: string, name: string, earlier: EarlierValues) => T,
): CliOption<T | Absent<S>> {
  return stringOption(spec, takes, false, spec.required !== undefined, (given, name, earlier = {}) => {
    if (typeof given === "string") return read(given, name, earlier);
    if (spec.required !== undefined)
      throw usageError(`--${name} is required: ${spec.required === true ? takes : spec.required}`);
    return spec.default as T | Absent<S>;
  });
}

/**
 * An option that may be given several times; each text is read by `read`, in the order given.
 * Absent, its value is `undefined`, so a command can tell "not given" from any list.
 * @example
 * repeatedOption({ help: "…" }, "a window", parseYears).parse(["2019", "2021"], "period")
 * // → [{ from: 2019, to: 2019 }, { from: 2021, to: 2021 }]
 */
export function repeatedOption<T>(
  spec: Omit<ValueSpec<never>, "default" | "required">,
  takes: string,
  read: (text: string, name: string, earlier: EarlierValues) => T,
): CliOption<T[] | undefined> {
  return stringOption(spec, takes, true, false, (given, name, earlier = {}) =>
    given === undefined || typeof given === "boolean"
      ? undefined
      : (typeof given === "string" ? [given] : given).map((text) => read(text, name, earlier)),
  );
}

/** The option record of anything that takes a value. */
function stringOption<T>(
  spec: { readonly value?: string; readonly help: string; readonly profile?: ProfileDefault },
  takes: string,
  multiple: boolean,
  required: boolean,
  parse: CliOption<T>["parse"],
): CliOption<T> {
  const option = {
    type: "string",
    multiple,
    value: spec.value ?? "",
    help: spec.help,
    takes,
    required,
    parse,
  } as const;
  return spec.profile === undefined ? option : { ...option, profile: spec.profile };
}

/**
 * A switch without a value: `true` when given.
 * @example
 * flag({ help: "compute the metrics" }).parse(undefined, "metrics") // → false
 */
export function flag(spec: { readonly help: string; readonly short?: string }): CliOption<boolean> {
  return {
    type: "boolean",
    multiple: false,
    ...(spec.short === undefined ? {} : { short: spec.short }),
    value: "",
    help: spec.help,
    takes: "given without a value",
    required: false,
    parse: (given) => given === true,
  };
}

/** `-h, --help`, which every command has. */
export const HELP_OPTION: CliOption<boolean> = flag({ short: "h", help: "show this help" });

/**
 * One of a closed set of words. Help shows them joined by `|` unless `value` says otherwise.
 * @example
 * choice(["md", "csv", "json"], { default: "md", help: "output format" }).parse("xml", "format")
 * // throws UsageError: --format must be one of md, csv, json, not "xml"
 */
export function choice<const A extends string, const S extends ValueSpec<NoInfer<A>>>(
  allowed: readonly A[],
  spec: S,
): CliOption<A | Absent<S>> {
  const takes = allowed.length === 1 ? `${allowed[0]}` : `one of ${allowed.join(", ")}`;
  return valueOption({ value: allowed.join("|"), ...spec }, takes, (text, name) => {
    if (!(allowed as readonly string[]).includes(text)) throw invalidValue(name, takes, text);
    return text as A;
  });
}

/** A whole-number option: its smallest value, and whether the word `all` stands for no limit (`null`). */
export interface WholeNumberSpec extends ValueSpec<number | null> {
  /** The smallest value taken. */
  readonly min: number;
  /** `all` is taken too, and read as `null` (no limit). */
  readonly orAll?: true;
}

/**
 * A whole number of at least `min`, written in decimal digits: a sign, a fraction or an exponent
 * is bad usage, never rounded.
 * @example
 * wholeNumber({ min: 1, default: 10, help: "countries shown" }).parse("0", "show")
 * // throws UsageError: --show must be a whole number of at least 1, not "0"
 */
export function wholeNumber<const S extends WholeNumberSpec>(
  spec: S,
): CliOption<number | (S extends { readonly orAll: true } ? null : never) | Absent<S>> {
  const takes = `a whole number of at least ${spec.min}${spec.orAll === true ? " or all" : ""}`;
  return valueOption(spec, takes, (text, name) => {
    if (spec.orAll === true && text === "all") return null;
    if (!/^\d+$/.test(text) || Number(text) < spec.min) throw invalidValue(name, takes, text);
    return Number(text);
  }) as CliOption<number | (S extends { readonly orAll: true } ? null : never) | Absent<S>>;
}

/**
 * A number of at least 0, in any form JavaScript reads (`0.5`, `1e-3`).
 * @example
 * nonNegativeNumber({ value: "W", help: "smallest edge weight" }).parse("-1", "min-weight")
 * // throws UsageError: --min-weight must be a number of at least 0, not "-1"
 */
export function nonNegativeNumber<const S extends ValueSpec<number>>(spec: S): CliOption<number | Absent<S>> {
  const takes = "a number of at least 0";
  return valueOption(spec, takes, (text, name) => {
    const number = Number(text);
    if (text.trim() === "" || !Number.isFinite(number) || number < 0) throw invalidValue(name, takes, text);
    return number;
  });
}

/**
 * Words of a closed set separated by commas, or `all`; given bare (without a value) it is the
 * `bare` list. The argument after a bare option is its value only when every word in it is one of
 * the set (or `all`), so `--metrics --format json` and `--metrics corpus.jsonl.gz` keep working;
 * `--metrics=LIST` is never ambiguous. The value lists the words in the set's order, once each.
 * @example
 * const metrics = choiceList(["degree", "strength"], { bare: ["degree", "strength"], value: "[LIST]", help: "…" });
 * metrics.parse("strength,degree", "metrics") // → ["degree", "strength"]
 * metrics.parse("", "metrics")                // → ["degree", "strength"] (given bare)
 * metrics.parse(undefined, "metrics")         // → undefined (not given)
 */
export function choiceList<const A extends string>(
  allowed: readonly A[],
  spec: { readonly bare: readonly A[]; readonly value: string; readonly help: string },
): CliOption<A[] | undefined> {
  const takes = `words separated by commas among ${allowed.join(", ")}, or all`;
  const words = (text: string): string[] => text.split(",").map((word) => word.trim());
  const known = (word: string): boolean => word === "all" || (allowed as readonly string[]).includes(word);
  return {
    ...stringOption(spec, takes, false, false, (given, name) => {
      if (given === undefined || typeof given !== "string") return undefined;
      if (given === "") return [...spec.bare];
      const chosen = words(given);
      const unknown = chosen.find((word) => !known(word));
      if (unknown !== undefined) throw invalidValue(name, takes, unknown);
      return chosen.includes("all") ? [...allowed] : allowed.filter((word) => chosen.includes(word));
    }),
    takesNext: (text) => words(text).every(known),
  };
}

/**
 * Free text: a file name, a path, or a word checked by `pattern`.
 * @param spec - also `takes`, what the text is (for messages), and an optional `pattern` it must match
 * @example
 * text({ value: "FILE", takes: "a file name", help: "write the manifest to FILE" }).parse("m.json", "manifest")
 * // → "m.json"
 */
export function text<
  const S extends ValueSpec<string> & { readonly takes: string; readonly pattern?: RegExp },
>(spec: S): CliOption<string | Absent<S>> {
  return valueOption(spec, spec.takes, (given, name) => {
    if (spec.pattern !== undefined && !spec.pattern.test(given)) throw invalidValue(name, spec.takes, given);
    return given;
  });
}

/**
 * A file name, shown as FILE.
 * @example
 * file("write the run manifest to FILE").parse(undefined, "manifest") // → undefined
 */
export function file(help: string): CliOption<string | undefined> {
  return text({ value: "FILE", takes: "a file name", help });
}

/**
 * Words separated by commas, trimmed, empty ones dropped (`chem, phys,` → `["chem", "phys"]`);
 * what the words mean is checked by whoever reads them.
 * @example
 * list({ value: "JP,US", takes: "country keys separated by commas", help: "…" }).parse("JP, US", "countries")
 * // → ["JP", "US"]
 */
export function list(spec: ValueSpec<never> & { readonly takes: string }): CliOption<string[] | undefined> {
  return valueOption(spec, spec.takes, (given) =>
    given
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  );
}

/**
 * The parts of a comma-separated list of names, where a name may hold one comma itself (ISO's
 * "Korea, Republic of", ESI's "Social Sciences, general"): two non-empty parts that are not both
 * names stay one when together they are a name. Parts are not trimmed; empty parts are kept.
 * @param text - the list as typed
 * @param isName - whether a text is a name of the vocabulary
 * @example
 * commaParts("JP,Korea, Republic of", (t) => countryKeyOf(t) !== null) // → ["JP", "Korea, Republic of"]
 */
export function commaParts(text: string, isName: (text: string) => boolean): string[] {
  const parts = text.split(",");
  const joined: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    const both = next !== undefined && part.trim() !== "" && next.trim() !== "";
    if (both && !(isName(part) && isName(next)) && isName(`${part},${next}`)) {
      joined.push(`${part},${next}`);
      i++;
    } else joined.push(part);
  }
  return joined;
}
