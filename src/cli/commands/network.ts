/**
 * `copub network <inputs...> --level country|institution|author`: builds the co-authorship network
 * of the corpus (docs/methodology.md §11), prunes it, optionally measures it, and writes it as GraphML,
 * GEXF, VOSviewer files, graphology JSON or CSV tables. Notices (what was capped, the share of
 * name-keyed authors, the core) go to standard error so that standard output holds the file alone.
 */
import { CopubError } from "../../diagnostics/errors.ts";
import { buildNetwork } from "../../networks/build-network.ts";
import { DEFAULT_SEED } from "../../networks/communities.ts";
import { measureNetwork } from "../../networks/measure-network.ts";
import { DEFAULT_MAX_METRIC_STEPS, metricCosts } from "../../networks/metric-cost.ts";
import type { Network } from "../../networks/network.ts";
import type { EdgeWeight, Normalization } from "../../networks/network-options.ts";
import { ALL_METRICS, type Metric, type NetworkMetrics } from "../../networks/node-metrics.ts";
import { pruneNetwork } from "../../networks/prune-network.ts";
import { gexfChunks } from "../../output/network/to-gexf.ts";
import { graphJsonChunks } from "../../output/network/to-graph-json.ts";
import { graphmlChunks } from "../../output/network/to-graphml.ts";
import { metricsJsonChunks } from "../../output/network/to-metrics-json.ts";
import { networkCsvChunks } from "../../output/network/to-network-csv.ts";
import { vosviewerChunks } from "../../output/network/to-vosviewer.ts";
import { parseCommandLine } from "../_command-line.ts";
import { CORPUS_HELP_SECTION, CORPUS_OPTIONS, corpusFromArgs } from "../_corpus-args.ts";
import { helpText } from "../_help.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { choice, choiceList, HELP_OPTION, nonNegativeNumber, text, wholeNumber } from "../_options.ts";
import { writeOutputFile, writeStdout } from "../_output-file.ts";
import { metricProgressDisplay } from "../_progress.ts";
import { usageError } from "../_usage-error.ts";

const NORMALIZATIONS = {
  association: "association-strength",
  cosine: "cosine",
  jaccard: "jaccard",
} as const satisfies Readonly<Record<string, Normalization>>;

/** The options of `copub network`. */
const NETWORK_OPTIONS = {
  level: choice(["country", "institution", "author"], { required: true, help: "node level (required)" }),
  counting: choice(["full", "fractional", "fractional-refined"], {
    default: "full",
    help: "edge weight per paper: 1, 1/(n-1) or 2/(n(n-1)) (default: full)",
  }),
  normalize: choice(Object.keys(NORMALIZATIONS) as (keyof typeof NORMALIZATIONS)[], {
    help: `normalized edge value (§11.3); the weighted metrics and
the "weight" of --metrics json then use it`,
  }),
  "min-papers": wholeNumber({ min: 1, default: 1, value: "N", help: "drop nodes with fewer than N papers" }),
  "min-weight": nonNegativeNumber({ default: 0, value: "W", help: "drop edges whose weight is below W" }),
  top: wholeNumber({ min: 1, value: "N", help: "keep the N nodes ranked first (see --top-by)" }),
  "top-by": choice(["papers", "strength"], {
    default: "papers",
    help: "ranking for --top (default: papers)",
  }),
  "max-nodes-per-paper": wholeNumber({
    min: 2,
    value: "N",
    help: `papers with more than N nodes add no edges; they are
listed on standard error (default: no limit)`,
  }),
  metrics: choiceList(ALL_METRICS, {
    bare: ALL_METRICS,
    value: "[LIST]",
    help: `compute the §11.4 metrics named in LIST (comma-separated:
${ALL_METRICS.join(", ")}), or all of them
without LIST; see the cost of each below`,
  }),
  "betweenness-sample": wholeNumber({
    min: 1,
    value: "K",
    help: `estimate both betweenness metrics from K sources drawn with
--seed (Brandes & Pich 2007) at K/n of the exact cost;
the output states K and the seed`,
  }),
  "closeness-sample": wholeNumber({
    min: 1,
    value: "K",
    help: `estimate closeness from K pivots per component drawn with
--seed (Eppstein & Wang 2004) at about K/n of the exact
cost; the output states K and the seed`,
  }),
  "max-metric-steps": wholeNumber({
    min: 1,
    orAll: true,
    default: DEFAULT_MAX_METRIC_STEPS,
    value: "N|all",
    help: `refuse a metric estimated to take more than N steps
(default ${DEFAULT_MAX_METRIC_STEPS}, about a minute); all: no limit`,
  }),
  seed: wholeNumber({
    min: 0,
    default: DEFAULT_SEED,
    value: "N",
    help: `seed of Louvain and of the samples (default: ${DEFAULT_SEED})`,
  }),
  format: choice(["graphml", "gexf", "vosviewer", "json", "csv"], {
    default: "json",
    help: "output format (default: json)",
  }),
  out: text({ value: "PATH", takes: "a path", help: "write to PATH instead of standard output" }),
  help: HELP_OPTION,
  ...CORPUS_OPTIONS,
};

