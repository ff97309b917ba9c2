/**
 * What the analyst's report holds, as plain data: the inputs and their record accounting, the
 * periods it compares and why, the countries its tables show, international co-authorship by year
 * (for the time series) and by window, the Top10% papers split into domestic and international or
 * the reason they are absent, each focal country's partners, and the country network with its
 * core and drawing positions. The report stage fills it in (`buildReport`) and this stage renders
 * it; the schema sits here, below both, because the stage order lets report/ import output/ and
 * never the reverse, so the one definition is where the renderers and the builder can both see it.
 */
import * as z from "zod";
import { CorpusAccountingSchema, FileAccountSchema } from "../corpus/corpus.ts";
import { CollaborationTableSchema } from "../indicators/collaboration/collaboration.ts";
import { BaselineTableSchema } from "../indicators/impact/baseline-table.ts";
import { ImpactTableSchema } from "../indicators/impact/impact-table.ts";
import { PartnerTableSchema } from "../indicators/partners/partners.ts";
import { ThresholdTableSchema } from "../indicators/top-cited/threshold-table.ts";
import { TopCitedTableSchema } from "../indicators/top-cited/top-cited-table.ts";
import type { NodePosition } from "../networks/layout.ts";
import type { Network } from "../networks/network.ts";
import type { CompleteNetworkMetrics } from "../networks/node-metrics.ts";
import { YearWindowSchema } from "../normalize/publication-year.ts";
import { ProgrammeResultSchema } from "../programme/programme-result.ts";

/** A country the report's tables show, with the count that put it there. */
export const ShownCountrySchema = z.object({
  /** Country key (ISO 3166-1 alpha-2, methodology §3.2). */
  country: z.string(),
  /** Its papers in scope under integer counting, all years together. */
  papers: z.number().int().positive(),
});

/** A country the report's tables show, with the count that put it there. */
export type ShownCountry = z.infer<typeof ShownCountrySchema>;

/** The Top10% part of a report: computed from thresholds, or absent and why. */
export const ReportTopSchema = z.discriminatedUnion("kind", [
  z.object({
    /** Computed. */
    kind: z.literal("computed"),
    /** The thresholds used, with where they come from (`source`). */
    thresholds: ThresholdTableSchema,
    /** The Top10% table for the report's windows, every country, window counts as sums. */
    table: TopCitedTableSchema,
  }),
  z.object({
    /** Not computed. */
    kind: z.literal("absent"),
    /**
     * `no-reference`: no thresholds were given, and none are guessed, because Top10% thresholds
     * are only valid over the whole world output of a field and year (methodology §8.1).
     */
    reason: z.literal("no-reference"),
  }),
]);

/** The Top10% part of a report. */
export type ReportTop = z.infer<typeof ReportTopSchema>;

/** The citation impact part of a report (methodology §10): computed from baselines, or absent and why. */
export const ReportImpactSchema = z.discriminatedUnion("kind", [
  z.object({
    /** Computed. */
    kind: z.literal("computed"),
    /** The baselines used, with where they come from (`source`). */
    baselines: BaselineTableSchema,
    /** The impact table for the report's windows, every country, full counting, window counts as sums. */
    table: ImpactTableSchema,
  }),
  z.object({
    /** Not computed. */
    kind: z.literal("absent"),
    /** `no-baselines`: thresholds were given as a table, but no baseline table beside them. */
    reason: z.literal("no-baselines"),
  }),
]);

/** The citation impact part of a report. */
export type ReportImpact = z.infer<typeof ReportImpactSchema>;

/** How the report's periods were chosen. */
export const ReportPeriodsSchema = z.object({
  /**
   * `"default"`: the latest complete 3-year window and the one ten years earlier (methodology
   * §6); `"given"`: the caller's periods; `"years"`: single years, because the corpus has no
   * complete 3-year window.
   */
  basis: z.enum(["default", "given", "years"]),
  /** The windows of the tables, oldest first (empty for `"years"`). */
  windows: z.array(YearWindowSchema),
  /** The window partner ranks are compared with, or `null`. */
  compare: YearWindowSchema.nullable(),
  /** The years of the time-series chart, oldest first. */
  series: z.array(z.number().int()),
  /** The latest complete year, or `null` without years. */
  latestCompleteYear: z.number().int().nullable(),
  /** `"export-date"`: years from the latest export date's year on count as incomplete; `"latest-year"`: no export date. */
  completeness: z.enum(["export-date", "latest-year"]),
});

/** How the report's periods were chosen. */
export type ReportPeriods = z.infer<typeof ReportPeriodsSchema>;

/** The report's country network: which papers it leaves out, its core, and the drawing. */
export const ReportNetworkSchema = z.object({
  // networks/ types its values with interfaces, not schemas; the report carries them as they are.
  /** The country co-authorship network with fractional edge weights (methodology §11.1, §11.2). */
  network: z.custom<Network>(),
  /** Its §11.4 metrics, weighted by the edge weight. */
  metrics: z.custom<CompleteNetworkMetrics>(),
  /** Papers with more countries than this add no links (VOSviewer's default is 25). */
  maxCountriesPerPaper: z.number().int().min(2),
  /** How many papers were left out of the links by `maxCountriesPerPaper`. */
  papersLeftOut: z.number().int().nonnegative(),
  /** The core: the innermost k-core of the links of at least `minWeight` fractional papers. */
  core: z.object({
    /** Smallest link weight kept for the core (1: at least one whole paper's worth of co-authorship). */
    minWeight: z.number().positive(),
    /** The core's k (0 when no link is that strong). */
    k: z.number().int().nonnegative(),
    /** Its countries, by key. */
    members: z.array(z.string()),
  }),
  /** Drawing positions (in [-1, 1]) of the countries drawn: those with the most papers. */
  layout: z.custom<readonly NodePosition[]>(),
});

/** The report's country network. */
export type ReportNetwork = z.infer<typeof ReportNetworkSchema>;

/** The analyst's report as data: every table in full, and which countries the tables show. */
export const ReportSchema = z.object({
  /** Every record accounted for (methodology §13.4). */
  accounting: CorpusAccountingSchema,
  /** The input files, each with its counts and what its FN line says. */
  files: z.array(FileAccountSchema),
  /** Whether an input says it is synthetic (copub's demo data): the report then says so at the top. */
  synthetic: z.boolean(),
  /** The periods and how they were chosen. */
  periods: ReportPeriodsSchema,
  /**
   * The focal countries: the time series and the partner sections are theirs. Empty only when no
   * paper has a country (there is then no country to choose).
   */
  focal: z.array(z.string()),
  /** The countries whose rows the tables show besides the world: most papers first, then the focal countries. */
  countries: z.array(ShownCountrySchema),
  /** Papers, domestic and international per country and single year (the time series; methodology §5). */
  series: CollaborationTableSchema,
  /** The same per country and window, counts as yearly averages (methodology §5, §6). */
  collaboration: CollaborationTableSchema,
  /** Top10% papers split into domestic and international (methodology §8), or why they are absent. */
  top: ReportTopSchema,
  /** Citation impact (methodology §10), or why it is absent; `null` when no reference was given. */
  impact: ReportImpactSchema.nullable(),
  /** One partner table per focal country (methodology §9), every partner, in focal order. */
  partners: z.array(PartnerTableSchema),
  /** The country co-authorship network (methodology §11). */
  network: ReportNetworkSchema,
  /** The evaluation of a funded programme (methodology §12), when the report was given its projects. */
  programme: ProgrammeResultSchema.optional(),
});

/** The analyst's report as data. */
export type Report = z.infer<typeof ReportSchema>;
