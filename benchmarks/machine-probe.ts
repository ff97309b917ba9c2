/**
 * `npx tsx benchmarks/machine-probe.ts [--rounds 5]`: are the machine's two CPUs two cores, or
 * one core's two hyperthreads? What a second thread can give copub depends on it. Each probe is
 * a loop timed in a worker thread alone, then in two workers at once (A, AA, A, AA, …: rounds
 * alternate, so both see the same neighbours); the ratio is the median time of one loop beside
 * another over its median time alone:
 * - `throughput`: four independent float adds per step over a 32 KiB array (in the L1 cache),
 *   which keeps a core's adders full: two cores give 1.0, two hyperthreads of one core 2.0;
 * - `chained`: one long chain of dependent multiplies, which leaves the adders idle between
 *   steps: 1.0 on either (this is why a check with such a loop found the CPUs "real");
 * - `sha256`: node:crypto's SHA-256 of 1 MiB chunks (the input hash, `read/input-hash.ts`);
 * - `parse`: JSON.parse of a 2 MB text, the kind of work copub's readers do (1.6 on the machine
 *   of docs/benchmarks.md: a second thread gives at most 2 / 1.6 = 1.25 times the throughput).
 * The 1-minute load is printed with the figures: another process on the other hyperthread makes
 * "alone" slower too: on a loaded machine the ratios say little. Any OS; never run by the tests.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { printTable } from "./_harness.ts";

/** Each probe's loop, as the body of a worker: it runs `work()` and posts its milliseconds. */
const PROBES: Readonly<Record<string, string>> = {
  throughput: `
    const a = new Float64Array(4096).map((_, i) => i * 0.5);
    const work = () => { let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let r = 0; r < 6000; r++) for (let i = 0; i < 4096; i += 4) { s0 += a[i]; s1 += a[i + 1]; s2 += a[i + 2]; s3 += a[i + 3]; }
      return s0 + s1 + s2 + s3; };`,
  chained: `
    const work = () => { let x = 1.000001; for (let i = 0; i < 60_000_000; i++) x = x * 1.0000001 + 1e-12; return x; };`,
  sha256: `
    const { createHash } = require("node:crypto");
    const chunk = new Uint8Array(1 << 20).map((_, i) => i % 251);
    const work = () => { const h = createHash("sha256"); for (let i = 0; i < 200; i++) h.update(chunk); return h.digest("hex").length; };`,
  parse: `
    const text = JSON.stringify(Array.from({ length: 20000 }, (_, i) => ({ ut: "WOS:" + String(i).padStart(15, "0"), title: "A title of some length " + i, authors: ["Smith, J", "Tanaka, K", "Müller, A"], year: 2000 + (i % 24) })));
    const work = () => { let n = 0; for (let r = 0; r < 5; r++) n += JSON.parse(text).length; return n; };`,
};

/** Runs a probe in `copies` workers at once (after a warm-up each), giving each worker's milliseconds. */
async function runProbe(body: string, copies: number): Promise<number[]> {
  const source = `const { parentPort, workerData } = require("node:worker_threads"); ${body}
    work(); // warm-up: compiled before it is timed
    parentPort.once("message", () => { const t = performance.now(); work(); parentPort.postMessage(performance.now() - t); });
    parentPort.postMessage("ready");`;
  const workers = Array.from({ length: copies }, () => new Worker(source, { eval: true }));
  try {
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once("message", resolve))));
    const times = workers.map((w) => new Promise<number>((resolve) => w.once("message", resolve)));
    for (const w of workers) w.postMessage("go");
    return await Promise.all(times);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const rows: Record<string, string>[] = [];
for (const [name, body] of Object.entries(PROBES)) {
  const alone: number[] = [];
  const beside: number[] = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    alone.push(...(await runProbe(body, 1)));
    beside.push(...(await runProbe(body, 2)));
  }
  const [a, b] = [median(alone), median(beside)];
  rows.push({
    probe: name,
    "alone ms": a.toFixed(0),
    "two at once ms": b.toFixed(0),
    ratio: (b / a).toFixed(2),
    load: loadavg()[0]?.toFixed(2) ?? "",
  });
}
printTable(rows);
