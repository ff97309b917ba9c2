/**
 * `copub/networks`: the network measures of methodology §11 one by one, over a graphology graph
 * (`networkGraph` of the root entry point), for a caller who wants one measure without the rest
 * of `networkMetrics`, or a network's layout and cost estimates. `copub` has the networks, their
 * metrics and their files.
 * @packageDocumentation
 */

export { betweennessCentrality } from "./networks/betweenness.ts";
export { closenessCentrality } from "./networks/closeness.ts";
export { localClustering, transitivity } from "./networks/clustering.ts";
export { DEFAULT_SEED, louvainCommunities } from "./networks/communities.ts";
export { connectedComponents } from "./networks/components.ts";
export { pairContribution } from "./networks/edge-weight.ts";
export { eigenvectorCentrality } from "./networks/eigenvector.ts";
export { coreNumbers } from "./networks/k-core.ts";
export type { LayoutEdge, LayoutInput, LayoutNode, LayoutOptions, NodePosition } from "./networks/layout.ts";
export { networkLayout } from "./networks/layout.ts";
export { DEFAULT_MAX_METRIC_STEPS, metricCosts } from "./networks/metric-cost.ts";
export { nodeLabel } from "./networks/node-label.ts";
export type { NormalizationInput } from "./networks/normalization.ts";
export { normalizedWeight } from "./networks/normalization.ts";
export { pageRank } from "./networks/pagerank.ts";
export type { PaperNodeSource } from "./networks/paper-nodes.ts";
export { institutionNodeKey, paperNodes } from "./networks/paper-nodes.ts";
export { nodeDegree, nodeStrength } from "./networks/strength.ts";
