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
  // Many names, many of one surname and initial: 12 to 20 candidates of 3 names, most starting
  // with S and the rest anything, looked up by their own names (re-cased, with periods, spaced) and
  // at random; past a few look-ups the matcher groups the names by the hash of their loose key.
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
  it("matches the same way when a consortium's many names are looked up through the hash map", () => {
    // 3 authors (6 names), each name asked of a matcher of its own: scanned for. The same 3 among
    // 20 fillers (46 names, all starting with S, as the 3 do), asked of one matcher after ten
    // look-ups of names nobody has: past four scans a name, every name is hashed and grouped, and
    // each asked name is found through the map. The answers must not depend on the way.
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
    const few = (name: string) => createRankedNameMatcher(three)(name);
    const many = createRankedNameMatcher([...fillers, ...three]);
    for (let i = 0; i < 10; i++) expect(many(`Nobody${i}, Z`)).toBeNull();
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

describe("createRankedNameMatcher's shortcuts keep §3.4's answers", () => {
  // Each case is asked of the record's own names, a matcher a name (its names scanned for the
  // hash), and again of one matcher behind 20 fillers, where every index moves by 20, after ten
  // look-ups of names nobody has (its names hashed and grouped: found through the map).
  const fillers = Array.from({ length: 20 }, (_, i) => [`Qfiller${i}, Bo`, `Qfiller${i}, B`]);
  const expectBothWays = (
    candidates: string[][],
    asked: readonly (readonly [string, NameMatch | null])[],
  ): void => {
    const many = createRankedNameMatcher([...fillers, ...candidates]);
    for (let i = 0; i < 10; i++) expect(many(`Nobody${i}, Z`)).toBeNull();
    for (const [name, expected] of asked) {
      const few = createRankedNameMatcher(candidates);
      expect(few(name), name).toEqual(expected);
      expect(many(name), name).toEqual(
        expected === null ? null : { ...expected, index: expected.index + 20 },
      );
    }
  };
  it("refuses a loose key two candidates of one signature share, and takes an exact key over it", () => {
    // TANAKA|K is both Ken's and Kiyoshi's loose key: "Tanaka, Koji" (TANAKA|K, no exact key)
    // names neither; "tanaka, ken." is Ken's exact key "TANAKA, KEN" (rank 0).
    expectBothWays(
      [["Tanaka, Ken"], ["Tanaka, Kiyoshi"]],
      [
        ["Tanaka, Koji", null],
        ["tanaka, ken.", { index: 0, rank: 0 }],
      ],
    );
  });
  it("takes an exact AU key over another candidate's loose key", () => {
    // "Li, W." → "LI, W": Wei's AU key exactly (rank 1); Wen's loose key LI|W matches it too,
    // but an exact match outranks every loose one.
    expectBothWays(
      [
        ["Li, Wei", "Li, W"],
        ["Li, Wen", "Li, WN"],
      ],
      [["Li, W.", { index: 0, rank: 1 }]],
    );
  });
  it("keys a name whose first character is not ASCII before it is compared", () => {
    // "Öster, Hans" → NFKD "O" + diaeresis, the mark dropped → "OSTER, HANS": the ASCII Oster's
    // AF key. "øster, h" → "ØSTER, H" (Ø has no decomposition): Øster's AU key. "Emile, Z" →
    // "EMILE, Z", not Émile's "EMILE, ZOLA", but the same loose key EMILE|Z.
    expectBothWays(
      [["Øster, Hans", "Øster, H"], ["Oster, Hans", "Oster, H"], ["Émile, Zola"]],
      [
        ["Öster, Hans", { index: 1, rank: 0 }],
        ["øster, h", { index: 0, rank: 1 }],
        ["Emile, Z", { index: 2, rank: LOOSE_MATCH }],
      ],
    );
  });
  it("matches names that differ only by periods, case and the spaces around the comma", () => {
    // "SMITH ,J R" → the comma's spaces become ", " → "SMITH, J R" = "Smith, J. R." without its
    // periods (AF, rank 0); "smith,jr" → "SMITH, JR" = the AU key (rank 1).
    expectBothWays(
      [["Smith, J. R.", "Smith, JR"]],
      [
        ["SMITH ,J R", { index: 0, rank: 0 }],
        ["smith,jr", { index: 0, rank: 1 }],
      ],
    );
  });
  it("counts a key a candidate has twice (AF equal to AU) as one candidate's", () => {
    // "Kim, J" and "Kim, J." are both KIM, J: one candidate, found at its AF (rank 0), not shared.
    // "Kim, Jin" matches nobody exactly; its loose key KIM|J is both Kims': none.
    expectBothWays(
      [
        ["Kim, J", "Kim, J."],
        ["Kim, Jae", "Kim, JE"],
      ],
      [
        ["KIM, J", { index: 0, rank: 0 }],
        ["Kim, Jin", null],
      ],
    );
  });
  it("matches an empty name only to a candidate whose name keys to nothing", () => {
    // "" and "." both key to "": the first candidate's (its only name, rank 0); with no such
    // candidate, nobody.
    expectBothWays(
      [[""], ["Sato, A"]],
      [
        ["", { index: 0, rank: 0 }],
        [".", { index: 0, rank: 0 }],
        ["Sato, A", { index: 1, rank: 0 }],
      ],
    );
    expect(createRankedNameMatcher([["Sato, A"]])("")).toBeNull();
  });
  it("answers a name asked again as the first time, past 32 names asked too", () => {
    // 40 names asked twice: the matcher remembers answers one by one up to 32, in a map past
    // them. Each "Sato, A<i>" is candidate i's AU key exactly (rank 1); each "Sato, B<i>" has
    // no exact key and the loose key SATO|B, which nobody has.
    const candidates = Array.from({ length: 20 }, (_, i) => [`Sato, Akira${i}`, `Sato, A${i}`]);
    const match = createRankedNameMatcher(candidates);
    const asked = Array.from({ length: 20 }, (_, i) => [`Sato, A${i}`, `Sato, B${i}`]).flat();
    const expected = Array.from({ length: 20 }, (_, i) => [{ index: i, rank: 1 }, null]).flat();
    expect(asked.map(match)).toEqual(expected);
    expect(asked.map(match)).toEqual(expected);
  });
});
