// The user's journal → ESI field table, docs/methodology.md §7.4 step 1: CSV format, keys, errors.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { EsiFieldId } from "../../src/normalize/data/esi-fields.ts";
import {
  esiFieldOfName,
  type JournalMatch,
  JournalTableError,
  journalField,
  journalKey,
  loadJournalFieldsCsv,
  parseJournalFieldsCsv,
} from "../../src/normalize/journal-fields.ts";

// Hand-written tables live beside this test, not in data-samples/: test/cli/read.test.ts walks all of
// data-samples/ and expects an exact list of non-WoS files there.
const tableFile = (name: string): string => fileURLToPath(new URL(`journal-tables/${name}`, import.meta.url));

describe("journalKey(key)", () => {
  it.each<[string, string]>([
    ["0028-0836", "0028-0836"],
    ["00280836", "0028-0836"],
    ["0092-867x", "0092-867X"],
    [" 1476-4687 ", "1476-4687"],
    ["J AM CHEM SOC", "J AM CHEM SOC"],
    ["j  am chem soc", "J AM CHEM SOC"],
    ["Journal of the American Chemical Society", "JOURNAL OF THE AMERICAN CHEMICAL SOCIETY"],
    ["0028-08361", "0028-08361"], // not an ISSN: kept as a name
  ])("%j → %j", (key, normalized) => {
    expect(journalKey(key)).toBe(normalized);
  });
});

describe("esiFieldOfName(name)", () => {
  it.each<[string, EsiFieldId | null]>([
    ["CHE", "CHE"],
    ["che", "CHE"],
    ["Chemistry", "CHE"],
    ["CHEMISTRY", "CHE"],
    ["Social Sciences, general", "SOC"],
    ["SOCIAL SCIENCES, GENERAL", "SOC"],
    ["Environment/Ecology", "ENV"],
    ["Psychiatry/Psychology", "PSY"],
    ["Molecular Biology & Genetics", "MOL"],
    ["Multidisciplinary", "MUL"],
    ["MATH", "MATH"],
    ["Mathematics", "MATH"],
    ["Astrophysics", null],
    ["", null],
  ])("%j → %j", (name, esi) => {
    expect(esiFieldOfName(name)).toBe(esi);
  });
});

describe("loadJournalFieldsCsv(path) and parseJournalFieldsCsv(text, file)", () => {
  it("reads journal-tables/esi-journals.csv (BOM, CRLF, quotes, a blank line, a note column)", async () => {
    const table = await loadJournalFieldsCsv(tableFile("esi-journals.csv"));
    expect([...table]).toEqual([
      ["0028-0836", "MUL"],
      ["1476-4687", "MUL"],
      ["NATURE", "MUL"],
      ["0002-7863", "CHE"],
      ["J AM CHEM SOC", "CHE"],
      ["JOURNAL OF THE AMERICAN CHEMICAL SOCIETY", "CHE"],
      ["0031-9007", "PHY"],
      ["PHYS REV LETT", "PHY"],
      ["0092-867X", "MOL"],
      ["CELL", "MOL"],
      ["PROCEEDINGS OF THE NATIONAL ACADEMY OF SCIENCES, USA", "MUL"],
      ["0027-8424", "MUL"],
    ]);
  });

  it("accepts the two columns in any order and any case", () => {
    const table = parseJournalFieldsCsv("ESIFIELD,JournalKey\nCHE,0002-7863\n", "t.csv");
    expect([...table]).toEqual([["0002-7863", "CHE"]]);
  });

  // [sample file, 1-based line of the error]
  it.each<[string, number | null]>([
    ["journal-fields-unclosed-quote.csv", 3],
    ["journal-fields-unknown-field.csv", 4],
    ["journal-fields-conflicting-key.csv", 4],
    ["journal-fields-no-journalkey-column.csv", 1],
    ["journal-fields-extra-cell.csv", 3],
    ["journal-fields-empty-key.csv", 3],
  ])("rejects journal-tables/%s with an error naming the file and line %s", async (name, line) => {
    const path = tableFile(name);
    const error = await loadJournalFieldsCsv(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalTableError);
    expect(error).toMatchObject({ code: "invalid-option", file: path, line });
    expect((error as Error).message.startsWith(`${path}:${line}: `)).toBe(true);
  });

  it("says which earlier line gave a conflicting key its other field", () => {
    const text = readFileSync(tableFile("journal-fields-conflicting-key.csv"), "utf8");
    expect(() => parseJournalFieldsCsv(text, "c.csv")).toThrow(
      'c.csv:4: journal key "j  am chem soc" is PHY here but CHE on line 3',
    );
  });

  it("gives the first line of a row whose quoted cell spans lines", () => {
    const text = 'journalKey,esiField\n"J AM\nCHEM SOC",Astrophysics\n';
    expect(() => parseJournalFieldsCsv(text, "m.csv")).toThrow(expect.objectContaining({ line: 2 }));
  });

  it("rejects an empty table with line null", () => {
    expect(() => parseJournalFieldsCsv("", "e.csv")).toThrow(
      expect.objectContaining({ code: "invalid-option", line: null }),
    );
  });

  it("throws CopubError not-found for a missing file", async () => {
    await expect(loadJournalFieldsCsv(tableFile("no-such-table.csv"))).rejects.toMatchObject({
      code: "not-found",
    });
  });
});

describe("journalField(table, record)", () => {
  const table = parseJournalFieldsCsv(
    "journalKey,esiField\n0028-0836,MUL\n0002-7863,CHE\nPHYS REV LETT,PHY\nPhysical Review B,PHY\n1234-567X,ENG\n",
    "t.csv",
  );
  type Journal = Record<"issn" | "eissn" | "sourceAbbreviation" | "sourceTitle", string | null>;
  const none: Journal = { issn: null, eissn: null, sourceAbbreviation: null, sourceTitle: null };
  // [record fields, expected]: ISSN, then eISSN, then J9, then normalized source title.
  it.each<[Partial<Journal>, { esi: EsiFieldId; matchedBy: JournalMatch } | null]>([
    [
      { issn: "0028-0836", eissn: "0002-7863" },
      { esi: "MUL", matchedBy: "issn" },
    ],
    [
      { issn: "1111-1111", eissn: "0002-7863" },
      { esi: "CHE", matchedBy: "eissn" },
    ],
    [{ eissn: "1234-567x" }, { esi: "ENG", matchedBy: "eissn" }],
    [
      { sourceAbbreviation: "Phys Rev Lett", sourceTitle: "NATURE" },
      { esi: "PHY", matchedBy: "J9" },
    ],
    [{ sourceTitle: "PHYSICAL  REVIEW B" }, { esi: "PHY", matchedBy: "source-title" }],
    [{ issn: "1111-1111", sourceTitle: "CELL" }, null],
    [{}, null],
  ])("%j → %j", (fields, expected) => {
    expect(journalField(table, { ...none, ...fields })).toEqual(expected);
  });
});
