import { describe, expect, it } from "vitest";
import { consed, HASH_START, hashPart, hashText } from "../../src/corpus/_hash-cons.ts";

describe("hashText(hash, text)", () => {
  it("gives equal texts equal hashes, whatever their instances", () => {
    const built = ["UNIV", "TOKYO"].join(" ");
    expect(hashText(HASH_START, built)).toBe(hashText(HASH_START, "UNIV TOKYO"));
    expect(hashText(HASH_START, "UNIV TOKYO".slice(0, 4))).toBe(hashText(HASH_START, "UNIV"));
  });

  it("frames a text by its length, so that texts run together differently differ", () => {
    // "ab" then "c" against "a" then "bc": the same code units, cut in different places.
    const ab = hashText(hashText(HASH_START, "ab"), "c");
    const a = hashText(hashText(HASH_START, "a"), "bc");
    expect(ab).not.toBe(a);
    expect(hashText(HASH_START, "")).toBe(hashPart(HASH_START, 0));
    expect(hashText(HASH_START, "ab")).not.toBe(hashText(HASH_START, "ba"));
    // An odd length mixes its last code unit alone.
    expect(hashText(HASH_START, "abc")).toBe(
      hashPart(hashPart(hashPart(HASH_START, 3), 0x61 | (0x62 << 16)), 0x63),
    );
  });
});

describe("consed(table, hash, arg, same, make, context)", () => {
  const same = (known: string[], items: readonly string[]) =>
    known.length === items.length && known.every((item, i) => item === items[i]);
  const make = (items: readonly string[]) => [...items];

  it("finds the value made for an equal candidate, and makes one for another", () => {
    const table = new Map<number, string[]>();
    const hashOf = (items: readonly string[]) => items.reduce(hashText, HASH_START);
    const first = consed(table, hashOf(["JP", "US"]), ["JP", "US"], same, make, null);
    expect(consed(table, hashOf(["JP", "US"]), ["J", "P", "US"].slice(1), same, make, null)).not.toBe(first);
    expect(consed(table, hashOf(["JP", "US"]), [`${"J"}P`, "US"], same, make, null)).toBe(first);
    expect(table.size).toBe(2);
  });

  it("keeps values whose hashes collide apart (the next key is probed)", () => {
    const table = new Map<number, string[]>();
    const a = consed(table, 7, ["a"], same, make, null);
    const b = consed(table, 7, ["b"], same, make, null);
    expect(b).not.toBe(a);
    expect(consed(table, 7, ["b"], same, make, null)).toBe(b);
    expect(consed(table, 7, ["a"], same, make, null)).toBe(a);
  });
});
