/**
 * Highly cited papers per country as NISTEP publishes them (METHODOLOGY.md §8.3, §6): the
 * adjusted Top10% (Top1%) count (Top10%補正論文数) under integer or fractional counting, split into
 * domestic and international (bilateral, multilateral) papers, the country's share of the world's
 * Top10% papers and its Q value. Thresholds are decided per reference set — each field × single
 * publication year of the *world* output — so the caller must say where they come from (§8.1).
 */
import * as z from "zod";
import type { CorpusPaper } from "../corpus/corpus-paper.ts";
import { CopubError } from "../diagnostics/errors.ts";
import type { EsiFieldId } from "../normalize/data/esi-fields.ts";
import { NISTEP_FIELD_OF_ESI } from "../normalize/data/nistep-fields.ts";
import { addTo, type ExactSum, exactSum, sumValue } from "./_exact-sum.ts";
import { type Accumulator, foldStream } from "./_fold.ts";
import { compareKeys, ratio } from "./_rows.ts";
import { ALL_FIELDS } from "./_tally.ts";
import { type BucketSums, createTopTally, type TopCell, type TopTally, topValue } from "./_top-tally.ts";
import { CountingMethodSchema, countingFunction } from "./counting-weights.ts";
import { AuthorCountingOptionsSchema } from "./cwts-counting.ts";
import { WORLD } from "./indicator-table.ts";
import { NistepCountingOptionsSchema } from "./nistep-counting.ts";
import { PeriodsSchema, periodLabel, yearCount } from "./periods.ts";
import {
  CitationCountSchema,
  paperReferenceSets,
  type ReferenceSetKind,
  ReferenceSetKindSchema,
  UnscoredReasonSchema,
} from "./reference-sets.ts";
import {
  PercentileSchema,
  ThresholdRowSchema,
  ThresholdSourceSchema,
  type ThresholdTable,
  ThresholdTableSchema,
  topThresholds,
} from "./top-thresholds.ts";
import { type TopMethod, TopMethodSchema, TopSplitSchema, topScorer } from "./top-weights.ts";

/** Why `reference` has no default (§8.1), in the words every caller sees. */
export const REFERENCE_REQUIRED =
  'Top10%/Top1% thresholds are only valid over the whole world output of a field and year, so say where they come from: reference "corpus" declares the corpus the complete population of every field-year it holds (a full extraction), or give a threshold table computed from one (METHODOLOGY.md §8.1). Computing "Top10%" inside a one-country export would call the best 10% of that country\'s papers top.';

/**
 * Checks that options say where thresholds come from (§8.1), before any other validation, so the
 * caller reads why rather than a schema message.
 * @throws CopubError `invalid-option` with `REFERENCE_REQUIRED`
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

/** One row: a country (or the world) in a period and field. Counts are window averages unless `windowCounts` is `"sum"`. */
export const TopCitedRowSchema = z.object({
  /** Country key, or `"WORLD"`. */
  country: z.string(),
  /** `"2021"` or `"2019-2021"`. */
  period: z.string(),
  /** `"all"` or a NISTEP broad field key. */
  field: z.string(),
  /** `N_M(c)`: the country's papers in a reference set, under the table's counting. */
  papers: z.number().nonnegative(),
  /** `Top_M(c)`: adjusted Top-x% papers. */
  top: z.number().nonnegative(),
  /** Of which from domestic papers (`|C(p)| = 1`). */
  topDomestic: z.number().nonnegative(),
  /** Of which from international papers (`|C(p)| ≥ 2`). */
  topInternational: z.number().nonnegative(),
  /** Of which from papers with two countries. */
  topBilateral: z.number().nonnegative(),
  /** Of which from papers with three or more countries. */
  topMultilateral: z.number().nonnegative(),
  /**
   * `top` over the world's Top-x% papers, 0–1: `Σ π·N` of the reference sets under `tie-fraction`
   * and `scale-all` (the thresholds' world, also for a one-country export), else every paper read; `null` when none.
   */
  topShareOfWorld: z.number().nonnegative().nullable(),
  /** Q value (§8.3), CWTS PP(top x%): `top / papers`, 0–1; `null` without papers. */
  topShareOfPapers: z.number().nonnegative().nullable(),
});

/** One row of the Top-x% table. */
export type TopCitedRow = z.infer<typeof TopCitedRowSchema>;

