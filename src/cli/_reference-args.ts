/**
 * `--reference corpus|FILE` (docs/methodology.md §8.1, §10.3), shared by the commands scored
 * against reference sets: a threshold table (Top-x% papers) or a baseline table (citation impact)
 * read before the corpus (so a bad table fails fast), or thresholds and baselines computed from
 * the corpus's reference population.
 */
import type { Corpus } from "../corpus/corpus.ts";
import { referencePopulation } from "../corpus/reference-population.ts";
import type { BaselineTable } from "../indicators/impact/baseline-table.ts";
import { loadBaselinesCsv } from "../indicators/impact/baseline-table-csv.ts";
import { type BaselineOptionsInput, citationBaselines } from "../indicators/impact/citation-baselines.ts";
import type { ThresholdTable } from "../indicators/top-cited/threshold-table.ts";
import { loadThresholdsCsv } from "../indicators/top-cited/threshold-table-csv.ts";
import { type ThresholdOptionsInput, topThresholds } from "../indicators/top-cited/top-thresholds.ts";
import { choice, text } from "./_options.ts";

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
 * The thresholds of a run: the table given, or those of the corpus's reference population.
 * @param table - from `referenceTable`
 * @param corpus - the corpus
 * @param options - reference sets, citation count, snapshot for thresholds from the corpus
 */
export function runThresholds(
  table: ThresholdTable | null,
  corpus: Corpus,
  options: ThresholdOptionsInput,
): ThresholdTable {
  return table ?? topThresholds(referencePopulation(corpus), options);
}

/**
 * The baselines of a run: the table given, or those of the corpus's reference population.
 * @param table - from `referenceBaselines`
 * @param corpus - the corpus
 * @param options - reference sets, citation count, snapshot for baselines from the corpus
 */
export function runBaselines(
  table: BaselineTable | null,
  corpus: Corpus,
  options: BaselineOptionsInput,
): BaselineTable {
  return table ?? citationBaselines(referencePopulation(corpus), options);
}
