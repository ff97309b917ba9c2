// The progress line: its text from a report (table-driven), its redraw rate on a terminal, and
// in-process commands that draw it only on a terminal without --quiet, never on stdout.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  metricProgressLine,
  progressDisplay,
  progressLine,
  reportProgressLine,
} from "../../src/cli/_progress.ts";
import type { ReadProgress } from "../../src/read/read-progress.ts";
import { sample } from "../_samples.ts";
import { run, runWith } from "./_run.ts";

const reading = (over: Partial<ReadProgress>): ReadProgress => ({
  phase: "reading",
  file: "savedrecs-2.txt",
  filesDone: 1,
  files: 3,
  records: 1500,
  bytesRead: 6_000_000,
  totalBytes: 12_000_000,
  ...over,
});

const ERASE = "\r\x1b[K";

describe("progressLine(progress, seconds)", () => {
  it.each([
    // 1500 records in 2 s: 750 a second; 6 000 000 bytes = 6.0 MB.
    [reading({}), 2, "copub: file 2/3 savedrecs-2.txt: 1500 records, 750/s, 6.0/12.0 MB"],
    // No time has passed: no rate.
    [reading({}), 0, "copub: file 2/3 savedrecs-2.txt: 1500 records, 6.0/12.0 MB"],
    // 1000 / 3 = 333.3 → 333; 1 250 000 bytes = 1.25 MB → 1.3 (the nearer-above of two ties).
    [
      reading({ records: 1000, bytesRead: 1_250_000 }),
      3,
      "copub: file 2/3 savedrecs-2.txt: 1000 records, 333/s, 1.3/12.0 MB",
    ],
    // Every file done: the file count stays at 3/3 and no name is shown.
    [
      reading({ file: null, filesDone: 3, records: 3000, bytesRead: 12_000_000 }),
      3,
      "copub: file 3/3: 3000 records, 1000/s, 12.0/12.0 MB",
    ],
    [
      reading({ phase: "building", file: null, filesDone: 3, records: 3000, bytesRead: 12_000_000 }),
      3,
      "copub: building the corpus from 3000 records, 1000/s, 12.0/12.0 MB",
    ],
    // head "copub: file 1/1" 15 + tail ": 100 records, 50/s, 0.5/1.0 MB" 31 + a space: 32 characters
    // are left of 79 for the 50-character name: its first 15, "…", its last 16.
    [
      reading({
        file: "abcdefghijklmnopqrstuvwxyz0123456789-savedrecs.txt",
        filesDone: 0,
        files: 1,
        records: 100,
        bytesRead: 500_000,
        totalBytes: 1_000_000,
      }),
      2,
      "copub: file 1/1 abcdefghijklmno…89-savedrecs.txt: 100 records, 50/s, 0.5/1.0 MB",
    ],
  ])("%o after %d s → %j", (progress, seconds, line) => {
    expect(progressLine(progress, seconds)).toBe(line);
    expect(line.length).toBeLessThanOrEqual(79);
  });
});

describe("progressDisplay(io, quiet, now)", () => {
  const capture = (stderrIsTty: boolean) => {
    const writes: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => void writes.push(t), stderrIsTty };
    return { io, writes };
  };

  it.each([
    [false, false],
    [true, true],
  ])("draws nothing and counts nothing when stderr is a terminal: %s, quiet: %s", (tty, quiet) => {
    const { io, writes } = capture(tty);
    const display = progressDisplay(io, quiet, () => 1000);
    expect(display.onProgress).toBeUndefined();
    display.end();
    expect(writes).toEqual([]);
  });

  it("on a terminal, waits 200 ms, redraws at most every 200 ms or on a new phase, erases at the end", () => {
    const { io, writes } = capture(true);
    let time = 0;
    const display = progressDisplay(io, false, () => time);
    const at = (ms: number, progress: ReadProgress) => {
      time = ms;
      display.onProgress?.(progress);
    };
    const building = reading({ phase: "building", file: null, filesDone: 3 });
    at(100, reading({ records: 100 })); // too soon after the start
    at(250, reading({ records: 200 })); // drawn
    at(400, reading({ records: 300 })); // 150 ms after the last drawing
    at(450, reading({ records: 400 })); // drawn
    at(460, building); // a new phase: drawn at once
    display.end();
    expect(writes).toEqual([
      ERASE + progressLine(reading({ records: 200 }), 0.25),
      ERASE + progressLine(reading({ records: 400 }), 0.45),
      ERASE + progressLine(building, 0.46),
      ERASE,
    ]);
  });
});

