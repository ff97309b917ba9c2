// collect.ts's shared pieces: the read report of parsed records and rejections, and items told
// of as they pass (used by `copub read`'s progress and by the parallel count's fallback).
import { describe, expect, it } from "vitest";
import type { Rejection } from "../../src/diagnostics/rejection.ts";
import { countedItems, readReportOf, tally } from "../../src/read/collect.ts";
import type { ReadItem } from "../../src/read/read-item.ts";

const at = { file: "a.txt", line: 1, recordIndex: 0 };
const rejection = (code: Rejection["code"]): Rejection =>
  ({ code, message: code, ...at }) as unknown as Rejection;

describe("readReportOf", () => {
  it("counts every item once: 2 parsed + 3 rejected = 5 records, rejections by code", () => {
    const report = readReportOf(2, [
      rejection("missing-ut"),
      rejection("missing-ut"),
      rejection("malformed"),
    ]);
    expect(report).toEqual({
      records: 5,
      parsed: 2,
      rejected: 3,
      byCode: { "missing-ut": 2, malformed: 1 },
    });
  });
});

describe("countedItems", () => {
  it("passes every item on unchanged and tells of each once", async () => {
    const items = [
      { ok: false, rejection: rejection("missing-ut"), at },
      { ok: false, rejection: rejection("malformed"), at },
    ] as unknown as ReadItem[];
    async function* source() {
      yield* items;
    }
    let told = 0;
    const { report } = await tally(countedItems(source(), () => told++));
    // Two items, both rejections: 0 parsed + 2 rejected.
    expect(told).toBe(2);
    expect(report).toEqual({
      records: 2,
      parsed: 0,
      rejected: 2,
      byCode: { "missing-ut": 1, malformed: 1 },
    });
  });
});
