// The files of copub report --out, on data set C (METHODOLOGY.md §4.5): names, and bytes equal to
// the renderers of the report's data.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { topThresholds } from "../../src/indicators/top-cited/top-thresholds.ts";
import { buildReport } from "../../src/report/build-report.ts";
import { reportFiles } from "../../src/report/report-files.ts";
import { sample } from "../_samples.ts";
import { run } from "../cli/_run.ts";
import { dataSetC } from "../indicators/_papers.ts";

const C_FILE = sample("methodology/data-set-c.txt");
let C: Corpus;
beforeAll(async () => {
  C = (await dataSetC()).corpus;
});

describe("reportFiles(report)", () => {
  it("names the report, the collaboration table, one partner table per focal and the network", () => {
    expect(reportFiles(buildReport(C)).map((file) => file.name)).toEqual([
      "report.md",
      "collaboration.csv",
      "partners-JP.csv",
      "country-network.graphml",
    ]);
  });

  it("adds the Top10% table and its thresholds when Top10% was computed", () => {
    const report = buildReport(C, { reference: topThresholds(C.papers), focal: ["US", "GB"] });
    expect(reportFiles(report).map((file) => file.name)).toEqual([
      "report.md",
      "collaboration.csv",
      "top10.csv",
      "thresholds.csv",
      "partners-US.csv",
      "partners-GB.csv",
      "country-network.graphml",
    ]);
  });

  it("says in report.md that every country is in the CSV tables", () => {
    const [markdown, collaboration] = reportFiles(buildReport(C, { show: 2 }));
    expect(markdown?.text).toContain(
      "\n- Countries shown: the 2 with the most papers (integer counting); every country is in the CSV tables.\n",
    );
    // And so it is: all six countries of data set C, the world and P8 without a country.
    expect(
      collaboration?.text
        .trim()
        .split("\n")
        .map((line) => line.split(",")[0]),
    ).toEqual(["country", "CN", "DE", "FR", "GB", "JP", "US", "WORLD", "UNATTRIBUTED"]);
  });
});

describe("copub report --out", () => {
  it("writes exactly reportFiles(buildReport(corpus, options))", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "copub-report-files-")), "out");
    const options = ["--reference", "corpus", "--focal", "JP,US", "--out", dir];
    const { code, stdout } = await run("report", C_FILE, ...options);
    expect(code).toBe(0);
    // --reference corpus: thresholds of the corpus itself, nothing being excluded by a filter.
    const files = reportFiles(buildReport(C, { reference: topThresholds(C.papers), focal: ["JP", "US"] }));
    expect(stdout).toBe(`${files.map((file) => join(dir, file.name)).join("\n")}\n`);
    for (const file of files) expect(await readFile(join(dir, file.name), "utf8")).toBe(file.text);
  });
});
