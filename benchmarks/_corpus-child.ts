/**
 * One step of the corpus benchmark, run in a fresh Node process with `--expose-gc` so that its
 * heap and peak RSS belong to that step alone (what one step leaves behind, heap or JIT state,
 * never counts in the next). The parent (`corpus.bench.ts`) forks it and gets one message back.
 *
 *   build <exports> <saved>   load the exports into a corpus, measure it, save it
 *   load <saved>              read the saved corpus back, measure it, compute the collaboration table
 *   stream <saved>            compute the collaboration table from a stream of the saved corpus
 *   idle                      nothing: the process's own peak RSS, to subtract from the others
 */
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { Corpus } from "../src/corpus/corpus.ts";
import { readCorpus, streamCorpus } from "../src/corpus/corpus-file.ts";
import type { CorpusPaper } from "../src/corpus/corpus-paper.ts";
import { loadCorpus } from "../src/corpus/load-corpus.ts";
import {
  type CollaborationTable,
  collaborationIndicators,
  collaborationIndicatorsFromStream,
} from "../src/indicators/collaboration/collaboration.ts";
import { writeCorpus } from "../src/output/corpus-file.ts";
import { timeOnce } from "./_harness.ts";

/** What one step reports. */
export interface CorpusStepResult {
  /** Papers in the corpus (in scope and excluded), or of the stream (in scope). */
  readonly papers: number;
  /** Authors per paper (build and load). */
  readonly authorsPerPaper: number | null;
  /** Heap used after garbage collection, with the corpus ÷ papers, minus the same before (build and load). */
  readonly bytesPerPaper: number | null;
  /** Wall-clock seconds of the step's work. */
  readonly seconds: number;
  /** Peak resident set size of the process, in bytes (`process.resourceUsage().maxRSS`). */
  readonly peakRssBytes: number;
  /** SHA-256 of the collaboration table's JSON (load and stream), to check that both paths agree. */
  readonly tableSha256: string | null;
}

/** The project's own samples: loaded once before measuring, so lazily built tables are not counted. */
const WARM_UP = fileURLToPath(new URL("../data-samples/", import.meta.url));

const gc = (globalThis as { gc?: () => void }).gc;

/** Heap used after full collections (a few: weak references and code ageing need more than one). */
function settledHeap(): number {
  if (gc === undefined) throw new Error("the corpus benchmark steps need node --expose-gc");
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}

const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
const digest = (table: CollaborationTable): string =>
  createHash("sha256").update(JSON.stringify(table)).digest("hex");
const everyPaper = (corpus: Pick<Corpus, "papers" | "excluded">): CorpusPaper[] => [
  ...corpus.papers,
  ...Array.from(corpus.excluded, (e) => e.paper),
];
const authorsPerPaper = (papers: readonly CorpusPaper[]): number =>
  papers.reduce((sum, p) => sum + p.authorKeys.length, 0) / Math.max(1, papers.length);

/** Runs a task that makes a corpus and measures the heap it keeps, after warming up on the samples. */
async function measured<T extends Pick<Corpus, "papers" | "excluded">>(
  task: () => Promise<T>,
): Promise<{ corpus: T; result: Omit<CorpusStepResult, "tableSha256"> }> {
  await loadCorpus([WARM_UP]);
  const before = settledHeap();
  const held: { corpus?: T } = {};
  const { seconds } = await timeOnce(async () => {
    held.corpus = await task();
  });
  const after = settledHeap();
  const corpus = held.corpus;
  if (corpus === undefined) throw new Error("no corpus");
  const papers = everyPaper(corpus);
  return {
    corpus,
    result: {
      papers: papers.length,
      authorsPerPaper: authorsPerPaper(papers),
      bytesPerPaper: (after - before) / papers.length,
      seconds,
      peakRssBytes: peakRss(),
    },
  };
}

async function build(exports: string, saved: string): Promise<CorpusStepResult> {
  const { corpus, result } = await measured(() => loadCorpus([exports]));
  await writeCorpus(saved, corpus);
  return { ...result, peakRssBytes: peakRss(), tableSha256: null };
}

async function load(saved: string): Promise<CorpusStepResult> {
  const { corpus, result } = await measured(() => readCorpus(saved));
  const table = collaborationIndicators(corpus.papers);
  return { ...result, peakRssBytes: peakRss(), tableSha256: digest(table) };
}

async function stream(saved: string): Promise<CorpusStepResult> {
  let papers = 0;
  let table: CollaborationTable | undefined;
  const { seconds } = await timeOnce(async () => {
    table = await collaborationIndicatorsFromStream(
      (async function* () {
        for await (const paper of streamCorpus(saved)) {
          papers++;
          yield paper;
        }
      })(),
    );
  });
  if (table === undefined) throw new Error("no table");
  return {
    papers,
    authorsPerPaper: null,
    bytesPerPaper: null,
    seconds,
    peakRssBytes: peakRss(),
    tableSha256: digest(table),
  };
}

async function idle(): Promise<CorpusStepResult> {
  return {
    papers: 0,
    authorsPerPaper: null,
    bytesPerPaper: null,
    seconds: 0,
    peakRssBytes: peakRss(),
    tableSha256: null,
  };
}

const [step, first = "", second = ""] = process.argv.slice(2);
const result =
  step === "build"
    ? await build(first, second)
    : step === "load"
      ? await load(first)
      : step === "stream"
        ? await stream(first)
        : await idle();
// The open IPC channel would keep the child alive: close it once the result is delivered.
await new Promise<void>((resolve, reject) =>
  process.send?.(result, undefined, undefined, (error) => (error === null ? resolve() : reject(error))),
);
process.disconnect?.();
