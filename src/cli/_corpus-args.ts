/**
 * Corpus inputs and options on the command line: the normalization switches, the scope filters
 * every command shares (`--years`, `--doc-types`, `--fields`, `--countries`), and inputs that
 * are either WoS exports or one saved corpus (`copub corpus … --out corpus.jsonl.gz`), and the
 * run manifest (`--manifest`, METHODOLOGY.md §13.5) that every command reading a corpus can write.
 */
import { readFile } from "node:fs/promises";

import type { Corpus } from "../corpus/corpus.ts";
import { isSavedCorpus, readCorpus } from "../corpus/corpus-file.ts";
import type { CorpusOptions } from "../corpus/corpus-options.ts";
import { loadCorpus } from "../corpus/load-corpus.ts";
import { type RunDescription, runManifest, toManifestJson } from "../corpus/run-manifest.ts";
import { NORMALIZE_ARGS, NORMALIZE_HELP, normalizeOptionsFromArgs } from "./_normalize-args.ts";
import { writeOutputFile } from "./_output-file.ts";
import type { CliIo } from "./io.ts";
import { usageError } from "./usage-error.ts";

/** `parseArgs` definitions of the corpus options. */
export const CORPUS_ARGS = {
  ...NORMALIZE_ARGS,
  fields: { type: "string" },
  countries: { type: "string" },
  "cited-references": { type: "boolean" },
  manifest: { type: "string" },
} as const;

/** Help lines for the corpus options. */
export const CORPUS_HELP = `${NORMALIZE_HELP}  --fields chem,phys|CHE|Chemistry          fields in scope: NISTEP keys, ESI ids or ESI names
  --countries JP,US                          papers with an address in one of these countries
  --cited-references                         keep cited references in the corpus
  --manifest FILE                            write the run manifest (METHODOLOGY.md §13.5) to FILE: copub
                                             version, options, input files with SHA-256, citation snapshots
Inputs are WoS exports (files or folders), or one corpus saved with "copub corpus --out".
`;

type CorpusArgValues = Parameters<typeof normalizeOptionsFromArgs>[0] & {
  readonly fields?: string;
  readonly countries?: string;
  readonly "cited-references"?: boolean;
  readonly manifest?: string;
};

/** Normalization switches that cannot change once a corpus is built. */
const NORMALIZATION_FLAGS = [
  "address-source",
  "uk-nations",
  "hong-kong-macao",
  "historical-entities",
  "us-territories",
  "year-basis",
  "field-assignment",
  "journal-table",
  "cited-references",
] as const;

/**
 * Turns parsed command-line values into validated corpus options.
 * @throws UsageError naming the option and its allowed values
 * @example
 * await corpusOptionsFromArgs({ years: "2019-2021", countries: "JP,US" })
 * // → { …, years: { from: 2019, to: 2021 }, countries: ["JP", "US"], fields: null, … }
 */
export async function corpusOptionsFromArgs(values: CorpusArgValues): Promise<CorpusOptions> {
  const normalize = await normalizeOptionsFromArgs(values);
  return {
    ...normalize,
    fields: values.fields === undefined ? null : list(values.fields),
    countries: values.countries === undefined ? null : list(values.countries).map((c) => c.toUpperCase()),
    citedReferences: values["cited-references"] === true,
  };
}

/**
 * Loads the corpus a command works on: a saved corpus (one file written by `copub corpus --out`),
 * re-filtered with the scope options, or WoS exports read and normalized with all the options.
 * With `--manifest FILE`, writes the run manifest of the corpus and `run` to FILE.
 * @param paths - the command's inputs
 * @param values - its parsed options
 * @param io - output channels
 * @param run - what the command adds to the manifest: its name, its own switches with defaults,
 *   the reference source of percentiles, seeds (the copub version is filled in here)
 * @throws UsageError when normalization switches are given for a saved corpus
 * @throws CopubError for unreadable inputs, or a manifest file that cannot be written
 * @example
 * const corpus = await corpusFromArgs(positionals, values, io, { command: "top", reference: "corpus" });
 */
export async function corpusFromArgs(
  paths: readonly string[],
  values: CorpusArgValues,
  io: CliIo,
  run: Omit<RunDescription, "copubVersion"> = {},
): Promise<Corpus> {
  const corpus = await readOrLoad(paths, values, io);
  if (values.manifest !== undefined) {
    const manifest = runManifest(corpus, { ...run, copubVersion: await copubVersion() });
    await writeOutputFile(values.manifest, toManifestJson(manifest));
  }
  return corpus;
}

/**
 * The version in copub's package.json (two folders up from both `src/cli/` and `dist/cli/`).
 * @example
 * await copubVersion() // → "0.1.0"
 */
export async function copubVersion(): Promise<string> {
  const text = await readFile(new URL("../../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

async function readOrLoad(paths: readonly string[], values: CorpusArgValues, io: CliIo): Promise<Corpus> {
  const options = await corpusOptionsFromArgs(values);
  const [first] = paths;
  if (paths.length === 1 && first !== undefined && (await isSavedCorpus(first).catch(() => false))) {
    const fixed = NORMALIZATION_FLAGS.filter((flag) => values[flag] !== undefined);
    if (fixed.length > 0) {
      throw usageError(
        `${first} is a saved corpus, already normalized; --${fixed.join(", --")} cannot change it (read the exports again)`,
      );
    }
    return readCorpus(first, {
      docTypes: options.docTypes,
      years: options.years,
      fields: options.fields,
      countries: options.countries,
    });
  }
  const { skipped, ...corpus } = await loadCorpus(paths, options);
  for (const file of skipped) io.stderr(`copub: skipped ${file.path}: ${file.reason}\n`);
  return corpus;
}

function list(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
