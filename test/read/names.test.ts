import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createNameMatcher, personNameKey, surnameInitialKey } from "../../src/read/names.ts";

describe("person-name matching (docs/methodology.md §3.4)", () => {
  it.each([
    ["Björnson, Emil", "BJORNSON, EMIL"],
    ["Martinez,  Mario M.", "MARTINEZ, MARIO M"],
    // Already in the key's form but for case: the one-pass path upper-cases it and nothing else.
    ["de la Cruz, Ana-Maria", "DE LA CRUZ, ANA-MARIA"],
    // A space before the comma, none after: the comma is rewritten as ", ".
    ["Sato ,Akira", "SATO, AKIRA"],
    // A comma ending the name: the ", " it becomes is trimmed back to ",".
    ["Sato,", "SATO,"],
  ])("personNameKey(%j) → %j", (name, key) => expect(personNameKey(name)).toBe(key));
  // The definition of the key, step by step as methodology §3.4 gives it: the fast paths of
  // personNameKey (plain names, names plain but for periods) and the character-code loose key
  // must agree with it on every string, odd spacing, commas, periods and non-ASCII included.
  const definedKey = (name: string): string =>
    name
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toUpperCase()
      .replace(/\./g, "")
      .replace(/\s+/g, " ")
      .replace(/(?<!\s)\s*,\s*/g, ", ")
      .trim();
  const definedLooseKey = (name: string): string => {
    const key = definedKey(name);
    const comma = key.indexOf(",");
    if (comma === -1) return key;
    return `${key.slice(0, comma).trim()}|${key
      .slice(comma + 1)
      .trim()
      .charAt(0)}`;
  };
  test.prop([
    fc.string({
      unit: fc.constantFrom("a", "B", " ", ",", ".", "\t", "-", "é", "e\u0301", "\u00a0", "\u2028"),
    }),
  ])("personNameKey and surnameInitialKey follow the definition on any name", (name) => {
    expect(personNameKey(name)).toBe(definedKey(name));
    expect(surnameInitialKey(name)).toBe(definedLooseKey(name));
  });
  it("drops the periods of initials and keeps the rest as written", () => {
    // "Smith, J. R." → upper case "SMITH, J. R." → periods gone "SMITH, J R".
    expect(personNameKey("Smith, J. R.")).toBe("SMITH, J R");
    // "Ng ,. A." → periods gone "Ng , A" → " , " becomes ", " → "NG, A".
    expect(personNameKey("Ng ,. A.")).toBe("NG, A");
    expect(surnameInitialKey("Smith, J. R.")).toBe("SMITH|J");
  });
  it("surnameInitialKey reduces to surname and first initial", () => {
    expect(surnameInitialKey("Björnson, E")).toBe("BJORNSON|E");
  });
  it("createNameMatcher prefers an exact match and refuses an ambiguous loose one", () => {
    const match = createNameMatcher([
      ["Sato, Akira", "Sato, A"],
      ["Sato, Aiko", "Sato, A"],
      ["Smith, Carol", "Smith, C"],
    ]);
    expect(match("Sato, Aiko")).toBe(1);
    // "Sato, A" is the AU name of both Satos: it names neither.
    expect(match("Sato, A.")).toBe(-1);
    expect(match("Sato, Akira")).toBe(0);
    expect(match("Sato, Ayumi")).toBe(-1);
    expect(match("Smith, C. J.")).toBe(2);
    expect(match("Jones, D")).toBe(-1);
  });
});
