import { describe, expect, it } from "vitest";
import {
  DEFAULT_READ_LIMITS,
  readLimits,
  recordedReadLimits,
  recordLimits,
} from "../../src/read/read-limits.ts";

describe("readLimits(given)", () => {
  it("fills in the documented defaults: 16 MiB records, 16 MiB lines, 8 GiB inflated, ratio 200", () => {
    expect(readLimits()).toEqual({
      maxRecordBytes: 16 * 1024 * 1024,
      maxLineBytes: 16 * 1024 * 1024,
      maxDecompressedBytes: 8 * 1024 * 1024 * 1024,
      maxDecompressionRatio: 200,
    });
    expect(readLimits()).toEqual(DEFAULT_READ_LIMITS);
  });

  it("keeps what is given, Infinity included, and ignores other options", () => {
    expect(readLimits({ maxLineBytes: 10, maxDecompressionRatio: Number.POSITIVE_INFINITY })).toMatchObject({
      maxLineBytes: 10,
      maxDecompressionRatio: Number.POSITIVE_INFINITY,
      maxRecordBytes: 16 * 1024 * 1024,
    });
  });

  it.each([0, -1, Number.NaN])("throws invalid-option naming the limit and the file for %s", (value) => {
    expect(() => readLimits({ maxRecordBytes: value }, "a.txt")).toThrow(
      expect.objectContaining({ code: "invalid-option", file: "a.txt" }),
    );
  });
});

describe("recordLimits(given)", () => {
  it("keeps the record and line limits given and nothing else", () => {
    expect(recordLimits({ maxRecordBytes: 1024, maxDecompressedBytes: 1, maxDecompressionRatio: 2 })).toEqual(
      {
        maxRecordBytes: 1024,
      },
    );
    expect(recordLimits({ maxLineBytes: 80, maxRecordBytes: 512 })).toEqual({
      maxRecordBytes: 512,
      maxLineBytes: 80,
    });
    // Nothing given: no key at all, so a reader's own defaults apply.
    expect(Object.keys(recordLimits({}))).toEqual([]);
  });
});

describe("recordedReadLimits(given)", () => {
  it("records every limit with its default filled in, and null for a limit turned off (JSON has no Infinity)", () => {
    expect(recordedReadLimits({ maxLineBytes: Number.POSITIVE_INFINITY, maxDecompressionRatio: 50 })).toEqual(
      {
        maxRecordBytes: 16 * 1024 * 1024,
        maxLineBytes: null,
        maxDecompressedBytes: 8 * 1024 * 1024 * 1024,
        maxDecompressionRatio: 50,
      },
    );
  });
});