/** Help text of `copub network`. */
export const NETWORK_HELP = helpText("network", NETWORK_OPTIONS, {
  usage: [["level", { text: "[options]" }]],
  description: `Builds the co-authorship network of the papers in scope (methodology §11): one node per
author (§3.4 key), institution unit (§3.3) or country, with its paper count; one edge per pair
of nodes that share papers, weighted by full or fractional counting (§11.2).`,
  column: 43,
  sections: [
    {
      title: "Options:",
      entries: [
        "level",
        "counting",
        "normalize",
        "min-papers",
        "min-weight",
        "top",
        "top-by",
        "max-nodes-per-paper",
        "metrics",
        "betweenness-sample",
        "closeness-sample",
        "max-metric-steps",
        "seed",
        "format",
        "out",
        "help",
      ],
    },
  ],
  epilogue: `json is graphology's serialization of the graph; with --metrics it is instead
{ "nodes": [{ "id", "label", "papers", "degree", "strength", "betweenness",
"betweennessNormalized", "weightedBetweenness", "closeness", "eigenvector", "pagerank",
"clustering", "core", "community" }], "edges": [{ "source", "target", "papers", "weight" }] }
(the metrics asked for), then "betweennessSample": { "sources", "seed" } and
"closenessSample": { "sourcesPerComponent", "seed" } when estimated.
vosviewer and csv write two files and need --out: PATH.map.txt and PATH.network.txt, or
PATH.nodes.csv and PATH.edges.csv (a final .txt or .csv in PATH is dropped first).
With --metrics, graphml, gexf, json (graph) and csv carry the metrics as node attributes and
vosviewer carries the communities as clusters; a metric not asked for has no column.

Cost of each metric in steps (n nodes, m edges, d a node's degree; docs/networks.md):
degree, strength, core 2m+n; clustering Σd²; closeness n(2m+n), or K(2m+n) with
--closeness-sample K; betweenness,
weighted-betweenness n(2m+n), or K(2m+n) with --betweenness-sample K; eigenvector, pagerank
at most 1000(2m+n), communities about 10(2m+n), each + 1000m to build the graph they need. A metric over --max-metric-steps is refused before
anything is computed, with the ways out: a sample, fewer metrics, a smaller network (--top,
--min-papers, --max-nodes-per-paper) or a higher limit. On a terminal a progress line shows
the metric being computed (not with --quiet).`,
  shared: [CORPUS_HELP_SECTION],
});

/**
 * Runs `copub network`.
 * @param args - the arguments after `network`
 * @param io - output channels
 * @returns the exit code
 */
