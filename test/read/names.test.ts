import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  createNameMatcher,
  createRankedNameMatcher,
  LOOSE_MATCH,
  type NameMatch,
  personNameKey,
  surnameInitialKey,
} from "../../src/read/names.ts";

/**
 * The matcher as methodology §3.4 defines it, every key of every candidate in two maps: an exact
 * key names the one candidate that has it (its fullest name's rank), else a loose key does.
 */
function definedMatcher(candidates: readonly (readonly string[])[]): (name: string) => NameMatch | null {
  const exact = new Map<string, NameMatch | null>();
  const loose = new Map<string, number | null>();
  candidates.forEach((names, index) => {
    const own = new Set<string>();
    const ownLoose = new Set<string>();
    names.forEach((name, rank) => {
      const key = personNameKey(name);
      if (own.has(key)) return;
      own.add(key);
      exact.set(key, exact.has(key) ? null : { index, rank });
      ownLoose.add(surnameInitialKey(name));
    });
    for (const key of ownLoose) loose.set(key, loose.has(key) ? null : index);
  });
  return (name) => {
    const found = exact.get(personNameKey(name));
    if (found !== undefined) return found;
    const index = loose.get(surnameInitialKey(name));
    return index === undefined || index === null ? null : { index, rank: LOOSE_MATCH };
  };
}

/** Short names of few letters, commas, periods, spaces and non-ASCII: many shared keys, exact and loose. */
const shortName = fc.string({
  unit: fc.constantFrom("a", "S", "s", " ", ",", ".", "|", "é", "E\u0301", "\u00a0", "\t"),
  maxLength: 6,
});

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
  test.prop([fc.array(fc.array(shortName, { maxLength: 3 }), { maxLength: 8 }), fc.array(shortName)])(
    "createRankedNameMatcher matches as the definition, however names share keys",
    (candidates, lookups) => {
      const match = createRankedNameMatcher(candidates);
      const defined = definedMatcher(candidates);
      for (const name of lookups) expect(match(name)).toEqual(defined(name));
    },
  );
  // Past 32 names the matcher groups them by the first character of their loose key and searches
  // a group of more than 32 through maps: 12 to 20 candidates of 3 names, most starting with S
  // (one group of more than 32, nearly always) and the rest anything (smaller groups), looked up
  // by their own names (re-cased, with periods, spaced) and at random.
  const consortiumName = fc.oneof(
    { arbitrary: shortName.map((name) => `S${name}`), weight: 4 },
    { arbitrary: shortName, weight: 1 },
  );
  test.prop([
    fc.array(fc.array(consortiumName, { minLength: 3, maxLength: 3 }), { minLength: 12, maxLength: 20 }),
    fc.array(consortiumName),
  ])(
    "createRankedNameMatcher matches as the definition on a consortium's many names",
    (candidates, random) => {
      const match = createRankedNameMatcher(candidates);
      const defined = definedMatcher(candidates);
      const own = candidates.flat().flatMap((name) => [name, name.toLowerCase(), `${name}.`, ` ${name}`]);
      for (const name of [...own, ...random]) expect(match(name)).toEqual(defined(name));
    },
  );
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
  it("matches the same way when a consortium's many names are looked up through maps", () => {
    // 3 authors (6 names) are searched one by one; the same 3 among 20 fillers (46 names, past
    // the 32 searched one by one, all of them starting with S, as the 3 do: one group of 46)
    // through maps. The answers must not depend on the way.
    const three = [
      ["Sato, Akira", "Sato, A"],
      ["Sato, Aiko", "Sato, A"],
      ["Smith, Carol", "Smith, C"],
    ];
    const fillers = Array.from({ length: 20 }, (_, i) => [`Sfiller${i}, Bo`, `Sfiller${i}, B`]);
    const asked = [
      "Sato, Aiko",
      "Sato, A.",
      "Sato, Akira",
      "Sato, Ayumi",
      "Smith, C. J.",
      "smith, carol",
      "Jones, D",
    ];
    const few = createRankedNameMatcher(three);
    const many = createRankedNameMatcher([...fillers, ...three]);
    // Sato, Aiko: exact on AF (rank 0); "Sato, A." is both Satos' AU key; "Sato, Ayumi" loosely
    // both Satos; "Smith, C. J." loosely Smith only (SMITH|C); "Jones, D" nobody.
    const expected = [
      { index: 1, rank: 0 },
      null,
      { index: 0, rank: 0 },
      null,
      { index: 2, rank: LOOSE_MATCH },
      { index: 2, rank: 0 },
      null,
    ];
    expect(asked.map(few)).toEqual(expected);
    expect(asked.map(many)).toEqual(expected.map((m) => (m === null ? null : { ...m, index: m.index + 20 })));
  });
});
