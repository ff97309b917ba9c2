/**
 * Partner countries of a focal country (docs/methodology.md §9): for a country A, per period and
 * field, the papers of A's international co-authored papers `I_A` that include each partner B,
 * their share of `|I_A|`, B's rank among A's partners and the rank B had in an earlier window, as
 * NISTEP's Benchmarking tables give them; and the reverse view, the share of B's international
 * papers that include A. Integer counting only (§9.1): a paper with several partners counts for
 * each, so the shares overlap and add up to 100% or more. A window's counts are sums over its
 * years and its shares ratios of those sums (§9.2).
 *
 * This folder, `src/indicators/partners/`, holds the partner table: this module, the ranking of
 * partners (`partner-ranks.ts`) and the pass that counts the papers shared (`_partner-tally.ts`).
 */
import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { countryAlpha3 } from "../../normalize/country-codes.ts";
import { CountryTextSchema } from "../../normalize/country-vocabulary.ts";
import type { EsiFieldId } from "../../normalize/data/esi-fields.ts";
import { NISTEP_FIELD_OF_ESI } from "../../normalize/data/nistep-fields.ts";
import { fieldKeyOf } from "../../normalize/field-vocabulary.ts";
import { YearWindowSchema } from "../../normalize/publication-year.ts";
import { type Accumulator, defineIndicator, type StreamOptions } from "../core/define-indicator.ts";
import { comparePeriods, PeriodsSchema, periodLabel } from "../core/periods.ts";
import { ALL_FIELDS } from "../core/row-keys.ts";
import { type Settled, settle } from "../core/settled-options.ts";
import { createPartnerTally, type PartnerCell, type PartnerTally } from "./_partner-tally.ts";
import {
  CutoffTieSchema,
  cutoffTie,
  type PartnerRank,
  partnerRanks,
  RankMovementSchema,
  rankMovement,
} from "./partner-ranks.ts";

/** Options of the partner table, each with its default. */
export const PartnerOptionsSchema = z.object({
  /** The focal country A: a country key, ISO code or name (`"US"`, `"JPN"`, `"Japan"`; "Words used" in docs/methodology.md). Required. */
  focal: CountryTextSchema,
  /** Periods (§6): `"2019-2021"`, `"2009-2011,2019-2021"` or the object form; default one per year present. Every year of each must be present. */
  periods: PeriodsSchema,
  /** The earlier window ranks are compared with (e.g. `{ from: 2009, to: 2011 }`); its own rows are in the table too. Default `null`. */
  compare: YearWindowSchema.nullable().default(null),
  /** Rows per NISTEP field (the eight of §7.2, then `other`) besides `"all"`; default `false`. */
  byField: z.boolean().default(false),
  /** Rows for the first N partners of each period and field in display order; `null` for every partner. Default 10. */
  top: z.number().int().min(1).nullable().default(10),
  /** Countries whose rows are kept wherever they rank ("where is Japan?"); default none. Repeats are dropped. */
  highlight: z
    .array(CountryTextSchema)
    .default([])
    .transform((keys) => [...new Set(keys)]),
});

/** Options of the partner table as a caller gives them. */
export type PartnerOptionsInput = z.input<typeof PartnerOptionsSchema>;

/** Options of the partner table validated once, every default filled in: what `settlePartnerOptions` returns. */
export type PartnerOptions = Settled<z.output<typeof PartnerOptionsSchema>>;

/**
 * Validates partner options once and fills in every default. `partners` and `partnersFromStream`
 * take the result as it is, without validating it again: the CLI settles the options once, writes
 * them into the run manifest and passes them on.
 * @param options - options as a caller gives them
 * @throws ZodError for invalid options (a focal key that is not a country key, top below 1)
 * @example
 * settlePartnerOptions({ focal: "US", highlight: ["JP", "JP"] })
 * // → { focal: "US", periods: { kind: "years", years: null }, compare: null, byField: false, top: 10, highlight: ["JP"] }
 */
