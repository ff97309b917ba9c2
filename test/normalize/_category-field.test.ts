// WoS Category → ESI field, the methodology reference's Appendix B (../shared/docs/METHODOLOGY.md). Expected rows are copied by hand from the
// appendix; the last block compares the whole B.1 table with the document when it is present.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CategoryRule, categoryField } from "../../src/normalize/_category-field.ts";
import { ESI_FIELDS, type EsiFieldId } from "../../src/normalize/data/esi-fields.ts";
import { WC_TO_ESI_B1 } from "../../src/normalize/data/wc-to-esi.ts";

// [WoS Category, ESI, confidence] as Appendix B.1 writes them: 61 rows, every ESI field at least once.
const B1_ROWS: readonly [string, EsiFieldId, "H" | "M" | "L"][] = [
  ["Agricultural Engineering", "AGR", "M"],
  ["Agriculture, Dairy & Animal Science", "AGR", "H"],
  ["Food Science & Technology", "AGR", "H"],
  ["Soil Science", "AGR", "M"],
  ["Biochemistry & Molecular Biology", "BIO", "M"],
  ["Biophysics", "BIO", "M"],
  ["Physiology", "BIO", "M"],
  ["Microscopy", "BIO", "L"],
  ["Chemistry, Physical", "CHE", "H"],
  ["Electrochemistry", "CHE", "H"],
  ["Polymer Science", "CHE", "M"],
  ["Crystallography", "CHE", "M"],
  ["Oncology", "CLI", "H"],
  ["Nursing", "CLI", "M"],
  ["Nutrition & Dietetics", "CLI", "L"],
  ["Public, Environmental & Occupational Health", "CLI", "L"],
  ["Computer Science, Artificial Intelligence", "CS", "H"],
  ["Telecommunications", "CS", "L"],
  ["Agricultural Economics & Policy", "ECO", "L"],
  ["Acoustics", "ENG", "M"],
  ["Engineering, Electrical & Electronic", "ENG", "H"],
  ["Operations Research & Management Science", "ENG", "L"],
  ["Mining & Mineral Processing", "ENG", "L"],
  ["Ecology", "ENV", "H"],
  ["Engineering, Environmental", "ENV", "M"],
  ["Evolutionary Biology", "ENV", "L"],
  ["Green & Sustainable Science & Technology", "ENV", "L"],
  ["Water Resources", "GEO", "L"],
  ["Oceanography", "GEO", "H"],
  ["Engineering, Geological", "GEO", "L"],
  ["Remote Sensing", "GEO", "M"],
  ["Allergy", "IMM", "M"],
  ["Immunology", "IMM", "H"],
  ["Nanoscience & Nanotechnology", "MAT", "M"],
  ["Metallurgy & Metallurgical Engineering", "MAT", "M"],
  ["Materials Science, Textiles", "MAT", "H"],
  ["Logic", "MATH", "M"],
  ["Statistics & Probability", "MATH", "H"],
  ["Virology", "MIC", "H"],
  ["Parasitology", "MIC", "L"],
  ["Cell Biology", "MOL", "M"],
  ["Cell & Tissue Engineering", "MOL", "L"],
  ["Genetics & Heredity", "MOL", "H"],
  ["Multidisciplinary Sciences", "MUL", "H"],
  ["Clinical Neurology", "NEU", "L"],
  ["Behavioral Sciences", "NEU", "M"],
  ["Neuroimaging", "NEU", "M"],
  ["Toxicology", "PHA", "H"],
  ["Pharmacology & Pharmacy", "PHA", "H"],
  ["Nuclear Science & Technology", "PHY", "M"],
  ["Optics", "PHY", "M"],
  ["Quantum Science & Technology", "PHY", "M"],
  ["Veterinary Sciences", "PLA", "M"],
  ["Agronomy", "PLA", "M"],
  ["Mycology", "PLA", "L"],
  ["Substance Abuse", "PSY", "M"],
  ["Psychology", "PSY", "H"],
  ["History & Philosophy of Science", "SOC", "L"],
  ["Medical Ethics", "SOC", "L"],
  ["Education, Scientific Disciplines", "SOC", "M"],
  ["Astronomy & Astrophysics", "SPA", "H"],
];

describe("categoryField(category) on Appendix B.1", () => {
  it.each(B1_ROWS)("%s → %s (%s)", (category, esi, confidence) => {
    expect(categoryField(category)).toEqual({ category, esi, confidence, rule: "B.1" });
  });

  it("the hand-copied sample covers all 22 ESI fields", () => {
    expect(new Set(B1_ROWS.map((row) => row[1])).size).toBe(22);
  });

  // Appendix B: "matched case-insensitively after collapsing whitespace".
  it.each<[string, EsiFieldId]>([
    ["History & Philosophy Of Science", "SOC"], // as the shared samples write it
    ["GREEN & SUSTAINABLE SCIENCE & TECHNOLOGY", "ENV"], // as the shared samples write it
    ["chemistry, physical", "CHE"],
    ["  Chemistry,   Physical ", "CHE"],
    ["Computer Science,\tArtificial Intelligence", "CS"],
  ])("matches %j ignoring case and whitespace → %s", (category, esi) => {
    expect(categoryField(category)?.esi).toBe(esi);
  });
});

