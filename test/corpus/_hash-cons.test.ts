import { describe, expect, it } from "vitest";
import { consed, HASH_START, hashPart, hashText } from "../../src/corpus/_hash-cons.ts";

describe("hashText(hash, text): a string mixed into a hash by its text", () => {
  it("gives equal texts equal hashes, whatever the instance (a slice, a concatenation, a flat copy)", () => {
    const line = "C1 Univ Tokyo, Dept Chem, Tokyo, Japan.";
    const sliced = line.slice(3, 13);
    const joined = ["UNIV", "TOKYO"].join(" ").toLowerCase().replace("univ tokyo", "Univ Tokyo");
    expect(sliced).toBe("Univ Tokyo");
    expect(hashText(HASH_START, sliced)).toBe(hashText(HASH_START, joined));
  });

  it("tells apart texts of other characters, order or length, and the place of a text in a list", () => {
    const hashes = [
      hashText(HASH_START, "JP"),
      hashText(HASH_START, "PJ"),
      hashText(HASH_START, "JPN"),
      hashText(HASH_START, ""),
      hashText(hashText(HASH_START, "JP"), "US"),
      hashText(hashText(HASH_START, "US"), "JP"),
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe("consed(table, hash, arg, same, make, context): one instance per value", () => {
  const same = (known: string[], arg: string[]) => known.join("\u0000") === arg.join("\u0000");
  const copy = (arg: string[]) => [...arg];

  it("hands back the instance made for an equal value, and a new one for a value not seen", () => {
    const table = new Map<number, string[]>();
    const first = consed(table, hashPart(HASH_START, 1), ["JP"], same, copy, null);
    expect(consed(table, hashPart(HASH_START, 1), ["JP"], same, copy, null)).toBe(first);
    expect(consed(table, hashPart(HASH_START, 2), ["US"], same, copy, null)).not.toBe(first);
  });

  it("keeps two different values whose hashes collide apart (the second goes to the next key)", () => {
    const table = new Map<number, string[]>();
    const jp = consed(table, 7, ["JP"], same, copy, null);
    const us = consed(table, 7, ["US"], same, copy, null);
    expect(us).toEqual(["US"]);
    expect(us).not.toBe(jp);
    expect(table.size).toBe(2);
    expect(consed(table, 7, ["US"], same, copy, null)).toBe(us);
    expect(consed(table, 7, ["JP"], same, copy, null)).toBe(jp);
  });
});

describe("consed: input made to collide", () => {
  it("keeps the values that fit under one hash shared and gives the others an instance of their own, equal to them", () => {
    const table = new Map<number, string[]>();
    const same = (known: string[], arg: string[]) => known[0] === arg[0];
    const copy = (arg: string[]) => [...arg];
    const made = Array.from({ length: 1000 }, (_, i) => consed(table, 7, [`V${i}`], same, copy, null));
    for (const [i, value] of made.entries()) expect(value).toEqual([`V${i}`]);
    // 64 probes under one hash: the first 64 values are kept and found again, the rest are not kept.
    expect(table.size).toBe(64);
    expect(consed(table, 7, ["V0"], same, copy, null)).toBe(made[0]);
    expect(consed(table, 7, ["V63"], same, copy, null)).toBe(made[63]);
    expect(consed(table, 7, ["V64"], same, copy, null)).not.toBe(made[64]);
  });
});
