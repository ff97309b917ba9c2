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
import { type WosRecord, WosRecordSchema } from "../../src/read/wos-record.ts";
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
    // 53 bits: a whole number below 2^53.
    expect(Number.isSafeInteger(quickDigest(record)) && quickDigest(record) >= 0).toBe(true);
  });

  it("frames each value by its kind and length, so values that run together differently differ", () => {
    const [record] = records as [WosRecord];
    // The same code units in one string or two.
    const joined = { ...record, categories: ["ab"] };
    const split = { ...record, categories: ["a", "b"] };
    expect(quickDigest(joined)).not.toBe(quickDigest(split));
    expect(quickDigest({ ...record, title: null })).not.toBe(quickDigest({ ...record, title: "null" }));
    expect(quickDigest({ ...record, timesCited: 3 })).not.toBe(quickDigest({ ...record, timesCited: 3.5 }));
    // Odd and even lengths: the last code unit of an odd string counts.
    expect(quickDigest({ ...record, title: "abc" })).not.toBe(quickDigest({ ...record, title: "abd" }));
    // A key whose value is undefined is left out, as in JSON.
    expect(quickDigest({ ...record, citedReferences: undefined })).toBe(
      quickDigest(
        Object.fromEntries(Object.entries(record).filter(([k]) => k !== "citedReferences")) as WosRecord,
      ),
    );
  });

  it("hashes a long value (copied out in pieces of 32,768 code units) the same whether it is a slice or a string of its own, and sees each of its code units", () => {
    const [record] = records as [WosRecord];
    // 70,001 code units: three pieces, the last of them odd, non-ASCII ones among them.
    const long = Array.from({ length: 70_001 }, (_, i) => String.fromCharCode(32 + ((i * 7) % 400))).join("");
    const sliced = `[${long}]`.slice(1, -1);
    const flat = JSON.parse(JSON.stringify(long)) as string;
    const digest = quickDigest({ ...record, title: sliced });
    expect(quickDigest({ ...record, title: flat })).toBe(digest);
    // One code unit changed: the first, either side of the first piece's end, the odd last one.
    for (const at of [0, 32_767, 32_768, 65_536, 70_000]) {
      const changed = `${long.slice(0, at)}${long[at] === "x" ? "y" : "x"}${long.slice(at + 1)}`;
      expect(quickDigest({ ...record, title: changed })).not.toBe(digest);
    }
    // An odd value just past the copying length (256), each time after a longer one of other
    // code units: the same digest, so nothing the longer one left in the copy is read.
    const short = { ...record, title: long.slice(1, 258) };
    const digestAfter = (fill: string): number => {
      quickDigest({ ...record, title: fill.repeat(1000) });
      return quickDigest(short);
    };
    expect(digestAfter("a")).toBe(digestAfter("b"));
  });
});

/**
 * A record with every field of the schema present and every list non-empty (the XML address
 * parts too), so that each leaf of the record can be changed on its own.
 */
function fullRecord(): WosRecord {
  const [record] = records as [WosRecord];
  const full: Record<string, unknown> = structuredClone(record);
  const fillers: Record<string, unknown> = {
    authors: [
      {
        seq: 1,
        name: "Sato, A",
        fullName: "Sato, Akira",
        orcid: "o",
        researcherId: "r",
        addressNumbers: [1],
      },
    ],
    addresses: [
      {
        number: 1,
        text: "Univ Tokyo, Tokyo, Japan",
        authors: ["Sato, A"],
        organizations: ["Univ Tokyo"],
        parts: {
          organizations: ["U"],
          suborganizations: ["D"],
          city: "c",
          state: "s",
          country: "J",
          zip: "z",
        },
      },
    ],
    reprintAddresses: [{ authors: ["Sato, A"], text: "Univ Tokyo, Tokyo, Japan" }],
    grants: [{ agency: "JSPS", grantIds: ["1"] }],
    unlinkedIdentifiers: [{ name: "Sato, A", orcid: "o", researcherId: "r" }],
    warnings: [{ code: "invalid-number", detail: "TC is n/a" }],
    otherTags: { ZZ: ["v"] },
    citedReferences: ["SMITH J, 2020, NATURE"],
  };
  for (const key of Object.keys(WosRecordSchema.shape)) {
    const value = full[key];
    if (key in fillers) full[key] = fillers[key];
    else if (value === null || value === undefined)
      full[key] = WosRecordSchema.shape[key as keyof WosRecord].safeParse("x").success ? "x" : 7;
    else if (Array.isArray(value) && value.length === 0) full[key] = ["x"];
  }
  return WosRecordSchema.parse(full);
}

/** Every record that differs from `value` in one leaf: a string or number changed, a value set to null, a list shortened. */
function oneLeafChanged(
  value: unknown,
  rebuild: (changed: unknown) => unknown,
  path: string,
): [string, unknown][] {
  const variants: [string, unknown][] = [[`${path} = null`, rebuild(null)]];
  if (typeof value === "string") variants.push([`${path} + "x"`, rebuild(`${value}x`)]);
  else if (typeof value === "number") variants.push([`${path} + 1`, rebuild(value + 1)]);
  else if (Array.isArray(value)) {
    variants.push([`${path} shortened`, rebuild(value.slice(0, -1))]);
    value.forEach((item, i) => {
      variants.push(
        ...oneLeafChanged(item, (c) => rebuild(value.map((x, j) => (j === i ? c : x))), `${path}[${i}]`),
      );
    });
  } else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value))
      variants.push(...oneLeafChanged(item, (c) => rebuild({ ...value, [key]: c }), `${path}.${key}`));
  return variants;
}

describe("quickDigest(record): every field of the schema counts", () => {
  const full = fullRecord();
  // Only the changes the schema allows (a title may be null, a UT may not).
  const variants = oneLeafChanged(full, (c) => c, "record").filter(
    ([path, variant]) => path !== "record = null" && WosRecordSchema.safeParse(variant).success,
  );

  it("changes with any one leaf of a record with every field filled", () => {
    const changed = variants.filter(([, variant]) => quickDigest(variant as WosRecord) !== quickDigest(full));
    expect(variants.map(([path]) => path)).toEqual(changed.map(([path]) => path));
    // Every top-level field of the schema was changed at least once.
    const fields = new Set(variants.map(([path]) => path.split(/[.[ ]/)[1] as string));
    expect([...fields].sort()).toEqual(Object.keys(WosRecordSchema.shape).sort());
  });

  it("does not depend on the order the record's keys were built in", () => {
    const reversed = Object.fromEntries(Object.entries(full).reverse()) as WosRecord;
    expect(quickDigest(reversed)).toBe(quickDigest(full));
  });
});