export async function networkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, NETWORK_OPTIONS);
  if (line.help) {
    io.stdout(NETWORK_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  const { level, format, seed } = values;
  const edgeWeight: EdgeWeight = values.counting;
  const normalization: Normalization =
    values.normalize === undefined ? "none" : NORMALIZATIONS[values.normalize];
  const maxNodesPerPaper = values["max-nodes-per-paper"] ?? null;
  const top = values.top ?? null;
  const topBy = values["top-by"];
  if ((format === "vosviewer" || format === "csv") && values.out === undefined) {
    throw usageError(`--format ${format} writes two files and needs --out PATH`);
  }
  if (positionals.length === 0) throw usageError("copub network needs at least one file or folder");

  const chosen = values.metrics ?? null;
  const sample = values["betweenness-sample"] ?? null;
  const sampled = chosen !== null && sample !== null && chosen.some((m) => m.includes("betweenness"));
  if (sample !== null && !sampled) {
    throw usageError("--betweenness-sample needs --metrics with betweenness or weighted-betweenness");
  }
  const pivots = values["closeness-sample"] ?? null;
  const pivoted = chosen !== null && pivots !== null && chosen.includes("closeness");
  if (pivots !== null && !pivoted) throw usageError("--closeness-sample needs --metrics with closeness");
  // Written once: the run manifest records what the network is built, pruned and measured with.
  const building = { level, edgeWeight, normalization, maxNodesPerPaper };
  const pruning = { minPapers: values["min-papers"], minWeight: values["min-weight"], top, topBy };
  const measuring = {
    metrics: chosen,
    betweennessSample: sample,
    // Only when given: the manifests of runs without it stay as they were.
    ...(pivots !== null && { closenessSample: pivots }),
    maxMetricSteps: values["max-metric-steps"],
  };
  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "network",
    commandOptions: { ...building, ...pruning, ...measuring, format },
    seeds: {
      ...(chosen?.includes("communities") && { louvain: seed }),
      ...(sampled && { betweennessSample: seed }),
      ...(pivoted && { closenessSample: seed }),
    },
    profiled: line.profiled,
  });
  const built = buildNetwork(corpus, building);
  const network = pruneNetwork(built, {
    minPapers: pruning.minPapers,
    minWeight: pruning.minWeight,
    top: top === null ? null : { n: top, by: topBy },
  });
  if (chosen !== null) checkCosts(network, chosen, { sample, pivots }, values["max-metric-steps"]);
  const metrics =
    chosen === null
      ? undefined
      : measure(network, chosen, { sample, pivots }, seed, normalization, values, io);
  notices(network, metrics, maxNodesPerPaper, io);

  const out = values.out;
  switch (format) {
    case "graphml":
      return emit(graphmlChunks(network, metrics), out, io);
    case "gexf":
      return emit(gexfChunks(network, metrics), out, io);
    case "json":
      return emit(
        metrics === undefined ? graphJsonChunks(network) : metricsJsonChunks(network, metrics),
        out,
        io,
      );
    case "vosviewer": {
      const { map, network: links } = vosviewerChunks(network, metrics);
      const stem = (out as string).replace(/\.txt$/i, "");
      await writeOutputFile(`${stem}.map.txt`, map);
      await writeOutputFile(`${stem}.network.txt`, links);
      return EXIT.ok;
    }
    case "csv": {
      const { nodes, edges } = networkCsvChunks(network, metrics);
      const stem = (out as string).replace(/\.csv$/i, "");
      await writeOutputFile(`${stem}.nodes.csv`, nodes);
      await writeOutputFile(`${stem}.edges.csv`, edges);
      return EXIT.ok;
    }
  }
}

function notices(
  network: Network,
  metrics: NetworkMetrics | undefined,
  maxNodesPerPaper: number | null,
  io: CliIo,
): void {
  const { report, options } = network;
  io.stderr(
    `copub network: ${options.level} network, ${network.nodes.length} nodes, ${network.edges.length} edges ` +
      `(${report.papers} papers: ${report.papersWithoutNodes} without a node, ${report.papersWithOneNode} with one; ` +
      `pruning removed ${report.removedNodes} nodes, ${report.removedEdges} edges)\n`,
  );
  if (report.cappedPapers.length > 0) {
    io.stderr(
      `copub network: ${report.cappedPapers.length} papers with more than ${maxNodesPerPaper} ${options.level} nodes added no edges (--max-nodes-per-paper):\n`,
    );
    for (const { ut, nodes } of report.cappedPapers) io.stderr(`  ${ut}\t${nodes} nodes\n`);
  }
  if (report.nameBasedAuthorKeys !== null) {
    io.stderr(
      `copub network: nameBasedAuthorKeys ${report.nameBasedAuthorKeys}: share of authors keyed by name, not by ORCID or ResearcherID (homonyms merge, name variants split; methodology §3.4)\n`,
    );
  }
  if (metrics !== undefined) {
    const found = [
      metrics.core === null
        ? null
        : `core (innermost k-core, k = ${metrics.core.k}): ${metrics.core.members.length} nodes`,
      metrics.metrics.includes("communities")
        ? `${metrics.communities.length} Louvain communities (seed ${metrics.seed}, modularity ${metrics.modularity ?? "undefined"})`
        : null,
      metrics.transitivity === null ? null : `transitivity ${metrics.transitivity}`,
      metrics.betweennessSources === null
        ? null
        : `betweenness estimated from ${metrics.betweennessSources} of ${network.nodes.length} sources (seed ${metrics.seed})`,
      metrics.closenessSources === null
        ? null
        : `closeness estimated from ${metrics.closenessSources} pivots per component (seed ${metrics.seed}; smaller components exact)`,
    ].filter((part) => part !== null);
    if (found.length > 0) io.stderr(`copub network: ${found.join("; ")}\n`);
    if (metrics.eigenvectorUnconverged.length > 0) {
      io.stderr(
        `copub network: eigenvector centrality did not converge in 1000 iterations for ${metrics.eigenvectorUnconverged.length} nodes (written as null)\n`,
      );
    }
  }
}

