/**
 * `copub network <inputs...> --level country|institution|author`: builds the co-authorship network
 * of the corpus (METHODOLOGY.md §11), prunes it, optionally measures it, and writes it as GraphML,
 * GEXF, VOSviewer files, graphology JSON or CSV tables. Notices (what was capped, the share of
 * name-keyed authors, the core) go to standard error so that standard output holds the file alone.
 */
import { parseArgs } from "node:util";
import { buildNetwork } from "../../networks/build-network.ts";
import { DEFAULT_SEED } from "../../networks/communities.ts";
import type { Network } from "../../networks/network.ts";
import { networkGraph } from "../../networks/network-graph.ts";
import type { EdgeWeight, Normalization } from "../../networks/network-options.ts";
import { type NetworkMetrics, networkMetrics } from "../../networks/node-metrics.ts";
import { pruneNetwork } from "../../networks/prune-network.ts";
import { toGexf } from "../../output/network/to-gexf.ts";
import { toGraphJson } from "../../output/network/to-graph-json.ts";
import { toGraphml } from "../../output/network/to-graphml.ts";
import { toMetricsJson } from "../../output/network/to-metrics-json.ts";
import { toNetworkCsv } from "../../output/network/to-network-csv.ts";
import { toVosviewer } from "../../output/network/to-vosviewer.ts";
import { oneOf } from "../_choices.ts";
import { CORPUS_ARGS, CORPUS_HELP, corpusFromArgs } from "../_corpus-args.ts";
import { writeOutputFile } from "../_output-file.ts";
import { type CliIo, EXIT } from "../io.ts";
import { usageError } from "../usage-error.ts";

/** Help text of `copub network`. */
export const NETWORK_HELP = `Usage: copub network <files or folders...> --level country|institution|author [options]

Builds the co-authorship network of the papers in scope (METHODOLOGY.md §11): one node per
author (§3.4 key), institution unit (§3.3) or country, with its paper count; one edge per pair
of nodes that share papers, weighted by full or fractional counting (§11.2).

Options:
  --level country|institution|author       node level (required)
  --counting full|fractional|fractional-refined
                                           edge weight per paper: 1, 1/(n-1) or 2/(n(n-1)) (default: full)
  --normalize association|cosine|jaccard   normalized edge value (§11.3); the weighted metrics and
                                           the "weight" of --metrics json then use it
  --min-papers N                           drop nodes with fewer than N papers
  --min-weight W                           drop edges whose weight is below W
  --top N                                  keep the N nodes ranked first (see --top-by)
  --top-by papers|strength                 ranking for --top (default: papers)
  --max-nodes-per-paper N                  papers with more than N nodes add no edges; they are
                                           listed on standard error (default: no limit)
  --metrics                                compute the §11.4 metrics and Louvain communities
  --seed N                                 Louvain seed (default: 42)
  --format graphml|gexf|vosviewer|json|csv output format (default: json)
  --out PATH                               write to PATH instead of standard output
  -h, --help                               show this help

json is graphology's serialization of the graph; with --metrics it is instead
{ "nodes": [{ "id", "label", "papers", "degree", "strength", "betweenness",
"betweennessNormalized", "weightedBetweenness", "closeness", "eigenvector", "pagerank",
"clustering", "core", "community" }], "edges": [{ "source", "target", "papers", "weight" }] }.
vosviewer and csv write two files and need --out: PATH.map.txt and PATH.network.txt, or
PATH.nodes.csv and PATH.edges.csv (a final .txt or .csv in PATH is dropped first).
With --metrics, graphml, gexf, json (graph) and csv carry the metrics as node attributes and
vosviewer carries the communities as clusters.

${CORPUS_HELP}`;

const FORMATS = ["graphml", "gexf", "vosviewer", "json", "csv"] as const;
const LEVELS = ["country", "institution", "author"] as const;
const COUNTINGS = ["full", "fractional", "fractional-refined"] as const;
const NORMALIZATIONS: Readonly<Record<string, Normalization>> = {
  association: "association-strength",
  cosine: "cosine",
  jaccard: "jaccard",
};

/**
 * Runs `copub network`.
 * @param args - the arguments after `network`
 * @param io - output channels
 * @returns the exit code
 */
