/**
 * Field-normalized citation impact per country (docs/methodology.md §10): CWTS's mean citation score
 * (MCS) and mean normalized citation score (MNCS), InCites' Category Normalized Citation Impact
 * (CNCI) and NISTEP's relative citation index, per country × period × field under full or
 * fractional counting, with the world row. A paper's citations are compared with the mean of its
 * reference sets — each field (or category) × single publication year (× document type) of the
 * *world* output — so, as for Top-x% thresholds, the caller must say where the baselines come from.
 */

import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import type { PaperList } from "../../corpus/paper-table.ts";
import { pickOptions } from "../../diagnostics/checked-options.ts";
import type { EsiFieldId } from "../../normalize/data/esi-fields.ts";
import { NISTEP_FIELD_OF_ESI } from "../../normalize/data/nistep-fields.ts";
import type { YearWindow } from "../../normalize/publication-year.ts";
import {
  addToCountries,
  type Cell,
  type CellStore,
  createCellStore,
  createCountryCells,
} from "../core/cell-store.ts";
import {
  type Accumulator,
  defineIndicator,
  type StreamOptions,
  withProgress,
} from "../core/define-indicator.ts";
import { addTo, type ExactSum, exactSum, sumValue } from "../core/exact-sum.ts";
import { createYearCounter, periodLabel, periodPlan, yearCount } from "../core/periods.ts";
import { ratio } from "../core/ratio.ts";
import { ALL_FIELDS, compareRowKeys, WORLD } from "../core/row-keys.ts";
import { CountingOptionsSchema, countingFunction } from "../counting/counting-weights.ts";
import { createFractionalShares } from "../counting/fractional-shares.ts";
import { referenceSetResolver } from "../top-cited/reference-sets.ts";
import { mixedSnapshotsNotice, recentWindowNotice, setList } from "../top-cited/snapshot-notices.ts";
import { type ImpactPart, impactScorer } from "./_impact-scores.ts";
import type { BaselineRow, BaselineTable, ImpactUnscoredReason } from "./baseline-table.ts";
import { type ImpactOptionsInput, type SettledImpactOptions, settleImpactOptions } from "./impact-options.ts";
import type { ImpactRow, ImpactTable } from "./impact-table.ts";

export type { ImpactOptionsInput } from "./impact-options.ts";

/** What a cell sums, each exactly. */
interface ImpactSums {
  /** `Σ w·share`: papers. */
  readonly papers: ExactSum;
  /** `Σ w·share·cit`: citations. */
  readonly citations: ExactSum;
  /** `Σ w·ncs`: CWTS normalized scores. */
  readonly ncs: ExactSum;
  /** `Σ w·CNCI` over papers without a zero baseline. */
  readonly cnci: ExactSum;
  /** `Σ w·share` of those papers. */
  readonly cnciPapers: ExactSum;
}

/** A period and field of the world (each attributable paper once) or of the papers without a country. */
interface RowCell extends Cell {
  readonly sums: ImpactSums;
}

// Settling the options may compute the baselines from the papers (`reference: "corpus"`), which
// one pass cannot do while it applies them: both front-ends settle first, then run the pass.
const impactIndicator = defineIndicator(impactAccumulator);

/**
 * The citation impact table of a set of papers: per country × period × field, papers, citations,
 * MCS, MNCS, CNCI and the relative citation index, with a `WORLD` row (§10).
 * @param papers - in-scope papers, e.g. `corpus.papers` (read twice with `reference: "corpus"`)
 * @param options - `reference` (required), counting, reference sets, periods, … (see `ImpactOptionsSchema`)
 * @throws CopubError `invalid-option` without `reference`, or for a table made for other sets or citations
 * @throws MissingYearsError when a window's years are not all present (§6)
 * @example
 * // Methodology §10.4: x (10 citations) in a set with mean 4, y (4 citations) in two sets with means 4 and 8
 * citationImpact(papers, { reference: baselines }).rows.find((r) => r.country === "JP")
 * // → { country: "JP", period: "2021", field: "all", papers: 2, citations: 14, mcs: 7, mncs: 1.625, cnci: 1.625, … }
 */
export function citationImpact(papers: PaperList, options: ImpactOptionsInput): ImpactTable {
  return impactIndicator.fromPapers(papers, settleImpactOptions(options, papers));
}

