/**
 * Reader throughput and scaling. For each export format, copub's reader drains a generated file
 * (counting records with `tally`, checking the count and that nothing was rejected) and is
 * compared with the baseline timed in the same rounds on the same file: reading its bytes from
 * disk in 1 MiB chunks, decoding UTF-8 and splitting the text into lines, the least work any
 * reader must do. Throughput is the median of ≥ 5 rounds after a warm-up; scaling times one pass
 * per size to show that the cost per record stays flat as files grow.
 */
import { open } from "node:fs/promises";
import { tally } from "../src/read/collect.ts";
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
  type Timing,
  timeOnce,
} from "./_harness.ts";

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
 * format). The XML reader runs at 300–500 records a second on the reference machine and its
 * records are three times larger, so its default sizes are smaller, to keep `npm run bench`
 * under ten minutes; it also needs a few thousand records before its speed settles (JIT), which
 * is why its throughput file is not smaller still.
 */
const SCALING_RECORDS: Readonly<Record<WosFormat, { readonly normal: number[]; readonly full: number[] }>> = {
  plain: { normal: [10_000, 100_000], full: [1_000_000, 10_000_000] },
  tab: { normal: [10_000, 100_000], full: [1_000_000] },
  xml: { normal: [3_000, 10_000], full: [100_000, 1_000_000] },
};

/** How long a baseline round should last, in seconds. */
const BASELINE_ROUND_SECONDS = 1;

/** Options of `benchReader`. */
export interface ReaderBenchOptions extends RoundOptions {
  /** Generator seed. */
  readonly seed: number;
  /** Add the large scaling sizes (1M, 10M records). */
  readonly full: boolean;
  /** Leave out scaling sizes above this many records. Default: no limit. */
  readonly maxRecords?: number;
}

/** Throughput of one reader on one file, with the baseline on the same file. */
export interface ReaderThroughput {
  /** The file's name in `benchmarks/.data/`. */
  readonly file: string;
  readonly records: number;
  readonly bytes: number;
  /** Reader: median and per-round wall-clock seconds, and the same in CPU seconds. */
  readonly medianSeconds: number;
  readonly roundSeconds: readonly number[];
  readonly medianCpuSeconds: number;
  readonly roundCpuSeconds: readonly number[];
  /** Reader throughput (wall clock), 10^6 bytes per second of the file as stored. */
  readonly mbPerSecond: number;
  readonly recordsPerSecond: number;
  /** Reader throughput ÷ baseline throughput, wall clock (1 = as fast as reading and splitting lines). */
  readonly ratioToBaseline: number;
  /** The same ratio in CPU time, which other work on a shared machine disturbs less. */
  readonly ratioToBaselineCpu: number;
  /** The baseline on the same file, timed in the same rounds (seconds per pass). */
  readonly baseline: {
    /** Passes over the file in each baseline round, so that a round lasts about a second. */
    readonly passesPerRound: number;
    readonly medianSeconds: number;
    readonly roundSeconds: readonly number[];
    readonly medianCpuSeconds: number;
    readonly roundCpuSeconds: readonly number[];
    readonly mbPerSecond: number;
  };
}

/** One reader at one size. */
export interface ScalingPoint {
  readonly reader: ReaderName;
  readonly records: number;
  readonly bytes: number;
  /** Passes timed: the median of the throughput rounds at the smallest size, one pass above it. */
  readonly rounds: number;
  /** Wall-clock and CPU seconds of the pass. */
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly recordsPerSecond: number;
  readonly mbPerSecond: number;
  /** Microseconds per record. */
  readonly microsecondsPerRecord: number;
  /** Cost per record ÷ that at the reader's smallest size: 1.0 means linear scaling. */
  readonly costPerRecordVsSmallest: number;
  /** The baseline on the same file, one pass: wall-clock and CPU seconds. */
  readonly baselineSeconds: number;
  readonly baselineCpuSeconds: number;
  /** Baseline time ÷ reader time, wall clock and CPU. */
  readonly ratioToBaseline: number;
  readonly ratioToBaselineCpu: number;
}

