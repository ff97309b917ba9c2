// copub export --format parquet and copub sql on data set Q (docs/methodology.md §9.3) and data
// set C (§5.3): the export's report, and the SQL printing what copub partners and copub
// collaboration print for the same corpus, byte for byte (copub top under every --table and
// --reference-sets); usage errors for options of another indicator or a missing threshold table.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HAVE_DUCKDB, NEEDS_DUCKDB } from "../_parquet.ts";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const DATA_SET_Q = sample("partners/data-set-q.txt");
const DATA_SET_C = sample("methodology/data-set-c.txt");
const DATA_SET_T = sample("top/data-set-t.txt");
const root = mkdtempSync(join(tmpdir(), "copub-cli-sql-"));
const Q = join(root, "q");
const C = join(root, "c");
const T = join(root, "t");

beforeAll(async () => {
  expect((await run("export", "--format", "parquet", "--out", Q, "--quiet", DATA_SET_Q)).code).toBe(0);
  expect((await run("export", "--out", C, "--quiet", DATA_SET_C)).code).toBe(0);
  expect((await run("export", "--out", T, "--quiet", DATA_SET_T)).code).toBe(0);
});

/**
 * Runs `copub sql T --indicator top` and `copub top` on data set T with the corpus as reference,
 * both with `options` and `--format format`, and expects the same bytes; returns them.
 */
async function expectTopFromSql(options: readonly string[], format = "json"): Promise<string> {
  const sql = await run("sql", T, "--indicator", "top", ...options, "--format", format);
  const ts = await run("top", DATA_SET_T, "--reference", "corpus", ...options, "--format", format, "--quiet");
  expect(sql.code).toBe(0);
  expect(sql.stdout).toBe(ts.stdout);
  return sql.stdout;
}

describe("copub export --format parquet", () => {
  it("reports the rows of each table and the accounting", async () => {
    const { code, stdout } = await run("export", "--out", join(root, "q2"), "--quiet", DATA_SET_Q);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { rows: Record<string, number>; accounting: { inScope: number } };
    // Data set Q: 13 papers; Q1–Q9 have 2, 3, 2, 2, 4, 1, 2, 2, 2 countries, W0's four 2, 2, 2, 3 → 29.
    expect(report.rows).toMatchObject({ papers: 13, paper_country: 29 });
    expect(report.accounting.inScope).toBe(13);
  });

  it("requires --out", async () => {
    const { code, stderr } = await run("export", DATA_SET_Q);
    expect(code).toBe(2);
    expect(stderr).toContain("--out is required");
  });
});