/** Top-x% papers without any country, per period and field (§4.6): in world reference sets, in no country. */
export const UnattributedTopRowSchema = z.object({
  /** Period label. */
  period: z.string(),
  /** `"all"` or a NISTEP field key. */
  field: z.string(),
  /** Scored papers with no country. */
  papers: z.number().nonnegative(),
  /** Their Top-x% weight. */
  top: z.number().nonnegative(),
});

/** A condition the reader of a table must know of (§8.2, §8.7). */
export const TopNoticeSchema = z.object({
  /** `mixed-citation-snapshots`, `small-reference-set`, `recent-citation-window` or `top-threshold-zero`. */
  code: z.enum([
    "mixed-citation-snapshots",
    "small-reference-set",
    "recent-citation-window",
    "top-threshold-zero",
  ]),
  /** What and where. */
  detail: z.string(),
});

/** The Top-x% table. */
export const TopCitedTableSchema = z.object({
  /** 10 or 1. */
  percentile: PercentileSchema,
  /** The variant. */
  method: TopMethodSchema,
  /** `"integer"` or `"fractional"`. */
  counting: z.enum(["integer", "fractional"]),
  /** `"integer"`, or the fractional method. */
  countingMethod: CountingMethodSchema,
  /** `"adjusted"` or `"raw"`. */
  split: TopSplitSchema,
  /** `"average"` or `"sum"`: what a multi-year period's counts are. */
  windowCounts: z.enum(["average", "sum"]),
  /** The grouping of reference sets. */
  referenceSets: ReferenceSetKindSchema,
  /** The citation count. */
  citationCount: CitationCountSchema,
  /** Where the thresholds come from. */
  reference: ThresholdSourceSchema,
  /** Rows by country (`WORLD` last), period, field. */
  rows: z.array(TopCitedRowSchema),
  /** Thresholds of the table's percentile for the years of its periods. */
  thresholds: z.array(ThresholdRowSchema),
  /** Scored papers without any country, per period and field. */
  unattributed: z.array(UnattributedTopRowSchema),
  /** Papers in no reference set, per reason (reported, never counted as non-top, §8.7). */
  unscored: z.partialRecord(UnscoredReasonSchema, z.number().int().positive()),
  /** Papers read. */
  papersRead: z.number().int().nonnegative(),
  /** Papers read that fall in no period. */
  papersOutsidePeriods: z.number().int().nonnegative(),
  /** Conditions to report next to the table. */
  notices: z.array(TopNoticeSchema),
});

/** The Top-x% table. */
export type TopCitedTable = z.infer<typeof TopCitedTableSchema>;

/**
 * The Top10% (Top1%) table of a set of papers: per country × period × field, adjusted counts
 * split by collaboration type, share of the world and Q value (§8.3).
 * @param papers - in-scope papers, e.g. `corpus.papers` (read twice with `reference: "corpus"`)
 * @param options - `reference` (required), percentile, method, counting, periods, … (see `TopCitedOptionsSchema`)
 * @throws CopubError `invalid-option` without `reference`, or when a table lacks what the method needs
 * @throws MissingYearsError when a window's years are not all present (§6)
 * @example
 * topCited(dataSetT.papers, { reference: "corpus" }).rows.find((r) => r.country === "JP")
 * // → { country: "JP", period: "2021", field: "all", papers: 7, top: 1.75, topDomestic: 0.25, topInternational: 1.5,
 * //     topBilateral: 1.25, topMultilateral: 0.25, topShareOfWorld: 0.875, topShareOfPapers: 0.25 }
 */
export function topCited(papers: readonly CorpusPaper[], options: TopCitedOptionsInput): TopCitedTable {
  const accumulator = topAccumulator(options, papers);
  for (const paper of papers) accumulator.add(paper);
  return accumulator.result();
}

/**
 * `topCited` over a stream of papers. Thresholds must be at hand (one pass cannot both decide and
 * apply them): compute them first with `topThresholdsFromStream` over the reference population.
 * @param papers - in-scope papers, as a stream or an iterable
 * @param options - as for `topCited`, with `reference` a threshold table
 * @example
 * const thresholds = await topThresholdsFromStream(streamCorpus("corpus.jsonl.gz"));
 * await topCitedFromStream(streamCorpus("corpus.jsonl.gz"), { reference: thresholds, periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] } })
 */
