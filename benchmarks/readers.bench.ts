/**
 * Reader throughput and scaling. For each export format, copub's reader drains a file (counting
 * records with `tally`, checking the count and that nothing was rejected) and is compared with two
 * baselines timed in the same rounds on the same file: the byte scan (`scanNewlines`: 1 MiB chunks,
 * 0x0A bytes counted, nothing decoded), which every ratio of issue 19 is taken against, and the
 * older decode-and-split pass (`splitFileLines`: the same chunks decoded as UTF-8 and split into
 * lines), kept to show how much of a reader's time decoding alone would take. Each reader runs on
 * a generated file and on a real-shaped one (the shared WoS exports with rewritten UTs,
 * `_real-shaped.ts`). Throughput is the median of ≥ 5 rounds after a warm-up; scaling times one
 * pass of the reader and one of the scan per size, the smallest included, to show that the cost
 * per record stays flat as files grow.
 */
import { open } from "node:fs/promises";
import { tally } from "../src/read/collect.ts";
import { openWos } from "../src/read/open-wos.ts";
import { type TallyThreads, tallyThreads } from "../src/read/parallel-tally.ts";
import { readPlainText } from "../src/read/plain-text.ts";
import type { ReadItem, WosFormat } from "../src/read/read-item.ts";
import { readTabDelimited } from "../src/read/tab-delimited.ts";
import { readXml } from "../src/read/xml.ts";
import { type Dataset, DatasetSkipped, ensureDataset } from "./_datasets.ts";
import {
  compare,
  type Elapsed,
  mbPerSecond,
  printTable,
  type RoundOptions,
  round,
  scanNewlines,
  type Timing,
  timeOnce,
} from "./_harness.ts";
import { ensureRealShaped } from "./_real-shaped.ts";

/** Names of the readers in results.json. */
export type ReaderName = "plainText" | "tabDelimited" | "xml";

/**
 * The results.json name of a format's reader.
 * @example
 * readerName("plain") // → "plainText"
 */
export function readerName(format: WosFormat): ReaderName {
  return READERS[format].name;
}

const READERS: Readonly<
  Record<WosFormat, { name: ReaderName; read: (path: string) => AsyncIterable<ReadItem> }>
> = {
  plain: { name: "plainText", read: readPlainText },
  tab: { name: "tabDelimited", read: readTabDelimited },
  xml: { name: "xml", read: readXml },
};

/**
 * Sizes per format, in records; the first is also the throughput file (about 55 MB in every
 * format). The XML reader ran at 300–500 records a second on the reference machine before its
 * fast record scan (about five times that since) and its records are three times larger, so its
 * default sizes are smaller, to keep `npm run bench`
 * under ten minutes; it also needs a few thousand records before its speed settles (JIT), which
 * is why its throughput file is not smaller still.
 */
const SCALING_RECORDS: Readonly<Record<WosFormat, { readonly normal: number[]; readonly full: number[] }>> = {
  plain: { normal: [10_000, 100_000], full: [1_000_000, 10_000_000] },
  tab: { normal: [10_000, 100_000], full: [1_000_000] },
  xml: { normal: [3_000, 10_000], full: [100_000, 1_000_000] },
};

/** Options of `benchReader`. */
export interface ReaderBenchOptions extends RoundOptions {
  /** Generator seed. */
  readonly seed: number;
  /** Add the large scaling sizes (1M, 10M records). */
  readonly full: boolean;
  /** Leave out scaling sizes above this many records. Default: no limit. */
  readonly maxRecords?: number;
}

/** A file a reader is timed on: where it is, how many records it holds and how large it is. */
export interface BenchFile {
  readonly path: string;
  readonly records: number;
  readonly bytes: number;
}

/** Seconds of one pass over a file, median and per round, wall clock and CPU, and the throughput. */
export interface PassTiming {
  readonly medianSeconds: number;
  readonly roundSeconds: readonly number[];
  readonly medianCpuSeconds: number;
  readonly roundCpuSeconds: readonly number[];
  /** 10^6 bytes per second of the file as stored, wall clock. */
  readonly mbPerSecond: number;
}

/** A baseline pass timed in the same rounds as a reader. */
export interface BaselineTiming extends PassTiming {
  /** Passes over the file in each round, so that a round lasts about a second. */
  readonly passesPerRound: number;
}