/** Everything `benchReader` measured for one reader. */
export interface ReaderBenchResult {
  readonly reader: ReaderName;
  /** Throughput, or `null` when its data set was skipped. */
  throughput: ReaderThroughput | null;
  readonly scaling: ScalingPoint[];
  readonly datasets: Dataset[];
  /** Measurements that were not made, with the reason. */
  readonly skipped: { readonly what: string; readonly reason: string }[];
}

/**
 * The baseline: read a file in 1 MiB chunks, decode UTF-8, split into lines (kept in a batch per
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
async function readAll(format: WosFormat, dataset: Dataset): Promise<void> {
  const { report } = await tally(READERS[format].read(dataset.path));
  if (report.parsed !== dataset.records || report.rejected !== 0) {
    throw new Error(
      `${READERS[format].name} on ${dataset.path}: parsed ${report.parsed} and rejected ${report.rejected}, expected ${dataset.records} parsed`,
    );
  }
}

async function baseline(dataset: Dataset): Promise<void> {
  const lines = await splitFileLines(dataset.path);
  if (lines < dataset.records) throw new Error(`baseline on ${dataset.path}: only ${lines} lines`);
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * Measures one reader: its throughput against the baseline (warm-up, then the median of the
 * rounds), then its scaling to larger files (one pass each). The throughput file is also the
 * smallest scaling size, so that point is a median too.
 * @example
 * await benchReader("plain", { seed: 1, full: false })
 * // → { throughput: { mbPerSecond: 31.2, ratioToBaseline: 0.14, … }, scaling: [ … ], … }
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
  if (data === null) return result;
  // The baseline is ten to a hundred times faster than a reader: a round of one pass would last
  // a tenth of a second and swing with every hiccup of a shared machine, so a baseline round
  // repeats the pass until it lasts about as long as BASELINE_ROUND_SECONDS, and is divided back.
  // Calibrated on the faster of two passes: the first one runs cold.
  const calibration = Math.min(
    (await timeOnce(() => baseline(data))).seconds,
    (await timeOnce(() => baseline(data))).seconds,
  );
  const passes = Math.max(1, Math.min(20, Math.round(BASELINE_ROUND_SECONDS / calibration)));
  const timings = await compare(
    {
      baseline: async () => {
        for (let i = 0; i < passes; i++) await baseline(data);
      },
      reader: () => readAll(format, data),
    },
    options,
  );
  const entry = throughput(data, timings.reader, perPass(timings.baseline, passes), passes);
  result.throughput = entry;
  console.log(
    `  ${name}: ${round(entry.mbPerSecond)} MB/s, ${round(entry.recordsPerSecond)} records/s, ` +
      `${round(entry.ratioToBaseline * 100)}% of the baseline's ${round(entry.baseline.mbPerSecond)} MB/s ` +
      `(${round(entry.ratioToBaselineCpu * 100)}% in CPU time)`,
  );

  const perRecord = timings.reader.medianSeconds / smallest;
  const pointOf = (
    records: number,
    bytes: number,
    rounds: number,
    reader: Elapsed,
    base: Elapsed,
  ): ScalingPoint => ({
    reader: name,
    records,
    bytes,
    rounds,
    seconds: round(reader.seconds, 4),
    cpuSeconds: round(reader.cpuSeconds, 4),
    recordsPerSecond: round(records / reader.seconds),
    mbPerSecond: round(mbPerSecond(bytes, reader.seconds)),
    microsecondsPerRecord: round((reader.seconds / records) * 1e6),
    costPerRecordVsSmallest: round(reader.seconds / records / perRecord),
    baselineSeconds: round(base.seconds, 4),
    baselineCpuSeconds: round(base.cpuSeconds, 4),
    ratioToBaseline: round(base.seconds / reader.seconds),
    ratioToBaselineCpu: round(base.cpuSeconds / reader.cpuSeconds),
  });
  const medians = (t: Timing): Elapsed => ({ seconds: t.medianSeconds, cpuSeconds: t.medianCpuSeconds });
  result.scaling.push(
    pointOf(
      smallest,
      data.bytes,
      timings.reader.roundSeconds.length,
      medians(timings.reader),
      medians(timings.baseline),
    ),
  );
  for (const records of larger) {
    const large = await dataset(records);
    if (large === null) continue;
    const base = await timeOnce(() => baseline(large));
    const reader = await timeOnce(() => readAll(format, large));
    result.scaling.push(pointOf(records, large.bytes, 1, reader, base));
  }
  for (const point of result.scaling) {
    console.log(
      `  ${name} × ${point.records.toLocaleString("en-US")}: ${point.seconds} s` +
        `${point.rounds > 1 ? ` (median of ${point.rounds})` : ""}, ${point.microsecondsPerRecord} µs/record ` +
        `(×${point.costPerRecordVsSmallest} of the smallest size), CPU ${point.cpuSeconds} s`,
    );
  }
  return result;
}

/**
 * Prints the throughput of several readers as one table.
 * @example
 * printThroughput([plainResult.throughput, xmlResult.throughput])
 */
