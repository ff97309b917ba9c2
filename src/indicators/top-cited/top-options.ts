/**
 * The options of the Top-x% tables (docs/methodology.md §8): percentile, variant, counting, reference
 * sets, periods, and above all `reference`, which has no default (§8.1) — thresholds are only
 * valid over the whole world output of a field-year, so the caller must say where they come from.
 * Settling the options turns `reference: "corpus"` into thresholds computed from the papers.
 */

import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { CopubError } from "../../diagnostics/errors.ts";
import { PeriodsSchema } from "../core/periods.ts";
import { CountingMethodSchema } from "../counting/counting-weights.ts";
import { AuthorCountingOptionsSchema } from "../counting/cwts-counting.ts";
import { NistepCountingOptionsSchema } from "../counting/nistep-counting.ts";
import {
  type CitationCount,
  CitationCountSchema,
  type ReferenceSetKind,
  ReferenceSetKindSchema,
} from "./reference-sets.ts";
import { PercentileSchema, type ThresholdTable, ThresholdTableSchema } from "./threshold-table.ts";
import { topThresholds } from "./top-thresholds.ts";
import { type TopMethod, TopMethodSchema, TopSplitSchema } from "./top-weights.ts";

/**
 * Why `reference` has no default (§8.1), in the words every caller sees.
 * @example
 * topCited(papers, {}) // throws CopubError("invalid-option", REFERENCE_REQUIRED)
 */
export const REFERENCE_REQUIRED =
  'Top10%/Top1% thresholds are only valid over the whole world output of a field and year, so say where they come from: reference "corpus" declares the corpus the complete population of every field-year it holds (a full extraction), or give a threshold table computed from one (methodology §8.1). Computing "Top10%" inside a one-country export would call the best 10% of that country\'s papers top.';

/**
 * Checks that options say where thresholds come from (§8.1), before any other validation, so the
 * caller reads why rather than a schema message.
 * @throws CopubError `invalid-option` with `REFERENCE_REQUIRED`
 * @example
 * requireReference({ reference: "corpus" }) // → returns: the source is said
 * requireReference({})                    // throws CopubError: REFERENCE_REQUIRED
 */
export function requireReference(options: object): void {
  if ((options as { reference?: unknown }).reference === undefined)
    throw new CopubError("invalid-option", REFERENCE_REQUIRED);
}

/** Options of the Top-x% tables, each with its default (`reference` has none, §8.1). */
export const TopCitedOptionsSchema = z.object({
  /** `"corpus"` (the papers are the complete population) or a threshold table. Required. */
  reference: z.union([z.literal("corpus"), ThresholdTableSchema]),
  /** 10 (default) or 1. */
  percentile: PercentileSchema.default(10),
  /** The variant of §8.4; default `"tie-fraction"`. */
  method: TopMethodSchema.default("tie-fraction"),
  /** `"integer"` (default) or `"fractional"` (`countingMethod`). */
  counting: z.enum(["integer", "fractional"]).default("integer"),
  /** The fractional method (§4.2–§4.4); default `"nistep"`. */
  countingMethod: CountingMethodSchema.exclude(["integer"]).default("nistep"),
  ...NistepCountingOptionsSchema.shape,
  ...AuthorCountingOptionsSchema.shape,
  /** Grouping of reference sets; default `null`: `category-year-type` for `incites`, else `field-year`. A table fixes its own. */
  referenceSets: ReferenceSetKindSchema.nullable().default(null),
  /** `"TC"` (default) or `"Z9"` (§8.2); a table fixes its own. */
  citationCount: CitationCountSchema.default("TC"),
  /** Citation snapshot date for papers without `DA` (`recentCitationWindow`); default `null`. */
  snapshot: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  /** Periods (§6); default one per year present. Thresholds stay per single year; windows sum them. */
  periods: PeriodsSchema,
  /** Rows per NISTEP broad field besides `"all"`; default `false`. */
  byField: z.boolean().default(false),
  /** Counts of a multi-year period: `"average"` per year (default, NISTEP) or `"sum"` (CWTS, InCites). */
  windowCounts: z.enum(["average", "sum"]).default("average"),
  /** `"adjusted"` (default) or `"raw"`: every paper with `τ > 0` counts 1 (§8.3). */
  split: TopSplitSchema.default("adjusted"),
  /** `τ = 0` in sets whose threshold is 0 (§8.7); default `false`, so totals stay exactly `π·N`. */
  zeroCitationsNeverTop: z.boolean().default(false),
});