/** Throughput of one reader on one file, with the baselines on the same file. */
export interface ReaderThroughput extends PassTiming {
  /** The file's name in `benchmarks/.data/`. */
  readonly file: string;
  /** `generated` (the generator's records) or `real-shaped` (the shared exports, `_real-shaped.ts`). */
  readonly data: "generated" | "real-shaped";
  readonly records: number;
  readonly bytes: number;
  readonly recordsPerSecond: number;
  /** Reader throughput ÷ the byte scan's, wall clock: issue 19's ratio (goal: ≥ 0.25 plain text, ≥ 0.10 XML). */
  readonly ratioToScan: number;
  /** The same ratio in CPU time, which other work on a shared machine disturbs less. */
  readonly ratioToScanCpu: number;
  /** Reader throughput ÷ the decode-and-split pass's, wall clock and CPU time. */
  readonly ratioToDecodeSplit: number;
  readonly ratioToDecodeSplitCpu: number;
  /** The byte scan on the same file (`scanNewlines`). */
  readonly scan: BaselineTiming;
  /** The decode-and-split pass on the same file (`splitFileLines`). */
  readonly decodeSplit: BaselineTiming;
  /**
   * The same file read as `copub read --threads 2` reads it (`tallyThreads`: record-aligned
   * blocks, `formatBlocks`, read by one worker and the main thread, records counted where they
   * are read), text formats only; `null` for XML. One pool of workers serves every round, as one
   * serves every file of a command: the warm-up round starts it, so the rounds time reading, not
   * the worker's start (under tsx, which compiles the worker's modules, that start is seconds).
   */
  readonly onThreads: ThreadsTiming | null;
}

/** A reading on worker threads, timed in the same rounds as the reader. */
export interface ThreadsTiming extends PassTiming {
  /** Threads in all (`--threads`): the main one, which cuts the blocks and reads some, and workers. */
  readonly threads: number;
  /** Bytes a block reaches before it is cut at the next record boundary. */
  readonly blockBytes: number;
  /** Throughput ÷ the byte scan's, wall clock and CPU time (CPU of every thread). */
  readonly ratioToScan: number;
  readonly ratioToScanCpu: number;
}

/** One reader at one size. */
export interface ScalingPoint {
  readonly reader: ReaderName;
  readonly records: number;
  readonly bytes: number;
  /** Wall-clock and CPU seconds of the pass. */
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly recordsPerSecond: number;
  readonly mbPerSecond: number;
  /** Microseconds per record. */
  readonly microsecondsPerRecord: number;
  /** Cost per record ÷ that at the reader's smallest size: 1.0 means linear scaling. */
  readonly costPerRecordVsSmallest: number;
  /** The byte scan on the same file, one pass (as the reader's): wall-clock and CPU seconds. */
  readonly scanSeconds: number;
  readonly scanCpuSeconds: number;
  /** Scan time ÷ reader time, wall clock and CPU. */
  readonly ratioToScan: number;
  readonly ratioToScanCpu: number;
}

/** Everything `benchReader` measured for one reader. */
export interface ReaderBenchResult {
  readonly reader: ReaderName;
  /** Throughput on the generated file, or `null` when its data set was skipped. */
  throughput: ReaderThroughput | null;
  /** Throughput on the real-shaped file, or `null` when the shared exports are absent. */
  realShaped: ReaderThroughput | null;
  readonly scaling: ScalingPoint[];
  readonly datasets: Dataset[];
  /** Measurements that were not made, with the reason. */
  readonly skipped: { readonly what: string; readonly reason: string }[];
}

/**
 * The decode-and-split baseline: read a file in 1 MiB chunks, decode UTF-8, split into lines (kept in a batch per
 * chunk, as copub's line splitter hands them on); returns the number of lines. The line that
 * crosses a chunk boundary is joined on its own: concatenating the carry with the whole chunk
 * would make a cons string, and slicing lines out of that is several times slower.
 * @example
 * await splitFileLines("benchmarks/.data/plain-seed1-10000.txt") // → 1_038_735
 */
export async function splitFileLines(path: string): Promise<number> {
  const handle = await open(path, "r");
  const buffer = new Uint8Array(1 << 20);
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  let lines = 0;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const text = decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
      const first = text.indexOf("\n");
      if (first === -1) {
        carry += text;
        continue;
      }
      const batch: string[] = [carry + text.slice(0, first)];
      let start = first + 1;
      for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", start)) {
        batch.push(text.slice(start, end));
        start = end + 1;
      }
      lines += batch.length;
      carry = text.slice(start);
    }
  } finally {
    await handle.close();
  }
  const rest = carry + decoder.decode();
  return lines + (rest.length > 0 ? 1 : 0);
}