describe("the progress line in commands", () => {
  // The setup file restores every mock after each test.
  // A slow clock: every reading of it is 300 ms after the one before, so every report is drawn.
  const slowClock = () => {
    let time = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (time += 300));
  };
  const input = sample("methodology/data-set-c.txt");

  it.each([["corpus"], ["read"], ["normalize"], ["countries"], ["collaboration"]])(
    "copub %s draws it on stderr only on a terminal without --quiet; stdout is the same",
    async (command) => {
      slowClock();
      const plain = await run(command, input);
      const quiet = await runWith({ stderrIsTty: true }, command, "--quiet", input);
      const drawn = await runWith({ stderrIsTty: true }, command, input);
      expect(plain.code).toBe(0);
      expect(quiet).toEqual(plain);
      expect(drawn.stdout).toBe(plain.stdout);
      expect(drawn.stderr).toContain(`${ERASE}copub: file 1/1 data-set-c.txt: 0 records`);
      // Erased before anything else is written, so the notices read as without it.
      expect(drawn.stderr.startsWith(ERASE)).toBe(true);
      const erased = drawn.stderr.split(ERASE);
      expect(erased.slice(0, -1).every((line) => line === "" || line.startsWith("copub: "))).toBe(true);
      expect(erased.at(-1)).toBe(plain.stderr);
    },
  );

  it("copub collaboration draws it while reading a saved corpus", async () => {
    const saved = join(mkdtempSync(join(tmpdir(), "copub-progress-")), "saved.jsonl.gz");
    expect((await run("corpus", input, "--out", saved)).code).toBe(0);
    slowClock();
    const plain = await run("collaboration", saved);
    const drawn = await runWith({ stderrIsTty: true }, "collaboration", saved);
    expect(drawn.stdout).toBe(plain.stdout);
    expect(drawn.stderr).toContain(`${ERASE}copub: file 1/1: 8 records`);
  });

  it("copub corpus draws the building phase with data set C's 8 records", async () => {
    slowClock();
    const drawn = await runWith({ stderrIsTty: true }, "corpus", input);
    expect(drawn.stderr).toContain(`${ERASE}copub: building the corpus from 8 records`);
  });
});

describe("metricProgressLine(progress, seconds)", () => {
  it("names the metric, and for a path metric the searches done and their share", () => {
    // 1200 of 26953 searches: 4.45% shown as 4%; 31.4 s as 31 s.
    expect(metricProgressLine({ metric: "betweenness", done: 1200, total: 26953 }, 31.4)).toBe(
      "copub network: betweenness, 1200/26953 searches (4%), 31 s",
    );
    expect(metricProgressLine({ metric: "closeness", done: 0, total: 1 }, 40)).toBe(
      "copub network: closeness, 40 s",
    );
  });
});

describe("reportProgressLine(progress, seconds) and copub report's line", () => {
  it("names the section, its place among the sections and the papers; then that all are done", () => {
    // Section 4 of 5 is the one after 3 done; 4.2 s shown as 4 s.
    expect(reportProgressLine({ section: "partners", sectionsDone: 3, sections: 5, papers: 2748 }, 4.2)).toBe(
      "copub report: partners (section 4/5) over 2748 papers, 4 s",
    );
    expect(reportProgressLine({ section: null, sectionsDone: 5, sections: 5, papers: 2748 }, 9.6)).toBe(
      "copub report: sections done over 2748 papers, 10 s",
    );
  });

  it("copub report draws each section on a terminal, none off one or with --quiet; stdout is the same", async () => {
    const input = sample("methodology/data-set-c.txt");
    let time = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (time += 300));
    const plain = await run("report", input);
    const quiet = await runWith({ stderrIsTty: true }, "report", "--quiet", input);
    const drawn = await runWith({ stderrIsTty: true }, "report", input);
    expect(plain.code).toBe(0);
    expect(quiet).toEqual(plain);
    expect(drawn.stdout).toBe(plain.stdout);
    // Without --reference the report has collaboration, partners and network: three sections.
    for (const [i, section] of ["collaboration", "partners", "network"].entries())
      expect(drawn.stderr).toContain(`${ERASE}copub report: ${section} (section ${i + 1}/3) over 8 papers`);
    expect(drawn.stderr.split(ERASE).at(-1)).toBe(plain.stderr);
  });
});
