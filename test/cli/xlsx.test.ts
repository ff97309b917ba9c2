// --format xlsx on the table commands and report.xlsx in copub report --out, on data set T
// (methodology §8.6) and the programme's data set G (§12.4): the workbook read back from the file
// (or from a pipe), its sheets and cells against hand-worked figures, and no binary on a terminal.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/_run.ts";
import { sample } from "../_samples.ts";
import { type ReadSheet, readWorkbook, rowOf } from "../output/_xlsx.ts";
import { run } from "./_run.ts";

const T = sample("top/data-set-t.txt");
const G = [
  sample("programme/data-set-g.txt"),
  "--projects",
  sample("programme/data-set-g-projects.csv"),
  "--targets",
  sample("programme/data-set-g-targets.csv"),
];

/** The sheet at a tab position (an error when the workbook has fewer). */
function at(sheets: readonly ReadSheet[], i: number): ReadSheet {
  const sheet = sheets[i];
  if (sheet === undefined) throw new Error(`the workbook has no sheet ${i + 1}`);
  return sheet;
}

const tempFile = async (name: string) => join(await mkdtemp(join(tmpdir(), "copub-xlsx-")), name);

/** Runs a command with --format xlsx --output FILE and reads the workbook back. */
async function workbook(...argv: string[]) {
  const file = await tempFile("out.xlsx");
  const { code, stdout, stderr } = await run(...argv, "--format", "xlsx", "--output", file);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(stdout).toBe("");
  const bytes = new Uint8Array(await readFile(file));
  return { bytes, sheets: readWorkbook(bytes) };
}

/** Runs a command in-process with standard output taking bytes, a terminal or a pipe. */
async function runPiped(terminal: boolean, ...argv: string[]) {
  const chunks: Uint8Array[] = [];
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    argv,
    {
      stdout: (t) => (stdout += t),
      stdoutBytes: async (bytes) => void chunks.push(bytes),
      stdoutIsTty: terminal,
      stderr: (t) => (stderr += t),
      stderrIsTty: false,
    },
    "0.0.0-test",
  );
  return { code, stdout, stderr, bytes: Buffer.concat(chunks) };
}