describe("categoryField(category) on the SSCI rule of Appendix B.2", () => {
  // [category, ESI, confidence, rule]
  it.each<[string, EsiFieldId, "H" | "M" | "L" | null, CategoryRule]>([
    // ECO: Business; Business, Finance; Economics; Management; Industrial Relations & Labor;
    // Hospitality, Leisure, Sport & Tourism (L); Agricultural Economics & Policy (L, a B.1 row too).
    ["Business", "ECO", null, "B.2-named"],
    ["Business, Finance", "ECO", null, "B.2-named"],
    ["Economics", "ECO", null, "B.2-named"],
    ["Management", "ECO", null, "B.2-named"],
    ["Industrial Relations & Labor", "ECO", null, "B.2-named"],
    ["Hospitality, Leisure, Sport & Tourism", "ECO", "L", "B.2-named"],
    ["Agricultural Economics & Policy", "ECO", "L", "B.1"],
    // PSY: Psychiatry; Psychology and every `Psychology, …` category; Substance Abuse.
    ["Psychiatry", "PSY", "H", "B.1"],
    ["Psychology", "PSY", "H", "B.1"],
    ["Psychology, Social", "PSY", null, "B.2-psychology"],
    ["Psychology, Psychoanalysis", "PSY", null, "B.2-psychology"],
    ["Psychology, Mathematical", "PSY", null, "B.2-psychology"],
    ["PSYCHOLOGY, EXPERIMENTAL", "PSY", null, "B.2-psychology"],
    ["Substance Abuse", "PSY", "M", "B.1"],
    // CLI: Nursing; Rehabilitation; Public, Environmental & Occupational Health (L); all B.1 rows too.
    ["Nursing", "CLI", "M", "B.1"],
    ["Rehabilitation", "CLI", "M", "B.1"],
    ["Public, Environmental & Occupational Health", "CLI", "L", "B.1"],
    // Every other SSCI category: SOC (M).
    ["Sociology", "SOC", "M", "B.2-other-ssci"],
    ["Political Science", "SOC", "M", "B.2-other-ssci"],
    ["Urban Studies", "SOC", "M", "B.2-other-ssci"],
    ["Anthropology", "SOC", "M", "B.2-other-ssci"],
    ["Law", "SOC", "M", "B.2-other-ssci"],
    ["Environmental Studies", "SOC", "M", "B.2-other-ssci"],
    ["History Of Social Sciences", "SOC", "M", "B.2-other-ssci"],
    ["Women's Studies", "SOC", "M", "B.2-other-ssci"],
  ])("%s → %s (%s) by %s", (category, esi, confidence, rule) => {
    expect(categoryField(category)).toEqual({ category, esi, confidence, rule });
  });

  // Categories found only in the Arts & Humanities Citation Index, and names Appendix B lacks.
  it.each([
    ["Philosophy"],
    ["Music"],
    ["Literature, Romance"],
    ["Humanities, Multidisciplinary"],
    ["Religion"],
    ["Psychology,"],
    ["Underwater Basket Weaving"],
    [""],
  ])("%j → null (unmapped)", (category) => {
    expect(categoryField(category)).toBeNull();
  });
});

const METHODOLOGY = fileURLToPath(new URL("../../../shared/docs/METHODOLOGY.md", import.meta.url));

describe.skipIf(!existsSync(METHODOLOGY))(
  `WC_TO_ESI_B1 against the methodology reference (../shared/docs/METHODOLOGY.md) Appendix B.1${existsSync(METHODOLOGY) ? "" : " [SKIPPED: ../shared/docs absent]"}`,
  () => {
    it("holds every row of the appendix, in its order, with its field and confidence", () => {
      const text = readFileSync(METHODOLOGY, "utf8");
      const section = text.slice(text.indexOf("### B.1"), text.indexOf("### B.2"));
      const rows = [...section.matchAll(/^\| ([^|]+) \| ([A-Z]+) \| ([HML]) \|$/gm)].map((m) => [
        m[1],
        m[2],
        m[3],
      ]);
      expect(rows.length).toBeGreaterThan(150);
      expect(WC_TO_ESI_B1).toEqual(rows);
    });

    it("uses the 22 field codes the appendix defines, in §7.1 order", () => {
      const text = readFileSync(METHODOLOGY, "utf8");
      const line = text.split("\n").find((l) => l.startsWith("ESI field codes:")) ?? "";
      const codes = [...line.matchAll(/([A-Z]+) ([A-Z][^,;]*(?:, general)?)[,.]/g)].map((m) => [m[1], m[2]]);
      expect(codes).toEqual(ESI_FIELDS.map((field) => [field.id, field.name]));
    });
  },
);
