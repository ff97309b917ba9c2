// copub partners: docs/methodology.md §9.3 on data set Q in every format, worked by hand, and the usage
// errors (exit 2, the message naming the option).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PartnerGroup, PartnerRow } from "../../src/indicators/partners/partners.ts";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const Q = sample("partners/data-set-q.txt");
const QUESTION = ["--focal", "US", "--period", "2021", "--compare", "2011", "--highlight", "JP", Q];

interface JsonOutput {
  focal: string;
  focalName: string;
  groups: PartnerGroup[];
  rows: PartnerRow[];
  accounting: Record<string, unknown>;
}

async function ok(...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await run("partners", ...args);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return stdout;
}

// Shares (rounding of "Numbers" in docs/methodology.md, one decimal): 2011 over |I_US| = 4: JPN 3/4 = 75.0, CHN and GBR 1/4 = 25.0,
// sum 5/4 = 125.0. 2021 over |I_US| = 7: CHN and GBR 3/7 = 42.857… → 42.9, the others 1/7 = 14.285…
// → 14.3, sum 10/7 = 142.857… → 142.9. Reverse view: I_CN = {Q1, Q2, Q7, Q9} and I_GB = {Q2, Q3, Q5, Q9},
// 3 of 4 with the US → 75.0; every other partner's international papers all include the US → 100.0.
const Q_MARKDOWN = `Partner countries of United States (US): the share of the international co-authored papers of United States (two or more countries) that include each partner, in %, integer counting ([methodology §9](docs/methodology.md#s9)).

## 2011

| Field | International papers | 1 | 2 | 3 | 4 | 5 | 6 | Top-10 sum (%) | All partners (%) | Japan rank | Japan (%) |
| --- | ---: | --- | --- | --- | --- | --- | --- | ---: | ---: | --- | ---: |
| All fields | 4 | **JPN 75.0** | CHN 25.0 | GBR 25.0 (=2) |  |  |  | 125.0 | 125.0 | 1 | 75.0 |

## 2021, ranks compared with 2011

| Field | International papers | 1 | 2 | 3 | 4 | 5 | 6 | Top-10 sum (%) | All partners (%) | Japan rank | Japan (%) |
| --- | ---: | --- | --- | --- | --- | --- | --- | ---: | ---: | --- | ---: |
| All fields | 7 | CHN 42.9 | GBR 42.9 (=1) | CAN 14.3 | DEU 14.3 (=3) | FRA 14.3 (=3) | **JPN 14.3 (=3)** ↓ from 1 | 142.9 | 142.9 | 3 ↓ from 1 | 14.3 |

## Rows

| Period | Field | Rank | Partner | Papers | Share (%) | Rank in 2011 | Change | Partner's international papers | United States in partner's international papers (%) |
| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 2011 | All fields | 1 | Japan | 3 | 75.0 |  |  | 3 | 100.0 |
| 2011 | All fields | 2 | China | 1 | 25.0 |  |  | 1 | 100.0 |
| 2011 | All fields | 2 | United Kingdom | 1 | 25.0 |  |  | 1 | 100.0 |
| 2021 | All fields | 1 | China | 3 | 42.9 | 2 | +1 | 4 | 75.0 |
| 2021 | All fields | 1 | United Kingdom | 3 | 42.9 | 2 | +1 | 4 | 75.0 |
| 2021 | All fields | 3 | Canada | 1 | 14.3 |  | new | 1 | 100.0 |
| 2021 | All fields | 3 | Germany | 1 | 14.3 |  | new | 1 | 100.0 |
| 2021 | All fields | 3 | France | 1 | 14.3 |  | new | 1 | 100.0 |
| 2021 | All fields | 3 | Japan | 1 | 14.3 | 1 | -2 | 1 | 100.0 |

A paper counts once for each of its partners, so the shares overlap and add up to 100% or more over all partners ([§9.1](docs/methodology.md#s9.1)). Ranks are competition ranks on exact paper counts: equal counts share a rank and are shown by ISO alpha-3; (=k) marks a partner sharing rank k ([§9.2](docs/methodology.md#s9.2)). Codes: CAN Canada, CHN China, DEU Germany, FRA France, GBR United Kingdom, JPN Japan. Periods of several years sum their years' papers; shares are ratios of the sums. United States in partner's international papers is the reverse view: papers over the partner's own international co-authored papers in the corpus. Arrows give the rank in 2011 among all partners: ↑ up, ↓ down, → same; new: no shared paper in 2011.
`;

