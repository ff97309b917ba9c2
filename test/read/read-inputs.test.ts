// forEachInput(paths, visit, { onProgress }): progress over files and folders, skipped files included.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tally } from "../../src/read/collect.ts";
import { forEachInput, looksLikeExport } from "../../src/read/read-inputs.ts";
import type { ReadProgress } from "../../src/read/read-progress.ts";
import { sample } from "../_samples.ts";

describe("forEachInput(paths, visit, { onProgress })", () => {
  it("reports each file's start and end, a skipped file's bytes as read", async () => {
    // data-set-c.txt: 8 records (8 ER lines), 2799 bytes; not-wos.csv: 44 bytes, skipped.
    const folder = mkdtempSync(join(tmpdir(), "copub-progress-"));
    copyFileSync(sample("methodology/data-set-c.txt"), join(folder, "data-set-c.txt"));
    copyFileSync(sample("not-wos.csv"), join(folder, "not-wos.csv"));
    const reports: ReadProgress[] = [];
    const skipped = await forEachInput(
      [folder],
      async (_path, reading) => {
        await tally(reading.items);
      },
      { onProgress: (p) => reports.push(p) },
    );
    expect(skipped.map((s) => s.path)).toEqual([join(folder, "not-wos.csv")]);
    const base = { phase: "reading", files: 2, totalBytes: 2799 + 44 } as const;
    expect(reports).toEqual([
      { ...base, file: "data-set-c.txt", filesDone: 0, records: 0, bytesRead: 0 },
      { ...base, file: null, filesDone: 1, records: 8, bytesRead: 2799 },
      { ...base, file: "not-wos.csv", filesDone: 1, records: 8, bytesRead: 2799 },
      { ...base, file: null, filesDone: 2, records: 8, bytesRead: 2843 },
    ]);
  });

  it("reports nothing, and reads the same items, without a listener", async () => {
    const counts: number[] = [];
    await forEachInput([sample("methodology/data-set-c.txt")], async (_path, reading) => {
      counts.push((await tally(reading.items)).report.records);
    });
    expect(counts).toEqual([8]);
  });
});

describe("looksLikeExport(path)", () => {
  it.each([
    ["exports/savedrecs (3).txt", true],
    ["exports/wos-2021.xml.gz", true],
    ["exports/tab.tsv", true],
    ["exports/records.gz", true],
    ["exports/README.md", false],
    ["exports/README.txt", false],
    ["exports/notes.txt", false],
    ["exports/journals.csv", false],
    ["exports/paper.pdf", false],
  ])("%s → %s", (path, expected) => {
    expect(looksLikeExport(path)).toBe(expected);
  });
});
