import { describe, expect, it } from "vitest";
import { createStringSet } from "../../src/corpus/_string-set.ts";

describe("createStringSet(copy): one instance per distinct text", () => {
  it("copies each distinct text once and hands that copy back for every equal string, past many doublings of its table", () => {
    const copies: string[] = [];
    const intern = createStringSet((value) => {
      copies.push(value);
      return `${value}`;
    });
    // 20,000 distinct keys (the table starts at 4,096 slots and doubles when half full: 3 doublings and more).
    const keys = Array.from(
      { length: 20_000 },
      (_, i) => `name:SURNAME${i}|${String.fromCharCode(65 + (i % 26))}`,
    );
    const first = keys.map(intern);
    expect(copies).toHaveLength(20_000);
    // The same texts again, built anew (a slice of a longer line, a concatenation): found, so no copy is made.
    const line = `C1 ${keys.join("; ")}`;
    let at = 3;
    keys.forEach((key, i) => {
      const sliced = line.slice(at, at + key.length);
      at += key.length + 2;
      expect(intern(sliced)).toBe(first[i]);
      expect(intern(`${key.slice(0, 5)}${key.slice(5)}`)).toBe(first[i]);
    });
    expect(copies).toHaveLength(20_000);
  });

  it("tells apart texts that differ in one character, their length or their case", () => {
    const intern = createStringSet((value) => value);
    const texts = ["UNIV TOKYO", "UNIV TOKY0", "UNIV TOKYO ", "Univ Tokyo", "", "A"];
    const got = texts.map(intern);
    expect(got).toEqual(texts);
  });
});
