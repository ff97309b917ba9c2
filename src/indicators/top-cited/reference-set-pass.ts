/**
 * One pass per reference set over a reference population (docs/methodology.md §8.1, §10.3): the
 * Top-x% thresholds and the citation baselines both declare a set of papers the complete
 * population of their field-years, resolve each paper's reference sets once, reduce every set
 * to a few sums, note the citation snapshots and count the papers in no set by reason. This
 * module is that pass; a caller says only what a set keeps and how a paper adds to it, so the
 * two reference tables read papers, snapshots and reasons the same way.
 */
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import type { Accumulator } from "../core/define-indicator.ts";
import {
  type Membership,
  type ReferenceSetKey,
  type ReferenceSetOptions,
  referenceSetResolver,
  type SetlessReason,
} from "./reference-sets.ts";

/** What the pass found: each set's sums in key order, the snapshots, and the papers in no set. */
export interface ReferenceSetSums<S> {
  /** Each set with its sums, ordered by field (code units), year, document type. */
  readonly sets: readonly { readonly key: ReferenceSetKey; readonly sums: S }[];
  /** The distinct citation snapshots (`DA`) of the papers in a set, sorted. */
  readonly snapshots: string[];
  /** Year of the latest snapshot, or of the `snapshot` option when no paper has one; `null` for neither. */
  readonly snapshotYear: number | null;
  /** Papers in no reference set, per reason, by reason name. */
  readonly unscored: Partial<Record<SetlessReason, number>>;
  /** Papers read. */
  readonly papersRead: number;
}

/** How a set's sums start and how a paper adds to them. */
export interface SetReducer<S> {
  /** The sums of an empty set. */
  readonly empty: () => S;
  /** Adds a paper with `citations` and membership `set.weight` to the set's sums. */
  readonly add: (sums: S, set: Membership, citations: number) => void;
}

/**
 * The pass: resolves each paper's reference sets and reduces each set with `reducer`.
 * @param options - grouping, citation count, and the snapshot for papers without `DA`
 * @param reducer - a set's sums
 * @example
 * const pass = referenceSetPass({ referenceSets: "field-year", citationCount: "TC", snapshot: null },
 *   { empty: () => ({ n: 0 }), add: (sums) => { sums.n++; } });
 * for (const paper of dataSetT.papers) pass.add(paper);
 * pass.result().sets // → [{ key: { field: "PHY", year: 2021, docType: "all" }, sums: { n: 20 } }]
 */
export function referenceSetPass<S>(
  options: ReferenceSetOptions & { readonly snapshot: string | null },
  reducer: SetReducer<S>,
): Accumulator<ReferenceSetSums<S>> {
  const setsOf = referenceSetResolver(options);
  const sets = new Map<string, { readonly key: ReferenceSetKey; readonly sums: S }>();
  const snapshots = new Set<string>();
  const unscored: Partial<Record<SetlessReason, number>> = {};
  let papersRead = 0;
  return {
    add(paper: CorpusPaper) {
      papersRead++;
      const standing = setsOf(paper);
      if ("unscored" in standing) {
        unscored[standing.unscored] = (unscored[standing.unscored] ?? 0) + 1;
        return;
      }
      if (paper.exportDate !== null) snapshots.add(paper.exportDate);
      for (const set of standing.sets) {
        let found = sets.get(set.id);
        if (found === undefined) {
          found = { key: { field: set.field, year: set.year, docType: set.docType }, sums: reducer.empty() };
          sets.set(set.id, found);
        }
        reducer.add(found.sums, set, standing.citations);
      }
    },
    result() {
      const dates = [...snapshots].sort(compareCodeUnits);
      const latest = dates.at(-1) ?? options.snapshot;
      return {
        sets: [...sets.values()].sort((a, b) => compareKeys(a.key, b.key)),
        snapshots: dates,
        snapshotYear: latest === null ? null : Number(latest.slice(0, 4)),
        unscored: Object.fromEntries(
          Object.entries(unscored).sort(([a], [b]) => compareCodeUnits(a, b)),
        ) as Partial<Record<SetlessReason, number>>,
        papersRead,
      };
    },
  };
}

/**
 * Orders reference sets by field (code units), year, then document type.
 * @example
 * compareKeys({ field: "PHY", year: 2021, docType: "all" }, { field: "CHE", year: 2022, docType: "all" }) > 0 // → true
 */
export function compareKeys(a: ReferenceSetKey, b: ReferenceSetKey): number {
  return compareCodeUnits(a.field, b.field) || a.year - b.year || compareCodeUnits(a.docType, b.docType);
}
