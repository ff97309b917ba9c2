/**
 * The options of the analyst's report: where Top10% thresholds come from, whose partners to show,
 * the periods and the earlier window they are compared with, how many countries the tables show,
 * and which papers the network leaves out. One validated object with documented defaults, so
 * `buildReport` called from code and `copub report` on the command line decide the same report
 * from the same settings. The defaults are chosen to be readable: the latest complete 3-year
 * window against the one ten years earlier (methodology §6), ten countries, and a network without
 * the hyper-authored papers that would link every country to every other.
 */
import * as z from "zod";
import { PeriodsSchema } from "../indicators/core/periods.ts";
import { BaselineTableSchema } from "../indicators/impact/baseline-table.ts";
import { PartnerOptionsSchema } from "../indicators/partners/partners.ts";
import { ThresholdTableSchema } from "../indicators/top-cited/threshold-table.ts";
import { ProgrammeOptionsSchema } from "../programme/programme-options.ts";
import { ProjectSchema } from "../programme/project-table.ts";

/** VOSviewer's default "maximum number of countries per document" for co-authorship maps. */
export const DEFAULT_MAX_COUNTRIES_PER_PAPER = 25;

/** Options of `buildReport`, each with its documented default. */
export const ReportOptionsSchema = z.strictObject({
  /**
   * Top10% thresholds (`topThresholds` over a complete world extraction, or `loadThresholdsCsv`);
   * default `null`: no Top10% table, and the report says how to get one (methodology §8.1).
   */
  reference: ThresholdTableSchema.nullable().default(null),
  /**
   * Citation baselines (`citationBaselines` over a complete world extraction, or
   * `loadBaselinesCsv`); default `null`: no citation impact section (methodology §10.3).
   */
  baselines: BaselineTableSchema.nullable().default(null),
  /** Focal countries (`["JP", "US"]`, methodology §9); default `null`: the country with the most papers. */
  focal: z.array(PartnerOptionsSchema.shape.focal).min(1).nullable().default(null),
  /**
   * Periods of the tables (methodology §6); default `null`: the latest complete 3-year window and
   * the one ten years earlier (single years when the corpus has no complete window).
   */
  periods: PeriodsSchema.nullable().default(null),
  /**
   * The earlier window partner ranks are compared with (`{ from: 2009, to: 2011 }`); default
   * `null`: the earlier of the default windows, when there is one.
   */
  compare: PartnerOptionsSchema.shape.compare,
  /** Countries the tables show besides the world and the focal countries, most papers first; default 10. */
  show: z.number().int().min(1).default(10),
  /** Papers with more countries add no links to the network; default 25 (VOSviewer's default). */
  maxCountriesPerPaper: z.number().int().min(2).default(DEFAULT_MAX_COUNTRIES_PER_PAPER),
  /**
   * A funded programme to evaluate (methodology §12): its project table (`loadProjectTable`) and
   * the options of `programme`; default `null`: no programme section.
   */
  programme: z
    .object({ projects: z.array(ProjectSchema).min(1), options: ProgrammeOptionsSchema.prefault({}) })
    .nullable()
    .default(null),
});

/** Report options with every value filled in. */
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

/** Report options as a caller gives them. */
export type ReportOptionsInput = z.input<typeof ReportOptionsSchema>;
