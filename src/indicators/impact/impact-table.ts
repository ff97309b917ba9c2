/**
 * The citation impact table's shape (docs/methodology.md §10): its rows per country × period × field
 * — the public contract `{ country, period, field, papers, citations, mcs, mncs, cnci,
 * relativeCitationImpact }` — the unattributable papers, the notices a reader must see, and the
 * table with the options and baselines behind it. It stands apart from `citation-impact.ts`, which
 * computes the table, so that writers can name a row without importing the computation.
 */
import * as z from "zod";
import { CountingMethodSchema } from "../counting/counting-weights.ts";
import { CitationCountSchema, ReferenceSetKindSchema } from "../top-cited/reference-sets.ts";
import { ThresholdSourceSchema } from "../top-cited/threshold-table.ts";
import { BaselineRowSchema, ImpactUnscoredReasonSchema } from "./baseline-table.ts";

/** One row: a country (or the world) in a period and field. Counts are window averages unless `windowCounts` is `"sum"`. */
export const ImpactRowSchema = z.object({
  /** Country key, or `"WORLD"`. */
  country: z.string(),
  /** `"2021"` or `"2019-2021"`. */
  period: z.string(),
  /** `"all"` or a NISTEP broad field key. */
  field: z.string(),
  /** `Σ w(c, p)`: the country's scored papers under the table's counting. */
  papers: z.number().nonnegative(),
  /** `Σ w(c, p)·cit(p)`: their citations. */
  citations: z.number().nonnegative(),
  /** CWTS MCS: `citations / papers`; `null` without papers. */
  mcs: z.number().nonnegative().nullable(),
  /** CWTS MNCS: `Σ w·ncs(p) / Σ w`, `ncs = 1` in a set whose mean is 0; `null` without papers. */
  mncs: z.number().nonnegative().nullable(),
  /** InCites CNCI: `Σ w·CNCI(p) / Σ w` over papers with no zero baseline; `null` when none has one. */
  cnci: z.number().nonnegative().nullable(),
  /** NISTEP's relative citation index: `mcs` over the world's citations per paper; `null` when either is undefined. */
  relativeCitationImpact: z.number().nonnegative().nullable(),
});

/** One row of the impact table. */
export type ImpactRow = z.infer<typeof ImpactRowSchema>;

/** Scored papers without any country, per period and field (§4.6): in world reference sets, in no country. */
export const UnattributedImpactRowSchema = z.object({
  /** Period label. */
  period: z.string(),
  /** `"all"` or a NISTEP field key. */
  field: z.string(),
  /** Scored papers with no country. */
  papers: z.number().nonnegative(),
  /** Their citations. */
  citations: z.number().nonnegative(),
});

/** A condition the reader of the table must know of (§8.2, §8.7, §10.3). */
export const ImpactNoticeSchema = z.object({
  /** `zero-baseline`, `mixed-citation-snapshots` or `recent-citation-window`. */
  code: z.enum(["zero-baseline", "mixed-citation-snapshots", "recent-citation-window"]),
  /** What and where. */
  detail: z.string(),
});

/** A condition the reader of the table must know of. */
export type ImpactNotice = z.infer<typeof ImpactNoticeSchema>;

/** The citation impact table. */
export const ImpactTableSchema = z.object({
  /** `"full"` or `"fractional"`. */
  counting: z.enum(["full", "fractional"]),
  /** `"integer"` under full counting, else the fractional method. */
  countingMethod: CountingMethodSchema,
  /** `"average"` or `"sum"`: what a multi-year period's `papers` and `citations` are. */
  windowCounts: z.enum(["average", "sum"]),
  /** The grouping of reference sets. */
  referenceSets: ReferenceSetKindSchema,
  /** The citation count. */
  citationCount: CitationCountSchema,
  /** Where the baselines come from. */
  reference: ThresholdSourceSchema,
  /** Rows by country (`WORLD` last), period, field. */
  rows: z.array(ImpactRowSchema),
  /** Baselines of the reference sets of the years of the table's periods. */
  baselines: z.array(BaselineRowSchema),
  /** Scored papers without any country, per period and field. */
  unattributed: z.array(UnattributedImpactRowSchema),
  /** Papers with no normalized score, per reason (reported, counted nowhere). */
  unscored: z.partialRecord(ImpactUnscoredReasonSchema, z.number().int().positive()),
  /** Papers read. */
  papersRead: z.number().int().nonnegative(),
  /** Papers read that fall in no period. */
  papersOutsidePeriods: z.number().int().nonnegative(),
  /** Conditions to report next to the table. */
  notices: z.array(ImpactNoticeSchema),
});

/** The citation impact table. */
export type ImpactTable = z.infer<typeof ImpactTableSchema>;
