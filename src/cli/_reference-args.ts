/**
 * `--reference corpus|FILE` (docs/methodology.md §8.1, §10.3), shared by the commands scored
 * against reference sets: a threshold table (Top-x% papers) or a baseline table (citation impact)
 * read before the corpus (so a bad table fails fast), or thresholds and baselines computed from
 * the corpus's reference population. `openReference` is the whole round for one command — read,
 * check, name in the manifest, settle over the corpus, save with `--thresholds-out` /
 * `--baselines-out` — the same for both kinds of table (`THRESHOLDS`, `BASELINES`).
 */
import type { Corpus } from "../corpus/corpus.ts";
import type { PaperList } from "../corpus/paper-table.ts";
import { referencePopulation } from "../corpus/reference-population.ts";
import type { BaselineTable } from "../indicators/impact/baseline-table.ts";
import { loadBaselinesCsv } from "../indicators/impact/baseline-table-csv.ts";
import { type BaselineOptionsInput, citationBaselines } from "../indicators/impact/citation-baselines.ts";
import type { ThresholdTable } from "../indicators/top-cited/threshold-table.ts";
import { loadThresholdsCsv } from "../indicators/top-cited/threshold-table-csv.ts";
import { checkReferenceTable, type ReferenceTableWanted } from "../indicators/top-cited/top-options.ts";
import { type ThresholdOptionsInput, topThresholds } from "../indicators/top-cited/top-thresholds.ts";
import { baselinesCsvChunks } from "../output/baselines-csv.ts";
import { thresholdsCsvChunks } from "../output/thresholds-csv.ts";
import { choice, text } from "./_options.ts";
import { writeOutputFile } from "./_output-file.ts";
import { usageError } from "./_usage-error.ts";

/** `--citations TC|Z9` and `--snapshot DATE` (§8.2): which citation count, and the snapshot of exports without DA. */
export const CITATION_OPTIONS = {
  citations: choice(["TC", "Z9"], {
    default: "TC",
    help: "Core Collection times cited (default) or all databases",
  }),
  snapshot: text({
    value: "2023-12-31",
    takes: "a date like 2023-12-31",
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    help: "citation snapshot for exports without DA (flags recent years)",
  }),
};

/** The Top-x% tables `--table` chooses: NISTEP's, or the CWTS Leiden Ranking's or InCites' own. */
export const TOP_TABLES = ["nistep", "cwts", "incites"] as const;

/** Options of the NISTEP table that the CWTS and InCites tables fix themselves (both percentiles, their own counting and method). */
export const NISTEP_TABLE_ONLY = [
  "percentile",
  "method",
  "counting",
  "counting-method",
  "split",
  "zero-citations-never-top",
] as const;

/** The reference sets of each source's own table unless `--reference-sets` says otherwise (§8.1, §14). */
export const TABLE_REFERENCE_SETS = { cwts: "field-year-type", incites: "category-year-type" } as const;

/**
 * Checks `--table` against the options given: the CWTS and InCites tables report both
 * percentiles under their own counting and method, so the NISTEP table's switches are bad usage
 * with them (any `--reference-sets` is fine: their thresholds are computed over the sets asked for).
 * @param table - the value of `--table`
 * @param given - the options given on the command line
 * @throws UsageError naming the options that only `--table nistep` takes
 * @example
 * checkTopTable("cwts", new Set(["table", "percentile"]))
 * // throws: --table cwts reports both percentiles under its own counting and method, so --percentile cannot be used with it (only with --table nistep)
 */
export function checkTopTable(table: (typeof TOP_TABLES)[number], given: ReadonlySet<string>): void {
  const nistepOnly = NISTEP_TABLE_ONLY.filter((option) => given.has(option));
  if (table !== "nistep" && nistepOnly.length > 0)
    throw usageError(
      `--table ${table} reports both percentiles under its own counting and method, so --${nistepOnly.join(", --")} cannot be used with it (only with --table nistep)`,
    );
}

/**
 * Reads the threshold table `--reference` names, or `null` for `--reference corpus`.
 * @throws CopubError for a missing or malformed table
 */
export async function referenceTable(reference: string): Promise<ThresholdTable | null> {
  return reference === "corpus" ? null : loadThresholdsCsv(reference);
}

/**
 * Reads the baseline table `--reference` names, or `null` for `--reference corpus`.
 * @throws CopubError for a missing or malformed table
 */
export async function referenceBaselines(reference: string): Promise<BaselineTable | null> {
  return reference === "corpus" ? null : loadBaselinesCsv(reference);
}

/**
 * How the run manifest names the reference (§13.5): `"corpus"`, or the table's SHA-256.
 * @param table - from `referenceTable` or `referenceBaselines`
 */
