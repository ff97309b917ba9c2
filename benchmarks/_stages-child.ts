/**
 * One size of the stage benchmark, run in a fresh Node process so that its memory and JIT state
 * belong to that size alone. It loads the corpus from a generated export once (timed, one round:
 * that is the reader plus normalization and de-duplication), checks the record count, then times
 * each analysis stage of `copub report` on the loaded papers. A stage that takes under
 * `FAST_SECONDS` is timed as the median of `ROUNDS` rounds after its first run (the warm-up); a
 * slower one is timed once, its first run, and says so (`rounds: 1`). The parent
 * (`scaling.bench.ts`) forks it and gets one message back.
 *
 *   _stages-child.ts <export> <records>
 */
import type { ListLike } from "../src/common/list-like.ts";
import { loadCorpus } from "../src/corpus/load-corpus.ts";
import { collaborationIndicators } from "../src/indicators/collaboration/collaboration.ts";
import { partners } from "../src/indicators/partners/partners.ts";
import type { ThresholdTable } from "../src/indicators/top-cited/threshold-table.ts";
import { topCited } from "../src/indicators/top-cited/top-cited.ts";
import { topThresholds } from "../src/indicators/top-cited/top-thresholds.ts";
import { buildNetwork, type NetworkPaper } from "../src/networks/build-network.ts";
import type { Network } from "../src/networks/network.ts";
import { networkGraph } from "../src/networks/network-graph.ts";
import { networkMetrics } from "../src/networks/node-metrics.ts";
import { median, timeOnce } from "./_harness.ts";

/** Stages faster than this (first run, seconds) are timed as a median of `ROUNDS` more runs. */
const FAST_SECONDS = 2;
const ROUNDS = 5;
/**
 * Institution-network metrics run only below this many edges: betweenness and closeness are
 * O(V·E) (Brandes), which is affordable for the country network and not for a large
 * institution network.
 */
export const INSTITUTION_METRICS_MAX_EDGES = 200_000;

/** One timed stage. */
export interface StageTiming {
  /** Stage name (`load`, `collaboration.integer`, …). */
  readonly stage: string;
  /** Wall-clock seconds: the median of `rounds` runs, or the one run. */
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** Timed runs (1: a slow stage, timed once including its first-run JIT cost). */
  readonly rounds: number;
  /** What the stage produced, to check and describe (rows, nodes, edges, …). */
  readonly output: Readonly<Record<string, number>>;
}

/** What one size reports. */
export interface StagesChildResult {
  readonly records: number;
  /** Papers in scope (`corpus.papers`): what every stage but `load` reads. */
  readonly papers: number;
  readonly stages: StageTiming[];
  /** Institution-network metrics: run, or why not. */
  readonly institutionMetrics: string;
  /** Peak resident set size of the process, in bytes. */
  readonly peakRssBytes: number;
}

async function stage(
  name: string,
  task: () => Readonly<Record<string, number>>,
  timings: StageTiming[],
): Promise<void> {
  let output: Readonly<Record<string, number>> = {};
  const first = await timeOnce(async () => {
    output = task();
  });
  let seconds = first.seconds;
  let cpuSeconds = first.cpuSeconds;
  let rounds = 1;
  if (first.seconds < FAST_SECONDS) {
    const runs = [];
    for (let i = 0; i < ROUNDS; i++)
      runs.push(
        await timeOnce(async () => {
          task();
        }),
      );
    seconds = median(runs.map((r) => r.seconds));
    cpuSeconds = median(runs.map((r) => r.cpuSeconds));
    rounds = ROUNDS;
  }
  timings.push({ stage: name, seconds, cpuSeconds, rounds, output });
  console.log(
    `    ${name}: ${seconds.toFixed(3)} s${rounds > 1 ? ` (median of ${rounds})` : " (one run)"} ${JSON.stringify(output)}`,
  );
}

/**
 * Builds the network at a level (fractional edge weights, as the report does), then computes its
 * metrics unless the institution network has more than `INSTITUTION_METRICS_MAX_EDGES` edges.
 * @returns "run", or why the metrics were not
 */
async function networkStages(
  corpus: { readonly papers: ListLike<NetworkPaper> },
  level: "country" | "institution",
  timings: StageTiming[],
): Promise<string> {
  const held: { network?: Network } = {};
  await stage(
    `${level}Network.build`,
    () => {
      held.network = buildNetwork(corpus, { level, edgeWeight: "fractional" });
      return { nodes: held.network.nodes.length, edges: held.network.edges.length };
    },
    timings,
  );
  const network = held.network;
  if (network === undefined) throw new Error(`no ${level} network`);
  if (level === "institution" && network.edges.length > INSTITUTION_METRICS_MAX_EDGES) {
    const why = `not run: ${network.edges.length} edges > ${INSTITUTION_METRICS_MAX_EDGES} (betweenness and closeness are O(V·E))`;
    console.log(`    ${level}Network.metrics: ${why}`);
    return why;
  }
  await stage(
    `${level}Network.metrics`,
    () => ({ core: networkMetrics(networkGraph(network), { weight: "weight" }).core.members.length }),
    timings,
  );
  return "run";
}

async function run(path: string, records: number): Promise<StagesChildResult> {
  const timings: StageTiming[] = [];
  const held: { corpus?: Awaited<ReturnType<typeof loadCorpus>> } = {};
  const load = await timeOnce(async () => {
    held.corpus = await loadCorpus([path]);
  });
  const corpus = held.corpus;
  if (corpus === undefined) throw new Error("no corpus");
  const a = corpus.accounting;
  if (a.records !== records || a.parsed !== records || a.rejected !== 0 || a.inScope !== corpus.papers.length)
    throw new Error(`${path}: accounting ${JSON.stringify(a)} does not match ${records} records`);
  timings.push({
    stage: "load",
    seconds: load.seconds,
    cpuSeconds: load.cpuSeconds,
    rounds: 1,
    output: { records: a.records, inScope: a.inScope, excluded: a.excluded },
  });
  console.log(`    load: ${load.seconds.toFixed(3)} s (one run), ${a.inScope} papers in scope`);
  const papers = corpus.papers;

  await stage(
    "collaboration.integer",
    () => ({ rows: collaborationIndicators(papers).rows.length }),
    timings,
  );
  await stage(
    "collaboration.fractional",
    () => ({ rows: collaborationIndicators(papers, { counting: "fractional" }).rows.length }),
    timings,
  );
  const thresholds: { table?: ThresholdTable } = {};
  await stage(
    "topThresholds",
    () => {
      thresholds.table = topThresholds(papers);
      return { rows: thresholds.table.rows.length };
    },
    timings,
  );
  const reference = thresholds.table;
  if (reference === undefined) throw new Error("no thresholds");
  await stage("topCited", () => ({ rows: topCited(papers, { reference }).rows.length }), timings);
  await stage("partners", () => ({ rows: partners(papers, { focal: "US" }).rows.length }), timings);

  await networkStages(corpus, "country", timings);
  const institutionMetrics = await networkStages(corpus, "institution", timings);
  return {
    records,
    papers: papers.length,
    stages: timings,
    institutionMetrics,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

const [path = "", records = "0"] = process.argv.slice(2);
const result = await run(path, Number(records));
// The open IPC channel would keep the child alive: close it once the result is delivered.
await new Promise<void>((resolve, reject) =>
  process.send?.(result, undefined, undefined, (error) => (error === null ? resolve() : reject(error))),
);
process.disconnect?.();
