// The record digest is the SHA-256 of the record's canonical JSON (methodology §13.2's last
// tie-break); it is computed piece by piece, never building that text, and must be the same.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  differingFields,
  digestRecord,
  digestSha256,
  quickDigest,
} from "../../src/corpus/_record-digest.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";
import type { WosRecord } from "../../src/read/wos-record.ts";
import { sample } from "../_samples.ts";

const records = parsePlainText(readFileSync(sample("plain-text/two-records.txt"), "utf8")).flatMap((item) =>
  item.ok ? [item.record] : [],
);

describe("digestRecord(record)", () => {
  it.each(records.map((r) => [r.ut, r] as const))(
    "%s: its SHA-256 is that of canonicalJson(record)",
    (_ut, record) => {
      expect(digestSha256(digestRecord(record))).toBe(
        createHash("sha256").update(canonicalJson(record)).digest("hex"),
      );
    },
  );

  it("does not depend on the order in which a record's keys were built", () => {
    const [record] = records as [WosRecord];
    const reversed = Object.fromEntries(Object.entries(record).reverse()) as WosRecord;
    expect(digestRecord(reversed)).toEqual(digestRecord(record));
  });

  it("names the fields two versions differ in, cited references only when both have them", () => {
    const [record] = records as [WosRecord];
    const cited = { ...record, timesCited: (record.timesCited ?? 0) + 1 };
    expect(differingFields(digestRecord(record), digestRecord(cited))).toEqual(["timesCited"]);
    const { citedReferences: _, ...without } = record;
    expect(differingFields(digestRecord(record), digestRecord(without))).toEqual([]);
  });

  it("digests a record of 200,000 authors without building its text (the hash of the whole is still that of the text)", () => {
    const [record] = records as [WosRecord];
    const authors = Array.from({ length: 200_000 }, (_, i) => ({
      seq: i + 1,
      name: `Sato, A${i % 26}`,
      fullName: null,
      orcid: null,
      researcherId: null,
      addressNumbers: [],
    }));
    const big = { ...record, authors };
    expect(digestSha256(digestRecord(big))).toBe(
      createHash("sha256").update(canonicalJson(big)).digest("hex"),
    );
  });
});

describe("quickDigest(record)", () => {
  it("is equal for equal records and differs when one field does", () => {
    const [record, other] = records as [WosRecord, WosRecord];
    expect(quickDigest(structuredClone(record))).toBe(quickDigest(record));
    expect(quickDigest({ ...record, timesCited: (record.timesCited ?? 0) + 1 })).not.toBe(
      quickDigest(record),
    );
    expect(quickDigest(other)).not.toBe(quickDigest(record));
    // 48 bits: a whole number below 2^48.
    expect(Number.isInteger(quickDigest(record)) && quickDigest(record) < 2 ** 48).toBe(true);
  });
});