/**
 * Refuses, before any of it is computed, a metric estimated to take more steps than the limit,
 * saying what each costs and how to bring it down.
 */
function checkCosts(
  network: Network,
  chosen: readonly Metric[],
  { sample, pivots }: Samples,
  maxSteps: number | null,
): void {
  if (maxSteps === null) return;
  const over = metricCosts(network, chosen, sample, pivots).filter(({ steps }) => steps > maxSteps);
  if (over.length === 0) return;
  const listed = over.map(({ metric, steps }) => `${metric} ~${steps.toExponential(1)}`).join(", ");
  const betweenness = over.some(({ metric }) => metric.includes("betweenness"));
  const closeness = over.some(({ metric }) => metric === "closeness");
  const pass = 2 * network.edges.length + network.nodes.length;
  // The largest sample that stays within the limit, at most 1,000 sources.
  const k = Math.max(1, Math.min(1000, Math.floor(maxSteps / Math.max(1, pass))));
  // Closeness pivots cost one pass more (the components): the largest sample within the limit.
  const pivotsWithin = Math.max(1, Math.min(1000, Math.floor(maxSteps / Math.max(1, pass)) - 1));
  const ways = [
    betweenness && sample === null ? `estimate betweenness from a sample (--betweenness-sample ${k})` : null,
    closeness && pivots === null
      ? `estimate closeness from pivots (--closeness-sample ${pivotsWithin})`
      : null,
    `leave ${over.length === 1 ? "it" : "them"} out (--metrics ${chosen.filter((m) => !over.some((o) => o.metric === m)).join(",") || "degree"})`,
    "make the network smaller (--top N, --min-papers N, --max-nodes-per-paper N)",
    "or allow more work (--max-metric-steps all)",
  ].filter((way) => way !== null);
  // invalid-option without a file: exit 2, the message alone (the help would bury it).
  throw new CopubError(
    "invalid-option",
    `on ${network.nodes.length} nodes and ${network.edges.length} edges, ${listed} steps exceed --max-metric-steps ${maxSteps} ` +
      `(about a minute; see copub network --help for each metric's cost): ${ways.join("; ")}`,
  );
}

/** The samples asked for: betweenness sources (`--betweenness-sample`), closeness pivots (`--closeness-sample`). */
interface Samples {
  readonly sample: number | null;
  readonly pivots: number | null;
}

/** Computes the metrics with a progress line on a terminal. */
function measure(
  network: Network,
  chosen: readonly Metric[],
  { sample, pivots }: Samples,
  seed: number,
  normalization: Normalization,
  values: { readonly quiet: boolean },
  io: CliIo,
): NetworkMetrics {
  const display = metricProgressDisplay(io, values.quiet);
  try {
    return measureNetwork(network, {
      metrics: chosen,
      weight: normalization === "none" ? "weight" : "normalized",
      seed,
      betweennessSources: sample,
      closenessSources: pivots,
      ...(display.onProgress === undefined ? {} : { onProgress: display.onProgress }),
    });
  } finally {
    display.end();
  }
}

async function emit(chunks: Iterable<string>, out: string | undefined, io: CliIo): Promise<number> {
  if (out === undefined) await writeStdout(io, chunks);
  else await writeOutputFile(out, chunks);
  return EXIT.ok;
}
