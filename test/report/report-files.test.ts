// The files of copub report --out, on data set C (methodology §4.5): names, and bytes equal to
// the renderers of the report's data.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { citationBaselines } from "../../src/indicators/impact/citation-baselines.ts";
import { topThresholds } from "../../src/indicators/top-cited/top-thresholds.ts";
import { buildReport } from "../../src/report/build-report.ts";
import {
  isReportFileName,
  reportFiles,
  reportFolderFiles,
  writeReport,
} from "../../src/report/report-files.ts";
import { sample } from "../_samples.ts";
import { run } from "../cli/_run.ts";
import { dataSetC } from "../indicators/_papers.ts";

const C_FILE = sample("methodology/data-set-c.txt");
let C: Corpus;
beforeAll(async () => {
  C = (await dataSetC()).corpus;
});

const NETWORK = [
  "country-network.graphml",
  "country-network-nodes.csv",
  "country-network-edges.csv",
  "country-network.json",
];

describe("reportFiles(report)", () => {
  it("names the page, the report, the collaboration tables, one partner table per focal and the network", () => {
    expect(reportFiles(buildReport(C)).map((file) => file.name)).toEqual([
      "index.html",
      "report.md",
      "collaboration.csv",
      "collaboration.json",
      "collaboration-years.csv",
      "collaboration-years.json",
      "partners-JP.csv",
      "partners-JP.json",
      ...NETWORK,
    ]);
  });

  it("adds the Top10% table and its thresholds when Top10% was computed", () => {
    const report = buildReport(C, { reference: topThresholds(C.papers), focal: ["US", "GB"] });
    const names = reportFiles(report).map((file) => file.name);
    expect(names.slice(6, 13)).toEqual([
      "top10.csv",
      "top10.json",
      "thresholds.csv",
      "partners-US.csv",
      "partners-US.json",
      "partners-GB.csv",
      "partners-GB.json",
    ]);
  });

  it("adds the citation impact table and its baselines when citation impact was computed", () => {
    const report = buildReport(C, { baselines: citationBaselines(C.papers) });
    const names = reportFiles(report).map((file) => file.name);
    expect(names.slice(6, 9)).toEqual(["impact.csv", "impact.json", "baselines.csv"]);
    expect(reportFiles(report).find((file) => file.name === "baselines.csv")?.text).toBe(
      // Chemistry 2021: 8 papers, 27 citations, μ = 27/8 = 3.375.
      "referenceSets,citationCount,field,year,docType,papers,citations,mean,meanNumerator,meanDenominator\nfield-year,TC,CHE,2021,all,8,27,3.375,27,8\n",
    );
  });

  it("says in report.md that every country is in the tables, and they are", () => {
    const [, markdown, collaboration] = reportFiles(buildReport(C, { show: 2 }));
    expect(markdown?.text).toContain("Every country is in collaboration.csv and collaboration.json.");
    // All six countries of data set C, the world and P8 without a country.
    expect(
      collaboration?.text
        .trim()
        .split("\n")
        .map((line) => line.split(",")[0]),
    ).toEqual(["country", "CN", "DE", "FR", "GB", "JP", "US", "WORLD", "UNATTRIBUTED"]);
  });
});

describe("copub report --out", () => {
  it("writes exactly reportFolderFiles(buildReport(corpus, options)): reportFiles and report.xlsx", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "copub-report-files-")), "out");
    const options = ["--reference", "corpus", "--focal", "JP,US", "--out", dir];
    const { code, stdout } = await run("report", C_FILE, ...options);
    expect(code).toBe(0);
    // --reference corpus: thresholds and baselines of the corpus itself, nothing being excluded by a filter.
    const files = await reportFolderFiles(
      buildReport(C, {
        reference: topThresholds(C.papers),
        baselines: citationBaselines(C.papers),
        focal: ["JP", "US"],
      }),
    );
    // The text files of reportFiles, then the workbook, byte for byte (its bytes do not depend on the run).
    expect(files.map((file) => file.name).at(-1)).toBe("report.xlsx");
    expect(stdout).toBe(`${files.map((file) => join(dir, file.name)).join("\n")}\n`);
    for (const file of files)
      expect(new Uint8Array(await readFile(join(dir, file.name)))).toEqual(
        typeof file.text === "string" ? new TextEncoder().encode(file.text) : file.text,
      );
  });
});

describe("isReportFileName(name): report --out replaces an earlier report, whatever its sections", () => {
  it.each([
    "index.html",
    "report.md",
    "report.xlsx",
    "top10.json",
    "thresholds.csv",
    "impact.csv",
    "impact.json",
    "baselines.csv",
    "programme.csv",
    "programme.json",
    "partners-GB-SCT.csv",
    "country-network-edges.csv",
  ])("%s is a report file", (name) => {
    expect(isReportFileName(name)).toBe(true);
  });

  it.each(["notes.txt", "programme.xlsx", "impact.md", "index.htm"])("%s is not", (name) => {
    expect(isReportFileName(name)).toBe(false);
  });
});

describe("writeReport(report, folder)", () => {
  it("writes reportFiles into the folder and returns their names, as copub report --out does", async () => {
    const folder = join(await mkdtemp(join(tmpdir(), "copub-write-report-")), "report");
    const report = buildReport(C);
    const names = await writeReport(report, folder);
    const files = reportFiles(report);
    // The text files, then the workbook that copub report --out writes beside them.
    expect(names).toEqual([...files.map((file) => file.name), "report.xlsx"]);
    for (const file of files) expect(await readFile(join(folder, file.name), "utf8")).toBe(file.text);
    const [workbook] = (await reportFolderFiles(report)).filter((file) => file.name === "report.xlsx");
    expect(new Uint8Array(await readFile(join(folder, "report.xlsx")))).toEqual(workbook?.text);
  });

  it("refuses a folder that holds other files than a report's", async () => {
    const folder = await mkdtemp(join(tmpdir(), "copub-write-report-"));
    await writeFile(join(folder, "notes.txt"), "mine\n");
    await expect(writeReport(buildReport(C), folder)).rejects.toMatchObject({ code: "invalid-option" });
    expect(await readFile(join(folder, "notes.txt"), "utf8")).toBe("mine\n");
  });
});
