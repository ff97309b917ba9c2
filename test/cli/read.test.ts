import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

describe("copub read <files or folders...> --format json", () => {
  it("prints the accounting of each file and every rejection in the documented JSON shape", async () => {
    const path = sample("plain-text/record-without-ut.txt");
    const { code, stdout, stderr } = await run("read", "--format", "json", path);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual({
      files: [{ path, format: "plain", records: 3, parsed: 2, rejected: 1 }],
      records: 3,
      parsed: 2,
      rejected: 1,
      rejections: [
        {
          file: path,
          line: 54,
          id: null,
          code: "missing-ut",
          reason: "the record has no UT (accession number)",
        },
      ],
      skipped: [],
      profile: null,
      // The defaults of docs/reliability.md: 16 MiB = 16 · 1024² records and lines, 8 GiB = 8 · 1024³ inflated.
      readLimits: {
        maxRecordBytes: 16_777_216,
        maxLineBytes: 16_777_216,
        maxDecompressedBytes: 8_589_934_592,
        maxDecompressionRatio: 200,
      },
    });
  });

  it("records the limits given, none as null", async () => {
    const path = sample("plain-text/two-records.txt");
    const { code, stdout } = await run(
      "read",
      "--format",
      "json",
      path,
      "--max-record-size",
      "1MiB",
      "--max-inflate-ratio",
      "none",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).readLimits).toEqual({
      maxRecordBytes: 1_048_576,
      maxLineBytes: 16_777_216,
      maxDecompressedBytes: 8_589_934_592,
      maxDecompressionRatio: null,
    });
  });

  it("walks folders, reads files in path order, and lists the files that are not WoS exports", async () => {
    const { code, stdout, stderr } = await run("read", "--format", "json", sample(""));
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as {
      files: { path: string }[];
      skipped: { path: string; reason: string }[];
      records: number;
    };
    const paths = summary.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain(sample("tab-delimited/utf16be-bom-cr.txt"));
    // Not WoS: a CSV (detected at once) and two XML files without <REC> (found only by reading them).
    expect(summary.skipped.map((f) => f.path)).toEqual(
      expect.arrayContaining(
        ["not-wos.csv", "xml/not-wos-rss.xml", "xml/not-wos.xml"].map((file) => sample(file)),
      ),
    );
    for (const file of summary.skipped) expect(file.reason).toMatch(/not a Web of Science/);
    expect(stderr).toContain("skipped");
  });

  it("gives the same bytes whatever the order of the inputs", async () => {
    const a = sample("plain-text/two-records.txt");
    const b = sample("tab-delimited/row-without-ut.txt");
    expect((await run("read", "--format", "json", a, b)).stdout).toBe(
      (await run("read", "--format", "json", b, a)).stdout,
    );
  });
});

describe("copub read --threads N", () => {
  it("gives the bytes of one thread on a 9 MB export with a rejection in every third record", async () => {
    // 4,800 copies of a three-record sample whose second record has no UT: 14,400 records, 9.0 MB,
    // over the 8 MiB from which a file is cut into blocks read on threads.
    const dir = mkdtempSync(join(tmpdir(), "copub-read-threads-"));
    try {
      const path = join(dir, "big.txt");
      // The sample opens with a BOM, which only a file's first bytes may hold.
      const copy = readFileSync(sample("plain-text/record-without-ut.txt"), "utf8").replace(/^\uFEFF/, "");
      writeFileSync(path, copy.repeat(4800));
      const one = await run("read", "--format", "json", "--threads", "1", path);
      const two = await run("read", "--format", "json", "--threads", "2", path);
      expect(one.code).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      const summary = JSON.parse(two.stdout) as { records: number; rejected: number; rejections: unknown[] };
      expect([summary.records, summary.rejected, summary.rejections.length]).toEqual([14_400, 4800, 4800]);
      const text = await run("read", "--threads", "3", "--quiet", path);
      expect(text.stdout).toBe((await run("read", "--quiet", path)).stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it("refuses 0 threads", async () => {
    const { code, stderr } = await run("read", "--threads", "0", sample("plain-text/two-records.txt"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--threads/);
  });
});

describe("copub read --format text", () => {
  it("prints a table, the totals and one line per rejection", async () => {
    const { code, stdout } = await run("read", sample("tab-delimited/row-with-extra-cells.txt"));
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^file\s+format\s+records\s+parsed\s+rejected$/);
    expect(lines[1]).toMatch(/row-with-extra-cells\.txt\s+tab\s+2\s+1\s+1$/);
    expect(lines[2]).toMatch(/^total\s+2\s+1\s+1$/);
    expect(lines.at(-1)).toBe(
      `${sample("tab-delimited/row-with-extra-cells.txt")}:3: WOS:000600000000002: malformed: the row has 50 tab-separated cells, the header has 48`,
    );
  });
});

describe("copub read exit codes", () => {
  it("exits 1 with a clear message for a path that does not exist", async () => {
    const { code, stderr } = await run("read", "no/such/path.txt");
    expect(code).toBe(1);
    expect(stderr).toBe("copub read: no/such/path.txt: no such file or folder\n");
  });

  it("exits 1 for a file named explicitly that is not a WoS export", async () => {
    const { code, stderr } = await run("read", sample("not-wos.csv"));
    expect(code).toBe(1);
    expect(stderr).toContain("not a Web of Science export");
  });

  it.each([
    [["read"], "needs at least one file"],
    [["read", "--format", "xml", "x"], "--format must be one of json, text"],
    [["read", "--bogus", "x"], "Unknown option"],
    [["frobnicate"], 'unknown command "frobnicate"'],
  ])("exits 2 for bad usage: %j", async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe("the copub executable", () => {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const built = existsSync(`${root}dist/cli/main.js`);

  it.runIf(built)(
    "`npx copub --help` works from the project (dist/ is built by `npm ci` through `prepare`)",
    () => {
      const out = execFileSync("npx", ["--no-install", "copub", "--help"], { cwd: root, encoding: "utf8" });
      expect(out).toContain("Usage: copub <command> [options]");
      expect(out).toContain("read");
    },
  );

  it("has been built (run `npm ci` or `npm run build`)", () => {
    expect(built).toBe(true);
  });
});
