/**
 * A paper's normalized citation scores (docs/methodology.md §10.1–§10.3), split over the rows of a
 * table. In each of its reference sets a paper's ratio is `cit(p) / μ_R`; its membership weights
 * are made to sum to 1 (`m(p, R) / Σ m`), so a paper in several sets gets the weighted mean of its
 * ratios — CWTS's `Σ m·cit/μ` over fractional fields, InCites' average of the ratios over `k`
 * categories — and the two sources differ only where a set's mean is 0: CWTS counts the ratio as
 * 1, InCites gives the paper no value (copub's reading, §10.3). Each paper's parts are exact
 * fractions rounded once, so sums over papers do not depend on their order.
 *
 * A paper's scores depend only on its sets and citation count (and, for category sets split by
 * field, its NISTEP shares, applied after): the sets of papers sharing a field assignment, year
 * and document type are one array (`referenceSetResolver`), so the scores are worked out once per
 * (sets, citations) and reused — the exact bigint arithmetic ran once per paper and was most of
 * the citation impact pass, while the distinct pairs grow with fields × years × citation counts,
 * not with papers.
 */
import { innerMap } from "../../common/inner-map.ts";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import type { EsiFieldId } from "../../normalize/data/esi-fields.ts";
import { NISTEP_FIELD_OF_ESI } from "../../normalize/data/nistep-fields.ts";
import {
  add,
  divide,
  multiply,
  parseRational,
  type Rational,
  rational,
  toNumber,
  ZERO,
} from "../core/rational.ts";
import { ALL_FIELDS } from "../core/row-keys.ts";
import { type Membership, type PaperReferenceSets, setId } from "../top-cited/reference-sets.ts";
import type { BaselineTable } from "./baseline-table.ts";

/** A paper's part in one field row. */
export interface ImpactPart {
  /** Its share of the paper: 1 in `"all"`, the membership of the row's sets (or its field share) in a field row. */
  readonly papers: number;
  /** `Σ m̂(p, R)·ncs_R(p)` over the row's sets: the CWTS score, ratio 1 in a set whose mean is 0. */
  readonly ncs: number;
  /** The same with InCites' ratios; meaningless when the paper has a zero baseline. */
  readonly cnci: number;
}

/** A paper's scores: its parts per field row, and whether one of its sets has mean 0. */
export interface PaperScores {
  /** Field row → part. */
  readonly parts: ReadonlyMap<string, ImpactPart>;
  /** One of its sets has mean 0: CWTS scores it, InCites does not (`zero-baseline`, §10.3). */
  readonly zeroBaseline: boolean;
}

/** Baselines ready to score papers. */
export interface ImpactScorer {
  /** The scores of a paper in its sets, or `null` when one of its sets has no baseline. */
  readonly score: (
    paper: Pick<CorpusPaper, "fields">,
    standing: Extract<PaperReferenceSets, { sets: unknown }>,
  ) => PaperScores | null;
}

/** Exact sums of one row within a paper. */
interface ExactPart {
  papers: Rational;
  ncs: Rational;
  cnci: Rational;
}

/**
 * Prepares a baseline table for scoring papers.
 * @param table - baselines from `citationBaselines` or a baseline table file
 * @param byField - also split each paper over its NISTEP field rows
 * @example
 * // Methodology §10.4: paper y (4 citations) in two categories with baselines 4 and 8
 * impactScorer(baselines, false).score(y, { citations: 4, sets: [a, b] })?.parts.get("all")
 * // → { papers: 1, ncs: 0.75, cnci: 0.75 }
 */
export function impactScorer(table: BaselineTable, byField: boolean): ImpactScorer {
  const means = new Map(table.rows.map((row) => [setId(row), parseRational(row.mean) ?? ZERO]));
  // Categories are not ESI fields: their field rows take the paper's NISTEP shares (§7.2).
  const byCategory = table.referenceSets === "category-year-type";
  // Scores of the sets, before any split by NISTEP share: sets array → citations → scores (or null).
  const known = new WeakMap<readonly Membership[], Map<number, PaperScores | null>>();
  const setScores = (citations: number, sets: readonly Membership[]): PaperScores | null => {
    const byCitations = innerMap(known, sets);
    let found = byCitations.get(citations);
    if (found === undefined) {
      found = exactScores(means, citations, sets, byField && !byCategory);
      byCitations.set(citations, found);
    }
    return found;
  };
  return {
    score(paper, { citations, sets }) {
      const scores = setScores(citations, sets);
      const all = scores?.parts.get(ALL_FIELDS);
      if (scores === null || all === undefined || !(byField && byCategory)) return scores;
      const parts = new Map(scores.parts);
      for (const share of paper.fields.nistep)
        parts.set(share.field, {
          papers: share.weight,
          ncs: share.weight * all.ncs,
          cnci: share.weight * all.cnci,
        });
      return { parts, zeroBaseline: scores.zeroBaseline };
    },
  };
}

/** The scores of a paper with `citations` in `sets` (`null` when a set has no baseline), split by ESI field's NISTEP row when `byEsiField`. */
function exactScores(
  means: ReadonlyMap<string, Rational>,
  citations: number,
  sets: readonly Membership[],
  byEsiField: boolean,
): PaperScores | null {
  let total = ZERO;
  for (const set of sets) total = add(total, set.weight);
  const rows = new Map<string, ExactPart>();
  const part = (field: string): ExactPart => {
    let found = rows.get(field);
    if (found === undefined) {
      found = { papers: ZERO, ncs: ZERO, cnci: ZERO };
      rows.set(field, found);
    }
    return found;
  };
  let zeroBaseline = false;
  for (const set of sets) {
    const mean = means.get(set.id);
    if (mean === undefined) return null;
    const share = divide(set.weight, total);
    const zero = mean.numerator === 0n;
    zeroBaseline ||= zero;
    const ratio = zero ? ZERO : multiply(share, divide(rational(citations), mean));
    const fields = [ALL_FIELDS];
    if (byEsiField) fields.push(NISTEP_FIELD_OF_ESI[set.field as EsiFieldId]);
    for (const field of fields) {
      const target = part(field);
      target.papers = add(target.papers, share);
      target.ncs = add(target.ncs, zero ? share : ratio);
      target.cnci = add(target.cnci, ratio);
    }
  }
  const parts = new Map<string, ImpactPart>();
  for (const [field, exact] of rows)
    parts.set(field, {
      papers: toNumber(exact.papers),
      ncs: toNumber(exact.ncs),
      cnci: toNumber(exact.cnci),
    });
  return { parts, zeroBaseline };
}
