// Field assignment of a paper, docs/methodology.md §7.2 (22 → 8), §7.4 (journal table, reassignment,
// WoS Categories, single vs fractional) and Appendix B. Expected fields come from the document.
import { describe, expect, it } from "vitest";
import type { EsiFieldId } from "../../src/normalize/data/esi-fields.ts";
import { NISTEP_FIELD_OF_ESI, type NistepFieldKey } from "../../src/normalize/data/nistep-fields.ts";
import {
  assignFields,
  citedSource,
  createSharedFieldAssigner,
  type FieldInput,
  FieldOptionsSchema,
} from "../../src/normalize/fields.ts";
import { parseJournalFieldsCsv } from "../../src/normalize/journal-fields.ts";

const paper = (categories: string[], extra: Partial<FieldInput> = {}): FieldInput => ({
  categories,
  issn: null,
  eissn: null,
  sourceAbbreviation: null,
  sourceTitle: null,
  ...extra,
});

/** `[field, numerator, denominator]` triples of a result, for one-line expectations. */
const esiOf = (input: FieldInput, options = {}) =>
  assignFields(input, options).esi.map((s) => [s.field, s.numerator, s.denominator]);
const nistepOf = (input: FieldInput, options = {}) =>
  assignFields(input, options).nistep.map((s) => [s.field, s.numerator, s.denominator]);

describe("NISTEP_FIELD_OF_ESI (§7.2)", () => {
  it.each<[EsiFieldId, NistepFieldKey]>([
    ["AGR", "life"],
    ["BIO", "life"],
    ["CHE", "chem"],
    ["CLI", "clin"],
    ["CS", "csmath"],
    ["ECO", "other"],
    ["ENG", "eng"],
    ["ENV", "envgeo"],
    ["GEO", "envgeo"],
    ["IMM", "life"],
    ["MAT", "mat"],
    ["MATH", "csmath"],
    ["MIC", "life"],
    ["MOL", "life"],
    ["MUL", "other"],
    ["NEU", "life"],
    ["PHA", "life"],
    ["PHY", "phys"],
    ["PLA", "life"],
    ["PSY", "clin"],
    ["SOC", "other"],
    ["SPA", "phys"],
  ])("%s → %s", (esi, nistep) => {
    expect(NISTEP_FIELD_OF_ESI[esi]).toBe(nistep);
  });

  it("groups exactly the 22 ESI fields", () => {
    expect(Object.keys(NISTEP_FIELD_OF_ESI)).toHaveLength(22);
  });
});

describe("assignFields(record) with WoS Categories, single mode (default, §7.4 step 3)", () => {
  // [WC, expected single field]: the field with most categories wins, ties by §7.1 order.
  it.each<[string[], EsiFieldId]>([
    [["Chemistry, Physical"], "CHE"],
    // Ecology ENV, Zoology PLA, Biodiversity Conservation ENV: ENV 2, PLA 1.
    [["Ecology", "Zoology", "Biodiversity Conservation"], "ENV"],
    // Physics, Applied PHY, Materials Science, Multidisciplinary MAT: tie, Materials Science comes first.
    [["Physics, Applied", "Materials Science, Multidisciplinary"], "MAT"],
    // Astronomy & Astrophysics SPA, Physics, Particles & Fields PHY: tie, Physics before Space Science.
    [["Astronomy & Astrophysics", "Physics, Particles & Fields"], "PHY"],
    // Multidisciplinary Sciences MUL, Physics, Multidisciplinary PHY: tie, Multidisciplinary first.
    [["Multidisciplinary Sciences", "Physics, Multidisciplinary"], "MUL"],
    // CHE, PHY, MAT, MAT: MAT 2.
    [
      [
        "Chemistry, Physical",
        "Physics, Condensed Matter",
        "Materials Science, Multidisciplinary",
        "Nanoscience & Nanotechnology",
      ],
      "MAT",
    ],
    // Unmapped categories are ignored: Philosophy (AHCI only) and Ecology ENV.
    [["Philosophy", "Ecology"], "ENV"],
    // A category listed twice counts once: ENV 1, PLA 1, tie → Environment/Ecology first.
    [["Zoology", "Ecology", "ECOLOGY"], "ENV"],
    // SSCI rule of B.2: Economics ECO, Sociology SOC, Management ECO.
    [["Economics", "Sociology", "Management"], "ECO"],
  ])("%j → %s", (categories, esi) => {
    const result = assignFields(paper(categories));
    expect(result.esi).toEqual([{ field: esi, numerator: 1, denominator: 1, weight: 1 }]);
    expect(result.nistep).toEqual([
      { field: NISTEP_FIELD_OF_ESI[esi], numerator: 1, denominator: 1, weight: 1 },
    ]);
    expect([result.fieldSource, result.warnings]).toEqual(["wc-default", []]);
  });

  it("reports the WC entries Appendix B does not map, and warns only when none maps", () => {
    expect(assignFields(paper(["Philosophy", "Ecology"]))).toMatchObject({
      unmappedCategories: ["Philosophy"],
      warnings: [],
    });
    expect(assignFields(paper(["Philosophy", "Music"]))).toEqual({
      esi: [],
      nistep: [],
      fieldSource: "unmapped",
      journalMatch: null,
      unmappedCategories: ["Philosophy", "Music"],
      warnings: [
        {
          code: "field-unmapped",
          detail: "no field in copub's WoS Category table (methodology §7.4) for WC Philosophy; Music",
        },
      ],
    });
  });

  it("gives field-unmapped to a paper with no WC (§13.3)", () => {
    expect(assignFields(paper([])).warnings).toEqual([
      { code: "field-unmapped", detail: "no WC and no journal-table match" },
    ]);
  });
});

