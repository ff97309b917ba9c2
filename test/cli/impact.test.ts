// copub impact: the public command, its options and JSON contract (issue 22), on data set I, the
// §10.4 example as a WoS export (data-samples/impact/data-set-i.txt), worked by hand under each profile.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const I = sample("impact/data-set-i.txt");

// Data set I, 2021, all Articles. I1 JP 10 citations (Chemistry, Physical); I2 Kyoto Univ JP, Tohoku
// Univ JP, Harvard Univ US, 4 citations (Chemistry, Physical; Physics, Applied); I3 CN 0 and I4 CN 2
// (Chemistry, Physical); I5 DE 12 (Physics, Applied); I6 and I7 KR 0 (Mathematics).
interface Row {
  country: string;
  period: string;
  field: string;
  papers: number;
  citations: number;
  mcs: number | null;
  mncs: number | null;
  cnci: number | null;
  relativeCitationImpact: number | null;
}

async function json(
  ...args: string[]
): Promise<{ rows: Row[]; notices: { code: string; detail: string }[] }> {
  const { code, stdout, stderr } = await run(
    "impact",
    I,
    "--reference",
    "corpus",
    "--format",
    "json",
    ...args,
  );
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

function byCountry(rows: readonly Row[]): Record<string, Row> {
  return Object.fromEntries(rows.filter((r) => r.field === "all").map((r) => [r.country, r]));
}

function expectClose(row: Row | undefined, expected: Partial<Row>): void {
  for (const [key, value] of Object.entries(expected)) {
    const got = row?.[key as keyof Row];
    if (typeof value === "number") expect(got, key).toBeCloseTo(value, 12);
    else expect(got, key).toBe(value);
  }
}

describe("copub impact", () => {
  it("prints rows with exactly the issue's keys, the world row and the notices (JSON contract)", async () => {
    const { rows, notices } = await json();
    expect(rows.map((r) => Object.keys(r))).toEqual(
      rows.map(() => [
        "country",
        "period",
        "field",
        "papers",
        "citations",
        "mcs",
        "mncs",
        "cnci",
        "relativeCitationImpact",
      ]),
    );
    expect(rows.map((r) => r.country)).toEqual(["CN", "DE", "JP", "KR", "US", "WORLD"]);
    // Default (NISTEP's sets: ESI field × year, types pooled; I2 in Chemistry, the first of its tied fields):
    // Chemistry I1 10, I2 4, I3 0, I4 2 → μ = 4; Physics I5 12 → μ = 12; Mathematics μ = 0.
    // ncs: I1 2.5, I2 1, I3 0, I4 0.5, I5 1, I6 and I7 1 (CWTS); CNCI the same but none for I6, I7.
    // JP (I1, I2): papers 2, citations 14, MCS 7, MNCS (2.5 + 1)/2 = 1.75; world 28/7 = 4, RCI 7/4.
    expect(rows.find((r) => r.country === "JP")).toEqual({
      country: "JP",
      period: "2021",
      field: "all",
      papers: 2,
      citations: 14,
      mcs: 7,
      mncs: 1.75,
      cnci: 1.75,
      relativeCitationImpact: 1.75,
    });
    // The world: MNCS (2.5 + 1 + 0 + 0.5 + 1 + 1 + 1)/7 = 1, CNCI (2.5 + 1 + 0 + 0.5 + 1)/5 = 1.
    expect(rows.find((r) => r.country === "WORLD")).toEqual({
      country: "WORLD",
      period: "2021",
      field: "all",
      papers: 7,
      citations: 28,
      mcs: 4,
      mncs: 1,
      cnci: 1,
      relativeCitationImpact: 1,
    });
    expect(rows.find((r) => r.country === "KR")).toMatchObject({
      mncs: 1,
      cnci: null,
      relativeCitationImpact: 0,
    });
    expect(notices).toEqual([
      {
        code: "zero-baseline",
        detail:
          "2 papers are in reference sets whose mean is 0 citations (MATH 2021): mncs counts their normalized score as 1 (CWTS), cnci leaves them out (InCites defines no value) (methodology §10.3)",
      },
    ]);
  });

  it("refuses to run without --reference and says why (exit 2)", async () => {
    const { code, stdout, stderr } = await run("impact", I);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--reference is required: .*whole world output of a field and year/);
  });

  it("counts fractionally by hand: I2 gives Japan 2/3 and the United States 1/3", async () => {
    const rows = byCountry((await json("--counting", "fractional")).rows);
    // JP: papers 1 + 2/3 = 5/3, citations 10 + 8/3 = 38/3, MCS 38/5 = 7.6, MNCS (2.5 + 2/3 · 1)/(5/3) = 1.9.
    expectClose(rows.JP, {
      papers: 5 / 3,
      citations: 38 / 3,
      mcs: 7.6,
      mncs: 1.9,
      cnci: 1.9,
      relativeCitationImpact: 1.9,
    });
    // US: papers 1/3, citations 4/3, MCS 4, MNCS 1.
    expectClose(rows.US, {
      papers: 1 / 3,
      citations: 4 / 3,
      mcs: 4,
      mncs: 1,
      cnci: 1,
      relativeCitationImpact: 1,
    });
    // The world counts each paper once: as under full counting.
    expectClose(rows.WORLD, { papers: 7, citations: 28, mcs: 4, mncs: 1, cnci: 1 });
  });

  it.each([
    [
      "nistep",
      // NISTEP's sets as above; full counting.
      { JP: { papers: 2, mncs: 1.75, cnci: 1.75 }, US: { papers: 1, mncs: 1, cnci: 1 } },
      { mncs: 1, cnci: 1 },
    ],
    [
      "cwts",
      // Fractional fields (I2 half Chemistry, half Physics), types apart: Chemistry papers 3.5, citations
      // 10 + 2 + 0 + 2 = 14, μ = 4; Physics papers 1.5, citations 2 + 12 = 14, μ = 28/3.
      // ncs(I2) = (1/2)(4/4) + (1/2)(4/(28/3)) = 1/2 + 3/14 = 5/7; ncs(I5) = 12/(28/3) = 9/7.
      // CWTS counting, I2 by author: JP 2/3 (Ito, Mori), US 1/3 (Smith).
      // JP: papers 5/3, MNCS (2.5 + 2/3 · 5/7)/(5/3) = 25/14; US: papers 1/3, MNCS 5/7.
      {
        JP: { papers: 5 / 3, mncs: 25 / 14, cnci: 25 / 14 },
        US: { papers: 1 / 3, mncs: 5 / 7, cnci: 5 / 7 },
      },
      // World: (2.5 + 5/7 + 0 + 0.5 + 9/7 + 1 + 1)/7 = 1; CNCI (2.5 + 5/7 + 0.5 + 9/7)/5 = 1.
      { mncs: 1, cnci: 1 },
    ],
    [
      "incites",
      // WoS Category sets (§10.4): Chemistry, Physical 0, 2, 4, 10 → 4; Physics, Applied 4, 12 → 8;
      // CNCI(I2) = (4/4 + 4/8)/2 = 0.75; I5 12/8 = 1.5. JP: (2.5 + 0.75)/2 = 1.625.
      { JP: { papers: 2, mncs: 1.625, cnci: 1.625 }, US: { papers: 1, mncs: 0.75, cnci: 0.75 } },
      // World: MNCS (2.5 + 0.75 + 0 + 0.5 + 1.5 + 1 + 1)/7 = 7.25/7; CNCI (2.5 + 0.75 + 0.5 + 1.5)/5 = 1.05.
      { mncs: 7.25 / 7, cnci: 1.05 },
    ],
  ] as const)(
    "--profile %s: hand-worked rows; the uncited Mathematics set gives ncs 1 and no CNCI",
    async (profile, countries, world) => {
      // --period 2021: the CWTS profile's 4-year windows need four years, and an explicit option wins.
      const { rows, notices } = await json("--profile", profile, "--period", "2021");
      const all = byCountry(rows);
      for (const [country, expected] of Object.entries(countries)) expectClose(all[country], expected);
      expectClose(all.WORLD, world);
      expect(all.KR).toMatchObject({ papers: 2, citations: 0, mcs: 0, mncs: 1, cnci: null });
      expect(notices.map((n) => n.code)).toEqual(["zero-baseline"]);
      expect(notices[0]?.detail).toMatch(
        /^2 papers are in reference sets whose mean is 0 citations \((MATH|Mathematics) 2021( Article)?\)/,
      );
    },
  );

  it("saves the baselines with --baselines-out and normalizes a one-country selection against them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "copub-impact-"));
    const file = join(dir, "world-baselines.csv");
    const saved = await run("impact", I, "--reference", "corpus", "--baselines-out", file);
    expect(saved.code).toBe(0);
    expect(await readFile(file, "utf8")).toBe(
      [
        "referenceSets,citationCount,field,year,docType,papers,citations,mean,meanNumerator,meanDenominator",
        "field-year,TC,CHE,2021,all,4,16,4,4,1",
        "field-year,TC,MATH,2021,all,2,0,0,0,1",
        "field-year,TC,PHY,2021,all,1,12,12,12,1",
        "",
      ].join("\n"),
    );
    const world = byCountry((await json()).rows);
    const { code, stdout } = await run(
      "impact",
      I,
      "--reference",
      file,
      "--countries",
      "JP",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(byCountry(parsed.rows).JP).toEqual(world.JP);
    expect(parsed.reference).toMatchObject({ kind: "table", file: "world-baselines.csv" });
    // The run manifest names the baseline table by its SHA-256 (§13.5).
    const manifest = join(dir, "manifest.json");
    await run("impact", I, "--reference", file, "--manifest", manifest);
    const sha256 = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
    expect(JSON.parse(await readFile(manifest, "utf8"))).toMatchObject({
      command: "impact",
      reference: sha256,
    });
    // A table made for other reference sets is refused before any export is read (this one does not exist).
    const other = await run(
      "impact",
      "/nonexistent/exports",
      "--reference",
      file,
      "--reference-sets",
      "field-year-type",
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/world-baselines\.csv holds field-year baselines, not field-year-type/);
  });

  it("gives the same bytes whatever the order of the records (§13.1)", async () => {
    const text = await readFile(I, "utf8");
    const [head, ...records] = text.replace(/\nEF\n$/, "\n").split(/\n(?=PT J\n)/);
    const reversed = `${head}\n${records
      .map((record) => record.trimEnd())
      .reverse()
      .join("\n\n")}\n\nEF\n`;
    const dir = await mkdtemp(join(tmpdir(), "copub-impact-"));
    // The same base name, so that the record accounting names the file alike.
    await writeFile(join(dir, "data-set-i.txt"), reversed);
    for (const args of [
      [],
      ["--profile", "cwts", "--period", "2021"],
      ["--counting", "fractional", "--by", "field"],
    ]) {
      const forward = await run("impact", I, "--reference", "corpus", "--format", "json", ...args);
      const backward = await run(
        "impact",
        join(dir, "data-set-i.txt"),
        "--reference",
        "corpus",
        "--format",
        "json",
        ...args,
      );
      expect(backward.code).toBe(0);
      const { accounting: _a, ...ahead } = JSON.parse(forward.stdout);
      const { accounting: _b, ...behind } = JSON.parse(backward.stdout);
      expect(JSON.stringify(behind)).toBe(JSON.stringify(ahead));
    }
  });

  it("prints CSV unrounded, Markdown rounded with notes and baselines, and a self-contained HTML page", async () => {
    const csv = await run("impact", I, "--reference", "corpus", "--format", "csv");
    expect(csv.stdout.split("\n")[0]).toBe(
      "country,name,period,field,fieldName,papers,citations,mcs,mncs,cnci,relativeCitationImpact",
    );
    expect(csv.stdout).toContain("\nKR,South Korea,2021,all,All fields,2,0,0,1,,0\n");
    const md = await run("impact", I, "--reference", "corpus");
    expect(md.stdout).toContain("| Japan | 2021 | All fields | 2 | 14 | 7.00 | 1.75 | 1.75 | 1.75 |\n");
    expect(md.stdout).toContain("| Mathematics | 2021 | all | 2 | 0 | 0 | zero |\n");
    expect(md.stdout).toContain("[methodology §10.3](docs/methodology.md#s10.3)");
    const html = await run("impact", I, "--reference", "corpus", "--format", "html");
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n/);
    expect(html.stdout).toContain('<circle data-mark="mncs" data-key="JP"');
    expect(html.stdout).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});
