/**
 * End to end: the main job as users run it, `copub report <export> --reference corpus --focal US
 * --out DIR`, on a generated plain-text export of 100k records (1M with `--full`). It runs the
 * built CLI (`dist/cli/main.js`, what `npm ci` installs and `npx copub` starts; rebuilt first when
 * `src/` is newer) in a child process, so the figures include Node's start-up and module loading
 * and no benchmark code shares its heap. Peak RSS comes from `/usr/bin/time -v` when present and
 * from the child's own `process.resourceUsage().maxRSS` (written at exit by a preloaded hook) in
 * any case. Two same-run baselines on the same file make the figures compare across machines: the
 * readers' line-split pass (`secondsPerBaseline`) and the byte-level newline scan of issue 19 —
 * read 1 MiB chunks, count 0x0A bytes, no decoding — whose goal is `secondsPerScan` ≤ 15. Besides
 * the generated export, the real-shaped plain-text file (`_real-shaped.ts`: the shared exports'
 * records with unique UTs) is run too, when ../shared is there. The report's record accounting
 * is read back from `report.md` and must match the file, or the run fails.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { access, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Dataset, DatasetSkipped, datasetOrSkip } from "./_datasets.ts";
import { median, printTable, round, scanNewlines, timeOnce } from "./_harness.ts";
import { ensureRealShaped, MILLION_COPIES } from "./_real-shaped.ts";
import { splitFileLines } from "./readers.bench.ts";

/** Sizes in records: the default run, and what `--full` adds. */
const END_TO_END_RECORDS = { normal: [100_000], full: [1_000_000] } as const;

/** The country the partner tables are computed for: one of the two the generator uses most. */
export const FOCAL = "US";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CLI = join(ROOT, "dist/cli/main.js");
const GNU_TIME = "/usr/bin/time";

/**
 * Preloaded into the CLI's process: at exit, write its `process.resourceUsage()` to the file named
 * by `COPUB_BENCH_USAGE`. A data URL, so the CLI runs unchanged from `dist/`.
 */
const USAGE_HOOK = `data:text/javascript,${encodeURIComponent(
  'import { writeFileSync } from "node:fs"; process.on("exit", () => writeFileSync(process.env.COPUB_BENCH_USAGE, JSON.stringify(process.resourceUsage())));',
)}`;

/** The record accounting of the report's first table (docs/methodology.md §13.4). */
export interface ReportAccounting {
  readonly records: number;
  readonly parsed: number;
  readonly rejected: number;
  readonly unique: number;
  readonly duplicates: number;
  readonly inScope: number;
  readonly excluded: number;
  readonly withoutCountry: number;
}

/** `copub report` at one size. */
export interface EndToEndPoint {
  /** `generated` (the benchmark generator's export) or `real-shaped` (the shared exports' records). */
  readonly data: "generated" | "real-shaped";
  /** Records in the plain-text export. */
  readonly records: number;
  readonly bytes: number;
  /** Wall-clock seconds of the CLI process, start-up to exit. */
  readonly seconds: number;
  /** CPU seconds of the CLI process (user + system). */
  readonly cpuSeconds: number;
  /** Peak resident set size of the CLI process, in bytes (`peakRssSource` says from where). */
  readonly peakRssBytes: number;
  readonly peakRssSource: "/usr/bin/time -v" | "process.resourceUsage";
  /** The CLI's own `process.resourceUsage().maxRSS`, in bytes. */
  readonly selfReportedPeakRssBytes: number;
  readonly microsecondsPerRecord: number;
  readonly recordsPerSecond: number;
  /** The baseline (read, decode, split lines) on the same file: median of 3 passes after a warm-up. */
  readonly baselineSeconds: number;
  /** Report seconds ÷ baseline seconds: how many line-split passes the whole job costs. */
  readonly secondsPerBaseline: number;
  /** The byte-level newline scan on the same file: median of 3 passes after a warm-up. */
  readonly scanSeconds: number;
  /** Report seconds ÷ scan seconds: issue 19's goal is at most 15. */
  readonly secondsPerScan: number;
  /** The accounting read back from report.md. */
  readonly accounting: ReportAccounting;
  /** The command, relative to the project. */
  readonly command: string;
}

/** What `benchEndToEnd` measured. */
export interface EndToEndBenchResult {
  readonly points: EndToEndPoint[];
  /** Seconds spent rebuilding `dist/` first, or `null` when it was up to date. */
  buildSeconds: number | null;
  readonly datasets: Dataset[];
  readonly skipped: { readonly what: string; readonly reason: string }[];
}