describe("copub partners (Markdown, the default)", () => {
  it("prints data set Q's NISTEP-style tables for 2011 and 2021, Japan's move, the rows and the notes", async () => {
    expect(await ok(...QUESTION)).toBe(Q_MARKDOWN);
  });

  it("--by field adds a line per NISTEP field and other: Q is all chemistry, the others are empty", async () => {
    const out = await ok("--by", "field", ...QUESTION);
    const y2021 = out.slice(out.indexOf("## 2021"), out.indexOf("## Rows")).split("\n").slice(4, 14);
    expect(y2021).toEqual([
      "| All fields | 7 | CHN 42.9 | GBR 42.9 (=1) | CAN 14.3 | DEU 14.3 (=3) | FRA 14.3 (=3) | **JPN 14.3 (=3)** ↓ from 1 | 142.9 | 142.9 | 3 ↓ from 1 | 14.3 |",
      "| Chemistry | 7 | CHN 42.9 | GBR 42.9 (=1) | CAN 14.3 | DEU 14.3 (=3) | FRA 14.3 (=3) | **JPN 14.3 (=3)** ↓ from 1 | 142.9 | 142.9 | 3 ↓ from 1 | 14.3 |",
      "| Materials Science | 0 |  |  |  |  |  |  |  |  | — | — |",
      "| Physics | 0 |  |  |  |  |  |  |  |  | — | — |",
      "| Computer Science & Mathematics | 0 |  |  |  |  |  |  |  |  | — | — |",
      "| Engineering | 0 |  |  |  |  |  |  |  |  | — | — |",
      "| Environment/Ecology & Geosciences | 0 |  |  |  |  |  |  |  |  | — | — |",
      "| Clinical Medicine | 0 |  |  |  |  |  |  |  |  | — | — |",
      "| Basic Life Sciences | 0 |  |  |  |  |  |  |  |  | — | — |",
      "| Other (not in the 8 fields) | 0 |  |  |  |  |  |  |  |  | — | — |",
    ]);
  });

  it("--by field with --fields shows only the fields in scope, not a field a paper in scope also has", async () => {
    // Q with Q1 (US, CN, 2021) also in General & Internal Medicine (NISTEP clin), both its fields
    // kept (--field-assignment fractional, §7.4). With --fields clin only Q1 is in scope: |I_US| = 1 (Q1), CHN in it, 1/1 = 100.0, in All fields and in Clinical
    // Medicine. Q1 is chemistry too, but chemistry is outside the scope: no Chemistry line, and no
    // empty line for the seven other fields.
    const folder = await mkdtemp(join(tmpdir(), "copub-partners-"));
    const file = join(folder, "q-clin.txt");
    const text = await readFile(Q, "utf8");
    await writeFile(
      file,
      text.replace(
        "WC Chemistry, Multidisciplinary",
        "WC Chemistry, Multidisciplinary; Medicine, General & Internal",
      ),
    );
    const out = await ok(
      ...["--focal", "US", "--period", "2021", "--fields", "clin", "--field-assignment", "fractional"],
      ...["--by", "field", file],
    );
    expect(out.slice(out.indexOf("| Field |"), out.indexOf("## Rows")).trim().split("\n")).toEqual([
      "| Field | International papers | 1 | Top-10 sum (%) | All partners (%) |",
      "| --- | ---: | --- | ---: | ---: |",
      "| All fields | 1 | CHN 100.0 | 100.0 | 100.0 |",
      "| Clinical Medicine | 1 | CHN 100.0 | 100.0 | 100.0 |",
    ]);
    // An ESI field in scope (CHE) keeps its NISTEP broad field: Q is all chemistry, 7 papers in 2021.
    const chemistry = await ok("--fields", "CHE", "--by", "field", ...QUESTION);
    expect(chemistry.slice(chemistry.indexOf("## 2021"), chemistry.indexOf("## Rows"))).toMatch(
      /\| All fields \| 7 \|.*\n\| Chemistry \| 7 \|[^\n]*\n\n/,
    );
    await rm(folder, { recursive: true });
  });

  it("--top 4 lists 4 partners, keeps Japan in the where-is columns and says the cutoff splits a tie", async () => {
    const out = await ok("--top", "4", ...QUESTION);
    expect(out).toContain(
      "| All fields | 7 | CHN 42.9 | GBR 42.9 (=1) | CAN 14.3 | DEU 14.3 (=3) | 114.3 | 142.9 | 3 ↓ from 1 | 14.3 |",
    );
    // (3 + 3 + 1 + 1) / 7 = 114.285… → 114.3; JPN's row stays in the Rows table below the cutoff.
    expect(out).toContain("| 2021 | All fields | 3 | Japan | 1 | 14.3 | 1 | -2 | 1 | 100.0 |");
    expect(out).not.toContain("| 2021 | All fields | 3 | France |");
    // The tie in display order (by alpha-3: CAN, DEU, FRA, JPN), by name.
    expect(out).toContain(
      "2021, All fields: the top 4 ends inside a tie between Canada, Germany, France, Japan.",
    );
  });

  it("--top all has no top-N sum column", async () => {
    const out = await ok("--top", "all", "--focal", "US", "--period", "2021", Q);
    expect(out).toContain("| Field | International papers | 1 | 2 | 3 | 4 | 5 | 6 | All partners (%) |");
  });
});

