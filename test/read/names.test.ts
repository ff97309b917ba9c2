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
