import { describe, expect, it } from "vitest";
import { MAX_PROBES } from "../../src/corpus/_hash-cons.ts";
import { createStringIndex, createStringSet } from "../../src/corpus/_string-set.ts";
import { textsInSlotZero } from "./_colliding-texts.ts";

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

describe("createStringIndex(): each distinct text's position", () => {
  it("gives a new text the next position and an equal text, built anew, the one it had", () => {
    const index = createStringIndex();
    expect(index.indexOf("JP")).toBe(0);
    expect(index.indexOf("US")).toBe(1);
    expect(index.indexOf(["J", "P"].join(""))).toBe(0);
    expect(index.indexOf("US ".slice(0, 2))).toBe(1);
    expect(index.strings).toEqual(["JP", "US"]);
  });

  it("keeps the copy of each new text, finds it by an equal text, and starts again at 0 once cleared", () => {
    const originals: string[] = [];
    const index = createStringIndex((value) => {
      originals.push(value);
      return ` ${value}`.slice(1);
    });
    const a = ["a", "b"].join("");
    expect([index.indexOf(a), index.indexOf("c"), index.indexOf("ab")]).toEqual([0, 1, 0]);
    expect(index.strings).toEqual(["ab", "c"]);
    expect(originals).toEqual(["ab", "c"]);
    const strings = index.strings;
    index.clear();
    expect(index.strings).toBe(strings);
    expect(index.strings).toEqual([]);
    expect(index.indexOf("c")).toBe(0);
  });

  it("gives up (-1, the text not kept) on a new text once MAX_PROBES others fill the slots from its own", () => {
    // MAX_PROBES (64) texts at slot 0 fill slots 0–63; a 65th at slot 0 finds none free there.
    const texts = textsInSlotZero(MAX_PROBES + 1);
    const index = createStringIndex();
    const positions = texts.slice(0, MAX_PROBES).map((text) => index.indexOf(text));
    expect(positions).toEqual(Array.from({ length: MAX_PROBES }, (_, i) => i));
    expect(index.indexOf(texts[MAX_PROBES] as string)).toBe(-1);
    expect(index.strings).toHaveLength(MAX_PROBES);
    // The texts kept are all still found, the last one among them at the end of its probes.
    expect(index.indexOf(texts[MAX_PROBES - 1] as string)).toBe(MAX_PROBES - 1);
  });
});
