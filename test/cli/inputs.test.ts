// What every command that reads exports does with hostile or empty inputs: read limits given as
// options, named pipes refused by name, a run without a record stopped with exit 1.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseByteSize } from "../../src/cli/_read-limit-args.ts";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

/** The commands that read exports, each with the arguments it needs besides the inputs. */
const COMMANDS: readonly (readonly string[])[] = [
  ["read"],
  ["normalize"],
  ["countries"],
  ["corpus"],
  ["collaboration"],
  ["top", "--reference", "corpus"],
  ["partners", "--focal", "JP"],
  ["network", "--level", "country"],
  ["report", "--out", join(mkdtempSync(join(tmpdir(), "copub-inputs-")), "report")],
];

describe("parseByteSize(text)", () => {
  it.each([
    ["4096", 4096],
    ["64MiB", 64 * 1024 ** 2],
    ["16M", 16 * 1024 ** 2],
    ["8gib", 8 * 1024 ** 3],
    ["1.5K", 1536],
    ["2 GB", 2 * 1024 ** 3],
    ["none", Number.POSITIVE_INFINITY],
    ["0", undefined],
    ["-1M", undefined],
    ["64 MiBs", undefined],
    ["", undefined],
  ])("parseByteSize(%j) → %j", (text, bytes) => expect(parseByteSize(text)).toBe(bytes));
});

describe("--max-record-size, --max-line-size, --max-inflated-size, --max-inflate-ratio", () => {
  it("are taken by every command that reads exports, and past them a record is rejected", async () => {
    // two-records.txt: record 1 runs over lines 3–40, more than 1 KiB of text; record 2 too.
    for (const [command, ...rest] of COMMANDS.filter(([c]) => c === "read" || c === "corpus")) {
      const { code, stdout } = await run(
        command ?? "",
        ...rest,
        "--format",
        "json",
        "--max-record-size",
        "1KiB",
        sample("plain-text/two-records.txt"),
      );
      expect(code).toBe(0);
      expect(stdout).toContain('"record-too-large"');
    }
  });

  it.each(COMMANDS)("%s lists them in its help", async (command) => {
    const { stdout } = await run(command, "--help");
    for (const option of [
      "--max-record-size SIZE",
      "--max-line-size SIZE",
      "--max-inflated-size SIZE",
      "--max-inflate-ratio N",
    ])
      expect(stdout).toContain(option);
  });

  it.each([
    ["--max-record-size", "0"],
    ["--max-line-size", "lots"],
    ["--max-inflated-size", "-1G"],
    ["--max-inflate-ratio", "0"],
  ])("exit 2 for %s %s", async (option, value) => {
    const { code, stderr } = await run("read", option, value, sample("plain-text/two-records.txt"));
    expect(code).toBe(2);
    expect(stderr).toContain(`${option} must be`);
  });
});

describe("a run without a single record exits 1 and says what it found", () => {
  const folder = mkdtempSync(join(tmpdir(), "copub-nonwos-"));
  writeFileSync(join(folder, "a.pdf"), "%PDF-1.4");

  it.each(COMMANDS)("%s", async (command, ...rest) => {
    const { code, stderr } = await run(command, ...rest, "--quiet", folder);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `copub ${command}: no Web of Science record in 1 file: ${join(folder, "a.pdf")} (not a Web of Science export)\n`,
    );
  });
});

describe.runIf(process.platform !== "win32")(
  "a named pipe, alone or in a folder, exits 1 by name (no hang)",
  () => {
    const folder = mkdtempSync(join(tmpdir(), "copub-fifo-"));
    const pipe = join(folder, "pipe");
    execFileSync("mkfifo", [pipe]);

    it.each(COMMANDS)("%s", async (command, ...rest) => {
      for (const input of [pipe, folder]) {
        const { code, stderr } = await run(command, ...rest, "--quiet", input);
        expect(code).toBe(1);
        expect(stderr).toBe(
          `copub ${command}: ${pipe}: a named pipe (FIFO), not a regular file; copub reads regular files only\n`,
        );
      }
    });
  },
);

describe("files skipped in a folder", () => {
  it("are announced once, and only when one looks like an export; a README or a CSV is skipped quietly", async () => {
    const folder = mkdtempSync(join(tmpdir(), "copub-skipped-"));
    writeFileSync(join(folder, "a.txt"), readFileSync(sample("plain-text/two-records.txt")));
    writeFileSync(join(folder, "README.md"), "# What these exports are\n");
    writeFileSync(join(folder, "notes.csv"), "a,b\n1,2\n");
    const quiet = await run("corpus", folder);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain("skipped");
    // A .txt that is no export may be records the analyst meant to read: one notice names it.
    writeFileSync(join(folder, "savedrecs-2.txt"), "This is not an export\n");
    const noted = await run("corpus", folder);
    expect(noted.code).toBe(0);
    expect(noted.stderr.split("\n").filter((line) => line.includes("skipped"))).toEqual([
      expect.stringMatching(
        /^copub: skipped 1 file that looks like an export but is not one: .*savedrecs-2\.txt \(not a Web of Science export/,
      ),
    ]);
    // copub read still lists every skipped file, with its reason (the accounting).
    const read = JSON.parse((await run("read", "--format", "json", folder)).stdout) as {
      skipped: { path: string }[];
    };
    expect(read.skipped.map((file) => file.path)).toEqual(
      ["README.md", "notes.csv", "savedrecs-2.txt"].map((name) => join(folder, name)),
    );
  });
});