/** Drains the reader over the data set; throws unless every record was parsed. */
async function readAll(format: WosFormat, dataset: BenchFile): Promise<void> {
  const { report } = await tally(READERS[format].read(dataset.path));
  if (report.parsed !== dataset.records || report.rejected !== 0) {
    throw new Error(
      `${READERS[format].name} on ${dataset.path}: parsed ${report.parsed} and rejected ${report.rejected}, expected ${dataset.records} parsed`,
    );
  }
}

async function decodeSplit(dataset: BenchFile): Promise<void> {
  const lines = await splitFileLines(dataset.path);
  if (lines < dataset.records) throw new Error(`decode-and-split on ${dataset.path}: only ${lines} lines`);
}

async function scan(dataset: BenchFile): Promise<void> {
  if ((await scanNewlines(dataset.path)) === 0) throw new Error(`byte scan on ${dataset.path}: no line feed`);
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * Measures one reader: its throughput against the baselines on a generated file and on a
 * real-shaped one (warm-up, then the median of the rounds), then its scaling to larger generated
 * files (one pass of the reader and one of the byte scan per size, the smallest included).
 * @example
 * await benchReader("plain", { seed: 1, full: false })
 * // → { throughput: { mbPerSecond: 45, ratioToScan: 0.049, … }, realShaped: { … }, scaling: [ … ], … }
 */
export async function benchReader(
  format: WosFormat,
  options: ReaderBenchOptions,
): Promise<ReaderBenchResult> {
  const { seed, full } = options;
  const name = READERS[format].name;
  const result: ReaderBenchResult = {
    reader: name,
    throughput: null,
    realShaped: null,
    scaling: [],
    datasets: [],
    skipped: [],
  };
  const dataset = async (records: number): Promise<Dataset | null> => {
    try {
      const made = await ensureDataset(format, records, seed);
      result.datasets.push(made);
      return made;
    } catch (error) {
      if (!(error instanceof DatasetSkipped)) throw error;
      result.skipped.push({ what: `${name} at ${records} records`, reason: error.message });
      console.log(`  skipped: ${error.message}`);
      return null;
    }
  };

  const sizes = [...SCALING_RECORDS[format].normal, ...(full ? SCALING_RECORDS[format].full : [])];
  const [smallest = 0, ...larger] = sizes.filter((n, i) => i === 0 || n <= (options.maxRecords ?? n));
  const data = await dataset(smallest);
  if (data !== null) result.throughput = await measureThroughput(format, data, "generated", options);

  try {
    const real = await ensureRealShaped(format);
    result.realShaped = await measureThroughput(format, real, "real-shaped", options);
  } catch (error) {
    if (!(error instanceof DatasetSkipped)) throw error;
    result.skipped.push({ what: `${name} on real-shaped data`, reason: error.message });
    console.log(`  skipped: ${error.message}`);
  }
  if (data === null) return result;

  // Every size, the smallest too, is one pass of the reader against one pass of the scan: a
  // whole baseline round (several passes) against one reader pass would inflate the ratio.
  let perRecord = 0;
  for (const records of [smallest, ...larger]) {
    const file = records === smallest ? data : await dataset(records);
    if (file === null) continue;
    const base = await timeOnce(() => scan(file));
    const reader = await timeOnce(() => readAll(format, file));
    if (records === smallest) perRecord = reader.seconds / records;
    result.scaling.push(scalingPoint(name, file, reader, base, perRecord));
  }
  for (const point of result.scaling) {
    console.log(
      `  ${name} × ${point.records.toLocaleString("en-US")}: ${point.seconds} s, ` +
        `${point.microsecondsPerRecord} µs/record (×${point.costPerRecordVsSmallest} of the smallest size), ` +
        `${point.ratioToScan} of the scan (${point.ratioToScanCpu} in CPU time), CPU ${point.cpuSeconds} s`,
    );
  }
  return result;
}

/** Threads of the block pass (`copub read --threads 2`): one per core of the reference machine. */
const THREADS = 2;
/** Block size of the block pass: `tallyThreads`'s own. */
const BLOCK_BYTES = 1 << 20;

/** Reads a text export as `copub read --threads 2` does, with the pool's workers, and checks its counts. */
async function readOnThreads(dataset: BenchFile, threads: TallyThreads): Promise<void> {
  const counted = await threads.tally(dataset.path, await openWos(dataset.path));
  const { parsed, rejected } = counted?.report ?? { parsed: -1, rejected: -1 };
  if (parsed !== dataset.records || rejected !== 0) {
    throw new Error(
      `threads on ${dataset.path}: parsed ${parsed} and rejected ${rejected}, expected ${dataset.records}`,
    );
  }
}

/** How long a baseline round should last, in seconds. */
const BASELINE_ROUND_SECONDS = 1;

/**
 * Times the reader against both baselines on one file: a warm-up, then rounds in which the
 * byte scan, the decode-and-split pass and the reader each run once in turn.
 */
async function measureThroughput(
  format: WosFormat,
  file: BenchFile,
  data: ReaderThroughput["data"],
  options: RoundOptions,
): Promise<ReaderThroughput> {
  // A baseline pass is ten to a thousand times faster than a reader: a round of one pass would
  // last a few hundredths of a second and swing with every hiccup of a shared machine, so a
  // baseline round repeats the pass until it lasts about BASELINE_ROUND_SECONDS, and is divided
  // back. Calibrated on the faster of two passes: the first one runs cold.
  const passesFor = async (pass: () => Promise<void>): Promise<number> => {
    const fastest = Math.min((await timeOnce(pass)).seconds, (await timeOnce(pass)).seconds);
    return Math.max(1, Math.min(50, Math.round(BASELINE_ROUND_SECONDS / fastest)));
  };
  const scanPasses = await passesFor(() => scan(file));
  const splitPasses = await passesFor(() => decodeSplit(file));
  const repeat = (passes: number, pass: () => Promise<void>) => async () => {
    for (let i = 0; i < passes; i++) await pass();
  };
  // The text formats are also read as `copub read --threads 2` reads them, by one pool of
  // workers for every round (every size of file on threads here, the smallest too).
  const threaded = format !== "xml";
  const pool = threaded
    ? tallyThreads({ threads: THREADS, sizes: { blockBytes: BLOCK_BYTES, minBytes: 0 } })
    : null;
  const onThreads = pool !== null ? { onThreads: () => readOnThreads(file, pool) } : {};
  const timings = await compare(
    {
      scan: repeat(scanPasses, () => scan(file)),
      decodeSplit: repeat(splitPasses, () => decodeSplit(file)),
      reader: () => readAll(format, file),
      ...onThreads,
    } as Record<"scan" | "decodeSplit" | "reader" | "onThreads", () => Promise<void>>,
    options,
  ).finally(() => pool?.stop());
  const scanTiming = baselineTiming(file, timings.scan, scanPasses);
  const entry = throughput(
    file,
    data,
    timings.reader,
    scanTiming,
    baselineTiming(file, timings.decodeSplit, splitPasses),
    threaded ? threadsTiming(file, timings.onThreads, scanTiming) : null,
  );
  console.log(
    `  ${READERS[format].name} (${data}, ${round(file.bytes / 1e6)} MB): ${round(entry.mbPerSecond)} MB/s, ` +
      `${round(entry.recordsPerSecond)} records/s, ${entry.ratioToScan} of the byte scan's ` +
      `${round(entry.scan.mbPerSecond)} MB/s (${entry.ratioToScanCpu} in CPU time), ` +
      `${entry.ratioToDecodeSplit} of decode-and-split's ${round(entry.decodeSplit.mbPerSecond)} MB/s` +
      (entry.onThreads === null
        ? ""
        : `; on ${THREADS} threads: ${round(entry.onThreads.mbPerSecond)} MB/s, ${entry.onThreads.ratioToScan} of the scan (${entry.onThreads.ratioToScanCpu} in CPU time)`),
  );
  return entry;
}

function scalingPoint(
  reader: ReaderName,
  file: BenchFile,
  read: Elapsed,
  base: Elapsed,
  smallestPerRecord: number,
): ScalingPoint {
  const { records, bytes } = file;
  return {
    reader,
    records,
    bytes,
    seconds: round(read.seconds, 4),
    cpuSeconds: round(read.cpuSeconds, 4),
    recordsPerSecond: round(records / read.seconds),
    mbPerSecond: round(mbPerSecond(bytes, read.seconds)),
    microsecondsPerRecord: round((read.seconds / records) * 1e6),
    costPerRecordVsSmallest: round(read.seconds / records / smallestPerRecord),
    scanSeconds: round(base.seconds, 4),
    scanCpuSeconds: round(base.cpuSeconds, 4),
    ratioToScan: round(base.seconds / read.seconds),
    ratioToScanCpu: round(base.cpuSeconds / read.cpuSeconds),
  };
}

/**
 * Prints the throughput of several readers as one table.
 * @example
 * printThroughput([plainResult.throughput, xmlResult.realShaped])
 */
export function printThroughput(entries: readonly (readonly [ReaderName, ReaderThroughput])[]): void {
  printTable(
    entries.map(([reader, entry]) => ({
      reader,
      data: entry.data,
      records: entry.records,
      MB: round(entry.bytes / 1e6),
      "reader s": round(entry.medianSeconds),
      "MB/s": round(entry.mbPerSecond),
      "records/s": round(entry.recordsPerSecond),
      "scan MB/s": round(entry.scan.mbPerSecond),
      "× scan": entry.ratioToScan,
      "× scan (CPU)": entry.ratioToScanCpu,
      "decode+split MB/s": round(entry.decodeSplit.mbPerSecond),
      "× decode+split": entry.ratioToDecodeSplit,
      "threads × scan": entry.onThreads === null ? "" : entry.onThreads.ratioToScan,
      "threads × scan (CPU)": entry.onThreads === null ? "" : entry.onThreads.ratioToScanCpu,
    })),
  );
}

/** A timing of `passes` repeated passes, as the timing of one pass. */
function baselineTiming(file: BenchFile, timing: Timing, passes: number): BaselineTiming {
  const divide = (seconds: readonly number[]) => seconds.map((s) => round(s / passes, 4));
  const medianSeconds = timing.medianSeconds / passes;
  return {
    passesPerRound: passes,
    medianSeconds: round(medianSeconds, 4),
    roundSeconds: divide(timing.roundSeconds),
    medianCpuSeconds: round(timing.medianCpuSeconds / passes, 4),
    roundCpuSeconds: divide(timing.roundCpuSeconds),
    mbPerSecond: round(mbPerSecond(file.bytes, medianSeconds)),
  };
}

/** A task's timing over the rounds, rounded, with its throughput. */
function passTiming(file: BenchFile, timing: Timing): PassTiming {
  return {
    medianSeconds: round(timing.medianSeconds, 4),
    roundSeconds: timing.roundSeconds.map((s) => round(s, 4)),
    medianCpuSeconds: round(timing.medianCpuSeconds, 4),
    roundCpuSeconds: timing.roundCpuSeconds.map((s) => round(s, 4)),
    mbPerSecond: round(mbPerSecond(file.bytes, timing.medianSeconds)),
  };
}

/** The block pass's timing, with its ratios to the scan. */
function threadsTiming(
  file: BenchFile,
  timing: Timing | undefined,
  scanTiming: BaselineTiming,
): ThreadsTiming | null {
  if (timing === undefined) return null;
  return {
    threads: THREADS,
    blockBytes: BLOCK_BYTES,
    ...passTiming(file, timing),
    ratioToScan: round(scanTiming.medianSeconds / timing.medianSeconds),
    ratioToScanCpu: round(scanTiming.medianCpuSeconds / timing.medianCpuSeconds),
  };
}

function throughput(
  file: BenchFile,
  data: ReaderThroughput["data"],
  reader: Timing,
  scanTiming: BaselineTiming,
  splitTiming: BaselineTiming,
  onThreads: ThreadsTiming | null,
): ReaderThroughput {
  const wall = (base: BaselineTiming) => round(base.medianSeconds / reader.medianSeconds);
  const cpu = (base: BaselineTiming) => round(base.medianCpuSeconds / reader.medianCpuSeconds);
  return {
    file: fileName(file.path),
    data,
    records: file.records,
    bytes: file.bytes,
    ...passTiming(file, reader),
    recordsPerSecond: round(file.records / reader.medianSeconds),
    ratioToScan: wall(scanTiming),
    ratioToScanCpu: cpu(scanTiming),
    ratioToDecodeSplit: wall(splitTiming),
    ratioToDecodeSplitCpu: cpu(splitTiming),
    scan: scanTiming,
    decodeSplit: splitTiming,
    onThreads,
  };
}
