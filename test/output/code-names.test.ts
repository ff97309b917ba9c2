// Names beside codes in JSON and CSV: every code key keeps its place and value, and its name
// follows it; nothing else changes.
import { describe, expect, it } from "vitest";
import { namedColumns, namedCsv, withNames } from "../../src/output/code-names.ts";

describe("withNames(value)", () => {
  it("adds name after country, fieldName after field, in the same object", () => {
    const row = withNames({ country: "KR", period: "2021", field: "clin", papers: 3 });
    expect(row).toEqual({
      country: "KR",
      name: "South Korea",
      period: "2021",
      field: "clin",
      fieldName: "Clinical Medicine",
      papers: 3,
    });
    expect(Object.keys(row)).toEqual(["country", "name", "period", "field", "fieldName", "papers"]);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      "focal and partner",
      { focal: "US", partner: "GB" },
      { focal: "US", focalName: "United States", partner: "GB", partnerName: "United Kingdom" },
    ],
    ["the world row", { country: "WORLD" }, { country: "WORLD", name: "World" }],
    [
      "the unattributed row",
      { country: "UNATTRIBUTED" },
      { country: "UNATTRIBUTED", name: "Without a country" },
    ],
    ["a former state", { country: "SUHH" }, { country: "SUHH", name: "USSR" }],
    ["a UK nation", { country: "GB-SCT" }, { country: "GB-SCT", name: "Scotland" }],
    ["the all-fields row", { field: "all" }, { field: "all", fieldName: "All fields" }],
    ["the other field", { field: "other" }, { field: "other", fieldName: "Other (not in the 8 fields)" }],
    ["an ESI field", { field: "SPA" }, { field: "SPA", fieldName: "Space Science" }],
    [
      "a field that is no key: its own name",
      { field: "Chemistry, Physical" },
      { field: "Chemistry, Physical", fieldName: "Chemistry, Physical" },
    ],
    ["a code that is not text: left alone", { country: null, field: 3 }, { country: null, field: 3 }],
  ])("names %s", (_, value, expected) => {
    expect(withNames(value)).toEqual(expected);
  });

  it("names at every depth and leaves arrays of codes and other keys alone", () => {
    expect(
      withNames({ focal: "JP", highlight: ["KR"], groups: [{ field: "chem", tiedAtCutoff: ["CN"] }], n: 1 }),
    ).toEqual({
      focal: "JP",
      focalName: "Japan",
      highlight: ["KR"],
      groups: [{ field: "chem", fieldName: "Chemistry", tiedAtCutoff: ["CN"] }],
      n: 1,
    });
  });
});

describe("namedColumns(columns) and namedCsv(columns, rows)", () => {
  it("puts each name column right after its code column", () => {
    expect(namedColumns(["focal", "period", "field", "rank", "partner", "papers"])).toEqual([
      "focal",
      "focalName",
      "period",
      "field",
      "fieldName",
      "rank",
      "partner",
      "partnerName",
      "papers",
    ]);
  });

  it("writes the rows with their names, a missing key as an empty cell", () => {
    expect(
      namedCsv(
        ["country", "field", "papers", "share"],
        [
          { country: "CI", field: "eng", papers: 2, share: 0.5 },
          { country: "UNATTRIBUTED", field: "eng", papers: 1 },
        ],
      ),
    ).toBe(
      "country,name,field,fieldName,papers,share\nCI,Côte d'Ivoire,eng,Engineering,2,0.5\nUNATTRIBUTED,Without a country,eng,Engineering,1,\n",
    );
  });
});
