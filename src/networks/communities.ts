/**
 * Communities by Louvain modularity maximization, resolution 1 (docs/methodology.md §11.4), with a
 * seeded random generator and a canonical numbering (§11.6): graphology's Louvain visits nodes in
 * random order and numbers communities as it meets them, so the seed fixes the partition and the
 * renumbering — by descending size, then by smallest member key — fixes the numbers. Community 1 is
 * the largest; numbers start at 1, as VOSviewer's cluster numbers do.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { type Attributes, louvain, type UndirectedGraph } from "./_graphology.ts";
import { seededRandom } from "./_random.ts";

/**
 * Default seed (§11.6).
 * @example
 * louvainCommunities(graph) // the same as louvainCommunities(graph, { seed: DEFAULT_SEED }), DEFAULT_SEED = 42
 */
export const DEFAULT_SEED = 42;

/** One community. */
export interface Community {
  /** Its number: 1 for the largest. */
  readonly community: number;
  /** Number of members. */
  readonly size: number;
  /** Member keys, sorted by code units. */
  readonly members: readonly string[];
}

/** A partition into communities. */
export interface Communities {
  /** Each node's community number. */
  readonly membership: Record<string, number>;
  /** Communities in number order. */
  readonly communities: readonly Community[];
  /** Modularity of the partition, or `null` for a graph without edges (where it is undefined). */
  readonly modularity: number | null;
}

/** Options of `louvainCommunities`. */
export interface LouvainOptions {
  /** Seed of the random node order (default 42). */
  readonly seed?: number;
  /** Edge attribute holding weights; `null` for an unweighted partition. Default `"weight"`. */
  readonly weight?: string | null;
}

/**
 * Louvain communities, numbered canonically.
 * @param graph - an undirected graph
 * @param options - `seed` (default 42), `weight` (default `"weight"`)
 * @example
 * louvainCommunities(graph).communities
 * // → [{ community: 1, size: 3, members: ["a", "b", "c"] }, { community: 2, size: 2, members: ["d", "e"] }]
 */
export function louvainCommunities(
  graph: UndirectedGraph<Attributes, Attributes>,
  options: LouvainOptions = {},
): Communities {
  checkKeys(options, optionKeys<LouvainOptions>({ seed: true, weight: true }), "louvainCommunities options");
  const seed = options.seed ?? DEFAULT_SEED;
  const weight = options.weight === undefined ? "weight" : options.weight;
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: weight,
    resolution: 1,
    rng: seededRandom(seed),
  });
  const groups = new Map<number, string[]>();
  for (const key of graph.nodes()) {
    const id = detailed.communities[key] as number;
    const members = groups.get(id);
    if (members === undefined) groups.set(id, [key]);
    else members.push(key);
  }
  const sorted = [...groups.values()]
    .map((members) => members.sort(compareCodeUnits))
    .sort((a, b) => b.length - a.length || compareCodeUnits(a[0] as string, b[0] as string));
  const numbers = new Map<string, number>();
  const communities = sorted.map((members, i) => {
    for (const key of members) numbers.set(key, i + 1);
    return { community: i + 1, size: members.length, members };
  });
  return {
    membership: Object.fromEntries(graph.nodes().map((key) => [key, numbers.get(key) as number])),
    communities,
    modularity: Number.isFinite(detailed.modularity) ? detailed.modularity : null,
  };
}