export function settlePartnerOptions(options: PartnerOptionsInput): PartnerOptions {
  return settle(PartnerOptionsSchema, options, "partners options");
}

/** One partner of the focal country in one period and field. */
export const PartnerRowSchema = z.object({
  /** The focal country's key (A). */
  focal: z.string(),
  /** `"2021"` or `"2019-2021"`. */
  period: z.string(),
  /** `"all"`, or a NISTEP field key (`chem`, `mat`, `phys`, `csmath`, `eng`, `envgeo`, `clin`, `life`, `other`). */
  field: z.string(),
  /** Competition rank by `papers` among all of A's partners in the period and field (§9.2). */
  rank: z.number().int().positive(),
  /** The partner's country key (B). */
  partner: z.string(),
  /** `n(A, B)`: A's international papers that include B, a sum over the period's years. */
  papers: z.number().int().positive(),
  /** `n(A, B) / |I_A|`, 0–1 (not a percentage): the ratio of the period's sums. */
  share: z.number().min(0).max(1),
  /** B's rank in the compare window over all partners; `null` when B had no paper then, or the row is not compared. */
  previousRank: z.number().int().positive().nullable(),
  /** `previousRank − rank` (positive = moved up); `null` when `previousRank` is. */
  rankChange: z.number().int().nullable(),
  /** `up`, `down`, `same`, or `new` (no paper in the compare window); `null` for rows not compared (no compare window, or a period that does not start after it). */
  movement: RankMovementSchema.nullable(),
  /** B's ISO 3166-1 alpha-3 code (the key when it has none), for display. */
  partnerAlpha3: z.string(),
  /** Among the first `top` partners in display order; `false` for a highlighted country further down. */
  inTop: z.boolean(),
  /** `|I_A|`: A's international co-authored papers in the period and field. */
  focalInternational: z.number().int().positive(),
  /** `|I_B|`: B's international co-authored papers in the period and field (the reverse view). */
  partnerInternational: z.number().int().positive(),
  /** `n(A, B) / |I_B|`, 0–1: the share of B's international papers that include A. */
  reverseShare: z.number().min(0).max(1),
});

/** One partner of the focal country in one period and field. */
export type PartnerRow = z.infer<typeof PartnerRowSchema>;

/** The focal country in one period and field: its international papers and its partners as a whole. */
export const PartnerGroupSchema = z.object({
  /** `"2021"` or `"2019-2021"`. */
  period: z.string(),
  /** `"all"` or a NISTEP field key (`other` included). */
  field: z.string(),
  /** Label of the compare window when this period's ranks are compared with it (the period starts after it); else `null`. */
  comparedWith: z.string().nullable(),
  /** `|I_A|`: the focal country's international co-authored papers (0 when it has none). */
  focalInternational: z.number().int().nonnegative(),
  /** Number of distinct partners. */
  partners: z.number().int().nonnegative(),
  /** `Σ_B share(A, B)` over all partners = mean of `|C(p)| − 1` over `I_A`, 1 or more (§9.1); `null` without papers. */
  shareSum: z.number().nonnegative().nullable(),
  /** The same sum over the first `top` partners only, which can fall on either side of 1 (§9.4); `null` without papers. */
  topShareSum: z.number().nonnegative().nullable(),
  ...CutoffTieSchema.shape,
});

/** The focal country in one period and field. */
export type PartnerGroup = z.infer<typeof PartnerGroupSchema>;

/** The partner table of a focal country. */
export const PartnerTableSchema = z.object({
  /** The focal country's key. */
  focal: z.string(),
  /** Its alpha-3 code. */
  focalAlpha3: z.string(),
  /** Always `"integer"`: §9.1 defines no fractional variant. */
  counting: z.literal("integer"),
  /** Label of the compare window, or `null`. */
  compare: z.string().nullable(),
  /** The top-N length, or `null` for every partner. */
  top: z.number().int().positive().nullable(),
  /** The highlighted countries, in the order given, each once. */
  highlight: z.array(z.string()),
  /** One per period × field (every field of the split, empty ones included), by period then field (`all` first, then §7.2 order, `other` last). */
  groups: z.array(PartnerGroupSchema),
  /** Rows by period, field, then display order: rank, alpha-3, key. */
  rows: z.array(PartnerRowSchema),
  /** Papers read. */
  papersRead: z.number().int().nonnegative(),
  /** Papers read that fall in no period (no year, or a year outside every period and the compare window). */
  papersOutsidePeriods: z.number().int().nonnegative(),
});