describe("--format xlsx", () => {
  it("collaboration: the table and where its numbers come from, Japan by name with JP beside it", async () => {
    const { sheets } = await workbook("collaboration", T);
    expect(sheets.map((s) => s.name)).toEqual(["Collaboration", "Records", "Inputs"]);
    // Japan: 7 papers, 4 international (F1, F3, F8 bilateral; F4 multilateral), 3 domestic → 4/7.
    const japan = rowOf(at(sheets, 0), "Japan");
    expect(japan["Country code"]?.value).toBe("JP");
    expect(japan.Papers).toEqual({ value: 7, type: "n", format: "#,##0" });
    expect([
      japan.Domestic?.value,
      japan.International?.value,
      japan.Bilateral?.value,
      japan.Multilateral?.value,
    ]).toEqual([3, 4, 3, 1]);
    expect(japan["International share"]?.value).toBeCloseTo(4 / 7, 15);
    expect(japan["International share"]?.format).toBe("0.0%");
    // Records: data set T's 20 records, all parsed and in scope.
    expect(rowOf(at(sheets, 1), "Records read").Count?.value).toBe(20);
    expect(rowOf(at(sheets, 1), "In scope").Count?.value).toBe(20);
  });

  it("top: Japan's Top10% papers split into domestic and international (§8.6)", async () => {
    const { sheets } = await workbook("top", T, "--reference", "corpus");
    expect(sheets.map((s) => s.name)).toEqual(["Top10%", "Records", "Inputs"]);
    // 1.75 Top10% papers: 0.25 domestic, 1.5 international; 1.75 of Japan's 7 papers = 25%.
    const japan = rowOf(at(sheets, 0), "Japan");
    expect(japan["Top10%"]).toEqual({ value: 1.75, type: "n", format: "#,##0.00" });
    expect(japan["Top10% domestic"]?.value).toBe(0.25);
    expect(japan["Top10% international"]?.value).toBe(1.5);
    expect(japan["Top10% of papers"]).toEqual({ value: 0.25, type: "n", format: "0.0%" });
  });

  it("top --table cwts: the source's own column names, its PP(…) proportions as percentages", async () => {
    const { sheets } = await workbook("top", T, "--reference", "corpus", "--table", "cwts");
    expect(sheets[0]?.name).toBe("CWTS");
    const japan = rowOf(at(sheets, 0), "Japan");
    expect(japan["Country code"]?.value).toBe("JP");
    expect(japan["PP(top 10%)"]?.format).toBe("0.0%");
  });

  it("partners: the focal country's partners by rank, share as a percentage", async () => {
    const { sheets } = await workbook("partners", T, "--focal", "JP");
    expect(sheets[0]?.name).toBe("Partners Japan");
    // Japan's international papers F1 (US), F3 (CN), F4 (DE, FR), F8 (US): US on 2 of 4, the others on 1.
    const first = rowOf(at(sheets, 0), "Japan");
    expect([
      first.Rank?.value,
      first.Partner?.value,
      first["Partner code"]?.value,
      first.Papers?.value,
    ]).toEqual([1, "United States", "US", 2]);
    expect(first.Share).toEqual({ value: 0.5, type: "n", format: "0.0%" });
    expect(rowOf(at(sheets, 0), "Japan", 1).Share?.value).toBe(0.25);
  });

  it("impact: MNCS as a number shown with two decimals", async () => {
    const { sheets } = await workbook("impact", T, "--reference", "corpus");
    expect(sheets[0]?.name).toBe("Impact");
    // One reference set: 128 citations over 20 papers, μ = 6.4; Japan 87 over 7 → 12.43 / 6.4 = 1.94.
    const japan = rowOf(at(sheets, 0), "Japan");
    expect(japan.Citations?.value).toBe(87);
    expect(japan.MNCS?.value).toBeCloseTo(87 / 7 / 6.4, 12);
    expect(japan.MNCS?.format).toBe("0.00");
  });

  it("programme: counts, papers and targets as sheets, then the records", async () => {
    const { sheets } = await workbook("programme", ...G);
    expect(sheets.map((s) => s.name)).toEqual([
      "Programme",
      "Programme papers",
      "Programme targets",
      "Records",
      "Inputs",
    ]);
    // Programme total FY2022: R1 and R3, both international with a partner (§12.4).
    const fy2022 = rowOf(at(sheets, 0), "programme");
    expect([fy2022["Fiscal year"]?.value, fy2022.Papers?.value, fy2022["With partner"]?.value]).toEqual([
      2022, 2, 2,
    ]);
  });

  it("writes the same bytes to a pipe as to --output, and the same bytes every run", async () => {
    const { bytes } = await workbook("collaboration", T);
    const piped = await runPiped(false, "collaboration", T, "--format", "xlsx");
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe("");
    expect(new Uint8Array(piped.bytes)).toEqual(bytes);
    expect((await workbook("collaboration", T)).bytes).toEqual(bytes);
  });

  it("refuses to write a workbook to a terminal, before reading anything (exit 2)", async () => {
    const tty = await runPiped(true, "partners", T, "--focal", "JP", "--format", "xlsx");
    expect(tty.code).toBe(2);
    expect(tty.bytes).toHaveLength(0);
    expect(tty.stderr).toContain("--format xlsx writes a binary Excel workbook");
    expect(tty.stderr).toContain("give --output FILE.xlsx");
    // A file that does not exist is not read first: the usage error comes before the inputs.
    const early = await runPiped(true, "collaboration", "no-such-file.txt", "--format", "xlsx");
    expect(early.code).toBe(2);
  });

  it("--output takes the text formats too: the file holds what standard output would", async () => {
    const file = await tempFile("collaboration.csv");
    const printed = await run("collaboration", T, "--format", "csv");
    expect((await run("collaboration", T, "--format", "csv", "--output", file)).stdout).toBe("");
    expect(await readFile(file, "utf8")).toBe(printed.stdout);
  });
});

describe("copub report --out: report.xlsx", () => {
  it("is rewritten with the folder: a rerun for another focal country gives that run's workbook, byte for byte", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "copub-report-xlsx-")), "out");
    expect((await run("report", T, "--reference", "corpus", "--focal", "JP,US", "--out", dir)).code).toBe(0);
    const first = readWorkbook(new Uint8Array(await readFile(join(dir, "report.xlsx"))));
    // With --reference corpus: Top10% and impact sheets; one partner sheet per focal country.
    expect(first.map((s) => s.name).slice(2, 6)).toEqual([
      "Top10%",
      "Impact",
      "Partners Japan",
      "Partners United States",
    ]);
    expect((await run("report", T, "--focal", "KR", "--out", dir)).code).toBe(0);
    const fresh = join(await mkdtemp(join(tmpdir(), "copub-report-xlsx-")), "out");
    expect((await run("report", T, "--focal", "KR", "--out", fresh)).code).toBe(0);
    const swapped = new Uint8Array(await readFile(join(dir, "report.xlsx")));
    expect(swapped).toEqual(new Uint8Array(await readFile(join(fresh, "report.xlsx"))));
    // Without --reference: no Top10% or impact sheet; South Korea's partners only.
    expect(readWorkbook(swapped).map((s) => s.name)).toEqual([
      "Collaboration",
      "Collaboration by year",
      "Partners South Korea",
      "Records",
      "Inputs",
    ]);
  });
});
