/**
 * The benchmark harness: the machine a run happened on, timing with warm-up rounds and a
 * median, and the few formatting helpers the reports share. Every benchmark reports ratios
 * against a baseline timed in the same process, so figures from different machines compare.
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { open } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** The machine and runtime a run happened on. */
export interface Machine {
  /** Node.js version (`v20.20.2`). */
  readonly node: string;
  /** V8 version. */
  readonly v8: string;
  /** `linux`, `darwin`, … */
  readonly platform: string;
  /** `x64`, `arm64`, … */
  readonly arch: string;
  /** CPU model as the OS reports it. */
  readonly cpuModel: string;
  /** Logical CPUs. */
  readonly cpuCount: number;
  /** Physical memory, in bytes. */
  readonly totalMemoryBytes: number;
  /** One-minute load average when the run started: other work on the machine skews timings. */
  readonly loadAverage1m: number;
}

/**
 * Describes this machine and runtime.
 * @example
 * machine() // → { node: "v20.20.2", cpuModel: "AMD EPYC", cpuCount: 2, … }
 */
export function machine(): Machine {
  const all = cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: process.platform,
    arch: process.arch,
    cpuModel: all[0]?.model.trim() ?? "unknown",
    cpuCount: all.length,
    totalMemoryBytes: totalmem(),
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

/**
 * The median of a non-empty list (the mean of the two middle values for an even count).
 * @example
 * median([3, 1, 2]) // → 2
 * median([4, 1, 2, 3]) // → 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Wall-clock and CPU time of one run. */
export interface Elapsed {
  /** Wall-clock seconds. */
  readonly seconds: number;
  /**
   * CPU seconds of the whole process (user + system, every thread, so file reads in libuv's
   * pool count). On a machine shared with other work this stays close to the quiet wall time.
   */
  readonly cpuSeconds: number;
}

/**
 * Times one run of an async task.
 * @example
 * await timeOnce(() => readAll(path)) // → { seconds: 1.742, cpuSeconds: 1.768 }
 */
export async function timeOnce(task: () => Promise<void>): Promise<Elapsed> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await task();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const { user, system } = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (user + system) / 1e6 };
}

/** Options of `compare`. */
export interface RoundOptions {
  /** Untimed rounds first, so the JIT has compiled the hot paths. Default 1. */
  readonly warmup?: number;
  /** Timed rounds; the median is reported. Default 5. */
  readonly rounds?: number;
}

/** Timings of one task over the rounds. */
export interface Timing {
  /** Wall-clock seconds of each timed round, in order. */
  readonly roundSeconds: readonly number[];
  /** Their median. */
  readonly medianSeconds: number;
  /** CPU seconds of each timed round, in order. */
  readonly roundCpuSeconds: readonly number[];
  /** Their median. */
  readonly medianCpuSeconds: number;
}

/**
 * Times several tasks round by round, each round running every task once in turn, so that
 * drift in the machine's speed (another process, thermal throttling) hits all of them alike.
 * @param tasks - named tasks; each throws if its result is wrong (a record count, say)
 * @returns a timing per task name
 * @example
 * await compare({ baseline: () => splitLines(path), reader: () => readAll(path) }, { rounds: 5 })
 * // → { baseline: { medianSeconds: 0.12, … }, reader: { medianSeconds: 1.7, … } }
 */