describe("copub partners --format json", () => {
  it("prints rows with the contract keys first, the groups with |I_US| and the accounting", async () => {
    const out = JSON.parse(await ok("--format", "json", ...QUESTION)) as JsonOutput;
    expect(Object.keys(out)).toEqual([
      "focal",
      "focalName",
      "focalAlpha3",
      "counting",
      "compare",
      "top",
      "highlight",
      "groups",
      "rows",
      "papersRead",
      "papersOutsidePeriods",
      "accounting",
    ]);
    // The contract keys keep their order; each name comes right after its code.
    expect(Object.keys(out.rows[0] ?? {})).toEqual([
      "focal",
      "focalName",
      "period",
      "field",
      "fieldName",
      "rank",
      "partner",
      "partnerName",
      "papers",
      "share",
      "previousRank",
      "rankChange",
      "movement",
      "partnerAlpha3",
      "inTop",
      "focalInternational",
      "partnerInternational",
      "reverseShare",
    ]);
    expect(out.rows[0]).toMatchObject({
      focal: "US",
      focalName: "United States",
      partner: "JP",
      partnerName: "Japan",
    });
    expect([out.focal, out.focalName]).toEqual(["US", "United States"]);
    expect(
      out.rows.filter((r) => r.period === "2021").map((r) => [r.partner, r.rank, r.previousRank]),
    ).toEqual([
      ["CN", 1, 2],
      ["GB", 1, 2],
      ["CA", 3, null],
      ["DE", 3, null],
      ["FR", 3, null],
      ["JP", 3, 1],
    ]);
    expect(out.rows.find((r) => r.period === "2021" && r.partner === "CN")?.share).toBe(3 / 7);
    expect(out.groups.map((g) => [g.period, g.focalInternational, g.shareSum])).toEqual([
      ["2011", 4, 5 / 4],
      ["2021", 7, 10 / 7],
    ]);
    expect(out.accounting).toMatchObject({ records: 13, inScope: 13 });
  });
});

