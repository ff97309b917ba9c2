/**
 * `npm run bench:sql`: the Parquet corpus and the shipped SQL at scale (docs/scale-out.md). Builds
 * a Parquet corpus of synthetic papers from the benchmark generator (benchmarks/generate), in
 * chunks so that memory stays bounded whatever the size — each chunk is generated as a plain-text
 * export with its own UT range, read, normalized and deduplicated like any export, and its papers
 * appended to the Parquet tables (the generated exports are kept in benchmarks/.data/ for the next
 * run) — then runs each indicator's SQL on DuckDB in a fresh process
 * and reports wall time and peak resident memory. Results go to benchmarks/sql-results.json;
 * the Parquet folders stay in benchmarks/.data/ (git-ignored) and are reused when present.
 *
 *   npm run bench:sql                                   1,000,000 papers
 *   npm run bench:sql -- --papers 10000000              10M (hours of generation on 2 cores)
 *   npm run bench:sql -- --papers 3000000 --threads 2 --memory-limit 8GB
 *   npm run bench:sql -- --papers 1000000 --copies 10   10M rows: 1M generated, each exported 10×
 *
 * Never run by the tests.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { CorpusAccounting } from "../src/corpus/corpus.ts";
import { loadCorpus } from "../src/corpus/load-corpus.ts";
import {
  countryDimensionRows,
  exportedPapers,
  paperRows,
} from "../src/indicators/corpus-tables/paper-rows.ts";
import { createParquetCorpusWriter } from "../src/output/parquet-corpus.ts";
import { DATA_FOLDER, generatorFingerprint } from "./_datasets.ts";
import { inChild, machine, round } from "./_harness.ts";
import { writeSyntheticExport } from "./generate/write.ts";

const CHILD = fileURLToPath(new URL("./_sql-child.ts", import.meta.url));
const RESULTS = fileURLToPath(new URL("./sql-results.json", import.meta.url));

const { values } = parseArgs({
  options: {
    papers: { type: "string", default: "1000000" },
    chunk: { type: "string", default: "200000" },
    copies: { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    threads: { type: "string" },
    "memory-limit": { type: "string" },
  },
});
const records = Number(values.papers);
const chunk = Number(values.chunk);
const seed = Number(values.seed);
/**
 * Each generated paper is exported this many times, copy k with `#k` after its UT: a quick way to
 * reach 10M rows for the SQL on a machine where generating 10M records takes hours. The copies
 * keep the generator's distributions and multiply every group's size; the results say so.
 */
const copies = Number(values.copies);

/** What the child measured for one indicator. */
export interface SqlRunResult {
  /** The indicator and its options, as a label. */
  readonly run: string;
  /** Wall time of opening the corpus and running the SQL, seconds. */
  readonly seconds: number;
  /** Peak resident memory of the child process (DuckDB and Node), bytes. */
  readonly peakRssBytes: number;
  /** Rows of the result. */
  readonly rows: number;
}

const papers = records * copies;
const dir = `${DATA_FOLDER}parquet-seed${seed}-${records}${copies > 1 ? `x${copies}` : ""}/`;
const fingerprint = await generatorFingerprint();
const stamp = `${dir}bench.json`;
const built = existsSync(stamp) && JSON.parse(await readFile(stamp, "utf8")).generator === fingerprint;
let exportSeconds: number | null = null;
let rowCounts: Readonly<Record<string, number>> = {};
if (built) {
  const metadata = JSON.parse(await readFile(`${dir}copub-corpus.json`, "utf8"));
  rowCounts = Object.fromEntries(
    metadata.tables.map((t: { name: string; rows: number }) => [t.name, t.rows] as const),
  );
  console.log(`reusing ${dir}`);
} else {
  await mkdir(DATA_FOLDER, { recursive: true });
  const started = performance.now();
  const out = await createParquetCorpusWriter(dir);
  const keys = new Set<string>();
  let accounting: CorpusAccounting | null = null;
  for (let first = 0; first < records; first += chunk) {
    const size = Math.min(chunk, records - first);
    // Kept for later runs (other --copies): generating the text is the slow part.
    const file = `${DATA_FOLDER}sql-chunk-${fingerprint}-seed${seed}-${first}-${size}.txt`;
    if (!existsSync(file)) await writeSyntheticExport(file, { format: "plain", records: size, seed, first });
    const { skipped: _, ...corpus } = await loadCorpus([file]);
    for (let copy = 0; copy < copies; copy++)
      for (const { paper, inScope } of exportedPapers(corpus)) {
        out.add(paperRows(copy === 0 ? paper : { ...paper, ut: `${paper.ut}#${copy}` }, inScope));
        for (const key of paper.countries) keys.add(key);
      }
    accounting = addAccounting(accounting, corpus.accounting);
    console.log(
      `  ${(first + size).toLocaleString("en-US")} records exported (${round((performance.now() - started) / 1000, 1)} s)`,
    );
  }
  out.addTable("countries", countryDimensionRows(keys));
  rowCounts = await out.finish({
    accounting,
    synthetic: `benchmarks/generate, seed ${seed}, ${records} records`,
  });
  exportSeconds = round((performance.now() - started) / 1000, 1);
  await writeFile(stamp, JSON.stringify({ generator: fingerprint, records, seed, copies }));
}

const settings = [values.threads ?? "", values["memory-limit"] ?? ""];
const runs: SqlRunResult[] = [];
for (const run of [
  "years",
  "collaboration",
  "collaboration-fractional",
  "top",
  "top-fractional",
  "partners",
]) {
  const result = await inChild<SqlRunResult>(CHILD, [dir, run, ...settings], `the SQL run ${run}`);
  console.log(`  ${run}: ${result.seconds} s, peak RSS ${Math.round(result.peakRssBytes / 2 ** 20)} MiB`);
  runs.push(result);
}
const results = { machine: machine(), records, copies, papers, seed, exportSeconds, rows: rowCounts, runs };
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));

/** Adds the counts of two accountings (chunks of one synthetic extraction). */
function addAccounting(a: CorpusAccounting | null, b: CorpusAccounting): CorpusAccounting {
  if (a === null) return b;
  const sum = (x: Partial<Record<string, number>>, y: Partial<Record<string, number>>) =>
    Object.fromEntries(
      [...new Set([...Object.keys(x), ...Object.keys(y)])].map((k) => [k, (x[k] ?? 0) + (y[k] ?? 0)]),
    );
  return {
    ...Object.fromEntries(
      Object.entries(a).map(([k, v]) => [
        k,
        typeof v === "number" ? v + (b[k as keyof CorpusAccounting] as number) : v,
      ]),
    ),
    rejectedByCode: sum(a.rejectedByCode, b.rejectedByCode),
    excludedByReason: sum(a.excludedByReason, b.excludedByReason),
  } as CorpusAccounting;
}