export async function compare<Name extends string>(
  tasks: Readonly<Record<Name, () => Promise<void>>>,
  options: RoundOptions = {},
): Promise<Record<Name, Timing>> {
  const { warmup = 1, rounds = 5 } = options;
  const names = Object.keys(tasks) as Name[];
  for (let i = 0; i < warmup; i++) for (const name of names) await tasks[name]();
  const elapsed = new Map<Name, Elapsed[]>(names.map((name) => [name, []]));
  for (let i = 0; i < rounds; i++) {
    for (const name of names) {
      // Each timed task starts from a collected heap, as a run of its own would: otherwise the
      // garbage the last task left is collected (on the heap's helper threads too) while the next
      // one is timed, and the same reader's rounds differed by up to 1.8x in one process.
      collectGarbage();
      elapsed.get(name)?.push(await timeOnce(tasks[name]));
    }
  }
  const timings: Partial<Record<Name, Timing>> = {};
  for (const [name, runs] of elapsed) {
    const roundSeconds = runs.map((r) => r.seconds);
    const roundCpuSeconds = runs.map((r) => r.cpuSeconds);
    timings[name] = {
      roundSeconds,
      medianSeconds: median(roundSeconds),
      roundCpuSeconds,
      medianCpuSeconds: median(roundCpuSeconds),
    };
  }
  return timings as Record<Name, Timing>;
}

/**
 * A full collection. V8's `gc` is taken at run time (`--expose-gc` set, then read from a fresh
 * context) rather than from the command line: the readers' child process hands its flags on to
 * its worker threads, which refuse `--expose-gc`.
 */
function collectGarbage(): void {
  if (exposedGc === undefined) {
    setFlagsFromString("--expose-gc");
    exposedGc = runInNewContext("gc") as () => void;
  }
  exposedGc();
}
let exposedGc: (() => void) | undefined;

/**
 * The byte scan every ratio is taken against (issue 19): read the file in 1 MiB chunks and count
 * its 0x0A bytes one by one, with no decoding and no strings, the least work any reader of a
 * line-based or XML file does. A plain loop, not `indexOf`: a reader looks at every byte too, and
 * the loop is the slower of the two scans (about 1.1 GB/s against 0.9–1.6 GB/s for `indexOf`
 * with the file in the page cache, on the reference machine under load), so ratios against it
 * flatter no reader.
 * @returns the number of line feeds
 * @example
 * await scanNewlines("benchmarks/.data/real-plain-x3.txt") // → 1_480_644
 */
export async function scanNewlines(path: string): Promise<number> {
  const handle = await open(path, "r");
  const buffer = new Uint8Array(1 << 20);
  let newlines = 0;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      for (let i = 0; i < bytesRead; i++) if (buffer[i] === 10) newlines++;
    }
  } finally {
    await handle.close();
  }
  return newlines;
}

/**
 * Megabytes (10^6 bytes) per second.
 * @example
 * mbPerSecond(50_000_000, 2) // → 25
 */
export function mbPerSecond(bytes: number, seconds: number): number {
  return bytes / 1e6 / seconds;
}

/**
 * Rounds to a number of significant digits, for reports that do not pretend to more precision than a timing has.
 * @example
 * round(1234.5678, 3) // → 1230
 * round(0.012345, 3) // → 0.0123
 */
export function round(value: number, digits = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

/**
 * Prints rows as an aligned text table.
 * @example
 * printTable([{ reader: "plain", "MB/s": 31.2 }])
 * // reader  MB/s
 * // plain   31.2
 */
export function printTable(rows: readonly Readonly<Record<string, string | number>>[]): void {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const width = (column: string): number =>
    Math.max(column.length, ...rows.map((row) => String(row[column] ?? "").length));
  const widths = columns.map(width);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  console.log(line(columns));
  for (const row of rows) console.log(line(columns.map((c) => String(row[c] ?? ""))));
}

/**
 * Runs a benchmark module in a fresh Node process (with this process's `execArgv`, which carries
 * tsx's loader, plus `extraExecArgv`) and returns the one message it sends back.
 * @throws Error when the child exits with another code than 0 or sends nothing
 * @example
 * await inChild<StagesChildResult>(CHILD, [path, "10000"], "the stages at 10000 records")
 */
export async function inChild<T>(
  module: string,
  args: readonly string[],
  what: string,
  extraExecArgv: readonly string[] = [],
): Promise<T> {
  const child = fork(module, [...args], { execArgv: [...process.execArgv, ...extraExecArgv] });
  let result: T | undefined;
  child.on("message", (message) => {
    result = message as T;
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0 || result === undefined) throw new Error(`${what} exited with code ${code}`);
  return result;
}
