// copub collaboration: docs/methodology.md §5.3 on data set C, windows of §6, and the output formats.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CollaborationRow } from "../../src/indicators/collaboration/collaboration.ts";
import { toMarkdownTable } from "../../src/output/_markdown-table.ts";
import { fixed, round } from "../../src/output/round.ts";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const DATA_SET_C = sample("methodology/data-set-c.txt");
const WINDOWS = sample("indicators/windows-2019-2022.txt");
const GAP = sample("indicators/gap-2020.txt");

interface JsonOutput {
  counting: string;
  method: string;
  rows: CollaborationRow[];
  unattributed: unknown[];
  papersRead: number;
  papersOutsidePeriods: number;
  warnings: Record<string, number>;
  accounting: Record<string, unknown>;
}

async function json(...args: string[]): Promise<JsonOutput> {
  const { code, stdout, stderr } = await run("collaboration", "--format", "json", ...args);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return JSON.parse(stdout) as JsonOutput;
}

const find = (rows: readonly CollaborationRow[], country: string, period: string) =>
  rows.find((r) => r.country === country && r.period === period);

describe("copub collaboration --format json", () => {
  it("prints §5.3's figures for Japan and the world, the unattributed paper and the accounting", async () => {
    const out = await json(DATA_SET_C);
    expect(Object.keys(out)).toEqual([
      "counting",
      "method",
      "rows",
      "unattributed",
      "papersRead",
      "papersOutsidePeriods",
      "warnings",
      "accounting",
    ]);
    expect(find(out.rows, "JP", "2021")).toEqual({
      country: "JP",
      name: "Japan",
      period: "2021",
      field: "all",
      fieldName: "All fields",
      papers: 6,
      domestic: 3,
      domesticSingleInstitution: 2,
      domesticMultiInstitution: 1,
      international: 3,
      bilateral: 2,
      multilateral: 1,
      internationalShare: 0.5,
    });
    expect(find(out.rows, "WORLD", "2021")).toMatchObject({
      papers: 7,
      domestic: 3,
      international: 4,
      bilateral: 3,
    });
    expect(find(out.rows, "WORLD", "2021")?.internationalShare).toBeCloseTo(4 / 7, 12);
    // The codes stay; each name comes right after its code.
    expect(Object.keys(find(out.rows, "JP", "2021") ?? {}).slice(0, 6)).toEqual([
      "country",
      "name",
      "period",
      "field",
      "fieldName",
      "papers",
    ]);
    expect(find(out.rows, "WORLD", "2021")).toMatchObject({ country: "WORLD", name: "World" });
    expect(out.unattributed).toEqual([
      { period: "2021", field: "all", fieldName: "All fields", inScope: 8, attributable: 7, unattributed: 1 },
    ]);
    expect(out.accounting).toMatchObject({ records: 8, inScope: 8, unattributed: 1 });
  });

  it("--counting fractional gives NISTEP fractional counts (Japan 4.5, international 1.5) and the integer rate", async () => {
    const out = await json("--counting", "fractional", DATA_SET_C);
    expect([out.counting, out.method]).toEqual(["fractional", "nistep"]);
    const jp = find(out.rows, "JP", "2021");
    expect(jp?.papers).toBe(4.5);
    expect(jp?.international).toBeCloseTo(1.5, 9);
    expect(jp?.internationalShare).toBe(0.5);
    expect(find(out.rows, "CN", "2021")?.papers).toBeCloseTo(1 / 3, 9);
  });

  it("--window 3 gives moving 3-year averages with rates as ratios of sums", async () => {
    const out = await json("--window", "3", WINDOWS);
    // Japan 2019–2021: (2 + 3 + 1) / 3 = 2 papers a year, 3 of 6 international; 2020–2022: 5/3, 3 of 5.
    expect(out.rows.filter((r) => r.country === "JP").map((r) => [r.period, r.internationalShare])).toEqual([
      ["2019-2021", 0.5],
      ["2020-2022", 0.6],
    ]);
    expect(find(out.rows, "JP", "2019-2021")?.papers).toBe(2);
  });

  it("--window 2 --years 2020-2022 moves over the range only", async () => {
    const out = await json("--window", "2", "--years", "2020-2022", WINDOWS);
    expect(out.rows.filter((r) => r.country === "WORLD").map((r) => r.period)).toEqual([
      "2020-2021",
      "2021-2022",
    ]);
    // 2019's papers are out of the corpus scope, so none falls outside the periods.
    expect([out.papersRead, out.papersOutsidePeriods]).toEqual([6, 0]);
  });

  it("--period takes fixed windows, repeated", async () => {
    const out = await json("--period", "2019-2021", "--period", "2022", WINDOWS);
    expect(out.rows.filter((r) => r.country === "WORLD").map((r) => r.period)).toEqual(["2019-2021", "2022"]);
    // W7 (US) and W8 (JP-CN) in 2022.
    expect(find(out.rows, "WORLD", "2022")).toMatchObject({
      papers: 2,
      international: 1,
      internationalShare: 0.5,
    });
  });

  it("--years gives one row per year of the range", async () => {
    const out = await json("--years", "2019-2021", WINDOWS);
    expect(out.rows.filter((r) => r.country === "JP").map((r) => [r.period, r.papers])).toEqual([
      ["2019", 2],
      ["2020", 3],
      ["2021", 1],
    ]);
  });

  it("--by field adds a row per NISTEP field after the all-fields row", async () => {
    const out = await json("--by", "field", "--period", "2019-2021", WINDOWS);
    expect(out.rows.filter((r) => r.country === "JP").map((r) => r.field)).toEqual(["all", "chem", "phys"]);
  });

  it("--doc-types narrows the scope: no review in data set C leaves an empty table", async () => {
    const out = await json("--doc-types", "review", DATA_SET_C);
    expect([out.rows, out.unattributed, out.accounting.inScope]).toEqual([[], [], 0]);
  });

  it.each(["JP", "JPN", "Japan", "japan"])(
    "--countries %s keeps Japan's papers (an alpha-3 code or a name once gave an empty table)",
    async (country) => {
      const out = await json("--countries", country, DATA_SET_C);
      // Data set C: P1–P4, P6 and P7 have a Japanese address; 6 papers in scope.
      expect(out.accounting).toMatchObject({ inScope: 6 });
      expect(find(out.rows, "JP", "2021")?.papers).toBe(6);
    },
  );

  it("reads a saved corpus in place of the exports", async () => {
    const saved = join(mkdtempSync(join(tmpdir(), "copub-collab-")), "c.jsonl.gz");
    expect((await run("corpus", "--out", saved, DATA_SET_C)).code).toBe(0);
    expect(find((await json(saved)).rows, "JP", "2021")?.papers).toBe(6);
  });
});

