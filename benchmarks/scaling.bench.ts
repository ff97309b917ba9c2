/**
 * Stage scaling: how the cost of each stage of the main job grows with the corpus, at 10k and
 * 30k records (100k and 1M with `--full`). Each size runs in its own process (`_stages-child.ts`): the
 * corpus is loaded once from a generated plain-text export, then collaboration (integer and
 * fractional), Top10% thresholds and table, the partners of US and the country and institution
 * networks are timed one by one. The figure to read is the cost per paper relative to the smallest
 * size: ≈1.0 is linear growth; a stage that sorts may grow like n log n, whose ratio is given beside
 * it (`nLogNRatio`). Ratios compare stages of the same run, never a stored threshold.
 */
import { fileURLToPath } from "node:url";
import { type Dataset, datasetOrSkip } from "./_datasets.ts";
import { inChild, printTable, round } from "./_harness.ts";
import type { StagesChildResult } from "./_stages-child.ts";

/**
 * Sizes in records: the default run, and what `--full` adds. Loading the corpus costs about a
 * millisecond a record on the reference machine, so 100k records (a minute and a half, two with
 * the stages) do not fit in the ten-minute default next to the readers, the corpus and the end-to-end
 * run; `--full` adds them, and 1M.
 */
const STAGE_RECORDS = { normal: [10_000, 30_000], full: [100_000, 1_000_000] } as const;

const CHILD = fileURLToPath(new URL("./_stages-child.ts", import.meta.url));

/** One stage at one size. */
export interface StagePoint {
  readonly stage: string;
  /** Records in the export. */
  readonly records: number;
  /** Papers in scope: the unit of `microsecondsPerPaper` (records for `load`). */
  readonly papers: number;
  /** Wall-clock seconds (median of `rounds`, or one run). */
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly rounds: number;
  readonly microsecondsPerPaper: number;
  /** Cost per paper ÷ that at the smallest size: 1.0 is linear. */
  readonly costPerPaperVsSmallest: number;
  /** What n log n growth would give: (log n ÷ log n₀), for the stages that sort. */
  readonly nLogNRatio: number;
  /** What the stage produced (rows, nodes, edges, …). */
  readonly output: Readonly<Record<string, number>>;
}

/** What `benchStages` measured. */
export interface StagesBenchResult {
  readonly points: StagePoint[];
  /** Per size: papers in scope, peak RSS of its process, whether institution metrics ran. */
  readonly sizes: {
    readonly records: number;
    readonly papers: number;
    readonly peakRssBytes: number;
    readonly institutionMetrics: string;
  }[];
  readonly datasets: Dataset[];
  readonly skipped: { readonly what: string; readonly reason: string }[];
}

/**
 * Times every stage at 10k and 30k records and, with `full`, 100k and 1M (never above `maxRecords`).
 * @example
 * await benchStages({ seed: 1, full: false })
 * // → { points: [{ stage: "partners", records: 100000, microsecondsPerPaper: 3.1, costPerPaperVsSmallest: 1.02, … }, …], … }
 */
export async function benchStages(options: {
  readonly seed: number;
  readonly full: boolean;
  readonly maxRecords?: number;
}): Promise<StagesBenchResult> {
  const sizes = [...STAGE_RECORDS.normal, ...(options.full ? STAGE_RECORDS.full : [])].filter(
    (n, i) => i === 0 || n <= (options.maxRecords ?? n),
  );
  const result: StagesBenchResult = { points: [], sizes: [], datasets: [], skipped: [] };
  const smallest = new Map<string, { perPaper: number; papers: number }>();
  for (const records of sizes) {
    const dataset = await datasetOrSkip(
      "plain",
      records,
      options.seed,
      `stages at ${records} records`,
      result.skipped,
    );
    if (dataset === null) continue;
    result.datasets.push(dataset);
    console.log(`  stages × ${records.toLocaleString("en-US")} records (own process) …`);
    const child = await inChild<StagesChildResult>(
      CHILD,
      [dataset.path, String(records)],
      `the stages at ${records} records`,
    );
    result.sizes.push({
      records,
      papers: child.papers,
      peakRssBytes: child.peakRssBytes,
      institutionMetrics: child.institutionMetrics,
    });
    for (const timing of child.stages) {
      const papers = timing.stage === "load" ? records : child.papers;
      const perPaper = timing.seconds / papers;
      const first = smallest.get(timing.stage) ?? { perPaper, papers };
      smallest.set(timing.stage, first);
      result.points.push({
        stage: timing.stage,
        records,
        papers,
        seconds: round(timing.seconds, 4),
        cpuSeconds: round(timing.cpuSeconds, 4),
        rounds: timing.rounds,
        microsecondsPerPaper: round(perPaper * 1e6),
        costPerPaperVsSmallest: round(perPaper / first.perPaper),
        nLogNRatio: round(Math.log(papers) / Math.log(first.papers)),
        output: timing.output,
      });
    }
  }
  printStages(result.points);
  return result;
}

function printStages(points: readonly StagePoint[]): void {
  console.log("\nStages (µs per paper in scope; load: per record; × = cost per paper vs the smallest size)");
  const sizes = [...new Set(points.map((p) => p.records))];
  const stages = [...new Set(points.map((p) => p.stage))];
  printTable(
    stages.map((stage) => {
      const row: Record<string, string> = { stage };
      for (const records of sizes) {
        const p = points.find((q) => q.stage === stage && q.records === records);
        row[`${records / 1000}k`] =
          p === undefined
            ? ""
            : `${p.microsecondsPerPaper} µs${p.rounds > 1 ? "" : "¹"}${p.records === sizes[0] ? "" : ` ×${p.costPerPaperVsSmallest}`}`;
      }
      return row;
    }),
  );
  console.log("¹ one run (a slow stage); the others are the median of 5 runs after a warm-up");
}
