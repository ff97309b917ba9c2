// copub report, the main job: every section on data set T (METHODOLOGY.md §8.6), figures worked by hand.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
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
    expect(stdout).toContain("| 20 | 20 | 0 | 20 | 0 | 20 | 0 | 0 |\n");
    // Japan: 7 papers, 3 domestic (F2, F6, F10), 4 international (F1, F3, F8 bilateral; F4 multilateral) → 57.1%.
    expect(stdout).toContain("| Japan | 2021 | All fields | 7 | 3 | 3 | 0 | 4 | 3 | 1 | 57.1 |\n");
    // Top10% (§8.6): 1.75, domestic 0.25, international 1.5; 87.5% of the world's 2; Q 25%.
    expect(stdout).toContain(
      "| Japan | 2021 | All fields | 7.00 | 1.75 | 0.25 | 1.50 | 1.25 | 0.25 | 87.5 | 25.0 |\n",
    );
    // Japan's international papers F1 (US), F3 (CN), F4 (DE, FR), F8 (US): USA 2 of 4, the others 1 each.
    expect(stdout).toContain(
      "| All fields | 4 | USA 50.0 | CHN 25.0 | DEU 25.0 (=2) | FRA 25.0 (=2) | 125.0 | 125.0 |\n",
    );
    // Japan links to US, CN, DE, FR; DE–FR–JP (F4) is the only triangle, so the innermost core is k = 2.
    expect(stdout).toContain("6 countries, 5 links; innermost core (k = 2): DE, FR, JP.");
  });

  it("says how to get Top10% papers when no reference is given, and picks the country with most papers as focal", async () => {
    const { code, stdout } = await run("report", T);
    expect(code).toBe(0);
    expect(stdout).toMatch(/## Top10% papers \(METHODOLOGY.md §8\)\n\nNot computed: .*--reference corpus/);
    // KR has 10 papers (F11–F20), JP 7: KOR is the default focal country.
    expect(stdout).toContain("## Partner countries of KOR");
  });

  it("writes the report and every table with --out", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "copub-report-")), "out");
    const { code, stdout } = await run(
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
      "collaboration.csv",
      "country-network.graphml",
      "partners-JP.csv",
      "partners-US.csv",
      "report.md",
      "thresholds.csv",
      "top10.csv",
    ]);
    expect(stdout.trim().split("\n")).toHaveLength(7);
    expect(await readFile(join(dir, "top10.csv"), "utf8")).toContain(
      "\nJP,Japan,2021,all,All fields,7,1.75,0.25,1.5,1.25,0.25,0.875,0.25\n",
    );
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