/** The partner table of a focal country. */
export type PartnerTable = z.infer<typeof PartnerTableSchema>;

const partnerIndicator = defineIndicator(partnersAccumulator);

/**
 * The partner table of a focal country (§9): per period and field, its partners ranked by the
 * papers they share with it, with shares of its international papers, earlier ranks and the
 * reverse view.
 *
 * `|I_B|` and `reverseShare` count B's international papers in the papers given, so they mean
 * what they say only when the corpus holds B's papers with and without A (a corpus selected on
 * A's addresses makes every `reverseShare` 1).
 * @param papers - in-scope papers, e.g. `corpus.papers`
 * @param options - focal country, periods, compare window, field split, top N, highlighted countries;
 *   options from `settlePartnerOptions` are taken as they are
 * @throws MissingYearsError when a period's or the compare window's years are not all present (§6)
 * @throws ZodError for invalid options (a focal key that is not a country key, top below 1)
 * @example
 * partners(corpus.papers, { focal: "US", periods: { kind: "windows", windows: [{ from: 2021, to: 2021 }] },
 *   compare: { from: 2011, to: 2011 } }).rows.find((r) => r.partner === "JP" && r.period === "2021")
 * // data set Q → { focal: "US", period: "2021", field: "all", rank: 3, partner: "JP", papers: 1, share: 0.142…,
 * //   previousRank: 1, rankChange: -2, movement: "down", partnerAlpha3: "JPN", inTop: true, focalInternational: 7,
 * //   partnerInternational: 1, reverseShare: 1 }
 */
export const partners: (papers: Iterable<CorpusPaper>, options: PartnerOptionsInput) => PartnerTable =
  partnerIndicator.fromPapers;

/**
 * `partners` over a stream of papers, e.g. `streamCorpus(path)`.
 * @param papers - in-scope papers, as a stream or an iterable
 * @param options - as for `partners`, and `onProgress` to hear of the papers read (`StreamOptions`)
 * @throws MissingYearsError when a period's or the compare window's years are not all present (§6)
 * @example
 * await partnersFromStream(streamCorpus("corpus.jsonl.gz"), { focal: "US", byField: true })
 * // → { focal: "US", focalAlpha3: "USA", counting: "integer", …, rows: [{ focal: "US", period: "2021", field: "all", rank: 1, … }, …] }
 */
export const partnersFromStream: (
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options: StreamOptions<PartnerOptionsInput>,
) => Promise<PartnerTable> = partnerIndicator.fromStream;

function partnersAccumulator(options: PartnerOptionsInput): Accumulator<PartnerTable> {
  const settled = settlePartnerOptions(options);
  const tally = createPartnerTally(settled);
  return { add: tally.add, result: () => partnerTable(tally.result(), settled) };
}

