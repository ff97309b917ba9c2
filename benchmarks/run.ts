/**
 * `npm run bench`: runs the benchmarks in one process, prints what it measures and writes
 * `benchmarks/results.json`. Never run by the tests.
 *
 *   npm run bench                       default sizes, under ten minutes on 2 cores
 *   npm run bench -- --full             adds 1M records per format and 10M plain-text records
 *   npm run bench -- --formats plain    only some readers (plain, tab, xml)
 *   npm run bench -- --seed 7 --rounds 9
 *
 * results.json holds `machine`, `run`, `readers`, `scaling`, `datasets` and `skipped`; later
 * benchmarks (end to end, corpus memory) add their own top-level keys next to these.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { WosFormat } from "../src/read/read-item.ts";
import { generatorFingerprint } from "./_datasets.ts";
import { machine, round, timeOnce } from "./_harness.ts";
import { benchReaders, type ReaderBenchResult } from "./readers.bench.ts";

const RESULTS = fileURLToPath(new URL("./results.json", import.meta.url));
const FORMATS: readonly WosFormat[] = ["plain", "tab", "xml"];

const { values } = parseArgs({
  options: {
    full: { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
    rounds: { type: "string", default: "5" },
    formats: { type: "string", default: FORMATS.join(",") },
  },
});
const seed = Number(values.seed);
const rounds = Number(values.rounds);
const formats = values.formats.split(",").map((f) => f.trim());
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
  throw new Error(`--seed must be a 32-bit unsigned integer`);
if (!Number.isInteger(rounds) || rounds < 5) throw new Error(`--rounds must be a whole number ≥ 5`);
const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
if (unknown.length > 0) throw new Error(`--formats takes plain, tab, xml; got ${unknown.join(", ")}`);

const host = machine();
const startedAt = new Date().toISOString();
console.log(
  `copub benchmarks: Node ${host.node} (V8 ${host.v8}), ${host.platform}/${host.arch}, ` +
    `${host.cpuCount} × ${host.cpuModel}, ${(host.totalMemoryBytes / 1024 ** 3).toFixed(1)} GiB, ` +
    `load ${host.loadAverage1m}`,
);
console.log(`seed ${seed}, ${rounds} rounds after 1 warm-up${values.full ? ", full sizes" : ""}`);

let readers: ReaderBenchResult | undefined;
const { seconds } = await timeOnce(async () => {
  readers = await benchReaders({
    seed,
    rounds,
    warmup: 1,
    formats: formats as WosFormat[],
    full: values.full,
  });
});
if (readers === undefined) throw new Error("the reader benchmark returned nothing");

const results = {
  machine: host,
  run: {
    startedAt,
    seconds: round(seconds, 4),
    seed,
    rounds,
    warmupRounds: 1,
    full: values.full,
    generator: await generatorFingerprint(),
  },
  readers: readers.readers,
  scaling: readers.scaling,
  datasets: readers.datasets.map(({ path, ...dataset }) => ({
    file: path.slice(path.lastIndexOf("/") + 1),
    ...dataset,
  })),
  skipped: readers.skipped,
};
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nDone in ${round(seconds)} s; wrote ${RESULTS}`);