/**
 * Parses the record accounting of a report: the sentence under "## Records" that `report.md`
 * writes (unique papers are those in scope plus those excluded).
 * @throws Error when the report has no such sentence
 * @example
 * reportAccounting("## Records\n\nEvery record is accounted for: 10000 read, 10000 parsed, 0 rejected; 0 duplicates merged; 8497 papers in scope, 1503 excluded; 41 in scope without any country.\n")
 * // → { records: 10000, parsed: 10000, rejected: 0, unique: 10000, duplicates: 0, inScope: 8497, excluded: 1503, withoutCountry: 41 }
 */
export function reportAccounting(markdown: string): ReportAccounting {
  const match = RECORD_SENTENCE.exec(markdown.split("\n## Records")[1] ?? "");
  if (match === null) throw new Error("the report has no record table");
  const [records, parsed, rejected, duplicates, inScope, excluded, withoutCountry] = match
    .slice(1)
    .map(Number) as [number, number, number, number, number, number, number];
  const unique = inScope + excluded;
  return { records, parsed, rejected, unique, duplicates, inScope, excluded, withoutCountry };
}

/** The accounting sentence of a report's "Records" section (output/_report-sections.ts). */
const RECORD_SENTENCE =
  /Every record is accounted for: (\d+) read, (\d+) parsed, (\d+) rejected; (\d+) duplicates merged; (\d+) papers in scope, (\d+) excluded; (\d+) in scope without any country\./;

/**
 * Parses the peak RSS out of `/usr/bin/time -v` output, in bytes (`null` when absent).
 * @example
 * gnuTimePeakRss("\tMaximum resident set size (kbytes): 286024\n") // → 292888576
 */
export function gnuTimePeakRss(output: string): number | null {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return match === null ? null : Number(match[1]) * 1024;
}

/** Newest modification time (ms) of the files under a folder. */
async function newest(folder: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return latest;
}