describe("assignFields(record, { fieldAssignment: 'fractional' }) (§7.4 step 4)", () => {
  const fractional = { fieldAssignment: "fractional" } as const;
  // [WC, ESI shares, NISTEP shares], shares as [field, numerator, denominator].
  it.each<[string[], [string, number, number][], [string, number, number][]]>([
    // 1 mapped category: k = 1.
    [["Chemistry, Physical"], [["CHE", 1, 1]], [["chem", 1, 1]]],
    // ENV, PLA, ENV: k = 3, ENV 2/3, PLA 1/3; envgeo 2/3, life 1/3.
    [
      ["Ecology", "Zoology", "Biodiversity Conservation"],
      [
        ["ENV", 2, 3],
        ["PLA", 1, 3],
      ],
      [
        ["envgeo", 2, 3],
        ["life", 1, 3],
      ],
    ],
    // SPA, PHY: k = 2, 1/2 each; both are NISTEP phys, so phys 1/2 + 1/2 = 2/2.
    [
      ["Astronomy & Astrophysics", "Physics, Particles & Fields"],
      [
        ["PHY", 1, 2],
        ["SPA", 1, 2],
      ],
      [["phys", 2, 2]],
    ],
    // CHE, PHY, MAT, MAT: k = 4, CHE 1/4, MAT 2/4, PHY 1/4.
    [
      [
        "Chemistry, Physical",
        "Physics, Condensed Matter",
        "Materials Science, Multidisciplinary",
        "Nanoscience & Nanotechnology",
      ],
      [
        ["CHE", 1, 4],
        ["MAT", 2, 4],
        ["PHY", 1, 4],
      ],
      [
        ["chem", 1, 4],
        ["mat", 2, 4],
        ["phys", 1, 4],
      ],
    ],
    // Philosophy unmapped, so k counts mapped categories only: Ecology 1/1.
    [["Philosophy", "Ecology"], [["ENV", 1, 1]], [["envgeo", 1, 1]]],
    // Economics ECO, Psychology, Social PSY, Multidisciplinary Sciences MUL: other = ECO + MUL = 2/3.
    [
      ["Economics", "Psychology, Social", "Multidisciplinary Sciences"],
      [
        ["ECO", 1, 3],
        ["MUL", 1, 3],
        ["PSY", 1, 3],
      ],
      [
        ["clin", 1, 3],
        ["other", 2, 3],
      ],
    ],
  ])("%j → %j, NISTEP %j", (categories, esi, nistep) => {
    expect(esiOf(paper(categories), fractional)).toEqual(esi);
    expect(nistepOf(paper(categories), fractional)).toEqual(nistep);
  });

  it("gives float weights equal to the fractions, summing to 1", () => {
    const { esi } = assignFields(paper(["Ecology", "Zoology", "Biodiversity Conservation"]), fractional);
    expect(esi.map((s) => s.weight)).toEqual([2 / 3, 1 / 3]);
  });
});

