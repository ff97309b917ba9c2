/**
 * A paper's Top-x% weight `τ(p)` in each of its reference sets (docs/methodology.md §8.3–§8.5), under
 * the variants of §8.4: the tie fraction (default), one scale factor for every paper at or above
 * the threshold, the raw inclusive or exclusive counts, and InCites' percentile rule. A weight is
 * either 0, 1, or a set's exact factor (its `ω` or its scale factor), so that country sums can
 * group papers by set and multiply once, keeping integer-counting results exact.
 */
import * as z from "zod";
import { CopubError } from "../../diagnostics/errors.ts";
import { compare, parseRational, type Rational } from "../core/rational.ts";
import { type PaperReferenceSets, setId } from "./reference-sets.ts";
import type { Percentile, ThresholdTable } from "./threshold-table.ts";

/** The Top-x% variants of §8.4. */
export const TopMethodSchema = z.enum([
  /** §8.3 (default): above `t` counts 1, at `t` counts `ω`, so each set totals exactly `π·N`. */
  "tie-fraction",
  /** Every paper with `cit ≥ t` counts `π·N / n_≥(t)` (the Cabinet Office's reading of NISTEP). */
  "scale-all",
  /** Raw count of papers with `cit ≥ t`; the total is at least `π·N`. */
  "inclusive",
  /** Raw count of papers with `cit > t`; the total is at most `π·N`. */
  "exclusive",
  /** InCites (§8.5): 1 when the paper's best percentile over its sets is ≤ 10 (≤ 1). */
  "incites",
]);

/** A Top-x% variant of §8.4. */
export type TopMethod = z.infer<typeof TopMethodSchema>;

/** Whether the split counts tie weights (`adjusted`, default) or every paper with `τ > 0` as 1 (`raw`, §8.3). */
export const TopSplitSchema = z.enum(["adjusted", "raw"]);

/** `adjusted` or `raw`. */
export type TopSplit = z.infer<typeof TopSplitSchema>;

/** What a set's threshold gives its papers. */
interface SetRule {
  /** `t`. */
  readonly threshold: number;
  /** The weight of a paper at `t` (`ω`, or the scale factor for papers at and above `t`), or 1. */
  readonly factor: Rational | null;
}

/** A paper's standing in one reference set. */
export interface SetWeight {
  /** `full`: `τ = 1`; `partial`: `τ` = the set's factor (0 < factor < 1); `none`: `τ = 0`. */
  readonly kind: "full" | "partial" | "none";
  /** The set's id. */
  readonly set: string;
  /** The set's field (ESI id or WoS Category). */
  readonly field: string;
  /** `m(p, R)`. */
  readonly membership: Rational;
  /** `m(p, R)` as a double. */
  readonly value: number;
}

/** Thresholds ready to score papers: set id → rule, and each set's factor by id. */
export interface TopScorer {
  /** The factor of every set that has one (set id → exact weight). */
  readonly factors: ReadonlyMap<string, Rational>;
  /** The weights of a paper in its sets, or `null` when a set has no threshold. */
  readonly weigh: (standing: Extract<PaperReferenceSets, { sets: unknown }>) => readonly SetWeight[] | null;
  /** Sets whose threshold is 0 (every paper of the set at or above it). */
  readonly zeroThresholdSets: ReadonlySet<string>;
}

/** Options of a scorer. */
export interface TopScorerOptions {
  /** 10 or 1. */
  readonly percentile: Percentile;
  /** The variant. */
  readonly method: TopMethod;
  /** `raw` counts every paper with `τ > 0` as 1. */
  readonly split: TopSplit;
  /** §8.7: `τ = 0` when `t = 0` (off by default, so totals stay `π·N`). */
  readonly zeroCitationsNeverTop: boolean;
}

/**
 * Prepares a threshold table for scoring papers with one variant.
 * @param table - thresholds from `topThresholds` or a threshold table file
 * @param options - percentile, variant, split, zero-citation switch
 * @throws CopubError `invalid-option` when the table lacks what the variant needs (a tie weight
 *   for `tie-fraction`, `N`, `n_>` and `n_at` for `scale-all`), naming the set
 * @example
 * const scorer = topScorer(topThresholds(papers), { percentile: 10, method: "tie-fraction", split: "adjusted", zeroCitationsNeverTop: false });
 * scorer.weigh({ citations: 12, sets: [phy2021] }) // data set T → [{ kind: "partial", set: "PHY\u00002021\u0000all", … }] (ω = 1/4)
 */