/** Options of the Top-x% tables as a caller gives them. */
export type TopCitedOptionsInput = z.input<typeof TopCitedOptionsSchema>;

/**
 * The reference sets a method uses unless told otherwise: InCites' WoS Category × year × type for
 * `incites`, NISTEP's ESI field × year for the others (§8.1, §14).
 * @example
 * defaultReferenceSets("incites") // → "category-year-type"
 */
export function defaultReferenceSets(method: TopMethod): ReferenceSetKind {
  return method === "incites" ? "category-year-type" : "field-year";
}

/** The options validated, with the reference sets and thresholds settled. */
export interface SettledTopOptions {
  /** Every option with its default. */
  readonly options: z.infer<typeof TopCitedOptionsSchema>;
  /** The thresholds. */
  readonly table: ThresholdTable;
}

/**
 * Validates Top-x% options and settles the thresholds: computed from `papers` for `"corpus"`,
 * checked against the options for a table.
 * @throws CopubError `invalid-option` without `reference`, or for a table made for other reference sets or citations
 */
export function settleTopOptions(
  input: TopCitedOptionsInput,
  papers: Iterable<CorpusPaper>,
): SettledTopOptions {
  const options = checkOptions(TopCitedOptionsSchema, input, "topCited options", {
    reference: REFERENCE_REQUIRED,
  });
  const wanted = options.referenceSets ?? defaultReferenceSets(options.method);
  if (wanted === "category-year-type" && options.method !== "incites")
    throw new CopubError(
      "invalid-option",
      `WoS Category reference sets are InCites' (methodology §8.5): use them with method "incites", not "${options.method}"`,
    );
  const table =
    options.reference === "corpus"
      ? topThresholds(papers, {
          referenceSets: wanted,
          citationCount: options.citationCount,
          snapshot: options.snapshot,
        })
      : options.reference;
  if (options.reference !== "corpus")
    checkThresholdTable(table, {
      referenceSets: options.referenceSets,
      citationCount:
        (input as { citationCount?: unknown }).citationCount === undefined ? null : options.citationCount,
    });
  return {
    options: { ...options, referenceSets: table.referenceSets, citationCount: table.citationCount },
    table,
  };
}

/**
 * Checks that a threshold table was made for the reference sets and citation count asked for.
 * @param table - the thresholds
 * @param wanted - the grouping and the citation count asked for; `null` where the caller did not ask
 * @throws CopubError `invalid-option` naming the table and what it holds
 * @example
 * checkThresholdTable(await loadThresholdsCsv("world.csv"), { referenceSets: "field-year-type", citationCount: null })
 * // throws: world.csv holds field-year thresholds, not field-year-type
 */
export function checkThresholdTable(table: ThresholdTable, wanted: ReferenceTableWanted): void {
  checkReferenceTable(table, wanted, "thresholds");
}

/** The grouping and the citation count a run asks a reference table for; `null` where it did not ask. */
export interface ReferenceTableWanted {
  readonly referenceSets: ReferenceSetKind | null;
  readonly citationCount: CitationCount | null;
}

/**
 * Checks that a reference table (thresholds, or the citation baselines of methodology §10.3) was
 * made for the reference sets and citation count asked for.
 * @param table - the table's grouping, citation count and source
 * @param wanted - what the run asks for
 * @param what - `"thresholds"` or `"baselines"`, for the message
 * @throws CopubError `invalid-option` naming the table and what it holds
 * @example
 * checkReferenceTable(baselines, { referenceSets: null, citationCount: "Z9" }, "baselines")
 * // throws: world.csv holds baselines in TC citations, not Z9
 */
export function checkReferenceTable(
  table: Pick<ThresholdTable, "referenceSets" | "citationCount" | "source">,
  wanted: ReferenceTableWanted,
  what: "thresholds" | "baselines",
): void {
  const name =
    table.source.kind === "table"
      ? table.source.file
      : `the ${what === "thresholds" ? "threshold" : "baseline"} table`;
  if (wanted.referenceSets !== null && table.referenceSets !== wanted.referenceSets)
    throw new CopubError(
      "invalid-option",
      `${name} holds ${table.referenceSets} ${what}, not ${wanted.referenceSets}`,
    );
  if (wanted.citationCount !== null && table.citationCount !== wanted.citationCount)
    throw new CopubError(
      "invalid-option",
      `${name} holds ${what} in ${table.citationCount} citations, not ${wanted.citationCount}`,
    );
}
