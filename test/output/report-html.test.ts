// The report as one HTML page: self-contained, every chart drawn, and, when Debian's chromium is
// installed, opened by headless chromium with marks in every chart, no console message, and a
// screenshot kept in .screenshots/ for a person to look at.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { topThresholds } from "../../src/indicators/top-cited/top-thresholds.ts";
import type { Report } from "../../src/output/report-content.ts";
import { reportHtml } from "../../src/output/report-html.ts";
import { buildReport } from "../../src/report/build-report.ts";
import { CHROMIUM, chromiumFlags, HAS_CHROMIUM } from "../_chromium.ts";
import { sample } from "../_samples.ts";

const SCREENSHOTS = fileURLToPath(new URL("../../.screenshots/", import.meta.url));

let report: Report;
let html: string;
beforeAll(async () => {
  // The demo data: 2006–2023, exported 2024, so 2021–2023 against 2011–2013.
  const { skipped: _, ...corpus } = await loadCorpus([sample("demo")]);
  report = buildReport(corpus, { reference: topThresholds(corpus.papers) });
  html = reportHtml(report);
});

/** The figures of a page, each an SVG. */
const figures = (page: string): string[] => page.split("<figure>").slice(1);

describe("reportHtml(report)", () => {
  it("is one self-contained page: inline CSS and SVG, no script, nothing from the network", () => {
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html.endsWith("</html>\n")).toBe(true);
    expect(html).not.toMatch(/<script|<link |<img |src=|url\(/);
    // The only address is the SVG namespace, a name that is never fetched.
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:\/\//);
  });

  it("draws the six charts of the issue, each labelled, with marks", () => {
    const svgs = figures(html);
    const titles = svgs.map((svg) => /<title>([^<]*)<\/title>/.exec(svg)?.[1]?.replaceAll("&apos;", "'"));
    expect(titles).toEqual([
      "International co-authorship share",
      "Top10% papers, domestic and international, 2021–2023",
      "Partners of United States, 2021–2023",
      "United States' partners: rank change",
      "United States' partner countries, 2021–2023",
      "Country collaboration network",
    ]);
    for (const svg of svgs) expect(svg).toMatch(/data-mark="/);
    // The time series: one line for the United States and one for the world.
    expect(svgs[0]?.match(/data-mark="line"/g)).toHaveLength(2);
  });

  it("says the data are synthetic, and cites the methods it uses at the end", () => {
    expect(html).toContain('<p class="notice"><strong>Synthetic data: 3 of the 3 input files');
    for (const id of ["5", "6", "8.3", "9", "11.4", "13.4"])
      expect(html).toContain(`<dt id="m${id}">§${id} `);
  });

  it("gives the same bytes twice", () => {
    expect(reportHtml(report)).toBe(html);
  });
});

describe(
  HAS_CHROMIUM
    ? "reportHtml(report) in headless chromium"
    : `reportHtml(report) in headless chromium: chromium not installed (${CHROMIUM}), skipped`,
  () => {
    it.skipIf(!HAS_CHROMIUM)("renders every chart with its marks and logs nothing to the console", () => {
      const dir = mkdtempSync(join(tmpdir(), "copub-report-html-"));
      const page = join(dir, "index.html");
      writeFileSync(page, html);
      const run = spawnSync(
        CHROMIUM,
        [...chromiumFlags(dir), "--enable-logging=stderr", "--v=0", "--dump-dom", pathToFileURL(page).href],
        {
          encoding: "utf8",
          timeout: 60_000,
        },
      );
      expect(run.status).toBe(0);
      // The DOM chromium built has the six figures, each with marks.
      const svgs = figures(run.stdout);
      expect(svgs).toHaveLength(6);
      for (const svg of svgs) expect(svg).toMatch(/data-mark="/);
      // Console messages (errors, failed loads) are logged as CONSOLE lines.
      expect(run.stderr.split("\n").filter((line) => line.includes(":CONSOLE"))).toEqual([]);
    });

    it.skipIf(!HAS_CHROMIUM)("keeps a screenshot of the page", () => {
      const dir = mkdtempSync(join(tmpdir(), "copub-report-shot-"));
      const page = join(dir, "index.html");
      writeFileSync(page, html);
      mkdirSync(SCREENSHOTS, { recursive: true });
      const shot = join(SCREENSHOTS, "report-index.png");
      execFileSync(
        CHROMIUM,
        [...chromiumFlags(dir), `--screenshot=${shot}`, "--window-size=900,6000", pathToFileURL(page).href],
        {
          stdio: "ignore",
          timeout: 60_000,
        },
      );
      expect(existsSync(shot)).toBe(true);
    });
  },
);
