/**
 * Corpus inputs and options on the command line: the normalization switches, the scope filters
 * every command shares (`--years`, `--doc-types`, `--fields`, `--countries`), and inputs that
 * are either WoS exports or one saved corpus (`copub corpus … --out corpus.jsonl.gz`), and the
 * run manifest (`--manifest`, docs/methodology.md §13.5) that every command reading a corpus can write.
 */
import { readFile } from "node:fs/promises";

import type { Corpus } from "../corpus/corpus.ts";
import { isSavedCorpus, readCorpus } from "../corpus/corpus-file.ts";
import type { CorpusOptions } from "../corpus/corpus-options.ts";
import { loadCorpus, MAX_THREADS } from "../corpus/load-corpus.ts";
import { type RunDescription, runManifest } from "../corpus/run-manifest.ts";
import { toManifestJson } from "../output/manifest-json.ts";
import { countryList } from "./_country-options.ts";
import { fieldList } from "./_field-options.ts";
import type { HelpSection } from "./_help.ts";
import { noteSkipped } from "./_inputs.ts";
import type { CliIo } from "./_io.ts";
import { NORMALIZE_HELP_SECTION, NORMALIZE_OPTIONS, normalizeOptionsFromArgs } from "./_normalize-args.ts";
import { file, flag, type OptionValues, wholeNumber } from "./_options.ts";
import { writeOutputFile } from "./_output-file.ts";
import { QUIET_OPTION, withProgress } from "./_progress.ts";
import { READ_LIMIT_ENTRIES, READ_LIMIT_OPTIONS, readLimitsFromArgs } from "./_read-limit-args.ts";
import { usageError } from "./_usage-error.ts";

/** The corpus options: the normalization options, the scope filters and the run manifest. */
export const CORPUS_OPTIONS = {
  ...NORMALIZE_OPTIONS,
  fields: fieldList({
    value: "chem,CHE,Physics",
    help: `fields in scope: NISTEP keys (chem), ESI ids (CHE) or field names;
a name both schemes have (Physics, Clinical Medicine) is the NISTEP
broad field, the ESI field is given by its id (PHY, CLI)`,
  }),
  countries: countryList({
    value: "JP,USA,Germany",
    help: `papers with an address in one of these countries: ISO codes,
English names or WoS spellings`,
  }),
  "cited-references": flag({ help: "keep cited references in the corpus" }),
  manifest: file(
    "write the run manifest (methodology §13.5) to FILE: copub\nversion, options, input files with SHA-256, citation snapshots",
  ),
  quiet: QUIET_OPTION,
  threads: wholeNumber({
    min: 1,
    value: "N",
    help: `threads reading plain-text and tab-delimited exports (default 1,
at most ${MAX_THREADS}): N > 1 reads on the main thread and N-1 workers; not
faster than one yet, for more CPU (docs/corpus.md). The corpus is the
same whatever N`,
  }),
  ...READ_LIMIT_OPTIONS,
};

/** The help section of the corpus options: the normalization options, then these. */
export const CORPUS_HELP_SECTION: HelpSection<keyof typeof CORPUS_OPTIONS> = {
  ...NORMALIZE_HELP_SECTION,
  entries: [
    ...NORMALIZE_HELP_SECTION.entries,
    "fields",
    "countries",
    "cited-references",
    "manifest",
    "quiet",
    "threads",
    ...READ_LIMIT_ENTRIES,
  ],
  after: `Inputs are WoS exports (files or folders), or one corpus saved with "copub corpus --out".
SIZE is like 64MiB, 16M or 4096 (bytes), or none; the limits are explained in docs/reliability.md.`,
};

type CorpusArgValues = OptionValues<typeof CORPUS_OPTIONS>;

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
 * Turns the corpus options read from the command line into validated corpus options.
 * @throws CopubError when the journal table cannot be read or has a bad row
 * @example
 * await corpusOptionsFromArgs({ …, years: { from: 2019, to: 2021 }, countries: ["JP", "US"] })
 * // → { …, years: { from: 2019, to: 2021 }, countries: ["JP", "US"], fields: null, … }
 */
export async function corpusOptionsFromArgs(values: CorpusArgValues): Promise<CorpusOptions> {
  const normalize = await normalizeOptionsFromArgs(values);
  return {
    ...normalize,
    fields: values.fields ?? null,
    countries: values.countries ?? null,
    citedReferences: values["cited-references"],
    // The commands that read funding texts ask for them (`CorpusRun.fundingText`).
    fundingText: false,
  };
}

