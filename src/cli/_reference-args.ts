/**
 * `--reference corpus|FILE` (docs/methodology.md §8.1), shared by the commands that compute Top-x%
 * papers: a threshold table read before the corpus (so a bad table fails fast), or thresholds
 * computed from the corpus's reference population.
 */
import type { Corpus } from "../corpus/corpus.ts";
import { referencePopulation } from "../corpus/reference-population.ts";
import type { ThresholdTable } from "../indicators/top-cited/threshold-table.ts";
import { loadThresholdsCsv } from "../indicators/top-cited/threshold-table-csv.ts";
import { type ThresholdOptionsInput, topThresholds } from "../indicators/top-cited/top-thresholds.ts";

/**
 * Reads the threshold table `--reference` names, or `null` for `--reference corpus`.
 * @throws CopubError for a missing or malformed table
 */
export async function referenceTable(reference: string): Promise<ThresholdTable | null> {
  return reference === "corpus" ? null : loadThresholdsCsv(reference);
}

/**
 * How the run manifest names the reference (§13.5): `"corpus"`, or the table's SHA-256.
 * @param table - from `referenceTable`
 */
export function manifestReference(table: ThresholdTable | null): string {
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