describe("copub collaboration --format csv", () => {
  it("writes unrounded rows in the JSON key order, names beside the codes, and the unattributed papers as UNATTRIBUTED rows", async () => {
    const { code, stdout } = await run("collaboration", "--format", "csv", DATA_SET_C);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "country,name,period,field,fieldName,papers,domestic,domesticSingleInstitution,domesticMultiInstitution,international,bilateral,multilateral,internationalShare",
    );
    // Rows in code order, as in JSON: CN first.
    expect(lines[1]).toBe("CN,China,2021,all,All fields,1,0,0,0,1,1,0,1");
    expect(lines).toContain("JP,Japan,2021,all,All fields,6,3,2,1,3,2,1,0.5");
    expect(lines).toContain(`WORLD,World,2021,all,All fields,7,3,2,1,4,3,1,${4 / 7}`);
    expect(lines.at(-2)).toBe("UNATTRIBUTED,Without a country,2021,all,All fields,1,,,,,,,");
    expect(lines.at(-1)).toBe("");
  });
});

describe("copub collaboration (Markdown, the default)", () => {
  it("prints data set C's table, countries and fields by name, countries in name order, with the unattributed papers under it", async () => {
    const { code, stdout } = await run("collaboration", DATA_SET_C);
    expect(code).toBe(0);
    // §5.3: CN and US through P5 (and P1), DE through P6, FR and GB through P4.
    expect(stdout).toContain(
      [
        "| Country | Period | Field | Papers | Domestic | Single institution | Multi-institution | International | Bilateral | Multilateral | International share (%) |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        "| China | 2021 | All fields | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 100.0 |",
        "| France | 2021 | All fields | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 100.0 |",
        "| Germany | 2021 | All fields | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 100.0 |",
        "| Japan | 2021 | All fields | 6 | 3 | 2 | 1 | 3 | 2 | 1 | 50.0 |",
        "| United Kingdom | 2021 | All fields | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 100.0 |",
        "| United States | 2021 | All fields | 2 | 0 | 0 | 0 | 2 | 2 | 0 | 100.0 |",
        "| World | 2021 | All fields | 7 | 3 | 2 | 1 | 4 | 3 | 1 | 57.1 |",
        "",
      ].join("\n"),
    );
    expect(stdout).toContain(
      [
        "| Period | Field | In scope | Attributable | Unattributed |",
        "| --- | --- | ---: | ---: | ---: |",
        "| 2021 | All fields | 8 | 7 | 1 |",
        "",
      ].join("\n"),
    );
    expect(stdout.endsWith("| 2021 | All fields | 8 | 7 | 1 |\n")).toBe(true);
  });

  it("rounds fractional counts to one decimal: Japan 4.5, bilateral 7/6 → 1.2, multilateral 1/3 → 0.3", async () => {
    const { stdout } = await run("collaboration", "--counting", "fractional", DATA_SET_C);
    expect(stdout).toContain(
      "| Japan | 2021 | All fields | 4.5 | 3.0 | 2.0 | 1.0 | 1.5 | 1.2 | 0.3 | 50.0 |",
    );
    expect(stdout).toContain("Fractional counting (nistep)");
  });
});

