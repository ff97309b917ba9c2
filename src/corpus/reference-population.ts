/**
 * The reference population of a corpus (docs/methodology.md §8.1): the papers that make up the
 * Top-x% reference sets. They are the papers in scope plus those left out only by the country or
 * field filters — a filter on who wrote a paper must not shrink the world it is compared with.
 * Document types and years stay as scoped: they define the sets. `copub top` computes thresholds
 * over it, and `copub export` keeps its papers (flagged out of scope) for the shipped SQL.
 */
import { listOf } from "../common/list-like.ts";
import type { Corpus } from "./corpus.ts";
import type { CorpusPaper } from "./corpus-paper.ts";
import type { PaperList } from "./paper-table.ts";
import type { ScopeExclusion } from "./scope.ts";

const FILTERS_ONLY: ReadonlySet<ScopeExclusion> = new Set(["country-out-of-scope", "field-out-of-scope"]);

/**
 * Whether an excluded paper still belongs to the reference sets: every reason it was left out
 * is the country or the field filter.
 * @example
 * inReferenceOnly(["country-out-of-scope"])                        // → true
 * inReferenceOnly(["country-out-of-scope", "year-out-of-scope"])   // → false
 */
export function inReferenceOnly(reasons: readonly ScopeExclusion[]): boolean {
  return reasons.every((reason) => FILTERS_ONLY.has(reason));
}

/**
 * The papers of the reference sets: the corpus in scope, then the papers left out only by the
 * country or field filters. A view of the corpus's tables: it holds the positions of those
 * excluded papers, not the papers.
 * @example
 * referencePopulation(corpusFilteredToJapan).length // → papers in scope + the non-Japanese papers of the same years and types
 */
export function referencePopulation(corpus: Corpus): PaperList {
  const { papers, excluded } = corpus;
  const others: number[] = [];
  excluded.reasons.forEach((reasons, row) => {
    if (inReferenceOnly(reasons)) others.push(row);
  });
  if (others.length === 0) return papers;
  const inScope = papers.length;
  return listOf(inScope + others.length, (i): CorpusPaper => {
    if (i < inScope) return papers.at(i) as CorpusPaper;
    return excluded.papers.at(others[i - inScope] as number) as CorpusPaper;
  });
}
