// The partner table as an HTML page: self-contained and escaped, and, when Debian's chromium is
// installed, rendered by headless chromium with data set Q's cells where they belong (§9.3).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { type PartnerTable, partners } from "../../src/indicators/partners/partners.ts";
import { partnersHtml } from "../../src/output/partners-html.ts";
import { CHROMIUM, chromiumFlags, HAS_CHROMIUM } from "../_chromium.ts";
import { corpusOf } from "../indicators/_papers.ts";

let q: Corpus;
let table: PartnerTable;
beforeAll(async () => {
  q = await corpusOf("partners/data-set-q.txt");
  table = partners(q.papers, {
    focal: "US",
    periods: { kind: "windows", windows: [{ from: 2021, to: 2021 }] },
    compare: { from: 2011, to: 2011 },
    byField: true,
    highlight: ["JP"],
  });
});

/** The text of every cell of every row of a table, tags removed and entities decoded. */
function tableCells(html: string, opening: string): string[][] {
  const start = html.indexOf(opening);
  expect(start).toBeGreaterThanOrEqual(0);
  const table = html.slice(start, html.indexOf("</table>", start));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
    [...(row ?? "").matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map(([, cell]) =>
      (cell ?? "")
        .replace(/<[^>]+>/g, "")
        .replaceAll("&amp;", "&")
        .replaceAll("&lt;", "<")
        .replaceAll("&gt;", ">")
        .replaceAll("&quot;", '"'),
    ),
  );
}

// Data set Q, 2021 over |I_US| = 7: CHN and GBR 3/7 → 42.9 (GBR shares rank 1), CAN, DEU, FRA, JPN
// 1/7 → 14.3 (rank 3); Japan was first in 2011 (3 of 4). Sums 10/7 → 142.9.
const ALL_2021 = [
  "All fields",
  "7",
  "CHN 42.9",
  "GBR 42.9 (=1)",
  "CAN 14.3",
  "DEU 14.3 (=3)",
  "FRA 14.3 (=3)",
  "JPN 14.3 (=3) ↓ from 1",
  "142.9",
  "142.9",
  "3 ↓ from 1",
  "14.3",
];

describe("partnersHtml(table)", () => {
  it("writes a self-contained page: inline CSS, no script, no external resource", () => {
    const html = partnersHtml(table);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>/);
    expect(html).toContain("<style>\n");
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/);
  });

  it("links each methodology section it cites to its anchor in the guide", () => {
    const html = partnersHtml(table);
    expect(html).toContain('integer counting (<a href="docs/methodology.md#s9">methodology §9</a>).</p>');
    expect(html).toContain('over all partners (<a href="docs/methodology.md#s9.1">§9.1</a>).');
    expect(html).toContain('sharing rank k (<a href="docs/methodology.md#s9.2">§9.2</a>).');
    expect(html).not.toMatch(/METHODOLOGY|shared\/docs/);
  });

  it("names each code of the position cells in a tooltip", () => {
    const html = partnersHtml(table);
    expect(html).toContain('<abbr class="code" title="United Kingdom">GBR</abbr>');
    expect(html).toContain('<abbr class="code" title="Japan">JPN</abbr>');
  });

  it("escapes text: the field name with & and the apostrophes of the notes", () => {
    const html = partnersHtml(table);
    expect(html).toContain('<th scope="row">Computer Science &amp; Mathematics</th>');
    expect(html).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });

  it("lays out one table per period: fields as rows, positions 1..6 as columns, Japan marked", () => {
    const cells = tableCells(partnersHtml(table), '<table class="ranks" data-period="2021">');
    expect(cells[0]).toEqual([
      "Field",
      "International papers",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "Top-10 sum (%)",
      "All partners (%)",
      "Japan rank",
      "Japan (%)",
    ]);
    expect(cells[1]).toEqual(ALL_2021);
    expect(cells[2]).toEqual(["Chemistry", ...ALL_2021.slice(1)]);
    expect(cells.slice(3).map((row) => row[0])).toEqual([
      "Materials Science",
      "Physics",
      "Computer Science & Mathematics",
      "Engineering",
      "Environment/Ecology & Geosciences",
      "Clinical Medicine",
      "Basic Life Sciences",
      "Other (not in the 8 fields)",
    ]);
  });
});

describe(
  HAS_CHROMIUM
    ? "partnersHtml(table) in headless chromium"
    : `partnersHtml(table) in headless chromium: chromium not installed (${CHROMIUM}), skipped`,
  () => {
    it.skipIf(!HAS_CHROMIUM)("renders data set Q's cells in their tables, Japan's 2011 rank first", () => {
      const dir = mkdtempSync(join(tmpdir(), "copub-partners-html-"));
      const page = join(dir, "partners.html");
      writeFileSync(page, partnersHtml(table));
      const dom = execFileSync(CHROMIUM, [...chromiumFlags(dir), "--dump-dom", pathToFileURL(page).href], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        timeout: 60_000,
      });
      expect(dom).toContain("<title>Partner countries of United States (US)</title>");
      const y2011 = tableCells(dom, '<table class="ranks" data-period="2011">');
      // 2011 over |I_US| = 4: JPN 3/4, CHN and GBR 1/4 (rank 2); no arrows in the compare window.
      expect(y2011[1]).toEqual([
        "All fields",
        "4",
        "JPN 75.0",
        "CHN 25.0",
        "GBR 25.0 (=2)",
        "",
        "",
        "",
        "125.0",
        "125.0",
        "1",
        "75.0",
      ]);
      expect(tableCells(dom, '<table class="ranks" data-period="2021">')[1]).toEqual(ALL_2021);
      const rows = tableCells(dom, '<table class="rows">');
      expect(rows.find((row) => row[0] === "2021" && row[1] === "All fields" && row[3] === "Japan")).toEqual([
        "2021",
        "All fields",
        "3",
        "Japan",
        "1",
        "14.3",
        "1",
        "-2",
        "1",
        "100.0",
      ]);
    });
  },
);