function partnerTable(tally: PartnerTally, options: PartnerOptions): PartnerTable {
  const { focal, compare, top } = options;
  const ranked = new Map(tally.cells.map((cell) => [cellKey(cell), partnerRanks(cell.shared)]));
  const earlier = compare === null ? null : periodLabel(compare);
  const previousRanks = (cell: PartnerCell): ReadonlyMap<string, number> | null => {
    if (compare === null || comparePeriods(compare, cell.period) >= 0) return null;
    const list = ranked.get(`${earlier}\u0000${cell.field}`) ?? [];
    return new Map(list.map((r) => [r.partner, r.rank]));
  };
  const highlighted = new Set(options.highlight);
  const groups: PartnerGroup[] = [];
  const rows: PartnerRow[] = [];
  for (const cell of tally.cells) {
    const list = ranked.get(cellKey(cell)) ?? [];
    const length = top ?? list.length;
    const previous = previousRanks(cell);
    groups.push(partnerGroup(cell, list, length, previous === null ? null : earlier));
    list.forEach((r, i) => {
      if (i < length || highlighted.has(r.partner))
        rows.push(partnerRow(cell, r, i < length, previous, focal));
    });
  }
  return {
    focal,
    focalAlpha3: countryAlpha3(focal) ?? focal,
    counting: "integer",
    compare: earlier,
    top,
    highlight: options.highlight,
    groups,
    rows,
    papersRead: tally.papersRead,
    papersOutsidePeriods: tally.papersOutsidePeriods,
  };
}

function partnerGroup(
  cell: PartnerCell,
  ranked: readonly PartnerRank[],
  top: number,
  comparedWith: string | null,
): PartnerGroup {
  const total = cell.focalInternational;
  const sum = (list: readonly PartnerRank[]) => list.reduce((s, r) => s + r.papers, 0);
  return {
    period: periodLabel(cell.period),
    field: cell.field,
    comparedWith,
    focalInternational: total,
    partners: ranked.length,
    // Ratios of whole numbers, divided once ("Numbers" in docs/methodology.md).
    shareSum: total === 0 ? null : sum(ranked) / total,
    topShareSum: total === 0 ? null : sum(ranked.slice(0, top)) / total,
    ...cutoffTie(ranked, top),
  };
}

function partnerRow(
  cell: PartnerCell,
  { partner, papers, rank }: PartnerRank,
  inTop: boolean,
  previous: ReadonlyMap<string, number> | null,
  focal: string,
): PartnerRow {
  const previousRank = previous?.get(partner) ?? null;
  const moved = previous === null ? { rankChange: null, movement: null } : rankMovement(previousRank, rank);
  const partnerInternational = cell.international.get(partner) ?? papers;
  return {
    focal,
    period: periodLabel(cell.period),
    field: cell.field,
    rank,
    partner,
    papers,
    share: papers / cell.focalInternational,
    previousRank,
    ...moved,
    partnerAlpha3: countryAlpha3(partner) ?? partner,
    inTop,
    focalInternational: cell.focalInternational,
    partnerInternational,
    reverseShare: papers / partnerInternational,
  };
}

function cellKey(cell: PartnerCell): string {
  return `${periodLabel(cell.period)}\u0000${cell.field}`;
}

/**
 * The table with only the fields a field scope covers, for a corpus scoped to some fields
 * (`--fields chem,clin`): a paper of a field in scope that also belongs to another field would
 * otherwise give that field a group of a few papers, and every other field an empty one, though
 * the export was never meant to cover them. An ESI field in scope (`CHE`) covers its NISTEP
 * broad field; `"all"` always stays. Without a scope (`null`) the table is returned as it is.
 * @param table - a partner table computed by field
 * @param scope - the corpus's field scope as given (NISTEP keys, ESI ids or names), or `null`
 * @example
 * partnersInFieldScope(partners(papers, { focal: "US", byField: true }), ["chem", "CLI"]).groups.map((g) => g.field)
 * // → ["all", "chem", "clin"] (for one period)
 */
export function partnersInFieldScope(table: PartnerTable, scope: readonly string[] | null): PartnerTable {
  if (scope === null) return table;
  const kept = new Set<string>([ALL_FIELDS]);
  for (const field of scope) {
    const key = fieldKeyOf(field);
    if (key !== null) kept.add(key in NISTEP_FIELD_OF_ESI ? NISTEP_FIELD_OF_ESI[key as EsiFieldId] : key);
  }
  return {
    ...table,
    groups: table.groups.filter((group) => kept.has(group.field)),
    rows: table.rows.filter((row) => kept.has(row.field)),
  };
}
