/**
 * The options of the citation impact table (docs/methodology.md §10): counting, reference sets,
 * periods, and above all `reference`, which has no default (§10.3, as §8.1 for Top-x%) — an
 * expected citation rate is only the world's when computed over the world's output of a reference
 * set, so the caller must say where the baselines come from. Settling the options turns
 * `reference: "corpus"` into baselines computed from the papers.
 */

import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { checkReferenceTable, TopCitedOptionsSchema } from "../top-cited/top-options.ts";
import { type BaselineTable, BaselineTableSchema } from "./baseline-table.ts";
import { citationBaselines } from "./citation-baselines.ts";

/**
 * Why `reference` has no default (§10.3), in the words every caller sees.
 * @example
 * citationImpact(papers, {}) // throws CopubError("invalid-option", BASELINE_REQUIRED)
 */
export const BASELINE_REQUIRED =
  'expected citation rates (baselines) are only valid over the whole world output of a field and year, so say where they come from: reference "corpus" declares the corpus the complete population of every field-year it holds (a full extraction), or give a baseline table computed from one (methodology §10.3). Normalizing inside a one-country export would compare the country with itself.';

/**
 * Options of the impact table, each with its default (`reference` has none, §10.3). Counting,
 * reference sets, citations, periods and window counts mean what they mean for Top-x% tables
 * (`TopCitedOptionsSchema`); `referenceSets` defaults to `field-year` for `"corpus"` and to a
 * table's own grouping.
 */
export const ImpactOptionsSchema = TopCitedOptionsSchema.pick({
  countingMethod: true,
  nistepUnit: true,
  cwtsRenormalize: true,
  referenceSets: true,
  citationCount: true,
  snapshot: true,
  periods: true,
  byField: true,
  windowCounts: true,
}).extend({
  /** `"corpus"` (the papers are the complete population) or a baseline table. Required. */
  reference: z.union([z.literal("corpus"), BaselineTableSchema]),
  /** `"full"` (default; a paper counts 1 for each of its countries) or `"fractional"` (`countingMethod`, default `"nistep"`). */
  counting: z.enum(["full", "fractional"]).default("full"),
});

/** Options of the impact table as a caller gives them. */
export type ImpactOptionsInput = z.input<typeof ImpactOptionsSchema>;

/** The options validated, with the baselines settled. */
export interface SettledImpactOptions {
  /** Every option with its default; `referenceSets` and `citationCount` are the baselines'. */
  readonly options: z.infer<typeof ImpactOptionsSchema>;
  /** The baselines. */
  readonly table: BaselineTable;
}

/**
 * Validates impact options and settles the baselines: computed from `papers` for `"corpus"`,
 * checked against the options for a table.
 * @param input - the options
 * @param papers - the reference population (read only for `"corpus"`)
 * @throws CopubError `invalid-option` without `reference`, or for a table made for other reference sets or citations
 * @example
 * settleImpactOptions({ reference: "corpus" }, papers).table.rows // → the baselines of every field-year of the papers
 */
export function settleImpactOptions(
  input: ImpactOptionsInput,
  papers: Iterable<CorpusPaper>,
): SettledImpactOptions {
  const options = checkOptions(ImpactOptionsSchema, input, "citationImpact options", {
    reference: `reference is required: ${BASELINE_REQUIRED}`,
  });
  const table =
    options.reference === "corpus"
      ? citationBaselines(papers, {
          referenceSets: options.referenceSets ?? "field-year",
          citationCount: options.citationCount,
          snapshot: options.snapshot,
        })
      : options.reference;
  if (options.reference !== "corpus")
    checkReferenceTable(
      table,
      {
        referenceSets: options.referenceSets,
        citationCount:
          (input as { citationCount?: unknown }).citationCount === undefined ? null : options.citationCount,
      },
      "baselines",
    );
  return {
    options: { ...options, referenceSets: table.referenceSets, citationCount: table.citationCount },
    table,
  };
}