export async function networkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      level: { type: "string" },
      counting: { type: "string", default: "full" },
      normalize: { type: "string" },
      "min-papers": { type: "string" },
      "min-weight": { type: "string" },
      top: { type: "string" },
      "top-by": { type: "string", default: "papers" },
      "max-nodes-per-paper": { type: "string" },
      metrics: { type: "boolean" },
      seed: { type: "string" },
      format: { type: "string", default: "json" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
      ...CORPUS_ARGS,
    },
  });
  if (values.help === true) {
    io.stdout(NETWORK_HELP);
    return EXIT.ok;
  }
  const level = oneOf("level", values.level, LEVELS);
  const edgeWeight: EdgeWeight = oneOf("counting", values.counting, COUNTINGS);
  const format = oneOf("format", values.format, FORMATS);
  const topBy = oneOf("top-by", values["top-by"], ["papers", "strength"] as const);
  let normalization: Normalization = "none";
  if (values.normalize !== undefined) {
    const chosen = NORMALIZATIONS[values.normalize];
    if (chosen === undefined)
      throw usageError(`--normalize must be one of association, cosine, jaccard, not "${values.normalize}"`);
    normalization = chosen;
  }
  const minPapers = integer("min-papers", values["min-papers"], 1) ?? 1;
  const minWeight = nonNegative("min-weight", values["min-weight"]) ?? 0;
  const top = integer("top", values.top, 1);
  const maxNodesPerPaper = integer("max-nodes-per-paper", values["max-nodes-per-paper"], 2);
  const seed = integer("seed", values.seed, 0);
  if ((format === "vosviewer" || format === "csv") && values.out === undefined) {
    throw usageError(`--format ${format} writes two files and needs --out PATH`);
  }
  if (positionals.length === 0) throw usageError("copub network needs at least one file or folder");

  const corpus = await corpusFromArgs(positionals, values, io, {
    command: "network",
    commandOptions: {
      level,
      edgeWeight,
      normalization,
      maxNodesPerPaper,
      minPapers,
      minWeight,
      top,
      topBy,
      metrics: values.metrics === true,
      format,
    },
    seeds: values.metrics === true ? { louvain: seed ?? DEFAULT_SEED } : {},
  });
  const built = buildNetwork(corpus, { level, edgeWeight, normalization, maxNodesPerPaper });
  const network = pruneNetwork(built, {
    minPapers,
    minWeight,
    top: top === null ? null : { n: top, by: topBy },
  });
  // Only the metrics need a graphology graph; the writers read the network itself.
  const metrics =
    values.metrics === true
      ? networkMetrics(networkGraph(network), {
          weight: normalization === "none" ? "weight" : "normalized",
          seed: seed ?? DEFAULT_SEED,
        })
      : undefined;
  notices(network, metrics, maxNodesPerPaper, io);

  const out = values.out;
  switch (format) {
    case "graphml":
      return emit(toGraphml(network, metrics), out, io);
    case "gexf":
      return emit(toGexf(network, metrics), out, io);
    case "json":
      return emit(metrics === undefined ? toGraphJson(network) : toMetricsJson(network, metrics), out, io);
    case "vosviewer": {
      const { map, network: links } = toVosviewer(network, metrics);
      const stem = (out as string).replace(/\.txt$/i, "");
      await writeOutputFile(`${stem}.map.txt`, map);
      await writeOutputFile(`${stem}.network.txt`, links);
      return EXIT.ok;
    }
    case "csv": {
      const { nodes, edges } = toNetworkCsv(network, metrics);
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
      `copub network: nameBasedAuthorKeys ${report.nameBasedAuthorKeys}: share of authors keyed by name, not by ORCID or ResearcherID (homonyms merge, name variants split; §3.4)\n`,
    );
  }
  if (metrics !== undefined) {
    io.stderr(
      `copub network: core (innermost k-core, k = ${metrics.core.k}): ${metrics.core.members.length} nodes; ` +
        `${metrics.communities.length} Louvain communities (seed ${metrics.seed}, modularity ${metrics.modularity ?? "undefined"}); ` +
        `transitivity ${metrics.transitivity}\n`,
    );
    if (metrics.eigenvectorUnconverged.length > 0) {
      io.stderr(
        `copub network: eigenvector centrality did not converge in 1000 iterations for ${metrics.eigenvectorUnconverged.length} nodes (written as null)\n`,
      );
    }
  }
}

async function emit(text: string, out: string | undefined, io: CliIo): Promise<number> {
  if (out === undefined) io.stdout(text);
  else await writeOutputFile(out, text);
  return EXIT.ok;
}

function integer(flag: string, value: string | undefined, min: number): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw usageError(`--${flag} must be a whole number of at least ${min}, not "${value}"`);
  }
  return Number(value);
}

function nonNegative(flag: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < 0) {
    throw usageError(`--${flag} must be a number of at least 0, not "${value}"`);
  }
  return number;
}
