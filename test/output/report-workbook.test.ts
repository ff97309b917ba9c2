// The report as a workbook, read back from its bytes, on data set C (methodology §4.5, §5.3) and the
// programme's data set G (§12.4): a sheet per table, countries by name with their code beside,
// numbers as numbers with their formats, frozen headers; figures worked by hand.
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { citationBaselines } from "../../src/indicators/impact/citation-baselines.ts";
import { topThresholds } from "../../src/indicators/top-cited/top-thresholds.ts";
import { reportSheets, reportWorkbook } from "../../src/output/report-workbook.ts";
import { accountingSheets, programmeSheets } from "../../src/output/table-sheets.ts";
import { toXlsx } from "../../src/output/xlsx.ts";
import { buildReport } from "../../src/report/build-report.ts";
import { dataSetC } from "../indicators/_papers.ts";
import { G } from "./_programme-g.ts";
import { type ReadSheet, readWorkbook, rowOf, sheetValues } from "./_xlsx.ts";

let C: Corpus;
let sheets: ReadSheet[];
const sheet = (name: string): ReadSheet => {
  const found = sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
};

beforeAll(async () => {
  C = (await dataSetC()).corpus;
  const report = buildReport(C, {
    reference: topThresholds(C.papers),
    baselines: citationBaselines(C.papers),
    focal: ["JP", "US"],
  });
  sheets = readWorkbook(await reportWorkbook(report));
});

describe("reportWorkbook(report)", () => {
  it("has one sheet per table, then the record accounting and the inputs", () => {
    // Every paper of C is of 2021: single years, so the windows' table is that year's as well.
    expect(sheets.map((s) => s.name)).toEqual([
      "Collaboration",
      "Collaboration by year",
      "Top10%",
      "Impact",
      "Partners Japan",
      "Partners United States",
      "Records",
      "Inputs",
    ]);
    for (const s of sheets) {
      expect(s.headerFrozen, s.name).toBe(true);
      expect(s.headerBold, s.name).toBe(true);
      expect(s.widths.length, s.name).toBe(Object.keys(s.rows[0] ?? {}).length);
    }
  });

  it("shows each country by name with its ISO code beside it, counts as numbers and the share as a percentage", () => {
    const collaboration = sheet("Collaboration");
    expect(sheetValues(collaboration)[0]?.slice(0, 5)).toEqual([
      "Country",
      "Country code",
      "Period",
      "Field",
      "Field code",
    ]);
    // JP (§5.3): 6 papers, 3 of them international — P1 (US) and P6 (DE) bilateral, P4 (FR, GB)
    // multilateral — and 3 domestic; 3/6 = 50%.
    const japan = rowOf(collaboration, "Japan");
    expect(japan["Country code"]?.value).toBe("JP");
    expect(japan.Field?.value).toBe("All fields");
    expect(japan["Field code"]?.value).toBe("all");
    expect(japan.Papers).toEqual({ value: 6, type: "n", format: "#,##0" });
    expect(japan.Domestic?.value).toBe(3);
    expect(japan.International?.value).toBe(3);
    expect(japan.Bilateral?.value).toBe(2);
    expect(japan.Multilateral?.value).toBe(1);
    expect(japan["International share"]).toEqual({ value: 0.5, type: "n", format: "0.0%" });
    // World: 7 papers with a country (P8 has none), 4 international → 4/7; it comes after the countries.
    const world = rowOf(collaboration, "World");
    expect(world["Country code"]?.value).toBe("WORLD");
    expect(world["International share"]?.value).toBeCloseTo(4 / 7, 15);
    // P8, without a country, is the UNATTRIBUTED row, as in the CSV (§4.6), last.
    const last = sheetValues(collaboration).at(-1);
    expect(last?.slice(0, 6)).toEqual(["Without a country", "UNATTRIBUTED", "2021", "All fields", "all", 1]);
  });

  it("keeps the Top10% weights unrounded, with two decimals shown, and the shares as percentages", () => {
    // ω = 0.8 on P1 (JP–US): Japan's 0.8 Top10% papers, all international; 0.8 of its 6 papers = 13.3%.
    const japan = rowOf(sheet("Top10%"), "Japan");
    expect(japan.Papers).toEqual({ value: 6, type: "n", format: "#,##0" });
    expect(japan.Top10).toBeUndefined();
    expect(japan["Top10%"]).toEqual({ value: 0.8, type: "n", format: "#,##0.00" });
    expect(japan["Top10% domestic"]?.value).toBe(0);
    expect(japan["Top10% international"]?.value).toBe(0.8);
    expect(japan["Top10% of papers"]?.value).toBeCloseTo(0.8 / 6, 15);
    expect(japan["Top10% of papers"]?.format).toBe("0.0%");
  });

  it("lists each focal country's partners with the focal and partner countries by name and code", () => {
    // I_JP = P1 (US), P4 (FR, GB), P6 (DE): each partner on one of the three → 1/3, all rank 1,
    // the tied ones in the table's order, by ISO alpha-3 (DEU, FRA, GBR, USA; §9.2).
    const partners = sheet("Partners Japan");
    const rows = sheetValues(partners).slice(1);
    expect(rows.map((row) => row.slice(6, 8))).toEqual([
      ["Germany", "DE"],
      ["France", "FR"],
      ["United Kingdom", "GB"],
      ["United States", "US"],
    ]);
    const first = rowOf(partners, "Japan");
    expect(first["Focal country code"]?.value).toBe("JP");
    expect(first.Rank).toEqual({ value: 1, type: "n", format: "#,##0" });
    expect(first.Share?.value).toBeCloseTo(1 / 3, 15);
    expect(first.Share?.format).toBe("0.0%");
    expect(first["In top"]).toEqual({ value: true, type: "b", format: "General" });
  });

  it("accounts for every record: 8 read, 8 parsed, 8 in scope, 1 without a country, from one file", () => {
    const records = Object.fromEntries(sheetValues(sheet("Records")).slice(1));
    expect(records).toMatchObject({
      "Records read": 8,
      Parsed: 8,
      Rejected: 0,
      "In scope": 8,
      "In scope without a country": 1,
    });
    const inputs = sheetValues(sheet("Inputs"));
    expect(inputs).toHaveLength(2);
    expect(inputs[1]?.slice(2, 5)).toEqual([8, 8, 0]);
  });

  it("is the same bytes for the same report", async () => {
    const report = buildReport(C, { focal: ["JP"] });
    expect(await reportWorkbook(report)).toEqual(await reportWorkbook(report));
    expect(reportSheets(report).map((s) => s.name)).toEqual([
      "Collaboration",
      "Collaboration by year",
      "Partners Japan",
      "Records",
      "Inputs",
    ]);
  });
});

