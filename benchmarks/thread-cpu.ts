/**
 * `npx tsx benchmarks/thread-cpu.ts FILE [--threads 1,2] [--rounds 2] [--cli dist/cli/main.js[,other/main.js]]`:
 * the CPU time of each thread of the built `copub report FILE --reference corpus --out DIR`, for
 * each number of threads in turn (1, 2, 1, 2, …: on a shared machine the rounds see the same
 * load). Wall time says little while other work runs on the cores; per-thread CPU says where the
 * time goes: the main thread (whose CPU is about the wall time on a quiet machine when it is the
 * critical path), the busiest other thread (the load worker, with `--threads 2`), and the rest
 * (V8's helper threads: garbage collection and compilation). Linux only: the child's threads are
 * read from `/proc/<pid>/task/<tid>/stat` (utime + stime, fields 14 and 15) every 50 ms, each
 * thread's last reading kept. `--cli` runs another build (main's, for an A/B against a branch);
 * several, comma-separated, run in turn within each round (A B A B …, each in its own process,
 * so neither is favoured by running first), each row naming its build.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { printTable } from "./_harness.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** Clock ticks per second of `/proc` stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** One run's CPU seconds by thread. */
export interface ThreadCpu {
  /** The build run (the `--cli` path). */
  readonly cli: string;
  readonly threads: number;
  readonly wallSeconds: number;
  readonly mainSeconds: number;
  /** The busiest thread besides the main one (the load worker when there is one). */
  readonly busiestOtherSeconds: number;
  /** Every other thread together (V8's garbage collection and compilation helpers, libuv). */
  readonly restSeconds: number;
  readonly totalSeconds: number;
  /** The 1-minute load average when the run ended. */
  readonly load: number;
}

/** Seconds to the hundredth (`round` of the harness keeps significant digits: 3 of 13.47 s). */
function hundredths(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

/** CPU seconds of each thread of a process, by thread id; threads that ended keep their last reading. */
async function sampleThreads(pid: number, seen: Map<string, number>): Promise<void> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  for (const tid of tasks) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, "utf8").catch(() => null);
    if (stat === null) continue;
    // Fields after the command name (which may hold spaces) start at the state, field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS;
    seen.set(tid, Math.max(seen.get(tid) ?? 0, seconds));
  }
}

/**
 * Runs the built CLI's report on a file with a number of threads and reads its threads' CPU.
 * @example
 * await threadCpu("dist/cli/main.js", "benchmarks/.data/real-plain-100k.txt", 2)
 * // → { cli: "dist/cli/main.js", threads: 2, mainSeconds: 10.5, busiestOtherSeconds: 8.0, restSeconds: 7.3, … }
 */
export async function threadCpu(cli: string, file: string, threads: number): Promise<ThreadCpu> {
  const out = await mkdtemp(join(tmpdir(), "copub-thread-cpu-"));
  try {
    const args = [
      cli,
      "report",
      file,
      "--reference",
      "corpus",
      "--out",
      out,
      "--quiet",
      "--threads",
      `${threads}`,
    ];
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    const pid = child.pid as number;
    const seen = new Map<string, number>();
    let sampling = Promise.resolve();
    const timer = setInterval(() => {
      sampling = sampling.then(() => sampleThreads(pid, seen));
    }, 50);
    const [code] = (await once(child, "exit")) as [number | null];
    clearInterval(timer);
    await sampling;
    const wallSeconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`copub report exited with ${code}`);
    const main = seen.get(String(pid)) ?? 0;
    const others = [...seen].filter(([tid]) => tid !== String(pid)).map(([, seconds]) => seconds);
    const busiest = Math.max(0, ...others);
    const rest = others.reduce((sum, seconds) => sum + seconds, 0) - busiest;
    const load = Number((await readFile("/proc/loadavg", "utf8")).split(" ")[0]);
    return {
      cli,
      threads,
      wallSeconds: hundredths(wallSeconds),
      mainSeconds: hundredths(main),
      busiestOtherSeconds: hundredths(busiest),
      restSeconds: hundredths(rest),
      totalSeconds: hundredths(main + busiest + rest),
      load,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      threads: { type: "string", default: "1,2" },
      rounds: { type: "string", default: "2" },
      cli: { type: "string", default: join(ROOT, "dist/cli/main.js") },
    },
  });
  const file = positionals[0];
  if (file === undefined)
    throw new Error("usage: tsx benchmarks/thread-cpu.ts FILE [--threads 1,2] [--rounds 2] [--cli …]");
  const rows: ThreadCpu[] = [];
  for (let r = 0; r < Number(values.rounds); r++)
    for (const threads of values.threads.split(",").map(Number))
      for (const cli of values.cli.split(",")) rows.push(await threadCpu(cli, file, threads));
  // Figures as text: the table would round seconds above 10 to whole numbers.
  printTable(
    rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          typeof value === "number" && key !== "threads" ? value.toFixed(2) : value,
        ]),
      ),
    ),
  );
}
