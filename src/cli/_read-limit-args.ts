/**
 * The read limits on the command line (`--max-record-size 64MiB`, `--max-line-size`,
 * `--max-inflated-size`, `--max-inflate-ratio`), shared by every command that reads exports.
 * Sizes take a unit (`K`, `M`, `G`, `T`, powers of 1024, with or without `iB`/`B`) and `none`
 * turns a limit off. Absent, a limit keeps the reader's default (`DEFAULT_READ_LIMITS`), which the
 * help shows; docs/reliability.md says why each default is what it is.
 */
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../read/read-limits.ts";
import type { HelpSection } from "./_help.ts";
import { type CliOption, invalidValue, type OptionValues, valueOption } from "./_options.ts";

const UNITS: Readonly<Record<string, number>> = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/**
 * Reads a size such as `64MiB`, `16M`, `8GiB`, `1.5G` or `4096` (bytes), or `none` (no limit).
 * @returns the size in bytes, `Infinity` for `none`, or `undefined` when the text is no size
 * @example
 * parseByteSize("64MiB") // → 67108864
 * parseByteSize("none") // → Infinity
 * parseByteSize("0") // → undefined
 */
export function parseByteSize(text: string): number | undefined {
  if (text.trim().toLowerCase() === "none") return Number.POSITIVE_INFINITY;
  const match = /^(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?$/i.exec(text.trim());
  if (match === null) return undefined;
  const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? "").toUpperCase()] ?? 1));
  return bytes > 0 ? bytes : undefined;
}

/** A size option: see `parseByteSize`. */
function byteSize(help: string): CliOption<number | undefined> {
  const takes = "a size such as 64MiB, 16M or 4096 (bytes), or none";
  return valueOption({ value: "SIZE", help }, takes, (text, name) => {
    const bytes = parseByteSize(text);
    if (bytes === undefined) throw invalidValue(name, takes, text);
    return bytes;
  });
}

/** A ratio option: a number greater than 0, or `none`. */
function ratio(help: string): CliOption<number | undefined> {
  const takes = "a number greater than 0, or none";
  return valueOption({ value: "N", help }, takes, (text, name) => {
    if (text.trim().toLowerCase() === "none") return Number.POSITIVE_INFINITY;
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value) || value <= 0) throw invalidValue(name, takes, text);
    return value;
  });
}

/** A size in the help's words: `64MiB`. */
function shown(bytes: number): string {
  for (const [unit, size] of [
    ["GiB", 1024 ** 3],
    ["MiB", 1024 ** 2],
    ["KiB", 1024],
  ] as const)
    if (bytes % size === 0) return `${bytes / size}${unit}`;
  return `${bytes}`;
}

/** The read-limit options. */
export const READ_LIMIT_OPTIONS = {
  "max-record-size": byteSize(
    `largest record (default ${shown(DEFAULT_READ_LIMITS.maxRecordBytes)}); a larger one is\nrejected as record-too-large`,
  ),
  "max-line-size": byteSize(
    `longest line of a text export (default ${shown(DEFAULT_READ_LIMITS.maxLineBytes)}); its\nrecord is rejected as record-too-large`,
  ),
  "max-inflated-size": byteSize(
    `most bytes a .gz input may inflate to (default ${shown(DEFAULT_READ_LIMITS.maxDecompressedBytes)});\npast it the file is refused (input-too-large)`,
  ),
  "max-inflate-ratio": ratio(
    `most bytes per compressed byte a .gz input may inflate\nto, once past the record size (default ${DEFAULT_READ_LIMITS.maxDecompressionRatio})`,
  ),
};

/** The names of the read-limit options, in help order. */
export const READ_LIMIT_ENTRIES = Object.keys(READ_LIMIT_OPTIONS) as (keyof typeof READ_LIMIT_OPTIONS)[];

/** The help section of the read-limit options, for commands that read exports without a corpus. */
export const READ_LIMIT_HELP_SECTION: HelpSection<keyof typeof READ_LIMIT_OPTIONS> = {
  title: "Input limits (docs/reliability.md; SIZE like 64MiB, or none):",
  column: 28,
  entries: READ_LIMIT_ENTRIES,
};

/**
 * The limits given on the command line, for `openWos`, `forEachInput` or `loadCorpus`; the
 * others keep their defaults.
 * @example
 * readLimitsFromArgs({ "max-record-size": 1024, "max-line-size": undefined, … }) // → { maxRecordBytes: 1024 }
 */
export function readLimitsFromArgs(values: OptionValues<typeof READ_LIMIT_OPTIONS>): Partial<ReadLimits> {
  const given: Record<string, number> = {};
  const names: Readonly<Record<keyof typeof READ_LIMIT_OPTIONS, keyof ReadLimits>> = {
    "max-record-size": "maxRecordBytes",
    "max-line-size": "maxLineBytes",
    "max-inflated-size": "maxDecompressedBytes",
    "max-inflate-ratio": "maxDecompressionRatio",
  };
  for (const option of READ_LIMIT_ENTRIES) {
    const value = values[option];
    if (value !== undefined) given[names[option]] = value;
  }
  return given as Partial<ReadLimits>;
}
