// copub report, the main job: every section on data set T (METHODOLOGY.md §8.6), figures worked by hand.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const T = sample("top/data-set-t.txt");

describe("copub report", () => {
  it("reports records, co-authorship, Top10%, partners and the network core of data set T", async () => {
    const { code, stdout } = await run("report", T, "--reference", "corpus", "--focal", "JP");
    expect(code).toBe(0);
    // Records: 20 read, all parsed and in scope.
    expect(stdout).toContain("Every record is accounted for: 20 read, 20 parsed, 0 rejected;");
    // Japan: 7 papers, 4 international (F1, F3, F8 bilateral; F4 multilateral) → 57.1%; one year.
    expect(stdout).toContain("| Japan | 2021 | 7 | 7.0 | 4 | 4.0 | 57.1% |\n");
    // Top10% (§8.6): 1.75, domestic 0.25, international 1.5 (1.5/1.75 = 85.7%); Q = 1.75/7 = 25%.
    expect(stdout).toContain("| Japan | 2021 | 1.75 | 1.75 | 0.25 | 1.50 | 85.7% | 25.0% |\n");
    // Japan's international papers F1 (US), F3 (CN), F4 (DE, FR), F8 (US): US 2 of 4, the others 1 each (rank 2).
    expect(stdout).toContain("| 1 | United States | 2 | 50.0% |\n| 2 | China | 1 | 25.0% |\n");
    // Links of at least one fractional paper: JP–US (F1, F8: 2) and JP–CN (F3: 1), a star: the 1-core.
    expect(stdout).toContain("6 countries, 5 links.");
    expect(stdout).toContain("of at least 1 fractional paper): China, Japan, United States.");
  });

  it("says how to get Top10% papers when no reference is given, and picks the country with most papers as focal", async () => {
    const { code, stdout } = await run("report", T);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /## Top10% papers, domestic and international\n\nNot computed: .*--reference corpus/,
    );
    // KR has 10 papers (F11–F20), JP 7: South Korea is the default focal country, with no international paper.
    expect(stdout).toContain(
      "## Partner countries of South Korea\n\nSouth Korea has no internationally co-authored paper",
    );
  });

  it("writes index.html, report.md, every table as CSV and JSON, and report.xlsx with --out", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "copub-report-")), "out");
    const { code, stdout, stderr } = await run(
      "report",
      T,
      "--reference",
      "corpus",
      "--focal",
      "JP,US",
      "--out",
      dir,
    );
    expect(code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      "baselines.csv",
      "collaboration-years.csv",
      "collaboration-years.json",
      "collaboration.csv",
      "collaboration.json",
      "country-network-edges.csv",
      "country-network-nodes.csv",
      "country-network.graphml",
      "country-network.json",
      "impact.csv",
      "impact.json",
      "index.html",
      "partners-JP.csv",
      "partners-JP.json",
      "partners-US.csv",
      "partners-US.json",
      "report.md",
      "report.xlsx",
      "thresholds.csv",
      "top10.csv",
      "top10.json",
    ]);
    expect(stdout.trim().split("\n")).toHaveLength(21);
    expect(stderr).toContain(`open ${join(dir, "index.html")} in a browser`);
    expect(await readFile(join(dir, "top10.csv"), "utf8")).toContain(
      "\nJP,Japan,2021,all,All fields,7,1.75,0.25,1.5,1.25,0.25,0.875,0.25\n",
    );
    const html = await readFile(join(dir, "index.html"), "utf8");
    // Self-contained: no script and nothing loaded from elsewhere; one chart per question.
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(6);
  });

  it("reports citation impact with --reference corpus, or with a baseline table beside a threshold table", async () => {
    // One reference set: 128 citations over 20 papers, μ = 6.4; Japan 87 over 7: MNCS 12.43/6.4 = 1.94.
    const japan = "| Japan | 2021 | 7 | 87 | 12.43 | 1.94 | 1.94 | 1.94 |\n";
    expect((await run("report", T, "--reference", "corpus")).stdout).toContain(japan);
    const dir = await mkdtemp(join(tmpdir(), "copub-report-"));
    const [thresholds, baselines] = [join(dir, "thresholds.csv"), join(dir, "baselines.csv")];
    await run("top", T, "--reference", "corpus", "--thresholds-out", thresholds);
    await run("impact", T, "--reference", "corpus", "--baselines-out", baselines);
    const both = await run("report", T, "--reference", thresholds, "--baselines", baselines);
    expect(both.code).toBe(0);
    expect(both.stdout).toContain(japan);
    const alone = await run("report", T, "--reference", thresholds);
    expect(alone.stdout).toContain(
      "## Citation impact\n\nNot computed: citation baselines, like Top10% thresholds",
    );
    expect((await run("report", T)).stdout).not.toContain("## Citation impact");
  });

  it("replaces an earlier report whole: a rerun for other focal countries leaves none of its files", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "copub-report-")), "out");
    expect((await run("report", T, "--focal", "JP,US", "--out", dir)).code).toBe(0);
    expect((await run("report", T, "--focal", "KR", "--out", dir)).code).toBe(0);
    const names = await readdir(dir);
    expect(names.filter((name) => name.startsWith("partners-")).sort()).toEqual([
      "partners-KR.csv",
      "partners-KR.json",
    ]);
    // Nothing beside the folder: no temporary, no earlier report set aside.
    expect(await readdir(join(dir, ".."))).toEqual(["out"]);
  });

  it("refuses to replace a folder holding other files (exit 1) and leaves it as it was", async () => {
    const dir = await mkdtemp(join(tmpdir(), "copub-report-"));
    await writeFile(join(dir, "notes.txt"), "mine\n");
    const { code, stderr } = await run("report", T, "--out", dir);
    expect(code).toBe(1);
    expect(stderr).toContain(`${dir}: holds what copub did not write there (notes.txt)`);
    expect(await readdir(dir)).toEqual(["notes.txt"]);
  });

  it.runIf(existsSync("/proc/self"))(
    "refuses an --out folder that cannot be made (under /proc) at once, exit 1",
    async () => {
      const { code, stderr } = await run("report", T, "--out", "/proc/copub-report/out");
      expect(code).toBe(1);
      expect(stderr).toContain("/proc/copub-report: cannot be written (the folder cannot be made: ENOENT");
    },
  );

  it("leaves hyper-authored papers out of the network and says how many", async () => {
    // --max-countries-per-paper 2: F4 (JP, DE, FR) is the one paper of data set T with three countries.
    const { code, stdout } = await run("report", T, "--max-countries-per-paper", "2");
    expect(code).toBe(0);
    expect(stdout).toContain("1 paper with more than 2 countries adds no links");
  });

  it.each([
    [["--focal", "Jpaan"], /--focal "Jpaan" is not a country; did you mean Japan \(JP\)\?/],
    [["--show", "0"], /--show must be a whole number of at least 1/],
    [["--show", "-1"], /--show must be a whole number of at least 1, not "-1"/],
    [["--focal", "-JP"], /--focal must be countries separated by commas: .*, not "-JP"/],
    [["--out"], /--out needs a value: a folder/],
  ])("rejects %j as bad usage (exit 2)", async (args, message) => {
    const { code, stderr } = await run("report", T, ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