/** Rebuilds `dist/` (`npm run build`) unless it is newer than every file in `src/`; returns the seconds spent. */
async function ensureBuilt(): Promise<number | null> {
  const built = await stat(CLI).then(
    (s) => s.mtimeMs,
    () => -1,
  );
  if (built > (await newest(join(ROOT, "src")))) return null;
  console.log("  building dist/ (npm run build) …");
  const { seconds } = await timeOnce(async () => {
    const child = spawn("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
    const [code] = (await once(child, "exit")) as [number | null];
    if (code !== 0) throw new Error(`npm run build exited with code ${code}`);
  });
  return seconds;
}

async function hasGnuTime(): Promise<boolean> {
  return access(GNU_TIME).then(
    () => true,
    () => false,
  );
}

/** A plain-text export to run the report on. */
type ReportInput = Pick<Dataset, "path" | "records" | "bytes">;

/** Runs `copub report` on one export in a child process and measures it. */
async function runReport(
  dataset: ReportInput,
  gnuTime: boolean,
): Promise<
  Omit<EndToEndPoint, "data" | "baselineSeconds" | "secondsPerBaseline" | "scanSeconds" | "secondsPerScan">
> {
  const work = await mkdtemp(join(tmpdir(), "copub-e2e-"));
  try {
    const out = join(work, "report");
    const usageFile = join(work, "usage.json");
    const timeFile = join(work, "time.txt");
    const cliArgs = ["report", dataset.path, "--reference", "corpus", "--focal", FOCAL, "--out", out];
    const node = [process.execPath, `--import=${USAGE_HOOK}`, CLI, ...cliArgs];
    const argv = gnuTime ? [GNU_TIME, "-v", "-o", timeFile, ...node] : node;
    let stderr = "";
    const { seconds } = await timeOnce(async () => {
      const child = spawn(argv[0] as string, argv.slice(1), {
        cwd: ROOT,
        env: { ...process.env, COPUB_BENCH_USAGE: usageFile },
        stdio: ["ignore", "ignore", "pipe"],
      });
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const [code] = (await once(child, "exit")) as [number | null];
      if (code !== 0) throw new Error(`copub report exited with code ${code}: ${stderr.slice(-2000)}`);
    });
    const usage = JSON.parse(await readFile(usageFile, "utf8")) as NodeJS.ResourceUsage;
    const fromTime = gnuTime ? gnuTimePeakRss(await readFile(timeFile, "utf8")) : null;
    const accounting = reportAccounting(await readFile(join(out, "report.md"), "utf8"));
    if (
      accounting.records !== dataset.records ||
      accounting.parsed !== dataset.records ||
      accounting.rejected !== 0 ||
      accounting.inScope + accounting.excluded !== accounting.unique ||
      accounting.unique + accounting.duplicates !== accounting.parsed
    ) {
      throw new Error(
        `copub report on ${dataset.path}: accounting ${JSON.stringify(accounting)} does not add up to ${dataset.records} records`,
      );
    }
    const selfReported = usage.maxRSS * 1024;
    return {
      records: dataset.records,
      bytes: dataset.bytes,
      seconds: round(seconds, 4),
      cpuSeconds: round((usage.userCPUTime + usage.systemCPUTime) / 1e6, 4),
      peakRssBytes: fromTime ?? selfReported,
      peakRssSource: fromTime === null ? "process.resourceUsage" : "/usr/bin/time -v",
      selfReportedPeakRssBytes: selfReported,
      microsecondsPerRecord: round((seconds / dataset.records) * 1e6),
      recordsPerSecond: round(dataset.records / seconds),
      accounting,
      command: `${gnuTime ? "/usr/bin/time -v " : ""}node dist/cli/main.js ${cliArgs.slice(0, -2).join(" ").replace(ROOT, "")} --out DIR`,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A baseline pass on the export (it must see a line per record at least): one warm-up pass, then the median of three. */
async function medianPass(dataset: ReportInput, count: (path: string) => Promise<number>): Promise<number> {
  const pass = async (): Promise<void> => {
    const lines = await count(dataset.path);
    if (lines < dataset.records) throw new Error(`baseline on ${dataset.path}: only ${lines} lines`);
  };
  await pass();
  const seconds: number[] = [];
  for (let i = 0; i < 3; i++) seconds.push((await timeOnce(pass)).seconds);
  return median(seconds);
}

/** Measures the report on one export with both baselines, in the same run. */
async function measure(
  data: EndToEndPoint["data"],
  dataset: ReportInput,
  gnuTime: boolean,
): Promise<EndToEndPoint> {
  console.log(`  copub report × ${dataset.records.toLocaleString("en-US")} records (${data}) …`);
  const base = await medianPass(dataset, splitFileLines);
  const scan = await medianPass(dataset, scanNewlines);
  const point = await runReport(dataset, gnuTime);
  return {
    data,
    ...point,
    baselineSeconds: round(base, 4),
    secondsPerBaseline: round(point.seconds / base),
    scanSeconds: round(scan, 4),
    secondsPerScan: round(point.seconds / scan),
  };
}

/**
 * Runs `copub report` end to end at 100k generated records and, with `full`, at 1M (never above
 * `maxRecords`), then on the real-shaped plain-text file.
 * @example
 * await benchEndToEnd({ seed: 1, full: false })
 * // → { points: [{ records: 100000, seconds: 150, peakRssBytes: 1.1e9, secondsPerBaseline: 60, … }], … }
 */
export async function benchEndToEnd(options: {
  readonly seed: number;
  readonly full: boolean;
  readonly maxRecords?: number;
}): Promise<EndToEndBenchResult> {
  const sizes = [...END_TO_END_RECORDS.normal, ...(options.full ? END_TO_END_RECORDS.full : [])].filter(
    (n) => n <= (options.maxRecords ?? n),
  );
  const result: EndToEndBenchResult = { points: [], buildSeconds: null, datasets: [], skipped: [] };
  // The real-shaped file is run at every size limit (18,717 records).
  result.buildSeconds = await ensureBuilt();
  const gnuTime = await hasGnuTime();
  for (const records of sizes) {
    const dataset = await datasetOrSkip(
      "plain",
      records,
      options.seed,
      `end to end at ${records} records`,
      result.skipped,
    );
    if (dataset === null) continue;
    result.datasets.push(dataset);
    result.points.push(await measure("generated", dataset, gnuTime));
  }
  // The real-shaped file at 18,717 records always, and at about a million records (161 copies of
  // the shared records, 4.2 GB) with --full when --max-records allows 1M.
  const copies = [
    3,
    ...(options.full && (options.maxRecords ?? Infinity) >= 1_000_000 ? [MILLION_COPIES] : []),
  ];
  for (const n of copies) {
    try {
      result.points.push(
        await measure("real-shaped", await ensureRealShaped("plain", { copies: n }), gnuTime),
      );
    } catch (error) {
      if (!(error instanceof DatasetSkipped)) throw error;
      result.skipped.push({ what: `end to end on real-shaped plain text ×${n}`, reason: error.message });
    }
  }
  printEndToEnd(result.points);
  return result;
}

function printEndToEnd(points: readonly EndToEndPoint[]): void {
  console.log("\nEnd to end: copub report --reference corpus --focal US (built CLI, child process)");
  printTable(
    points.map((p) => ({
      data: p.data,
      records: p.records,
      "in scope": p.accounting.inScope,
      s: p.seconds,
      "CPU s": p.cpuSeconds,
      "µs/record": p.microsecondsPerRecord,
      "peak RSS MiB": round(p.peakRssBytes / 1024 ** 2),
      "RSS source": p.peakRssSource,
      "baseline s": p.baselineSeconds,
      "× baseline": p.secondsPerBaseline,
      "scan s": p.scanSeconds,
      "× scan": p.secondsPerScan,
    })),
  );
}
