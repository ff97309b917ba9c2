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
  mbPerSecond,
  printTable,
  type RoundOptions,
  round,
  type Timing,
  timeOnce,
} from "./_harness.ts";

/** Names of the readers in results.json. */
export type ReaderName = "plainText" | "tabDelimited" | "xml";

const READERS: Readonly<
  Record<WosFormat, { name: ReaderName; read: (path: string) => AsyncIterable<ReadItem> }>
> = {
  plain: { name: "plainText", read: readPlainText },
  tab: { name: "tabDelimited", read: readTabDelimited },
  xml: { name: "xml", read: readXml },
};

/**
 * Records of the throughput file per format: about 55 MB each (XML records are about three
 * times larger than text records), so every reader is timed on the same amount of text.
 */
const THROUGHPUT_RECORDS: Readonly<Record<WosFormat, number>> = { plain: 10_000, tab: 10_000, xml: 3_000 };
/**
 * Scaling sizes per format. The XML reader runs at about 400 records a second on this machine,
 * so its default sizes are ten times smaller to keep `npm run bench` under ten minutes.
 */
const SCALING_RECORDS: Readonly<Record<WosFormat, { readonly normal: number[]; readonly full: number[] }>> = {
  plain: { normal: [10_000, 100_000], full: [1_000_000, 10_000_000] },
  tab: { normal: [10_000, 100_000], full: [1_000_000] },
  xml: { normal: [1_000, 10_000], full: [100_000, 1_000_000] },
};

/** Options of `benchReaders`. */
export interface ReaderBenchOptions extends RoundOptions {
  /** Generator seed. */
  readonly seed: number;
  /** Formats to measure. */
  readonly formats: readonly WosFormat[];
  /** Add the large scaling sizes (1M, 10M records). */
  readonly full: boolean;
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
  /** The baseline on the same file, timed in the same rounds. */
  readonly baseline: {
    readonly medianSeconds: number;
    readonly roundSeconds: readonly number[];
    readonly medianCpuSeconds: number;
    readonly roundCpuSeconds: readonly number[];
    readonly mbPerSecond: number;
  };
}

/** One reader pass at one size. */
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
  /** The baseline on the same file, one pass: wall-clock and CPU seconds. */
  readonly baselineSeconds: number;
  readonly baselineCpuSeconds: number;
  /** Baseline time ÷ reader time, wall clock and CPU. */
  readonly ratioToBaseline: number;
  readonly ratioToBaselineCpu: number;
}

/** Everything `benchReaders` measured. */
export interface ReaderBenchResult {
  readonly readers: Partial<Record<ReaderName, ReaderThroughput>>;
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
 * Measures every reader's throughput against the baseline, then its scaling.
 * @example
 * await benchReaders({ seed: 1, formats: ["plain", "tab", "xml"], full: false })
 * // → { readers: { plainText: { mbPerSecond: 31.2, ratioToBaseline: 0.07, … }, … }, scaling: [ … ], … }
 */
export async function benchReaders(options: ReaderBenchOptions): Promise<ReaderBenchResult> {
  const { seed, formats, full } = options;
  const result: ReaderBenchResult = { readers: {}, scaling: [], datasets: [], skipped: [] };
  const dataset = async (format: WosFormat, records: number): Promise<Dataset | null> => {
    try {
      const made = await ensureDataset(format, records, seed);
      if (!result.datasets.some((d) => d.path === made.path)) result.datasets.push(made);
      return made;
    } catch (error) {
      if (!(error instanceof DatasetSkipped)) throw error;
      result.skipped.push({ what: `${READERS[format].name} at ${records} records`, reason: error.message });
      console.log(`  skipped: ${error.message}`);
      return null;
    }
  };

  console.log("\nReader throughput (median of rounds, reader and baseline alternating on the same file)");
  for (const format of formats) {
    const data = await dataset(format, THROUGHPUT_RECORDS[format]);
    if (data === null) continue;
    const timings = await compare(
      { baseline: () => baseline(data), reader: () => readAll(format, data) },
      options,
    );
    const entry = throughput(data, timings.reader, timings.baseline);
    result.readers[READERS[format].name] = entry;
    console.log(
      `  ${READERS[format].name}: ${round(entry.mbPerSecond)} MB/s, ${round(entry.recordsPerSecond)} records/s, ` +
        `${round(entry.ratioToBaseline * 100)}% of the baseline's ${round(entry.baseline.mbPerSecond)} MB/s ` +
        `(${round(entry.ratioToBaselineCpu * 100)}% in CPU time)`,
    );
  }
  printTable(
    formats.flatMap((format) => {
      const entry = result.readers[READERS[format].name];
      if (entry === undefined) return [];
      return [
        {
          reader: READERS[format].name,
          records: entry.records,
          MB: round(entry.bytes / 1e6),
          "reader s": round(entry.medianSeconds),
          "MB/s": round(entry.mbPerSecond),
          "records/s": round(entry.recordsPerSecond),
          "baseline MB/s": round(entry.baseline.mbPerSecond),
          "× baseline": round(entry.ratioToBaseline),
          "× baseline (CPU)": round(entry.ratioToBaselineCpu),
        },
      ];
    }),
  );

  console.log("\nReader scaling (one pass per size, baseline on the same file)");
  for (const format of formats) {
    const sizes = [...SCALING_RECORDS[format].normal, ...(full ? SCALING_RECORDS[format].full : [])];
    let smallest: number | null = null;
    for (const records of sizes) {
      const data = await dataset(format, records);
      if (data === null) continue;
      const base = await timeOnce(() => baseline(data));
      const { seconds, cpuSeconds } = await timeOnce(() => readAll(format, data));
      smallest ??= seconds / records;
      const point: ScalingPoint = {
        reader: READERS[format].name,
        records,
        bytes: data.bytes,
        seconds: round(seconds, 4),
        cpuSeconds: round(cpuSeconds, 4),
        recordsPerSecond: round(records / seconds),
        mbPerSecond: round(mbPerSecond(data.bytes, seconds)),
        microsecondsPerRecord: round((seconds / records) * 1e6),
        costPerRecordVsSmallest: round(seconds / records / smallest),
        baselineSeconds: round(base.seconds, 4),
        baselineCpuSeconds: round(base.cpuSeconds, 4),
        ratioToBaseline: round(base.seconds / seconds),
        ratioToBaselineCpu: round(base.cpuSeconds / cpuSeconds),
      };
      result.scaling.push(point);
      console.log(
        `  ${point.reader} × ${records.toLocaleString("en-US")}: ${point.seconds} s, ` +
          `${point.microsecondsPerRecord} µs/record (×${point.costPerRecordVsSmallest} of the smallest size), ` +
          `CPU ${point.cpuSeconds} s`,
      );
    }
  }
  return result;
}

function throughput(data: Dataset, reader: Timing, base: Timing): ReaderThroughput {
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
      medianSeconds: round(base.medianSeconds, 4),
      roundSeconds: base.roundSeconds.map((s) => round(s, 4)),
      medianCpuSeconds: round(base.medianCpuSeconds, 4),
      roundCpuSeconds: base.roundCpuSeconds.map((s) => round(s, 4)),
      mbPerSecond: round(baselineMbPerSecond),
    },
  };
}