/**
 * `citationImpact` over a stream of papers. Baselines must be at hand (one pass cannot both compute
 * and apply them): compute them first with `citationBaselinesFromStream` over the reference population.
 * @param papers - in-scope papers, as a stream or an iterable
 * @param options - as for `citationImpact`, with `reference` a baseline table, and `onProgress` to hear of the papers read
 * @example
 * const baselines = await citationBaselinesFromStream(streamCorpus("corpus.jsonl.gz"));
 * await citationImpactFromStream(streamCorpus("corpus.jsonl.gz"), { reference: baselines, counting: "fractional" })
 */
export function citationImpactFromStream(
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options: StreamOptions<ImpactOptionsInput & { reference: BaselineTable }>,
): Promise<ImpactTable> {
  const { onProgress, ...own } = options;
  return impactIndicator.fromStream(withProgress(papers, onProgress), settleImpactOptions(own, []));
}

function impactAccumulator({ options, table }: SettledImpactOptions): Accumulator<ImpactTable> {
  const fractional = options.counting === "fractional";
  const plan = periodPlan(options.periods);
  const years = createYearCounter();
  const shares = createFractionalShares(
    fractional
      ? countingFunction({ ...pickOptions(CountingOptionsSchema, options), method: options.countingMethod })
      : null,
  );
  const standing = referenceSetResolver({
    referenceSets: table.referenceSets,
    citationCount: table.citationCount,
  });
  const scorer = impactScorer(table, options.byField);
  const countries = createCountryCells(impactSums, fractional);
  const rowCells = () => createCellStore((period, field): RowCell => ({ period, field, sums: impactSums() }));
  const world = rowCells();
  const unattributed = rowCells();
  const unscored: Partial<Record<ImpactUnscoredReason, number>> = {};
  let papersRead = 0;
  let papersAtZeroBaseline = 0;

  return {
    add(paper) {
      papersRead++;
      years.add(paper.year);
      const sets = standing(paper);
      const scores = "unscored" in sets ? null : scorer.score(paper, sets);
      if ("unscored" in sets || scores === null) {
        const reason = "unscored" in sets ? sets.unscored : "no-baseline";
        unscored[reason] = (unscored[reason] ?? 0) + 1;
        return;
      }
      // Weighed (and its warnings counted) whether or not a period takes the paper.
      const weights = shares.weigh(paper);
      const periods = paper.year === null ? [] : plan.periodsOf(paper.year);
      if (scores.zeroBaseline && periods.length > 0) papersAtZeroBaseline++;
      const add = (sums: ImpactSums, part: ImpactPart, weight: number) =>
        addPart(sums, part, sets.citations, weight, scores.zeroBaseline);
      for (const period of periods)
        for (const [field, part] of scores.parts) {
          if (paper.countries.length === 0) {
            add(unattributed.cell(period, field).sums, part, 1);
            continue;
          }
          add(world.cell(period, field).sums, part, 1);
          addToCountries(countries, period, field, paper.countries, weights, (sums, weight) =>
            add(sums, part, weight),
          );
        }
    },
    result() {
      const periods = plan.resolve(years.present());
      const inPeriods = new Set(
        periods.flatMap((p) => Array.from({ length: yearCount(p) }, (_, i) => p.from + i)),
      );
      const baselines = table.rows.filter((row) => inPeriods.has(row.year));
      const worldMcs = worldMeans(table, baselines, periods, world);
      const divisor = (cell: Cell) => (options.windowCounts === "average" ? yearCount(cell.period) : 1);
      // The world's cells count each paper once, under either counting.
      const rows = [
        ...countries.kept(periods).map((cell) => ({
          ...cell,
          sums: fractional ? (cell.fractional ?? cell.integer) : cell.integer,
        })),
        ...world.kept(periods).map((cell) => ({ ...cell, country: WORLD })),
      ]
        .sort(compareRowKeys)
        .map((cell) =>
          impactRow(cell.country, cell, cell.sums, worldMcs.get(cellKey(cell)) ?? null, divisor(cell)),
        );
      return {
        counting: options.counting,
        countingMethod: fractional ? options.countingMethod : "integer",
        windowCounts: options.windowCounts,
        referenceSets: table.referenceSets,
        citationCount: table.citationCount,
        reference: table.source,
        rows,
        baselines,
        unattributed: unattributed
          .kept(periods)
          .map((cell) => ({ ...cell, country: WORLD }))
          .sort(compareRowKeys)
          .map((cell) => ({
            period: periodLabel(cell.period),
            field: cell.field,
            papers: sumValue(cell.sums.papers) / divisor(cell),
            citations: sumValue(cell.sums.citations) / divisor(cell),
          })),
        unscored: { ...unscored },
        papersRead,
        papersOutsidePeriods: years.outside(periods),
        notices: impactNotices(table, baselines, papersAtZeroBaseline),
      };
    },
  };
}

