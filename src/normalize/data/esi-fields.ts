/**
 * The 22 fields of Clarivate's Essential Science Indicators (ESI), the field scheme NISTEP uses
 * for Top10%/Top1% papers.
 *
 * Source: docs/methodology.md §7.1 (field names and their order, which is also the tie-break order of
 * §7.4; it cites the InCites ESI help) and Appendix B (the short codes used here as stable ids).
 */
import * as z from "zod";

/** Stable id of an ESI field: the short code of the category table (docs/methodology.md §7.4). */
export const EsiFieldIdSchema = z.enum([
  "AGR",
  "BIO",
  "CHE",
  "CLI",
  "CS",
  "ECO",
  "ENG",
  "ENV",
  "GEO",
  "IMM",
  "MAT",
  "MATH",
  "MIC",
  "MOL",
  "MUL",
  "NEU",
  "PHA",
  "PHY",
  "PLA",
  "PSY",
  "SOC",
  "SPA",
]);

/** Stable id of an ESI field: the short code of the category table (docs/methodology.md §7.4). */
export type EsiFieldId = z.infer<typeof EsiFieldIdSchema>;

/** One ESI field: its id and its name as docs/methodology.md §7.1 writes it. */
export interface EsiField {
  /** Appendix B code, e.g. `"CHE"`. */
  readonly id: EsiFieldId;
  /** Name as in §7.1, e.g. `"Chemistry"`. */
  readonly name: string;
}

/**
 * The 22 ESI fields in the order of docs/methodology.md §7.1 (alphabetical by name), the order that
 * breaks ties between fields (§7.4).
 * @example
 * ESI_FIELDS[2] // → { id: "CHE", name: "Chemistry" }
 */
export const ESI_FIELDS: readonly EsiField[] = Object.freeze([
  { id: "AGR", name: "Agricultural Sciences" },
  { id: "BIO", name: "Biology & Biochemistry" },
  { id: "CHE", name: "Chemistry" },
  { id: "CLI", name: "Clinical Medicine" },
  { id: "CS", name: "Computer Science" },
  { id: "ECO", name: "Economics & Business" },
  { id: "ENG", name: "Engineering" },
  { id: "ENV", name: "Environment/Ecology" },
  { id: "GEO", name: "Geosciences" },
  { id: "IMM", name: "Immunology" },
  { id: "MAT", name: "Materials Science" },
  { id: "MATH", name: "Mathematics" },
  { id: "MIC", name: "Microbiology" },
  { id: "MOL", name: "Molecular Biology & Genetics" },
  { id: "MUL", name: "Multidisciplinary" },
  { id: "NEU", name: "Neuroscience & Behavior" },
  { id: "PHA", name: "Pharmacology & Toxicology" },
  { id: "PHY", name: "Physics" },
  { id: "PLA", name: "Plant & Animal Science" },
  { id: "PSY", name: "Psychiatry/Psychology" },
  { id: "SOC", name: "Social Sciences, general" },
  { id: "SPA", name: "Space Science" },
] as const);
