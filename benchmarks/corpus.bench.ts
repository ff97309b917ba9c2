/**
 * Corpus memory: heap bytes per paper of a corpus built from generated plain-text exports and of
 * the same corpus saved and read back, and the peak RSS of computing the collaboration table
 * from a stream of the saved corpus against loading it whole (issue 6: well under 1 KB per
 * paper, so that 10M papers fit on a 24 GiB machine; indicators that need one paper at a time
 * run in bounded memory). Each step runs in its own process (`_corpus-child.ts`); the figures
 * compare steps of the same run, never a stored threshold.
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { CorpusStepResult } from "./_corpus-child.ts";
import { DATA_FOLDER, type Dataset, DatasetSkipped, ensureDataset } from "./_datasets.ts";
import { printTable, round } from "./_harness.ts";

/** Corpus sizes in records: the default run, and what `--full` adds. */
const CORPUS_RECORDS = { normal: [100_000], full: [1_000_000] } as const;

const CHILD = fileURLToPath(new URL("./_corpus-child.ts", import.meta.url));

/** The corpus measured at one size. */
export interface CorpusSizeResult {
  /** Records in the generated plain-text export. */
  readonly records: number;
  /** Papers in the corpus (in scope and excluded). */
  readonly papers: number;
  readonly authorsPerPaper: number;
  /** Size of the saved corpus (`.jsonl.gz`), in bytes. */
  readonly savedBytes: number;
  /** `loadCorpus` from the export: heap per paper, seconds, peak RSS of that process. */
  readonly built: { readonly bytesPerPaper: number; readonly seconds: number; readonly peakRssBytes: number };
  /** `readCorpus` of the saved corpus, then `collaborationIndicators(corpus.papers)`. */
  readonly loaded: {
    readonly bytesPerPaper: number;
    readonly seconds: number;
    readonly peakRssBytes: number;
  };
  /** `collaborationIndicatorsFromStream(streamCorpus(saved))`, in-scope papers only. */
  readonly streamed: { readonly papers: number; readonly seconds: number; readonly peakRssBytes: number };
  /** Peak RSS of a process that imports the same modules and does nothing. */
  readonly idlePeakRssBytes: number;
  /** Streamed ÷ loaded peak RSS, each less the idle process's: the memory the stream saves. */
  readonly streamToLoadRss: number;
  /** Whether the streamed and loaded collaboration tables are the same bytes. */
  readonly sameTable: boolean;
}

/** What `benchCorpus` measured. */
export interface CorpusBenchResult {
  /** Heap per paper of the loaded (saved and read back) corpus at the largest size measured. */
  bytesPerPaper: number | null;
  /** The size `bytesPerPaper` was measured at, in papers. */
  papers: number | null;
  readonly sizes: CorpusSizeResult[];
  readonly datasets: Dataset[];
  readonly skipped: { readonly what: string; readonly reason: string }[];
}

async function step(args: readonly string[]): Promise<CorpusStepResult> {
  // execArgv carries tsx's loader, so the child runs TypeScript as the parent does.
  const child = fork(CHILD, [...args], { execArgv: [...process.execArgv, "--expose-gc"] });
  let result: CorpusStepResult | undefined;
  child.on("message", (message) => {
    result = message as CorpusStepResult;
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0 || result === undefined) throw new Error(`corpus step ${args[0]} exited with code ${code}`);
  return result;
}

/**
 * Measures the corpus at the default size (100k records) and, with `full`, at 1M.
 * @example
 * await benchCorpus({ seed: 1, full: false })
 * // → { bytesPerPaper: 690, papers: 100000, sizes: [{ records: 100000, built: { bytesPerPaper: 656, … }, … }], … }
 */
export async function benchCorpus(options: {
  readonly seed: number;
  readonly full: boolean;
  readonly maxRecords?: number;
}): Promise<CorpusBenchResult> {
  const sizes = [...CORPUS_RECORDS.normal, ...(options.full ? CORPUS_RECORDS.full : [])].filter(
    (n) => n <= (options.maxRecords ?? n),
  );
  const result: CorpusBenchResult = {
    bytesPerPaper: null,
    papers: null,
    sizes: [],
    datasets: [],
    skipped: [],
  };
  const idle = await step(["idle"]);
  for (const records of sizes) {
    let dataset: Dataset;
    try {
      dataset = await ensureDataset("plain", records, options.seed);
    } catch (error) {
      if (!(error instanceof DatasetSkipped)) throw error;
      result.skipped.push({ what: `corpus at ${records} records`, reason: error.message });
      console.log(`  skipped: ${error.message}`);
      continue;
    }
    result.datasets.push(dataset);
    const saved = `${DATA_FOLDER}corpus-plain-seed${options.seed}-${records}.jsonl.gz`;
    console.log(`  corpus × ${records.toLocaleString("en-US")}: build, save, load, stream …`);
    const built = await step(["build", dataset.path, saved]);
    const loaded = await step(["load", saved]);
    const streamed = await step(["stream", saved]);
    if (loaded.papers !== built.papers)
      throw new Error(`loaded ${loaded.papers} papers, built ${built.papers}`);
    const size: CorpusSizeResult = {
      records,
      papers: built.papers,
      authorsPerPaper: round(built.authorsPerPaper ?? 0),
      savedBytes: (await stat(saved)).size,
      built: {
        bytesPerPaper: Math.round(built.bytesPerPaper ?? 0),
        seconds: round(built.seconds),
        peakRssBytes: built.peakRssBytes,
      },
      loaded: {
        bytesPerPaper: Math.round(loaded.bytesPerPaper ?? 0),
        seconds: round(loaded.seconds),
        peakRssBytes: loaded.peakRssBytes,
      },
      streamed: {
        papers: streamed.papers,
        seconds: round(streamed.seconds),
        peakRssBytes: streamed.peakRssBytes,
      },
      idlePeakRssBytes: idle.peakRssBytes,
      streamToLoadRss: round(
        (streamed.peakRssBytes - idle.peakRssBytes) / (loaded.peakRssBytes - idle.peakRssBytes),
      ),
      sameTable: streamed.tableSha256 === loaded.tableSha256,
    };
    result.sizes.push(size);
    result.bytesPerPaper = size.loaded.bytesPerPaper;
    result.papers = size.papers;
  }
  printCorpus(result.sizes);
  return result;
}

function printCorpus(sizes: readonly CorpusSizeResult[]): void {
  const mib = (bytes: number) => round(bytes / 1024 ** 2);
  console.log("\nCorpus memory (heap after GC per paper; peak RSS per process, MiB)");
  printTable(
    sizes.map((s) => ({
      papers: s.papers,
      "authors/paper": s.authorsPerPaper,
      "built B/paper": s.built.bytesPerPaper,
      "loaded B/paper": s.loaded.bytesPerPaper,
      "build s": s.built.seconds,
      "load s": s.loaded.seconds,
      "stream s": s.streamed.seconds,
      "load RSS": mib(s.loaded.peakRssBytes),
      "stream RSS": mib(s.streamed.peakRssBytes),
      "idle RSS": mib(s.idlePeakRssBytes),
      "stream ÷ load (above idle)": s.streamToLoadRss,
      "same table": s.sameTable ? "yes" : "NO",
    })),
  );
}
