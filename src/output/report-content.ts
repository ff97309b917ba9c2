/**
 * What the analyst's report holds, as plain data: the record accounting, the countries its tables
 * show and the paper counts that chose them, the collaboration table, the Top10% table with its
 * thresholds or the reason it is absent, the focal countries' partner tables and the country
 * network with its metrics. The report stage fills it in (`buildReport`) and this stage renders
 * it; the schema sits here, below both, because the stage order lets report/ import output/ and
 * never the reverse, so the one definition is where the renderer and the builder can both see it.
 */
import * as z from "zod";
import { CorpusAccountingSchema, FileAccountSchema } from "../corpus/corpus.ts";
import { CollaborationTableSchema } from "../indicators/collaboration/collaboration.ts";
import { PartnerTableSchema } from "../indicators/partners/partners.ts";
import { ThresholdTableSchema } from "../indicators/top-cited/threshold-table.ts";
import { TopCitedTableSchema } from "../indicators/top-cited/top-cited-table.ts";
import type { Network } from "../networks/network.ts";
import type { NetworkMetrics } from "../networks/node-metrics.ts";

/** A country the report's tables show, with the count that put it there. */
export const ShownCountrySchema = z.object({
  /** Country key (ISO 3166-1 alpha-2, METHODOLOGY.md §0.3). */
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
    /** The Top10% table, every country. */
    table: TopCitedTableSchema,
  }),
  z.object({
    /** Not computed. */
    kind: z.literal("absent"),
    /**
     * `no-reference`: no thresholds were given, and none are guessed, because Top10% thresholds
     * are only valid over the whole world output of a field and year (§8.1).
     */
    reason: z.literal("no-reference"),
  }),
]);

/** The Top10% part of a report. */
export type ReportTop = z.infer<typeof ReportTopSchema>;

/** The analyst's report as data: every table in full, and which countries the Markdown shows. */
export const ReportSchema = z.object({
  /** Every record accounted for (§13.4). */
  accounting: CorpusAccountingSchema,
  /** The input files, each with its counts. */
  files: z.array(FileAccountSchema),
  /** The countries whose rows the Markdown tables show besides `WORLD`: most papers first, ties by key. */
  countries: z.array(ShownCountrySchema),
  /** Papers, domestic and international, per country (§5), every country. */
  collaboration: CollaborationTableSchema,
  /** Top10% papers split into domestic and international (§8), or why they are absent. */
  top: ReportTopSchema,
  /** One partner table per focal country (§9), in the order the focal countries were given. */
  partners: z.array(PartnerTableSchema),
  // networks/ types its values with interfaces, not schemas; the report carries them as they are.
  /** The country co-authorship network with fractional edge weights (§11.1, §11.2). */
  network: z.custom<Network>(),
  /** Its §11.4 metrics, weighted by the edge weight. */
  networkMetrics: z.custom<NetworkMetrics>(),
});

/** The analyst's report as data. */
export type Report = z.infer<typeof ReportSchema>;
