/**
 * `npm run bench`: runs the benchmarks, prints what it measures and writes
 * `benchmarks/results.json`. Never run by the tests.
 *
 *   npm run bench                       default sizes, under ten minutes on 2 cores
 *   npm run bench -- --full             adds 1M records per format and 10M plain-text records
 *   npm run bench -- --full --max-records 1000000   … but no size above 1M
 *   npm run bench -- --formats plain    only some readers (plain, tab, xml)
 *   npm run bench -- --seed 7 --rounds 9
 *   npm run bench -- --benchmarks corpus  only some benchmarks (cores, readers, corpus, end-to-end, stages)
 *
 * Each reader is measured in a fresh child process (with its baseline, in the same process), so
 * that what one reader leaves behind (heap, JIT feedback) never slows the next one down.
 * results.json holds `machine`, `run`, `cores` (what a second thread can add on this machine at all:
 * cores.bench.ts), `readers` (generated files), `readersRealShaped` (the shared
 * exports made large, benchmarks/_real-shaped.ts), `scaling`, `datasets`, `skipped` and `corpus`
 * (heap per paper, streaming against loading: corpus.bench.ts, its steps in child processes too),
 * `endToEnd` (the built `copub report` on 100k records, 1M with --full: end-to-end.bench.ts) and
 * `stages` (each analysis stage timed at 10k and 30k records, 100k and 1M with --full: scaling.bench.ts).
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { WosFormat } from "../src/read/read-item.ts";
import { generatorFingerprint } from "./_datasets.ts";
import { machine, round, timeOnce } from "./_harness.ts";
import { benchCores, type CoresPoint } from "./cores.bench.ts";
import { benchCorpus, type CorpusBenchResult } from "./corpus.bench.ts";
import { benchEndToEnd, type EndToEndBenchResult } from "./end-to-end.bench.ts";
import {
  benchReader,
  printThroughput,
  type ReaderBenchResult,
  type ReaderName,
  type ReaderThroughput,
} from "./readers.bench.ts";
import { benchStages, type StagesBenchResult } from "./scaling.bench.ts";

const RESULTS = fileURLToPath(new URL("./results.json", import.meta.url));
const FORMATS: readonly WosFormat[] = ["plain", "tab", "xml"];
const BENCHMARKS = ["cores", "readers", "corpus", "end-to-end", "stages"] as const;

const { values } = parseArgs({
  options: {
    full: { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
    rounds: { type: "string", default: "5" },
    formats: { type: "string", default: FORMATS.join(",") },
    benchmarks: { type: "string", default: BENCHMARKS.join(",") },
    "max-records": { type: "string", default: String(Number.MAX_SAFE_INTEGER) },
    /** Internal: run one reader's benchmark and send the result to the parent. */
    child: { type: "string" },
  },
});
const seed = Number(values.seed);
const rounds = Number(values.rounds);
const formats = values.formats.split(",").map((f) => f.trim()) as WosFormat[];
const maxRecords = Number(values["max-records"]);
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
  throw new Error("--seed must be a 32-bit unsigned integer");
}
if (!Number.isInteger(rounds) || rounds < 5) throw new Error("--rounds must be a whole number ≥ 5");
if (!Number.isInteger(maxRecords) || maxRecords < 1)
  throw new Error("--max-records must be a positive whole number");
const unknown = formats.filter((f) => !FORMATS.includes(f));
if (unknown.length > 0) throw new Error(`--formats takes plain, tab, xml; got ${unknown.join(", ")}`);
const benchmarks = values.benchmarks.split(",").map((b) => b.trim());
const unknownBenchmarks = benchmarks.filter((b) => !(BENCHMARKS as readonly string[]).includes(b));
if (unknownBenchmarks.length > 0)
  throw new Error(`--benchmarks takes ${BENCHMARKS.join(", ")}; got ${unknownBenchmarks.join(", ")}`);

const options = { seed, rounds, warmup: 1, full: values.full, maxRecords };

if (values.child !== undefined) {
  const result = await benchReader(values.child as WosFormat, options);
  // The open IPC channel would keep the child alive: close it once the result is delivered.
  await new Promise<void>((resolve, reject) =>
    process.send?.(result, undefined, undefined, (error) => (error === null ? resolve() : reject(error))),
  );
  process.disconnect?.();
} else {
  await main();
}

