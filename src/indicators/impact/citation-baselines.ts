/**
 * Citation baselines per reference set (docs/methodology.md §10.1–§10.3): the expected citation rate
 * `μ_R = Σ m(p, R)·cit(p) / Σ m(p, R)` of every set a population of papers holds, declaring those
 * papers the complete population of their sets (`reference = "corpus"`, as for Top-x% thresholds,
 * §8.1). A set needs only two sums, so a corpus of millions is reduced from a stream in one pass;
 * both sums are exact (whole numbers, or rationals under fractional field membership), so the
 * mean is an exact fraction whatever the order of the papers. The pass over the sets is the one
 * the thresholds use (`top-cited/reference-set-pass.ts`); this module says what a set sums.
 *
 * This folder, `src/indicators/impact/`, holds the citation impact family: baselines computed from
 * papers or read from a CSV file, their table, the options, the impact table (MCS and MNCS of
 * CWTS, CNCI of InCites, NISTEP's relative citation index) and the pass behind it. It reuses the
 * reference sets of the Top-x% family (`top-cited/reference-sets.ts`).
 */
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { type Accumulator, defineIndicator, type StreamOptions } from "../core/define-indicator.ts";
import {
  add,
  divide,
  formatRational,
  multiply,
  type Rational,
  rational,
  toNumber,
  ZERO,
} from "../core/rational.ts";
import { referenceSetPass } from "../top-cited/reference-set-pass.ts";
import type { ReferenceSetKey } from "../top-cited/reference-sets.ts";
import {
  recentCitationWindow,
  type ThresholdOptionsInput,
  ThresholdOptionsSchema,
} from "../top-cited/top-thresholds.ts";
import type { BaselineRow, BaselineTable } from "./baseline-table.ts";

/** Options of `citationBaselines`: as for `topThresholds` (grouping, citation count, snapshot). */
export type BaselineOptionsInput = ThresholdOptionsInput;

/** The two sums of one reference set: whole memberships as plain numbers, fractional ones exactly. */
interface SetSums {
  /** Papers with membership 1 (the common case, kept off bigints). */
  wholePapers: number;
  /** Their citations. */
  wholeCitations: number;
  /** Sum of fractional memberships. */
  papers: Rational;
  /** Sum of fractional memberships × citations. */
  citations: Rational;
}

const baselineIndicator = defineIndicator(baselineAccumulator);

/**
 * Baselines of every reference set of a set of papers (§10.3): the mean citations of each set,
 * with its papers and citations.
 * @param papers - the reference population, e.g. `corpus.papers` of a full SCIE extraction
 * @param options - `referenceSets` (default `"field-year"`), `citationCount` (default `"TC"`), `snapshot`
 * @throws ZodError for invalid options
 * @example
 * // One InCites category set with citations 0, 2, 4 and 10 (methodology §10.4):
 * citationBaselines(papers, { referenceSets: "category-year-type" }).rows[0]
 * // → { field: "Chemistry, Physical", year: 2021, docType: "Article", papers: 4, citations: 16, mean: "4", meanValue: 4, … }
 */
export const citationBaselines: (
  papers: Iterable<CorpusPaper>,
  options?: BaselineOptionsInput,
) => BaselineTable = baselineIndicator.fromPapers;

/**
 * `citationBaselines` over a stream of papers: memory grows with the reference sets, not with papers.
 * @param papers - the reference population, as a stream or an iterable
 * @param options - as for `citationBaselines`, and `onProgress` to hear of the papers read (`StreamOptions`)
 * @example
 * await citationBaselinesFromStream(streamCorpus("scie-2019-2021.jsonl.gz")) // → { referenceSets: "field-year", rows: […], … }
 */
export const citationBaselinesFromStream: (
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  options?: StreamOptions<BaselineOptionsInput>,
) => Promise<BaselineTable> = baselineIndicator.fromStream;

/**
 * The row of a set's sums: the mean as an exact fraction and a double.
 * @param key - the reference set
 * @param papers - `Σ m(p, R)`, positive
 * @param citations - `Σ m(p, R)·cit(p)`
 * @param snapshotYear - year of the citation snapshot, or `null`
 * @example
 * baselineRow(phy2021, rational(7n, 2n), rational(14n), null) // → { …, papers: 3.5, citations: 14, mean: "4", meanValue: 4, recentCitationWindow: null }
 */
export function baselineRow(
  key: ReferenceSetKey,
  papers: Rational,
  citations: Rational,
  snapshotYear: number | null,
): BaselineRow {
  const mean = divide(citations, papers);
  return {
    field: key.field,
    year: key.year,
    docType: key.docType,
    papers: toNumber(papers),
    citations: toNumber(citations),
    mean: formatRational(mean),
    meanValue: toNumber(mean),
    recentCitationWindow: recentCitationWindow(key.year, snapshotYear),
  };
}

function baselineAccumulator(options: BaselineOptionsInput = {}): Accumulator<BaselineTable> {
  const settled = checkOptions(ThresholdOptionsSchema, options, "citationBaselines options");
  const pass = referenceSetPass<SetSums>(settled, {
    empty: () => ({ wholePapers: 0, wholeCitations: 0, papers: ZERO, citations: ZERO }),
    add(sums, set, citations) {
      if (set.weight.denominator === 1n) {
        const weight = Number(set.weight.numerator);
        sums.wholePapers += weight;
        sums.wholeCitations += weight * citations;
      } else {
        sums.papers = add(sums.papers, set.weight);
        sums.citations = add(sums.citations, multiply(set.weight, rational(citations)));
      }
    },
  });
  return {
    add: pass.add,
    result() {
      const { sets, snapshots, snapshotYear, unscored, papersRead } = pass.result();
      return {
        referenceSets: settled.referenceSets,
        citationCount: settled.citationCount,
        source: { kind: "corpus", papers: papersRead },
        snapshots,
        rows: sets.map(({ key, sums }) =>
          baselineRow(
            key,
            add(rational(sums.wholePapers), sums.papers),
            add(rational(sums.wholeCitations), sums.citations),
            snapshotYear,
          ),
        ),
        unscored,
      };
    },
  };
}