// Nature (MUL), J Am Chem Soc (CHE), Phys Rev Lett (PHY), Cell (MOL) by ISSN, eISSN, J9 and title.
const TABLE = parseJournalFieldsCsv(
  [
    "journalKey,esiField",
    "0028-0836,MUL",
    "1476-4687,MUL",
    "NATURE,MUL",
    "0002-7863,CHE",
    "J AM CHEM SOC,CHE",
    "PHYS REV LETT,PHY",
    "CELL,MOL",
    "Journal of Chemical Physics,PHY",
  ].join("\n"),
  "test-table.csv",
);
const withTable = { journalTable: TABLE };

describe("assignFields(record, { journalTable }) (§7.4 step 1)", () => {
  // [record fields, expected field, matched by]: ISSN, then eISSN, then J9, then source title.
  it.each<[Partial<FieldInput>, EsiFieldId, string]>([
    [{ issn: "0002-7863" }, "CHE", "issn"],
    [{ issn: "9999-9999", eissn: "1476-4687" }, "MUL", "eissn"],
    [{ issn: "0002-7863", eissn: "1476-4687" }, "CHE", "issn"],
    [{ sourceAbbreviation: "PHYS REV LETT", sourceTitle: "NATURE" }, "PHY", "J9"],
    [{ sourceTitle: "JOURNAL OF CHEMICAL PHYSICS" }, "PHY", "source-title"],
  ])("%j → %s by %s, overriding the WoS Categories", (extra, esi, matchedBy) => {
    // The WC alone would say Ecology → ENV.
    const result = assignFields(paper(["Ecology"], extra), withTable);
    expect(result.esi).toEqual([{ field: esi, numerator: 1, denominator: 1, weight: 1 }]);
    expect([result.fieldSource, result.journalMatch]).toEqual(["journal-table", matchedBy]);
  });

  it("gives the journal's one field in fractional mode too", () => {
    const result = assignFields(paper(["Ecology", "Zoology"], { issn: "0002-7863" }), {
      ...withTable,
      fieldAssignment: "fractional",
    });
    expect(result.esi.map((s) => [s.field, s.numerator, s.denominator])).toEqual([["CHE", 1, 1]]);
  });

  it("falls back to the WoS Categories when the journal is not in the table", () => {
    const result = assignFields(
      paper(["Ecology"], { issn: "1234-5678", sourceTitle: "ECOLOGY LETTERS" }),
      withTable,
    );
    expect([result.esi[0]?.field, result.fieldSource, result.journalMatch]).toEqual([
      "ENV",
      "wc-default",
      null,
    ]);
  });

  it("gives a paper without WC its journal-table field, with no warning", () => {
    const result = assignFields(paper([], { sourceAbbreviation: "CELL" }), withTable);
    expect([result.esi[0]?.field, result.nistep[0]?.field, result.warnings]).toEqual(["MOL", "life", []]);
  });
});