function impactSums(): ImpactSums {
  return {
    papers: exactSum(),
    citations: exactSum(),
    ncs: exactSum(),
    cnci: exactSum(),
    cnciPapers: exactSum(),
  };
}

/** Adds a paper's part, times its counting weight; InCites' sums skip a paper with a zero baseline. */
function addPart(sums: ImpactSums, part: ImpactPart, citations: number, weight: number, zero: boolean): void {
  if (weight === 0) return;
  const papers = weight * part.papers;
  addTo(sums.papers, papers);
  addTo(sums.citations, papers * citations);
  addTo(sums.ncs, weight * part.ncs);
  if (zero) return;
  addTo(sums.cnci, weight * part.cnci);
  addTo(sums.cnciPapers, papers);
}

/** One row of a cell: counts per year or per period, and the ratios of the period's sums. */
function impactRow(
  country: string,
  cell: Cell,
  sums: ImpactSums,
  worldMcs: number | null,
  years: number,
): ImpactRow {
  const papers = sumValue(sums.papers);
  const citations = sumValue(sums.citations);
  const mcs = ratio(citations, papers);
  return {
    country,
    period: periodLabel(cell.period),
    field: cell.field,
    papers: papers / years,
    citations: citations / years,
    mcs,
    mncs: ratio(sumValue(sums.ncs), papers),
    cnci: ratio(sumValue(sums.cnci), sumValue(sums.cnciPapers)),
    relativeCitationImpact: mcs === null || worldMcs === null ? null : ratio(mcs, worldMcs),
  };
}

function cellKey(cell: Cell): string {
  return `${periodLabel(cell.period)}\u0000${cell.field}`;
}

/**
 * The world's citations per paper per period and field, the denominator of the relative citation
 * index (§10.3): from the baselines when their sets split the world's papers (ESI fields; every
 * line with its papers and citations) — so a one-country export scored against world baselines
 * is compared with the world — else from the papers read (a paper counts in each of its WoS
 * Categories, so category sets do not add up to the world).
 */
function worldMeans(
  table: BaselineTable,
  baselines: readonly BaselineRow[],
  periods: readonly YearWindow[],
  world: CellStore<RowCell>,
): Map<string, number | null> {
  const fromTable =
    table.referenceSets !== "category-year-type" &&
    baselines.every((row) => row.papers !== null && row.citations !== null);
  if (!fromTable)
    return new Map(
      world
        .kept(periods)
        .map((cell) => [cellKey(cell), ratio(sumValue(cell.sums.citations), sumValue(cell.sums.papers))]),
    );
  const sums = new Map<string, { papers: ExactSum; citations: ExactSum }>();
  const addAt = (key: string, row: BaselineRow) => {
    const sum = sums.get(key) ?? { papers: exactSum(), citations: exactSum() };
    addTo(sum.papers, row.papers ?? 0);
    addTo(sum.citations, row.citations ?? 0);
    sums.set(key, sum);
  };
  for (const period of periods)
    for (const row of baselines) {
      if (row.year < period.from || row.year > period.to) continue;
      const label = periodLabel(period);
      addAt(`${label}\u0000${ALL_FIELDS}`, row);
      const field = NISTEP_FIELD_OF_ESI[row.field as EsiFieldId];
      if (field !== undefined) addAt(`${label}\u0000${field}`, row);
    }
  return new Map([...sums].map(([key, sum]) => [key, ratio(sumValue(sum.citations), sumValue(sum.papers))]));
}

/** The notices of a table (§8.2, §8.7, §10.3). */
function impactNotices(
  table: BaselineTable,
  baselines: readonly BaselineRow[],
  papersAtZeroBaseline: number,
): ImpactTable["notices"] {
  const zero: ImpactTable["notices"] =
    papersAtZeroBaseline === 0
      ? []
      : [
          {
            code: "zero-baseline",
            detail: `${papersAtZeroBaseline} ${papersAtZeroBaseline === 1 ? "paper is" : "papers are"} in reference sets whose mean is 0 citations (${setList(baselines.filter((row) => row.meanValue === 0))}): mncs counts their normalized score as 1 (CWTS), cnci leaves them out (InCites defines no value) (methodology §10.3)`,
          },
        ];
  return [
    ...zero,
    ...mixedSnapshotsNotice(table.snapshots),
    ...recentWindowNotice(table.snapshots, baselines, "; their means rest on few citations"),
  ];
}