export function topCitedFromStream(
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options: TopCitedOptionsInput & { reference: ThresholdTable },
): Promise<TopCitedTable> {
  return foldStream(papers, topAccumulator(options, []));
}

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
  requireReference(input);
  const options = TopCitedOptionsSchema.parse(input);
  const wanted =
    options.referenceSets ?? (options.method === "incites" ? "category-year-type" : "field-year");
  if (wanted === "category-year-type" && options.method !== "incites")
    throw new CopubError(
      "invalid-option",
      `WoS Category reference sets are InCites' (METHODOLOGY.md §8.5): use them with method "incites", not "${options.method}"`,
    );
  const table =
    options.reference === "corpus"
      ? topThresholds(papers, {
          referenceSets: wanted,
          citationCount: options.citationCount,
          snapshot: options.snapshot,
        })
      : options.reference;
  if (options.reference !== "corpus") {
    if (options.referenceSets !== null && table.referenceSets !== options.referenceSets)
      throw new CopubError(
        "invalid-option",
        `the threshold table is for ${table.referenceSets} reference sets, not ${options.referenceSets}`,
      );
    if (
      table.citationCount !== options.citationCount &&
      (input as { citationCount?: unknown }).citationCount !== undefined
    )
      throw new CopubError(
        "invalid-option",
        `the threshold table counts ${table.citationCount} citations, not ${options.citationCount}`,
      );
  }
  return {
    options: { ...options, referenceSets: table.referenceSets, citationCount: table.citationCount },
    table,
  };
}

function topAccumulator(
  input: TopCitedOptionsInput,
  papers: Iterable<CorpusPaper>,
): Accumulator<TopCitedTable> {
  const { options, table } = settleTopOptions(input, papers);
  const scorer = topScorer(table, options);
  const fractional = options.counting === "fractional";
  const referenceOptions = { referenceSets: table.referenceSets, citationCount: table.citationCount };
  const tally = createTopTally({
    periods: options.periods,
    byField: options.byField,
    fractional: fractional ? countingFunction({ ...options, method: options.countingMethod }) : null,
    standing: (paper) => paperReferenceSets(paper, referenceOptions),
    scorer,
    wholeDocuments: options.method === "incites",
  });
  return {
    add: tally.add,
    result() {
      const result = tally.result();
      const value = (sums: BucketSums, bucket: keyof BucketSums) => topValue(sums[bucket], scorer.factors);
      const divisor = (cell: TopCell) => (options.windowCounts === "average" ? yearCount(cell.period) : 1);
      const years = new Set(
        result.periods.flatMap((p) => Array.from({ length: yearCount(p) }, (_, i) => p.from + i)),
      );
      const thresholds = table.rows.filter(
        (row) => row.percentile === options.percentile && years.has(row.year),
      );
      const worldTop = worldTops(result, thresholds, options.method, (cell) => value(cell.integer, "all"));
      const rows = [
        ...[...result.countries].flatMap(([country, cells]) => cells.map((cell) => ({ country, cell }))),
        ...result.world.map((cell) => ({ country: WORLD, cell })),
      ]
        .map(({ country, cell }) => ({ country, period: cell.period, field: cell.field, cell }))
        .sort(compareKeys)
        .map(({ country, cell }) => {
          const sums = fractional && country !== WORLD ? (cell.fractional ?? cell.integer) : cell.integer;
          return topRow(country, cell, sums, value, worldTop.get(cellKey(cell)) ?? 0, options.windowCounts);
        });
      return {
        percentile: options.percentile,
        method: options.method,
        counting: options.counting,
        countingMethod: fractional ? options.countingMethod : "integer",
        split: options.split,
        windowCounts: options.windowCounts,
        referenceSets: table.referenceSets,
        citationCount: table.citationCount,
        reference: table.source,
        rows,
        thresholds,
        unattributed: result.unattributed
          .map((cell) => ({ country: WORLD, period: cell.period, field: cell.field, cell }))
          .sort(compareKeys)
          .map(({ cell }) => ({
            period: periodLabel(cell.period),
            field: cell.field,
            papers: sumValue(cell.integer.all.papers) / divisor(cell),
            top: value(cell.integer, "all") / divisor(cell),
          })),
        unscored: result.unscored,
        papersRead: result.papersRead,
        papersOutsidePeriods: result.papersOutsidePeriods,
        notices: topNotices(table, thresholds, result, options),
      };
    },
  };
}