describe("assignFields(record, { journalTable }) reassigning Multidisciplinary papers (§7.4 step 2)", () => {
  const nature = (references: string[], categories = ["Multidisciplinary Sciences"]) =>
    paper(categories, { issn: "0028-0836", citedReferences: references });
  const JACS = "Smith J, 2010, J AM CHEM SOC, V132, P1";
  const PRL = "Sato A, 2012, PHYS REV LETT, V108, P2";
  const NAT = "Doe J, 2011, NATURE, V470, P3";
  const UNKNOWN = "Roe R, 2009, J IRREPRODUCIBLE RES, V1, P4";

  // [cited references, expected field, fieldSource]
  it.each<[string[], EsiFieldId, string]>([
    // CHE 2, PHY 1 → CHE.
    [[JACS, JACS, PRL], "CHE", "reassigned-by-references"],
    // CHE 1, PHY 1: a tie, the paper stays Multidisciplinary.
    [[JACS, PRL], "MUL", "journal-table"],
    // No mapped reference.
    [[UNKNOWN, "no commas here"], "MUL", "journal-table"],
    [[], "MUL", "journal-table"],
    // §7.4 counts every mapped reference: MUL 2 (Nature) beats CHE 1, so the paper stays.
    [[NAT, NAT, JACS], "MUL", "journal-table"],
    // MUL 1, CHE 2 → CHE.
    [[NAT, JACS, JACS, UNKNOWN], "CHE", "reassigned-by-references"],
  ])("%j → %s (%s)", (references, esi, fieldSource) => {
    const result = assignFields(nature(references), withTable);
    expect([result.esi.map((s) => s.field), result.fieldSource]).toEqual([[esi], fieldSource]);
  });

  it("reassigns a Multidisciplinary field that came from the WoS Categories", () => {
    const result = assignFields(paper(["Multidisciplinary Sciences"], { citedReferences: [PRL] }), withTable);
    expect([result.esi.map((s) => s.field), result.nistep.map((s) => s.field), result.fieldSource]).toEqual([
      ["PHY"],
      ["phys"],
      "reassigned-by-references",
    ]);
  });

  it("leaves Multidisciplinary alone without a journal table", () => {
    const result = assignFields(paper(["Multidisciplinary Sciences"], { citedReferences: [PRL] }));
    expect([result.esi.map((s) => s.field), result.nistep.map((s) => s.field), result.fieldSource]).toEqual([
      ["MUL"],
      ["other"],
      "wc-default",
    ]);
  });

  it("moves the Multidisciplinary share in fractional mode", () => {
    // WC: Multidisciplinary Sciences MUL, Chemistry, Physical CHE: k = 2, MUL 1/2, CHE 1/2;
    // the references say PHY, so MUL's 1/2 goes to PHY: CHE 1/2, PHY 1/2.
    const input = paper(["Multidisciplinary Sciences", "Chemistry, Physical"], { citedReferences: [PRL] });
    expect(esiOf(input, { ...withTable, fieldAssignment: "fractional" })).toEqual([
      ["CHE", 1, 2],
      ["PHY", 1, 2],
    ]);
  });
});

describe("createSharedFieldAssigner(options): the WC list and the fields, shared by equal WC lists", () => {
  it("gives papers with equal WC lists one list and one assignment, a copy of neither record's", () => {
    const assign = createSharedFieldAssigner({});
    const a = paper(["Ecology", "Zoology"]);
    const b = paper(["Ecology", "Zoology"]);
    const [sharedA, sharedB] = [assign(a), assign(b)];
    expect(sharedB.categories).toBe(sharedA.categories);
    expect(sharedB.kept).toBe(sharedA.kept);
    expect(sharedA.categories).not.toBe(a.categories);
    expect(sharedA.categories).toEqual(["Ecology", "Zoology"]);
    // The kept part is the assignment's own esi, nistep and fieldSource.
    expect(sharedA.kept).toEqual({
      esi: assignFields(a).esi,
      nistep: assignFields(a).nistep,
      fieldSource: "wc-default",
    });
    expect(assign(paper(["Zoology", "Ecology"])).categories).not.toBe(sharedA.categories);
  });

  it("keeps each record's own list with a journal table (the fields then depend on the journal too)", () => {
    const assign = createSharedFieldAssigner(withTable);
    const a = paper(["Ecology"], { issn: "0002-7863" });
    expect(assign(a).categories).toBe(a.categories);
    expect(assign(a).kept.esi).toEqual([{ field: "CHE", numerator: 1, denominator: 1, weight: 1 }]);
  });
});

describe("citedSource(reference)", () => {
  it.each<[string, string | null]>([
    ["Smith J, 2010, NATURE, V465, P1", "NATURE"],
    ["BASSETT DR, 1981, AM J PHYSIOL, V165", "AM J PHYSIOL"],
    ["Anonymous, 2019, J AM CHEM SOC", "J AM CHEM SOC"],
    ["Smith J, 2010", null],
    ["Smith J, 2010, , V1", null],
  ])("%j → %j", (reference, source) => {
    expect(citedSource(reference)).toBe(source);
  });
});

describe("FieldOptionsSchema", () => {
  it("defaults to one field per paper and no journal table (§7.4, NISTEP profile)", () => {
    expect(FieldOptionsSchema.parse({})).toEqual({ fieldAssignment: "single", journalTable: null });
  });

  it.each<[unknown]>([[{ fieldAssignment: "weighted" }], [{ journalTable: { NATURE: "MUL" } }]])(
    "rejects %j",
    (o) => {
      expect(FieldOptionsSchema.safeParse(o).success).toBe(false);
    },
  );
});
