// The demo data set in data-samples/demo/: the committed files are exactly what the generator
// writes from its fixed seed, they say on their FN line that they are synthetic, and copub's own
// library reads them as the set promises (every record parsed, enough years and countries,
// international co-authorship rising).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LABEL, DEMO_PART_RECORDS, DEMO_RECORDS, writeDemo } from "../../benchmarks/generate/demo.ts";
import { collaborationIndicators, type LoadedCorpus, loadCorpus, WORLD } from "../../src/index.ts";
import { sample } from "../_samples.ts";

const DEMO = sample("demo");
const partFiles = async (folder: string): Promise<string[]> =>
  (await readdir(folder)).filter((name) => name.endsWith(".txt")).sort();

let regenerated = "";
let corpus: LoadedCorpus;

beforeAll(async () => {
  regenerated = await mkdtemp(join(tmpdir(), "copub-demo-"));
  await writeDemo(regenerated);
  corpus = await loadCorpus([DEMO]);
}, 60_000);

afterAll(async () => {
  await rm(regenerated, { recursive: true, force: true });
});

describe("writeDemo(folder)", () => {
  it("writes the files committed in data-samples/demo/, byte for byte (after a change: npm run demo-data)", async () => {
    const names = await partFiles(regenerated);
    expect(await partFiles(DEMO)).toEqual(names);
    for (const name of names) {
      const committed = await readFile(join(DEMO, name));
      const written = await readFile(join(regenerated, name));
      expect(committed.equals(written), `${name} differs from what npm run demo-data writes`).toBe(true);
    }
  });

  it("splits the set into parts of at most 1,000 records, as WoS saves a long result list", async () => {
    // 3,000 records / 1,000 per part = 3 parts.
    expect(await partFiles(DEMO)).toHaveLength(Math.ceil(DEMO_RECORDS / DEMO_PART_RECORDS));
    expect(corpus.files.map((f) => f.records)).toEqual([1000, 1000, 1000]);
  });

  it("labels every part synthetic on its FN line, where WoS names Clarivate", async () => {
    for (const name of await partFiles(DEMO)) {
      const [firstLine] = (await readFile(join(DEMO, name), "utf8")).split("\n", 1);
      expect(firstLine).toBe(`\uFEFFFN ${DEMO_LABEL}`);
    }
    expect(DEMO_LABEL).toMatch(/synthetic.*not Web of Science/);
  });
});

describe("data-samples/demo/ read with copub's library", () => {
  it("is detected as plain text, every record parsed, none rejected, README.md skipped", () => {
    expect(corpus.files.map((f) => f.format)).toEqual(["plain", "plain", "plain"]);
    expect(corpus.accounting).toMatchObject({
      records: DEMO_RECORDS,
      parsed: DEMO_RECORDS,
      rejected: 0,
      unique: DEMO_RECORDS,
      duplicates: 0,
    });
    expect(corpus.skipped.map((f) => f.path)).toEqual([join(DEMO, "README.md")]);
  });

  it("spans at least 15 publication years and 40 countries", () => {
    const years = new Set([...corpus.papers].map((p) => p.year));
    const countries = new Set([...corpus.papers].flatMap((p) => p.countries));
    expect(years.size).toBeGreaterThanOrEqual(15);
    expect(countries.size).toBeGreaterThanOrEqual(40);
  });

  it("holds Early Access records without PY and papers with 30 or more countries", () => {
    expect([...corpus.papers].filter((p) => p.earlyAccess).length).toBeGreaterThan(0);
    expect([...corpus.papers].filter((p) => p.countries.length >= 30).length).toBeGreaterThan(0);
  });

  it("has a higher international share in its last 3 years than in its first 3", () => {
    const years = [...corpus.papers].flatMap((p) => (p.year === null ? [] : [p.year]));
    const first = Math.min(...years);
    const last = Math.max(...years);
    const windows = [
      { from: first, to: first + 2 },
      { from: last - 2, to: last },
    ];
    const table = collaborationIndicators(corpus.papers, { periods: { kind: "windows", windows } });
    const world = table.rows.filter((r) => r.country === WORLD && r.field === "all");
    const [early, late] = windows.map((w) => world.find((r) => r.period === `${w.from}-${w.to}`));
    expect(late?.internationalShare ?? 0).toBeGreaterThan(early?.internationalShare ?? 1);
  });
});