export function printThroughput(entries: readonly (readonly [ReaderName, ReaderThroughput])[]): void {
  printTable(
    entries.map(([reader, entry]) => ({
      reader,
      records: entry.records,
      MB: round(entry.bytes / 1e6),
      "reader s": round(entry.medianSeconds),
      "MB/s": round(entry.mbPerSecond),
      "records/s": round(entry.recordsPerSecond),
      "baseline MB/s": round(entry.baseline.mbPerSecond),
      "× baseline": round(entry.ratioToBaseline),
      "× baseline (CPU)": round(entry.ratioToBaselineCpu),
    })),
  );
}

/** A timing of `passes` repeated passes, as the timing of one pass. */
function perPass(timing: Timing, passes: number): Timing {
  const divide = (seconds: readonly number[]) => seconds.map((s) => s / passes);
  return {
    roundSeconds: divide(timing.roundSeconds),
    medianSeconds: timing.medianSeconds / passes,
    roundCpuSeconds: divide(timing.roundCpuSeconds),
    medianCpuSeconds: timing.medianCpuSeconds / passes,
  };
}

function throughput(data: Dataset, reader: Timing, base: Timing, passes: number): ReaderThroughput {
  const readerMbPerSecond = mbPerSecond(data.bytes, reader.medianSeconds);
  const baselineMbPerSecond = mbPerSecond(data.bytes, base.medianSeconds);
  return {
    file: fileName(data.path),
    records: data.records,
    bytes: data.bytes,
    medianSeconds: round(reader.medianSeconds, 4),
    roundSeconds: reader.roundSeconds.map((s) => round(s, 4)),
    medianCpuSeconds: round(reader.medianCpuSeconds, 4),
    roundCpuSeconds: reader.roundCpuSeconds.map((s) => round(s, 4)),
    mbPerSecond: round(readerMbPerSecond),
    recordsPerSecond: round(data.records / reader.medianSeconds),
    ratioToBaseline: round(readerMbPerSecond / baselineMbPerSecond),
    ratioToBaselineCpu: round(base.medianCpuSeconds / reader.medianCpuSeconds),
    baseline: {
      passesPerRound: passes,
      medianSeconds: round(base.medianSeconds, 4),
      roundSeconds: base.roundSeconds.map((s) => round(s, 4)),
      medianCpuSeconds: round(base.medianCpuSeconds, 4),
      roundCpuSeconds: base.roundCpuSeconds.map((s) => round(s, 4)),
      mbPerSecond: round(baselineMbPerSecond),
    },
  };
}