/**
 * The world's Top-x% papers per period and field, the denominator of `topShareOfWorld`: `Σ π·N`
 * over the reference sets when the method makes each set hold exactly `π·N` and the thresholds
 * give `N` — so a one-country export scored against world thresholds gets its true world share —
 * else the Top-x% weight of every paper read (attributable or not).
 */
function worldTops(
  result: TopTally,
  thresholds: TopCitedTable["thresholds"],
  method: TopMethod,
  papersTop: (cell: TopCell) => number,
): Map<string, number> {
  const exact =
    (method === "tie-fraction" || method === "scale-all") && thresholds.every((t) => t.expectedTop !== null);
  const tops = new Map<string, ExactSum>();
  const addAt = (key: string, value: number) => {
    const sum = tops.get(key) ?? exactSum();
    addTo(sum, value);
    tops.set(key, sum);
  };
  if (exact) {
    for (const period of result.periods)
      for (const row of thresholds) {
        if (row.year < period.from || row.year > period.to) continue;
        const label = periodLabel(period);
        addAt(`${label}\u0000${ALL_FIELDS}`, row.expectedTop ?? 0);
        const field = NISTEP_FIELD_OF_ESI[row.field as EsiFieldId];
        if (field !== undefined) addAt(`${label}\u0000${field}`, row.expectedTop ?? 0);
      }
  } else for (const cell of [...result.world, ...result.unattributed]) addAt(cellKey(cell), papersTop(cell));
  return new Map([...tops].map(([key, sum]) => [key, sumValue(sum)]));
}

function cellKey(cell: TopCell): string {
  return `${periodLabel(cell.period)}\u0000${cell.field}`;
}

function topRow(
  country: string,
  cell: TopCell,
  sums: BucketSums,
  value: (sums: BucketSums, bucket: keyof BucketSums) => number,
  worldTop: number,
  windowCounts: "average" | "sum",
): TopCitedRow {
  const years = windowCounts === "average" ? yearCount(cell.period) : 1;
  const papers = sumValue(sums.all.papers);
  const top = value(sums, "all");
  return {
    country,
    period: periodLabel(cell.period),
    field: cell.field,
    papers: papers / years,
    top: top / years,
    topDomestic: value(sums, "domestic") / years,
    topInternational: value(sums, "international") / years,
    topBilateral: value(sums, "bilateral") / years,
    topMultilateral: value(sums, "multilateral") / years,
    topShareOfWorld: ratio(top, worldTop),
    topShareOfPapers: ratio(top, papers),
  };
}

function topNotices(
  table: ThresholdTable,
  thresholds: TopCitedTable["thresholds"],
  result: TopTally,
  options: { readonly percentile: number; readonly zeroCitationsNeverTop: boolean },
): TopCitedTable["notices"] {
  const notices: TopCitedTable["notices"] = [];
  const sets = (rows: typeof thresholds) =>
    rows.map((r) => `${r.field} ${r.year}${r.docType === "all" ? "" : ` ${r.docType}`}`).join(", ");
  if (table.snapshots.length > 1)
    notices.push({
      code: "mixed-citation-snapshots",
      detail: `papers were exported on ${table.snapshots.join(", ")}: their citation counts are not from one snapshot (§8.2)`,
    });
  const small = thresholds.filter((r) => r.smallReferenceSet === true);
  if (small.length > 0)
    notices.push({
      code: "small-reference-set",
      detail: `fewer than ${100 / options.percentile} papers: ${sets(small)}`,
    });
  const recent = thresholds.filter((r) => r.recentCitationWindow === true);
  if (recent.length > 0)
    notices.push({
      code: "recent-citation-window",
      detail:
        `within two years of the citation snapshot ${table.snapshots.at(-1) ?? ""}: ${sets(recent)}`.replace(
          " :",
          ":",
        ),
    });
  if (result.papersAtZeroThreshold > 0)
    notices.push({
      code: "top-threshold-zero",
      detail: `${result.papersAtZeroThreshold} papers are in sets whose threshold is 0 citations (${sets(thresholds.filter((r) => r.threshold === 0))}); ${options.zeroCitationsNeverTop ? "they count as non-top" : "uncited papers there share the Top-x% remainder"} (§8.7)`,
    });
  return notices;
}