describe("copub partners --format csv", () => {
  it("writes the rows unrounded, share 0–1, null as an empty cell, names beside the codes", async () => {
    const lines = (await ok("--format", "csv", ...QUESTION)).split("\n");
    expect(lines[0]).toBe(
      "focal,focalName,period,field,fieldName,rank,partner,partnerName,papers,share,previousRank,rankChange,movement,partnerAlpha3,inTop,focalInternational,partnerInternational,reverseShare",
    );
    expect(lines[1]).toBe("US,United States,2011,all,All fields,1,JP,Japan,3,0.75,,,,JPN,true,4,3,1");
    expect(lines[4]).toBe(
      `US,United States,2021,all,All fields,1,CN,China,3,${3 / 7},2,1,up,CHN,true,7,4,0.75`,
    );
    expect(lines[6]).toBe(`US,United States,2021,all,All fields,3,CA,Canada,1,${1 / 7},,,new,CAN,true,7,1,1`);
    expect(lines[9]).toBe(
      `US,United States,2021,all,All fields,3,JP,Japan,1,${1 / 7},1,-2,down,JPN,true,7,1,1`,
    );
    expect(lines.slice(10)).toEqual([""]);
  });
});

describe("copub partners --format html", () => {
  it("writes one page with a table per period, Japan's cell shaded with its move, and no script", async () => {
    const html = await ok("--format", "html", ...QUESTION);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html.endsWith("</body>\n</html>\n")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
    // The only links are to the methodology guide's sections.
    expect(html.match(/href="[^"]*"/g)).toEqual([
      'href="docs/methodology.md#s9"',
      'href="docs/methodology.md#s9.1"',
      'href="docs/methodology.md#s9.2"',
    ]);
    expect(html.match(/<table class="ranks" data-period="[^"]+">/g)).toEqual([
      '<table class="ranks" data-period="2011">',
      '<table class="ranks" data-period="2021">',
    ]);
    expect(html).toContain(
      '<td class="partner highlight"><abbr class="code" title="Japan">JPN</abbr> <span class="percent">14.3</span> <span class="tie">(=3)</span> <span class="move down">↓ from 1</span></td>',
    );
    expect(html).toContain(
      '<td class="partner"><abbr class="code" title="United Kingdom">GBR</abbr> <span class="percent">42.9</span> <span class="tie">(=1)</span></td>',
    );
    expect(html).toContain('<td>3 <span class="move down">↓ from 1</span></td>');
  });
});

describe("copub partners usage errors (exit 2, naming the option)", () => {
  it.each([
    ["missing --focal", ["--period", "2021", Q], "--focal"],
    ["a --focal that is not a country", ["--focal", "Untied States", Q], "--focal"],
    ["--top 0", ["--focal", "US", "--top", "0", Q], "--top"],
    ["--top ten", ["--focal", "US", "--top", "ten", Q], "--top"],
    ["--top 2.5", ["--focal", "US", "--top", "2.5", Q], "--top"],
    ["--top -2", ["--focal", "US", "--top", "-2", Q], "--top"],
    ["an unknown format", ["--focal", "US", "--format", "docx", Q], "--format"],
    ["--by year", ["--focal", "US", "--by", "year", Q], "--by"],
    ["a malformed --compare", ["--focal", "US", "--compare", "2009-11", Q], "--compare"],
    ["a bad --highlight", ["--focal", "US", "--highlight", "Jpaan", Q], "--highlight"],
    ["--period with --window", ["--focal", "US", "--period", "2021", "--window", "3", Q], "--period"],
  ])("%s", async (_, args, option) => {
    const { code, stdout, stderr } = await run("partners", ...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toContain(option);
  });

  it("names the missing years of a --compare window not in the corpus (§6)", async () => {
    const { code, stderr } = await run(
      "partners",
      "--focal",
      "US",
      "--period",
      "2021",
      "--compare",
      "2009-2011",
      Q,
    );
    expect(code).toBe(2);
    expect(stderr).toContain("2009, 2010");
  });

  it("--help prints the options", async () => {
    const out = await ok("--help");
    for (const option of [
      "--focal",
      "--period",
      "--compare",
      "--by field",
      "--top",
      "--highlight",
      "--format",
    ])
      expect(out).toContain(option);
  });
});
