// Progress reports of a read: on file boundaries and every PROGRESS_RECORD_STEP records, with
// counts that never go down and bytes that end at the files' total.
import { describe, expect, it } from "vitest";
import {
  createProgressTracker,
  type ReadProgress,
  ReadProgressSchema,
} from "../../src/read/read-progress.ts";

describe("createProgressTracker(sizes, onProgress)", () => {
  it("reports a file's start, every 100th record and its end, with base names and capped bytes", () => {
    const reports: ReadProgress[] = [];
    const tracker = createProgressTracker([1000, 500], (p) => reports.push(p));
    let read = 0;
    tracker.startFile("exports/a.txt", 1000, () => read);
    read = 600;
    for (let i = 0; i < 150; i++) tracker.record();
    read = 1200; // the file grew while it was read: the count stops at its listed size
    tracker.endFile();
    tracker.startFile("exports/b.txt.gz", 500, () => 0);
    for (let i = 0; i < 50; i++) tracker.record();
    tracker.endFile();
    const base = { phase: "reading", files: 2, totalBytes: 1500 } as const;
    expect(reports).toEqual([
      { ...base, file: "a.txt", filesDone: 0, records: 0, bytesRead: 0 },
      // record 100 of 150 (PROGRESS_RECORD_STEP = 100)
      { ...base, file: "a.txt", filesDone: 0, records: 100, bytesRead: 600 },
      { ...base, file: null, filesDone: 1, records: 150, bytesRead: 1000 },
      { ...base, file: "b.txt.gz", filesDone: 1, records: 150, bytesRead: 1000 },
      // record 200 overall, the 50th of b
      { ...base, file: "b.txt.gz", filesDone: 1, records: 200, bytesRead: 1000 },
      { ...base, file: null, filesDone: 2, records: 200, bytesRead: 1500 },
    ]);
    expect(tracker.current("building")).toEqual({
      ...base,
      phase: "building",
      file: null,
      filesDone: 2,
      records: 200,
      bytesRead: 1500,
    });
    for (const report of reports) expect(ReadProgressSchema.parse(report)).toEqual(report);
  });

  it("reports a block of records counted at once when it passes a step, once however many it passes", () => {
    const reports: ReadProgress[] = [];
    const tracker = createProgressTracker([1000], (p) => reports.push(p));
    tracker.startFile("a.txt", 1000, () => 0);
    tracker.records(60); // 60: no step passed
    tracker.records(250); // 310: passes 100, 200 and 300, one report
    tracker.records(90); // 400: lands on a step
    tracker.record(); // 401
    expect(reports.map((p) => p.records)).toEqual([0, 310, 400]);
    expect(tracker.current("reading").records).toBe(401);
  });
});