describe("copub collaboration: errors", () => {
  it("exits 2 naming the missing year when a window's years are not all present (§6)", async () => {
    const { code, stderr } = await run("collaboration", "--period", "2019-2021", GAP);
    expect(code).toBe(2);
    expect(stderr).toContain("no paper in the corpus is from 2020");
  });

  it("exits 2 naming missing years of a --years range", async () => {
    const { code, stderr } = await run("collaboration", "--years", "2019-2023", WINDOWS);
    expect(code).toBe(2);
    expect(stderr).toContain("2023");
  });

  it.each([
    [["--period", "2019-2021", "--window", "3"], "not both"],
    [["--window", "0"], "--window must be a whole number of at least 1"],
    [["--window", "-3"], '--window must be a whole number of at least 1, not "-3"'],
    [["--window", "5", "--years", "2019-2021"], "does not fit"],
    [["--period", "2019/2021"], "--period must look like"],
    [["--by", "region"], "--by must be field"],
    [["--counting", "harmonic"], "--counting must be one of integer, fractional"],
    [["--format", "xml"], "--format must be one of md, csv, json, xlsx"],
  ])("exits 2 for %j", async (args, message) => {
    const { code, stderr } = await run("collaboration", ...args, WINDOWS);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("exits 2 without inputs, and prints its help with --help", async () => {
    expect((await run("collaboration")).code).toBe(2);
    const help = await run("collaboration", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: copub collaboration <files or folders...>");
    expect((await run("--help")).stdout).toContain("collaboration");
  });
});

describe("the Markdown output's helpers", () => {
  it.each([
    [2.675, 2, 2.68], // stored as 2.67499999…: the 1e-9 guard of "Numbers" in docs/methodology.md
    [0.125, 2, 0.13],
    [-0.5, 0, -1], // half away from zero
    [1.45, 1, 1.5],
    [4 / 7, 3, 0.571],
    [0, 1, 0],
  ])("round(%d, %i) → %d (docs/methodology.md, Numbers)", (x, digits, expected) => {
    expect(round(x, digits)).toBe(expected);
  });

  it("fixed(x, d) writes exactly d decimals and never -0", () => {
    expect([fixed(4.5, 1), fixed(13 / 3, 2), fixed(7, 0), fixed(-0.01, 1)]).toEqual([
      "4.5",
      "4.33",
      "7",
      "0.0",
    ]);
  });

  it("toMarkdownTable aligns number columns right and escapes |", () => {
    expect(toMarkdownTable(["a", "n"], [["x|y", "1"]], [1])).toBe(
      "| a | n |\n| --- | ---: |\n| x\\|y | 1 |\n",
    );
  });
});
