/**
 * What a co-authorship network is built from and how (docs/methodology.md §11.1–§11.3): the node
 * level, the edge weight, the normalization, the hyper-authorship limit and the pruning. The
 * options are validated once here; the builder and the pruner trust the type.
 */
import * as z from "zod";

/** The node of a network (§11.1): an author (§3.4 key), an institution unit (§3.3) or a country. */
export const NetworkLevelSchema = z.enum(["author", "institution", "country"]);

/** A network level. */
export type NetworkLevel = z.infer<typeof NetworkLevelSchema>;

/**
 * What paper `p` adds to edge (i, j) when both are on it (§11.2): `full` 1; `fractional`
 * 1 / (|V(p)| − 1); `fractional-refined` 2 / (|V(p)| · (|V(p)| − 1)).
 */
export const EdgeWeightSchema = z.enum(["full", "fractional", "fractional-refined"]);

/** An edge-weight method (§11.2). */
export type EdgeWeight = z.infer<typeof EdgeWeightSchema>;

/** The normalizations of §11.3; `none` leaves the edge weight alone. */
export const NormalizationSchema = z.enum(["none", "association-strength", "cosine", "jaccard"]);

/** A normalization (§11.3). */
export type Normalization = z.infer<typeof NormalizationSchema>;

/** How a network is built from the papers. */
export const NetworkOptionsSchema = z.object({
  /** The node level. */
  level: NetworkLevelSchema,
  /** Edge weight (§11.2). Default `full`. */
  edgeWeight: EdgeWeightSchema.default("full"),
  /** Normalization stored beside the weight (§11.3). Default `none`. */
  normalization: NormalizationSchema.default("none"),
  /**
   * Papers with more distinct nodes than this add no edges (they still count as papers of
   * their nodes) and are listed in the report (§11.2 `maxNodesPerPaper`). Default `null`: no limit.
   */
  maxNodesPerPaper: z.number().int().min(2).nullable().default(null),
});

/** Validated network options. */
export type NetworkOptions = z.infer<typeof NetworkOptionsSchema>;

/** Network options as callers write them (defaults may be left out). */
export type NetworkOptionsInput = z.input<typeof NetworkOptionsSchema>;

/** What `pruneNetwork` keeps. */
export const PruneOptionsSchema = z.object({
  /** Nodes with fewer papers `N(v)` are removed. Default 1 (keep all). */
  minPapers: z.number().int().min(1).default(1),
  /** Edges whose weight `a_ij` is below this are removed (within 1e-9). Default 0 (keep all). */
  minWeight: z.number().min(0).default(0),
  /** Keep only the `n` nodes ranked first by papers or by strength; `null` (default) keeps all. */
  top: z
    .object({
      /** How many nodes to keep. */
      n: z.number().int().positive(),
      /** The ranking: paper count `N(v)` or strength `k_i` over the kept edges. Default `papers`. */
      by: z.enum(["papers", "strength"]).default("papers"),
    })
    .nullable()
    .default(null),
});

/** Validated pruning options. */
export type PruneOptions = z.infer<typeof PruneOptionsSchema>;

/** Pruning options as callers write them. */
export type PruneOptionsInput = z.input<typeof PruneOptionsSchema>;