describe.skipIf(!HAVE_DUCKDB)(`copub sql DIR${NEEDS_DUCKDB}`, () => {
  it("prints copub partners' JSON for data set Q, byte for byte", async () => {
    const options = ["--focal", "US", "--period", "2021", "--compare", "2011", "--highlight", "JP"];
    const sql = await run("sql", Q, "--indicator", "partners", ...options);
    const ts = await run("partners", DATA_SET_Q, "--format", "json", "--quiet", ...options);
    expect(sql.code).toBe(0);
    expect(sql.stdout).toBe(ts.stdout);
    // §9.3: the USA's partners in 2021: China and the United Kingdom (3 of 7), then four with 1.
    const rows = JSON.parse(sql.stdout).rows as { period: string; partner: string }[];
    expect(rows.filter((r) => r.period === "2021").map((r) => r.partner)).toEqual([
      "CN",
      "GB",
      "CA",
      "DE",
      "FR",
      "JP",
    ]);
  });

  it("prints copub collaboration's CSV for data set C, byte for byte under integer counting", async () => {
    const sql = await run("sql", C, "--indicator", "collaboration", "--format", "csv");
    const ts = await run("collaboration", DATA_SET_C, "--format", "csv", "--quiet");
    expect(sql.code).toBe(0);
    expect(sql.stdout).toBe(ts.stdout);
    // Fractional sums are exact in the SQL as in copub: Japan's international 2/3 + 1/3 + 1/2
    // (§5.3) is 1.5, not the 1.4999999999999998 of doubles added in order, on any thread count.
    const fractional = await run(
      "sql",
      C,
      "--indicator",
      "collaboration",
      "--counting",
      "fractional",
      "--threads",
      "4",
    );
    const copub = await run(
      "collaboration",
      DATA_SET_C,
      "--counting",
      "fractional",
      "--format",
      "json",
      "--quiet",
    );
    expect(fractional.stdout).toBe(copub.stdout);
    const japan = JSON.parse(fractional.stdout).rows.find((r: { country: string }) => r.country === "JP");
    expect(japan.international).toBe(1.5);
  });

  it("prints copub top's JSON for data set T with a threshold table as reference, byte for byte", async () => {
    const thresholds = join(root, "t-thresholds.csv");
    const made = await run(
      "top",
      DATA_SET_T,
      "--reference",
      "corpus",
      "--thresholds-out",
      thresholds,
      "--quiet",
    );
    expect(made.code).toBe(0);
    const sql = await run("sql", T, "--indicator", "top", "--reference", thresholds);
    const ts = await run("top", DATA_SET_T, "--reference", thresholds, "--format", "json", "--quiet");
    expect(sql.code).toBe(0);
    expect(sql.stdout).toBe(ts.stdout);
    // §8.6: t = 12, ω = 1/4; Japan 1 paper above + 3 of the 4 at t → 1 + 3/4 = 1.75.
    const japan = JSON.parse(sql.stdout).rows.find((r: { country: string }) => r.country === "JP");
    expect(japan.top).toBe(1.75);
  });

  it("prints copub top's JSON for data set T under InCites percentiles, byte for byte", async () => {
    const stdout = await expectTopFromSql(["--method", "incites", "--reference-sets", "field-year"]);
    // §8.5: only cit > t = 12 is within the top 10% (F1, 31 citations): Japan 1 of 7 papers.
    const japan = JSON.parse(stdout).rows.find((r: { country: string }) => r.country === "JP");
    expect(japan.top).toBe(1);
  });

  it.each([["cwts"], ["incites"]])(
    "prints copub top --table %s's JSON and CSV for data set T, byte for byte",
    async (style) => {
      for (const format of ["json", "csv"]) await expectTopFromSql(["--table", style], format);
    },
  );

  it.each([
    ["cwts", "category-year-type"],
    ["cwts", "field-year"],
    ["incites", "field-year"],
    ["incites", "field-year-type"],
  ])(
    "prints copub top --table %s --reference-sets %s's JSON for data set T, byte for byte",
    async (style, sets) => {
      const stdout = await expectTopFromSql(["--table", style, "--reference-sets", sets, "--by", "field"]);
      expect(JSON.parse(stdout).rows.length).toBeGreaterThan(0);
    },
  );

  it("takes --profile incites as copub top does: the InCites table, saying which options it set", async () => {
    // §14: the incites profile sets the InCites table (its percentiles over WoS Category sets);
    // the export's scope was fixed when it was written, which the notice says.
    const profiled = await run("sql", T, "--indicator", "top", "--profile", "incites");
    const explicit = await run("sql", T, "--indicator", "top", "--table", "incites");
    expect(profiled.code).toBe(0);
    expect(profiled.stdout).toBe(explicit.stdout);
    expect(profiled.stderr).toMatch(/--profile incites sets .*--table, --method, --reference-sets here/);
    expect(profiled.stderr).toContain("were fixed when the corpus was exported");
  });

  it("refuses an option of another indicator, options the CWTS and InCites tables fix, and a missing table (exit 2)", async () => {
    const focal = await run("sql", C, "--indicator", "collaboration", "--focal", "US");
    expect(focal.code).toBe(2);
    expect(focal.stderr).toContain("--focal cannot be used with --indicator collaboration");
    const cwts = await run("sql", C, "--indicator", "top", "--table", "cwts", "--percentile", "1");
    expect(cwts.code).toBe(2);
    expect(cwts.stderr).toContain("--percentile cannot be used with it (only with --table nistep)");
    const missing = await run("sql", C, "--indicator", "top", "--reference", join(root, "none.csv"));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("none.csv");
  });

  it("says when the folder is not a copub export", async () => {
    const { code, stderr } = await run("sql", root, "--indicator", "top");
    expect(code).toBe(1);
    expect(stderr).toContain("copub-corpus.json");
  });
});
