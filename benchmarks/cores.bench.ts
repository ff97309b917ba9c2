/**
 * The cores probe: how much a second thread can add on this machine, whatever copub does with
 * it. Each workload of `_cores-child.ts` runs alone in a child process, then in two child
 * processes at once, alternately for a few rounds; the gain is the throughput of two at once
 * over one alone (2 × alone ÷ two-at-once: 2.0 on two real cores, ~1.0 when the two logical CPUs
 * are one core's hyperthreads and the workload keeps that core busy). The virtual machine this
 * project is measured on reports two cores of one thread each whatever is behind them: on
 * 2026-12-06 its two logical CPUs were one core's hyperthreads (the independent-add loop gained
 * 1.0×, JavaScript parsing ~1.2×), on 2026-12-07 two cores (1.9× on every workload). The probe
 * tells which, and so what copub's parallel load can give there (docs/benchmarks.md, "Machine").
 */
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { Workload } from "./_cores-child.ts";
import { inChild, median, printTable, round } from "./_harness.ts";

const CHILD = fileURLToPath(new URL("./_cores-child.ts", import.meta.url));
const WORKLOAD_NAMES: readonly Workload[] = ["independent", "chained", "json", "sha256"];

/** One workload's times alone and two at once. */
export interface CoresPoint {
  readonly workload: Workload;
  /** Median milliseconds of one process running the workload alone. */
  readonly aloneMs: number;
  /** Median milliseconds of each of two processes running it at the same time. */
  readonly twoAtOnceMs: number;
  /** Throughput of two at once over one alone: 2 × alone ÷ two at once. */
  readonly secondThreadGain: number;
  readonly rounds: number;
}

/** The workload's milliseconds in each of `count` processes started together. */
async function runAtOnce(workload: Workload, count: number): Promise<number[]> {
  const runs = Array.from({ length: count }, () =>
    inChild<{ ms: number }>(CHILD, [workload], `the ${workload} probe`),
  );
  return (await Promise.all(runs)).map(({ ms }) => ms);
}

/**
 * Measures each workload alone and two at once, alternately, and prints the table.
 * @param rounds - alone/two-at-once pairs per workload (the median is kept)
 * @example
 * await benchCores(3)
 * // → [{ workload: "independent", aloneMs: 137, twoAtOnceMs: 271, secondThreadGain: 1.01, rounds: 3 }, …]
 */
export async function benchCores(rounds = 3): Promise<CoresPoint[]> {
  const points: CoresPoint[] = [];
  for (const workload of WORKLOAD_NAMES) {
    const alone: number[] = [];
    const twoAtOnce: number[] = [];
    for (let i = 0; i < rounds; i++) {
      alone.push(...(await runAtOnce(workload, 1)));
      twoAtOnce.push(...(await runAtOnce(workload, 2)));
    }
    const [aloneMs, twoMs] = [median(alone), median(twoAtOnce)];
    points.push({
      workload,
      aloneMs: Math.round(aloneMs),
      twoAtOnceMs: Math.round(twoMs),
      secondThreadGain: round((2 * aloneMs) / twoMs, 2),
      rounds,
    });
  }
  // The probe says nothing on a busy machine: "alone" is then not alone.
  console.log(`load average ${loadavg()[0]?.toFixed(2)} after the probe (read the gains on a quiet machine)`);
  printTable(
    points.map((p) => ({
      workload: p.workload,
      "alone ms": p.aloneMs,
      "two at once ms": p.twoAtOnceMs,
      "second thread's gain": `${p.secondThreadGain}×`,
    })),
  );
  return points;
}
