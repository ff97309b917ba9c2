// copub top: the public command, its options and JSON shape (issue 8), on data set T (§8.6).
import { createHash } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sample } from "../_samples.ts";
import { JAPAN_TOP10_INTEGER } from "../indicators/_data-set-t.ts";
import { run } from "./_run.ts";

const T = sample("top/data-set-t.txt");
/** Japan's row as JSON prints it: the codes and, after them, their names. */
const JAPAN_NAMED = { ...JAPAN_TOP10_INTEGER, name: "Japan", fieldName: "All fields" };

describe("copub top", () => {
  it("prints the JSON rows with the issue's keys, the thresholds and the accounting", async () => {
    const { code, stdout } = await run("top", T, "--reference", "corpus", "--format", "json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    // The keys, with the names added after the codes.
    expect(Object.keys(json.rows[0]).slice(0, 12)).toEqual([
      "country",
      "name",
      "period",
      "field",
      "fieldName",
      "papers",
      "top",
      "topDomestic",
      "topInternational",
      "topBilateral",
      "topMultilateral",
      "topShareOfWorld",
    ]);
    expect(json.rows.find((r: { country: string }) => r.country === "JP")).toEqual(JAPAN_NAMED);
    expect(json.thresholds).toMatchObject([
      { field: "PHY", fieldName: "Physics", year: 2021, threshold: 12, tieWeight: "1/4" },
    ]);
    expect(json.accounting).toMatchObject({ records: 20, inScope: 20 });
  });

  it("refuses to run without --reference and says why (exit 2)", async () => {
    const { code, stdout, stderr } = await run("top", T);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--reference is required: .*whole world output of a field and year/);
  });

  it("keeps the papers left out by --countries in the reference sets", async () => {
    const { stdout } = await run("top", T, "--reference", "corpus", "--countries", "JP", "--format", "json");
    const rows = JSON.parse(stdout).rows;
    expect(rows.find((r: { country: string }) => r.country === "JP")).toEqual(JAPAN_NAMED);
    expect(rows.some((r: { country: string }) => r.country === "KR")).toBe(false);
  });

  it("saves the thresholds with --thresholds-out and scores a one-country selection against them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "copub-top-"));
    const file = join(dir, "world.csv");
    expect((await run("top", T, "--reference", "corpus", "--thresholds-out", file)).code).toBe(0);
    // ω = 1/4 and scale factor 2/5 as decimals, then as numerator and denominator.
    expect(await readFile(file, "utf8")).toContain(
      "field-year,TC,PHY,2021,all,10,20,1,4,12,0.25,1,4,0.4,2,5\n",
    );
    const { code, stdout } = await run(
      "top",
      T,
      "--reference",
      file,
      "--countries",
      "JP",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.rows.find((r: { country: string }) => r.country === "JP")).toEqual(JAPAN_NAMED);
    expect(json.reference).toMatchObject({ kind: "table", file: "world.csv" });
    // The run manifest names the threshold table by its SHA-256 (docs/methodology.md §13.5).
    const manifest = join(dir, "manifest.json");
    await run("top", T, "--reference", file, "--manifest", manifest);
    const sha256 = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
    expect(JSON.parse(await readFile(manifest, "utf8"))).toMatchObject({ command: "top", reference: sha256 });
    // A table made for other reference sets is refused before any export is read (this one does not exist).
    const other = await run(
      "top",
      "/nonexistent/exports",
      "--reference",
      file,
      "--reference-sets",
      "field-year-type",
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/world\.csv holds field-year thresholds, not field-year-type/);
  });

  it("prints CSV rows unrounded and Markdown rounded with the thresholds", async () => {
    const csv = await run("top", T, "--reference", "corpus", "--format", "csv");
    expect(csv.stdout.split("\n")[0]).toBe(
      "country,name,period,field,fieldName,papers,top,topDomestic,topInternational,topBilateral,topMultilateral,topShareOfWorld,topShareOfPapers",
    );
    expect(csv.stdout).toContain("\nJP,Japan,2021,all,All fields,7,1.75,0.25,1.5,1.25,0.25,0.875,0.25\n");
    const md = await run("top", T, "--reference", "corpus", "--percentile", "1");
    // Top1%: F1 counts 1/5 (§8.6); Japan 0.2 of the world's 0.2 → 100%, 0.2/7 = 2.857…% of its papers.
    expect(md.stdout).toContain(
      "| Japan | 2021 | All fields | 7.00 | 0.20 | 0.00 | 0.20 | 0.20 | 0.00 | 100.0 | 2.9 |\n",
    );
    // The tie weight 1/5 as a decimal, the exact fraction beside it (1/5 alone reads as a date).
    expect(md.stdout).toContain(
      "| Physics | 2021 | all | 20 | 0 | 1 | 31 | 0.2000 (1/5) | small, recent |\n",
    );
    expect(md.stdout).toContain("small-reference-set: fewer than 100 papers: PHY 2021.");
  });

  it("prints CWTS's and InCites' tables under their own names with --table", async () => {
    // CWTS, data set T: Japan full P 7, P(top 10%) 1.75 (25.0%), P(top 1%) 0.2 (0.2/7 = 2.9%).
    const cwts = await run("top", T, "--reference", "corpus", "--table", "cwts");
    expect(cwts.stdout).toContain("| Japan | 2021 | All fields | full | 7 | 1.75 | 25.0 | 0.20 | 2.9 |\n");
    // InCites: only F1 (percentile 5.00) is in the top 10%; Japan 1 of 7 documents.
    const incites = await run("top", T, "--reference", "corpus", "--table", "incites", "--format", "csv");
    expect(incites.stdout).toContain("\nJP,Japan,2021,all,All fields,7,1,14.285714285714286,0,0\n");
    expect(incites.stdout).toContain("\nWORLD,World,2021,all,All fields,20,1,5,0,0\n");
    const misuse = await run(
      "top",
      T,
      "--reference",
      "corpus",
      "--table",
      "cwts",
      "--counting",
      "fractional",
    );
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toMatch(/--table cwts .* --counting cannot be used with it/);
  });

  it.each([
    [
      ["--method", "median"],
      /--method must be one of tie-fraction, scale-all, inclusive, exclusive, incites/,
    ],
    [["--percentile", "5"], /--percentile must be one of 10, 1/],
    [["--format", "docx"], /--format must be one of md, csv, json, xlsx/],
    [["--by", "country"], /--by must be field/],
  ])("rejects %j as bad usage (exit 2)", async (args, message) => {
    const { code, stderr } = await run("top", T, "--reference", "corpus", ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("exits 1 for a threshold table that does not exist", async () => {
    const { code, stderr } = await run("top", T, "--reference", "/nonexistent/world.csv");
    expect(code).toBe(1);
    expect(stderr).toMatch(/no such threshold table/);
  });
});