export function manifestReference(table: Pick<ThresholdTable, "source"> | null): string {
  return table === null ? "corpus" : table.source.kind === "table" ? table.source.sha256 : "corpus";
}

/**
 * The reference population of a corpus (§8.1), made on first use and then kept: a run that
 * computes both thresholds and baselines from the corpus (`copub report`) makes it once, and a
 * run given its tables never makes it.
 * @param corpus - the corpus
 * @example
 * const population = referencePapers(corpus);
 * runThresholds(null, population, {}); runBaselines(null, population, {}) // one population for both
 */
export function referencePapers(corpus: Corpus): () => PaperList {
  let papers: PaperList | undefined;
  return () => {
    papers ??= referencePopulation(corpus);
    return papers;
  };
}

/**
 * The thresholds of a run: the table given, or those of the corpus's reference population.
 * @param table - from `referenceTable`
 * @param population - the corpus's reference population (`referencePapers`)
 * @param options - reference sets, citation count, snapshot for thresholds from the corpus
 */
export function runThresholds(
  table: ThresholdTable | null,
  population: () => PaperList,
  options: ThresholdOptionsInput,
): ThresholdTable {
  return table ?? topThresholds(population(), options);
}

/**
 * The baselines of a run: the table given, or those of the corpus's reference population.
 * @param table - from `referenceBaselines`
 * @param population - the corpus's reference population (`referencePapers`)
 * @param options - reference sets, citation count, snapshot for baselines from the corpus
 */
export function runBaselines(
  table: BaselineTable | null,
  population: () => PaperList,
  options: BaselineOptionsInput,
): BaselineTable {
  return table ?? citationBaselines(population(), options);
}

/** A kind of reference table: how the CLI reads it, computes it from a corpus and saves it. */
export interface ReferenceKind<T extends Pick<ThresholdTable, "referenceSets" | "citationCount" | "source">> {
  /** `"thresholds"` or `"baselines"`, for messages. */
  readonly what: "thresholds" | "baselines";
  /** Reads a table file, or `null` for `corpus`. */
  readonly read: (reference: string) => Promise<T | null>;
  /** The table of a run: the one given, or the reference population's (`referencePapers`). */
  readonly settle: (table: T | null, population: () => PaperList, options: ThresholdOptionsInput) => T;
  /** The table as the CSV that `read` reads back. */
  readonly csv: (table: T) => Iterable<string>;
}

/** Top-x% thresholds (§8.1). */
export const THRESHOLDS: ReferenceKind<ThresholdTable> = {
  what: "thresholds",
  read: referenceTable,
  settle: runThresholds,
  csv: thresholdsCsvChunks,
};

/** Citation baselines (§10.3). */
export const BASELINES: ReferenceKind<BaselineTable> = {
  what: "baselines",
  read: referenceBaselines,
  settle: runBaselines,
  csv: baselinesCsvChunks,
};

/** A command's reference, opened before its corpus is read. */
export interface OpenReference<T> {
  /** The table file given, or `null` for `--reference corpus`. */
  readonly table: T | null;
  /** How the run manifest names it (§13.5). */
  readonly manifest: string;
  /**
   * The table of the run — the one given, or the corpus's — also written to `out` when given.
   * @param corpus - the corpus
   * @param options - reference sets, citation count, snapshot for a table from the corpus
   * @param out - `--thresholds-out` / `--baselines-out`
   */
  readonly settle: (corpus: Corpus, options: ThresholdOptionsInput, out?: string) => Promise<T>;
}

/**
 * Reads the table `--reference` names and checks it was made for the reference sets and
 * citation count asked for, before the corpus is read (it may take minutes): a table made for
 * other sets or citations is bad usage.
 * @param kind - `THRESHOLDS` or `BASELINES`
 * @param reference - the value of `--reference`
 * @param wanted - what the run asks for; `null` where the user did not ask
 * @throws CopubError for a missing or malformed table, or one made for other sets or citations
 * @example
 * const reference = await openReference(THRESHOLDS, "world.csv", { referenceSets: null, citationCount: null });
 * const thresholds = await reference.settle(corpus, { referenceSets: "field-year" }, "thresholds.csv");
 */
export async function openReference<
  T extends Pick<ThresholdTable, "referenceSets" | "citationCount" | "source">,
>(kind: ReferenceKind<T>, reference: string, wanted: ReferenceTableWanted): Promise<OpenReference<T>> {
  const table = await kind.read(reference);
  if (table !== null) checkReferenceTable(table, wanted, kind.what);
  return {
    table,
    manifest: manifestReference(table),
    async settle(corpus, options, out) {
      const settled = kind.settle(table, referencePapers(corpus), options);
      if (out !== undefined) await writeOutputFile(out, kind.csv(settled));
      return settled;
    },
  };
}