/** Runs one reader's benchmark in a child process and returns what it sent back. */
async function inChildProcess(format: WosFormat): Promise<ReaderBenchResult> {
  const args = ["--child", format, "--seed", String(seed), "--rounds", String(rounds)];
  args.push("--max-records", String(maxRecords));
  if (values.full) args.push("--full");
  // execArgv carries tsx's loader, so the child runs TypeScript as the parent does.
  const child = fork(fileURLToPath(import.meta.url), args, { execArgv: process.execArgv });
  let result: ReaderBenchResult | undefined;
  child.on("message", (message) => {
    result = message as ReaderBenchResult;
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0 || result === undefined) throw new Error(`the ${format} benchmark exited with code ${code}`);
  return result;
}

async function main(): Promise<void> {
  const host = machine();
  const startedAt = new Date().toISOString();
  console.log(
    `copub benchmarks: Node ${host.node} (V8 ${host.v8}), ${host.platform}/${host.arch}, ` +
      `${host.cpuCount} × ${host.cpuModel}, ${(host.totalMemoryBytes / 1024 ** 3).toFixed(1)} GiB, ` +
      `load ${host.loadAverage1m}`,
  );
  console.log(
    `seed ${seed}, ${rounds} rounds after 1 warm-up, reader, byte scan and decode-and-split alternating on the same file` +
      `${values.full ? ", full sizes" : ""}`,
  );

  const results: ReaderBenchResult[] = [];
  // An array, not a `let`: TypeScript does not see assignments made inside the timed closure.
  const corpusRuns: CorpusBenchResult[] = [];
  const endToEndRuns: EndToEndBenchResult[] = [];
  const stageRuns: StagesBenchResult[] = [];
  const coresRuns: CoresPoint[][] = [];
  const { seconds } = await timeOnce(async () => {
    if (benchmarks.includes("cores")) {
      console.log(
        "\ncores: a second thread's gain on this machine (each workload alone, then two processes at once)",
      );
      coresRuns.push(await benchCores());
    }
    for (const format of benchmarks.includes("readers") ? formats : []) {
      console.log(`\n${format}: throughput, then scaling (each reader in its own process)`);
      results.push(await inChildProcess(format));
    }
    if (benchmarks.includes("corpus")) {
      console.log(
        "\ncorpus: heap per paper built and loaded, streaming against loading (each step in its own process)",
      );
      corpusRuns.push(await benchCorpus({ seed, full: values.full, maxRecords }));
    }
    if (benchmarks.includes("end-to-end")) {
      console.log(
        `\nend to end: copub report --reference corpus --focal US (the built CLI, its own process)`,
      );
      endToEndRuns.push(await benchEndToEnd({ seed, full: values.full, maxRecords }));
    }
    if (benchmarks.includes("stages")) {
      console.log("\nstages: each analysis stage timed on a loaded corpus (one process per size)");
      stageRuns.push(await benchStages({ seed, full: values.full, maxRecords }));
    }
  });

  const corpus = corpusRuns[0] ?? null;
  const endToEnd = endToEndRuns[0] ?? null;
  const stages = stageRuns[0] ?? null;
  const others = [corpus, endToEnd, stages].flatMap((run) => (run === null ? [] : [run]));
  const readers: Partial<Record<ReaderName, ReaderThroughput>> = {};
  const readersRealShaped: Partial<Record<ReaderName, ReaderThroughput>> = {};
  for (const r of results) {
    if (r.throughput !== null) readers[r.reader] = r.throughput;
    if (r.realShaped !== null) readersRealShaped[r.reader] = r.realShaped;
  }
  if (results.length > 0) {
    console.log("\nReader throughput (median of the rounds), against the byte scan of the same file");
    printThroughput(
      results.flatMap((r) =>
        [r.throughput, r.realShaped].flatMap((t) => (t === null ? [] : [[r.reader, t] as const])),
      ),
    );
  }

  const output = {
    machine: host,
    run: {
      startedAt,
      seconds: round(seconds, 4),
      seed,
      rounds,
      warmupRounds: 1,
      full: values.full,
      maxRecords: maxRecords === Number.MAX_SAFE_INTEGER ? null : maxRecords,
      generator: await generatorFingerprint(),
    },
    cores: coresRuns[0] ?? null,
    readers,
    readersRealShaped,
    scaling: results.flatMap((r) => r.scaling),
    datasets: uniqueFiles(
      [...results.flatMap((r) => r.datasets), ...others.flatMap((r) => r.datasets)].map(
        ({ path, ...dataset }) => ({
          file: path.slice(path.lastIndexOf("/") + 1),
          ...dataset,
        }),
      ),
    ),
    skipped: [...results.flatMap((r) => r.skipped), ...others.flatMap((r) => r.skipped)],
    corpus:
      corpus === null
        ? null
        : { bytesPerPaper: corpus.bytesPerPaper, papers: corpus.papers, sizes: corpus.sizes },
    endToEnd: endToEnd?.points ?? [],
    endToEndBuildSeconds: endToEnd?.buildSeconds ?? null,
    stages: stages === null ? null : { points: stages.points, sizes: stages.sizes },
  };
  await writeFile(RESULTS, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nDone in ${round(seconds)} s; wrote ${RESULTS}`);
}

/** Data sets in first-use order, each once (several benchmarks share the plain-text files). */
function uniqueFiles<T extends { readonly file: string }>(datasets: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const dataset of datasets) if (!seen.has(dataset.file)) seen.set(dataset.file, dataset);
  return [...seen.values()];
}
