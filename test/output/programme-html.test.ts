// A programme evaluation as one HTML page, on data set G (methodology §12.4, _programme-g.ts):
// self-contained, the chart of actual against target with a bar per fiscal year and a marker per
// target, the same tables as the Markdown; and, when Debian's chromium is installed, rendered by
// headless chromium with no console message and a screenshot kept in .screenshots/.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { programmeHtml } from "../../src/output/programme-html.ts";
import { CHROMIUM, chromiumFlags, HAS_CHROMIUM } from "../_chromium.ts";
import { G, G_WITHOUT_TARGETS } from "./_programme-g.ts";

const SCREENSHOTS = fileURLToPath(new URL("../../.screenshots/", import.meta.url));
const html = programmeHtml(G);

/** The figures of a page, each an SVG. */
const figures = (page: string): string[] => page.split("<figure>").slice(1);

/** The cells of the table under a heading, tags removed. */
function tableUnder(page: string, heading: string): string[][] {
  const start = page.indexOf(`<h2>${heading}</h2>`);
  expect(start).toBeGreaterThanOrEqual(0);
  const table = page.slice(start, page.indexOf("</table>", start));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
    [...(row ?? "").matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map(([, cell]) => cell ?? ""),
  );
}

describe("programmeHtml(result)", () => {
  it("is one self-contained page: inline CSS and SVG, no script, nothing from the network", () => {
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html.endsWith("</html>\n")).toBe(true);
    expect(html).not.toMatch(/<script|<link |<img |src=|url\(/);
    // Addresses appear only as text (R5's DOI as listed), never as something to load or follow.
    expect(html).not.toMatch(/(href|src)="https?:/);
  });

  it("draws the programme chart: a bar per fiscal year FY2022–FY2024, a marker per target", () => {
    const [chart, ...others] = figures(html);
    expect(others).toEqual([]);
    expect(chart).toContain(
      "<title>Programme: international co-authored papers with a partner country, actual against target</title>",
    );
    // FY2022 has R1 and R3, FY2023 none with a partner, FY2024 none: targets 1, 2, 2.
    expect([...(chart ?? "").matchAll(/data-mark="bar" data-year="(\d+)"/g)].map((m) => m[1])).toEqual([
      "2022",
      "2023",
      "2024",
    ]);
    expect(
      [...(chart ?? "").matchAll(/data-mark="target" data-year="(\d+)" data-met="(\w+)"/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      ),
    ).toEqual(["2022 yes", "2023 no", "2024 no"]);
    expect(chart).toContain(">Actual 2</text>");
    expect(chart).toContain(">Target 5</text>");
  });

  it("shows the tables: programme total with FY labels, the targets, the missing DOI", () => {
    expect(tableUnder(html, "Programme total per fiscal year (each paper once)").slice(1)).toEqual([
      ["FY2022 (Apr 2022–Mar 2023)", "2", "2", "2"],
      ["FY2023 (Apr 2023–Mar 2024)", "1", "0", "0"],
      ["undetermined", "1", "1", "0"],
      ["All years", "4", "3", "2"],
    ]);
    expect(
      tableUnder(
        html,
        "Targets: international co-authored papers with a partner country, actual against target",
      )[3],
    ).toEqual(["Programme", "FY2024 (Apr 2024–Mar 2025)", "2", "0", "5", "2", "no"]);
    expect(tableUnder(html, "Listed identifiers not found in the exports")[1]).toEqual([
      "ASPIRE-US",
      "DOI",
      "10.9999/missing.r7",
      "10.9999/missing.r7",
    ]);
    expect(html).toContain('<a href="docs/methodology.md#s12">methodology §12</a>');
  });

  it("without targets draws the actual counts alone and says so", () => {
    const page = programmeHtml(G_WITHOUT_TARGETS);
    expect(page).toContain("<h2>Actual counts</h2>");
    expect(figures(page)).toHaveLength(1);
    expect(page).not.toContain('data-mark="target"');
    expect(page).toContain("No targets were given: the chart shows the actual counts alone.");
    expect(page).toContain("<h2>Targets</h2>\n<p>No targets were given.</p>");
  });

  it("draws a chart for each project with targets of its own, after the programme's", () => {
    const page = programmeHtml({
      ...G,
      targets: [
        ...G.targets,
        {
          project: "ASPIRE-US",
          fiscalYear: 2022,
          target: 1,
          actual: 1,
          cumulativeTarget: 1,
          cumulativeActual: 1,
          met: true,
        },
      ],
    });
    expect(figures(page).map((svg) => /<title>([^<]*)<\/title>/.exec(svg)?.[1])).toEqual([
      "Programme: international co-authored papers with a partner country, actual against target",
      "Project ASPIRE-US: international co-authored papers with a partner country, actual against target",
    ]);
  });

  it("gives the same bytes twice", () => {
    expect(programmeHtml(G)).toBe(html);
  });
});

describe(
  HAS_CHROMIUM
    ? "programmeHtml(result) in headless chromium"
    : `programmeHtml(result) in headless chromium: chromium not installed (${CHROMIUM}), skipped`,
  () => {
    it.skipIf(!HAS_CHROMIUM)("renders the chart's marks and logs nothing to the console", () => {
      const dir = mkdtempSync(join(tmpdir(), "copub-programme-html-"));
      const page = join(dir, "programme.html");
      writeFileSync(page, html);
      const run = spawnSync(
        CHROMIUM,
        [...chromiumFlags(dir), "--enable-logging=stderr", "--v=0", "--dump-dom", pathToFileURL(page).href],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(run.status).toBe(0);
      const [chart] = figures(run.stdout);
      expect(chart?.match(/data-mark="bar"/g)).toHaveLength(3);
      expect(chart?.match(/data-mark="target"/g)).toHaveLength(3);
      expect(run.stderr.split("\n").filter((line) => line.includes(":CONSOLE"))).toEqual([]);
    });

    it.skipIf(!HAS_CHROMIUM)("keeps a screenshot of the page", () => {
      const dir = mkdtempSync(join(tmpdir(), "copub-programme-shot-"));
      const page = join(dir, "programme.html");
      writeFileSync(page, html);
      mkdirSync(SCREENSHOTS, { recursive: true });
      const shot = join(SCREENSHOTS, "programme.png");
      execFileSync(
        CHROMIUM,
        [...chromiumFlags(dir), `--screenshot=${shot}`, "--window-size=900,3000", pathToFileURL(page).href],
        { stdio: "ignore", timeout: 60_000 },
      );
      expect(existsSync(shot)).toBe(true);
    });
  },
);