describe("programmeSheets(result) on data set G (§12.4)", () => {
  it("writes the programme total, each project per fiscal year, the papers and the targets", async () => {
    const [counts, papers, targets] = readWorkbook(await toXlsx(programmeSheets(G)));
    // Programme total: FY2022 R1 R3 = 2/2/2; FY2023 R2 = 1/0/0; undetermined R5 = 1/1/0 (an empty year).
    expect(sheetValues(counts as ReadSheet)).toEqual([
      ["Level", "Project", "Fiscal year", "Papers", "International", "With partner"],
      ["programme", null, 2022, 2, 2, 2],
      ["programme", null, 2023, 1, 0, 0],
      ["programme", null, null, 1, 1, 0],
      ["project", "ASPIRE-GB", 2022, 2, 2, 2],
      ["project", "ASPIRE-GB", 2023, 1, 0, 0],
      ["project", "ASPIRE-GB", null, 1, 1, 0],
      ["project", "ASPIRE-US", 2022, 1, 1, 1],
    ]);
    expect(counts?.rows[1]?.C?.format).toBe("0");
    // R3: JP, GB, US — international, with a partner; selected by grant (ASPIRE-GB) and UT list (ASPIRE-US).
    const r3 = rowOf(papers as ReadSheet, "WOS:000000000000703");
    expect(r3.Countries?.value).toBe("United Kingdom; Japan; United States");
    expect(r3["Country codes"]?.value).toBe("GB; JP; US");
    expect(r3.International).toEqual({ value: true, type: "b", format: "General" });
    // Targets (with partner): FY2022 target 1, actual 2, met.
    const fy2022 = rowOf(targets as ReadSheet, "programme");
    expect([
      fy2022["Fiscal year"]?.value,
      fy2022.Target?.value,
      fy2022.Actual?.value,
      fy2022.Met?.value,
    ]).toEqual([2022, 1, 2, true]);
  });

  it("leaves out the targets sheet when no targets were given", () => {
    expect(programmeSheets({ ...G, targets: [] }).map((s) => s.name)).toEqual([
      "Programme",
      "Programme papers",
    ]);
  });
});

describe("accountingSheets(accounting, files)", () => {
  it("lists rejections and exclusions by reason under their totals", () => {
    const [records] = accountingSheets(
      { ...C.accounting, rejected: 2, rejectedByCode: { malformed: 1, "missing-ut": 1 } },
      C.files,
    );
    expect(records?.rows.slice(2, 5)).toEqual([
      ["Rejected", 2],
      ["Rejected: malformed", 1],
      ["Rejected: missing-ut", 1],
    ]);
  });
});