/** What a command adds to the run manifest, and which of its options the profile set. */
export type CorpusRun = Omit<RunDescription, "copubVersion" | "profile"> & {
  /** The options the profile set (`CommandLine.profiled`); a saved corpus keeps its own normalization. */
  readonly profiled?: ReadonlySet<string>;
  /** Keep the funding texts (FX) on the papers read from exports: the commands that read or save them. */
  readonly fundingText?: boolean;
};

/**
 * Loads the corpus a command works on: a saved corpus (one file written by `copub corpus --out`),
 * re-filtered with the scope options, or WoS exports read and normalized with all the options.
 * With `--manifest FILE`, writes the run manifest of the corpus and `run` to FILE, with the profile.
 * A saved corpus cannot take the normalization switches of a profile: where it was built otherwise,
 * a line on standard error says so.
 * @param paths - the command's inputs
 * @param values - its parsed options
 * @param io - output channels
 * @param run - what the command adds to the manifest: its name, its own switches with defaults,
 *   the reference source of percentiles, seeds (the copub version is filled in here); and the
 *   options the profile set
 * @throws UsageError when normalization switches are given for a saved corpus
 * @throws CopubError for unreadable inputs, or a manifest file that cannot be written
 * @example
 * const corpus = await corpusFromArgs(positionals, values, io, { command: "top", reference: "corpus" });
 */
export async function corpusFromArgs(
  paths: readonly string[],
  values: CorpusArgValues,
  io: CliIo,
  run: CorpusRun = {},
): Promise<Corpus> {
  const { profiled = new Set<string>(), fundingText = false, ...description } = run;
  const corpus = await readOrLoad(paths, values, io, profiled, fundingText);
  if (values.manifest !== undefined) {
    const manifest = runManifest(corpus, {
      ...description,
      profile: values.profile ?? null,
      copubVersion: await copubVersion(),
    });
    await writeOutputFile(values.manifest, toManifestJson(manifest));
  }
  return corpus;
}

/** The normalization switches a profile sets, by option and corpus option name. */
const PROFILED_NORMALIZATION = [
  ["address-source", "addressSource"],
  ["uk-nations", "ukNations"],
  ["hong-kong-macao", "hongKongMacao"],
  ["year-basis", "yearBasis"],
  ["field-assignment", "fieldAssignment"],
] as const;

/** Says on standard error which of the profile's normalization switches a saved corpus was built without. */
function noteProfileNotApplied(
  path: string,
  corpus: Corpus,
  options: CorpusOptions,
  profile: string | undefined,
  profiled: ReadonlySet<string>,
  io: CliIo,
): void {
  const differ = PROFILED_NORMALIZATION.filter(
    ([flag, key]) => profiled.has(flag) && corpus.options[key] !== options[key],
  ).map(([flag, key]) => `--${flag} ${corpus.options[key]} (the profile sets ${options[key]})`);
  if (differ.length > 0)
    io.stderr(
      `copub: ${path} is a saved corpus built with ${differ.join(", ")}; --profile ${profile} cannot change it (read the exports again to apply it)\n`,
    );
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

async function readOrLoad(
  paths: readonly string[],
  values: CorpusArgValues,
  io: CliIo,
  profiled: ReadonlySet<string>,
  fundingText: boolean,
): Promise<Corpus> {
  const options = { ...(await corpusOptionsFromArgs(values)), fundingText };
  const [first] = paths;
  if (paths.length === 1 && first !== undefined && (await isSavedCorpus(first).catch(() => false))) {
    // None of these has a default, so a value other than absent (or an unset flag) was given,
    // unless the profile set it.
    const fixed = NORMALIZATION_FLAGS.filter(
      (flag) => values[flag] !== undefined && values[flag] !== false && !profiled.has(flag),
    );
    if (fixed.length > 0) {
      throw usageError(
        `${first} is a saved corpus, already normalized; --${fixed.join(", --")} cannot change it (read the exports again)`,
      );
    }
    const filters = {
      docTypes: options.docTypes,
      years: options.years,
      fields: options.fields,
      countries: options.countries,
    };
    const saved = await withProgress(io, values.quiet, (progress) => readCorpus(first, filters, progress));
    noteProfileNotApplied(first, saved, options, values.profile, profiled, io);
    return saved;
  }
  const { skipped, ...corpus } = await withProgress(io, values.quiet, (progress) =>
    loadCorpus(paths, {
      ...options,
      ...progress,
      readLimits: readLimitsFromArgs(values),
      ...(values.threads === undefined ? {} : { threads: values.threads }),
    }),
  );
  noteSkipped(io, skipped);
  return corpus;
}