export function topScorer(table: ThresholdTable, options: TopScorerOptions): TopScorer {
  const rules = new Map<string, SetRule>();
  const factors = new Map<string, Rational>();
  const zeroThresholdSets = new Set<string>();
  for (const row of table.rows) {
    if (row.percentile !== options.percentile) continue;
    const id = setId(row);
    const factor = setFactor(row, options.method);
    rules.set(id, { threshold: row.threshold, factor });
    if (factor !== null) factors.set(id, factor);
    if (row.threshold === 0) zeroThresholdSets.add(id);
  }
  const weigh: TopScorer["weigh"] = ({ citations, sets }) => {
    const weights: SetWeight[] = [];
    for (const set of sets) {
      const rule = rules.get(set.id);
      if (rule === undefined) return null;
      const kind =
        options.zeroCitationsNeverTop && rule.threshold === 0 ? "none" : classify(citations, rule, options);
      weights.push({ kind, set: set.id, field: set.field, membership: set.weight, value: set.value });
    }
    if (options.method !== "incites" || weights.length < 2) return weights;
    // A document in several categories takes its best percentile (§8.5): top in one, top in all.
    const top = weights.some((w) => w.kind === "full");
    return weights.map((w) => ({ ...w, kind: top ? "full" : "none" }));
  };
  return { factors, weigh, zeroThresholdSets };
}

function classify(citations: number, rule: SetRule, options: TopScorerOptions): SetWeight["kind"] {
  switch (options.method) {
    case "tie-fraction":
      if (citations > rule.threshold) return "full";
      return citations === rule.threshold ? weighted(rule, options.split) : "none";
    case "scale-all":
      return citations >= rule.threshold ? weighted(rule, options.split) : "none";
    case "inclusive":
      return citations >= rule.threshold ? "full" : "none";
    // InCites' percentile of a paper is 100·n_≥(cit)/N; it is ≤ π exactly when cit > t, because
    // n_≥(c) = n_>(t) ≤ π·N for the next count c above t, while n_≥(t) > π·N (ω < 1).
    case "exclusive":
    case "incites":
      return citations > rule.threshold ? "full" : "none";
  }
}

/** A paper weighted by the set's factor: none when it is 0 (`ω = 0`, §8.7), whole in the raw split. */
function weighted(rule: SetRule, split: TopSplit): SetWeight["kind"] {
  if (rule.factor === null || rule.factor.numerator === 0n) return "none";
  return split === "raw" || compare(rule.factor, ONE) === 0 ? "full" : "partial";
}

const ONE: Rational = { numerator: 1n, denominator: 1n };

function setFactor(row: ThresholdTable["rows"][number], method: TopMethod): Rational | null {
  const where = `${row.field} ${row.year} ${row.docType} (Top${row.percentile}%)`;
  if (method === "tie-fraction") {
    const weight = row.tieWeight === null ? null : parseRational(row.tieWeight);
    if (weight === null)
      throw new CopubError(
        "invalid-option",
        `the threshold table gives no tie weight for ${where}: give papers, above and atThreshold (or tieWeight), or use --method inclusive or exclusive (methodology §8.1)`,
      );
    return weight;
  }
  if (method === "scale-all") {
    const factor = row.scaleFactor === null ? null : parseRational(row.scaleFactor);
    if (factor === null)
      throw new CopubError(
        "invalid-option",
        `the threshold table gives no papers, above and atThreshold for ${where}, which --method scale-all needs (methodology §8.4)`,
      );
    return factor;
  }
  return null;
}

/**
 * InCites' percentile of each paper of one reference set (§8.5): `100 · |{q : cit(q) ≥ cit(p)}| / N`,
 * its own tie group included. Display rounds to two decimals; the Top-x% test compares exactly.
 * @param citations - the citation counts of the set's papers
 * @returns one percentile per paper, in the order given
 * @example
 * incitesPercentiles([1000, 50, 10, 3, 2, 2, 1, 1, 1, 0, 0]).map((p) => p.toFixed(2))
 * // → ["9.09", "18.18", "27.27", "36.36", "54.55", "54.55", "81.82", "81.82", "81.82", "100.00", "100.00"]
 */
export function incitesPercentiles(citations: readonly number[]): number[] {
  const descending = [...citations].sort((a, b) => b - a);
  // n_≥(c) is the position after the last paper cited c times in descending order.
  const atLeast = new Map<number, number>();
  for (const [i, count] of descending.entries()) atLeast.set(count, i + 1);
  return citations.map((count) => (100 * (atLeast.get(count) ?? 0)) / citations.length);
}
