/**
 * The options of the analyst's report: where Top10% thresholds come from, whose partners to show,
 * the periods, the earlier window for rank changes and how many countries the tables show. One
 * validated object with documented defaults, so `buildReport` called from code and `copub report`
 * on the command line decide the same report from the same settings.
 */
import * as z from "zod";
import { PeriodsSchema } from "../indicators/core/periods.ts";
import { PartnerOptionsSchema } from "../indicators/partners/partners.ts";
import { ThresholdTableSchema } from "../indicators/top-cited/threshold-table.ts";

/** Options of `buildReport`, each with its documented default. */
export const ReportOptionsSchema = z.object({
  /**
   * Top10% thresholds (`topThresholds` over a complete world extraction, or `loadThresholdsCsv`);
   * default `null`: no Top10% table, and the report says how to get one (METHODOLOGY.md §8.1).
   */
  reference: ThresholdTableSchema.nullable().default(null),
  /** Focal countries of the partner tables (`["JP", "US"]`, §9); default `null`: the country with the most papers. */
  focal: z.array(PartnerOptionsSchema.shape.focal).min(1).nullable().default(null),
  /** Periods of every table (§6); default one per year present. */
  periods: PeriodsSchema,
  /** The earlier window partner ranks are compared with (`{ from: 2009, to: 2011 }`); default `null`. */
  compare: PartnerOptionsSchema.shape.compare,
  /** Countries the Markdown tables show besides the world, most papers first; default 10. */
  show: z.number().int().min(1).default(10),
});

/** Report options with every value filled in. */
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

/** Report options as a caller gives them. */
export type ReportOptionsInput = z.input<typeof ReportOptionsSchema>;
