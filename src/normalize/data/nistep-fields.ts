/**
 * NISTEP's 8 broad fields (研究ポートフォリオ8分野) and the grouping of the 22 ESI fields into
 * them, plus the key `other` for papers outside the eight.
 *
 * Source: docs/methodology.md §7.2. The eight names are [V] there (NISTEP Science and Technology
 * Indicators 2022 §4.1.3, Benchmarking 2012 tables); the assignment of ESI fields to them is [S]
 * (NISTEP Indicators figure 4-1-4(B) and Benchmarking's field table, not re-read; §15 item 4).
 */
import * as z from "zod";
import type { EsiFieldId } from "./esi-fields.ts";

/** Key of a NISTEP broad field (§7.2 "copub key"), or `other` for a paper outside the eight. */
export const NistepFieldKeySchema = z.enum([
  "chem",
  "mat",
  "phys",
  "csmath",
  "eng",
  "envgeo",
  "clin",
  "life",
  "other",
]);

/** Key of a NISTEP broad field, or `other`. */
export type NistepFieldKey = z.infer<typeof NistepFieldKeySchema>;

/** One row of the table in docs/methodology.md §7.2. */
export interface NistepField {
  /** copub key, e.g. `"csmath"`. */
  readonly key: NistepFieldKey;
  /** English name as §7.2 gives it. */
  readonly name: string;
  /** Japanese name as §7.2 gives it, or `null` for `other`. */
  readonly nameJa: string | null;
  /** The ESI fields grouped into it, in §7.1 order. */
  readonly esi: readonly EsiFieldId[];
}

/**
 * The rows of docs/methodology.md §7.2 in its order. `other` holds Economics & Business, Social
 * Sciences and Multidisciplinary papers that were not reassigned; "all fields" counts them, the
 * eight-field charts leave them out.
 * @example
 * NISTEP_FIELDS[2] // → { key: "phys", name: "Physics", nameJa: "物理学", esi: ["PHY", "SPA"] }
 */
export const NISTEP_FIELDS: readonly NistepField[] = Object.freeze([
  { key: "chem", name: "Chemistry", nameJa: "化学", esi: ["CHE"] },
  { key: "mat", name: "Materials Science", nameJa: "材料科学", esi: ["MAT"] },
  { key: "phys", name: "Physics", nameJa: "物理学", esi: ["PHY", "SPA"] },
  { key: "csmath", name: "Computer Science & Mathematics", nameJa: "計算機科学・数学", esi: ["CS", "MATH"] },
  { key: "eng", name: "Engineering", nameJa: "工学", esi: ["ENG"] },
  {
    key: "envgeo",
    name: "Environment/Ecology & Geosciences",
    nameJa: "環境・地球科学",
    esi: ["ENV", "GEO"],
  },
  { key: "clin", name: "Clinical Medicine", nameJa: "臨床医学", esi: ["CLI", "PSY"] },
  {
    key: "life",
    name: "Basic Life Sciences",
    nameJa: "基礎生命科学",
    esi: ["AGR", "BIO", "IMM", "MIC", "MOL", "NEU", "PHA", "PLA"],
  },
  { key: "other", name: "Not in the 8 fields", nameJa: null, esi: ["ECO", "MUL", "SOC"] },
] as const);

/**
 * The NISTEP key of each ESI field, read off {@link NISTEP_FIELDS}.
 * @example
 * NISTEP_FIELD_OF_ESI.PSY // → "clin"
 */
export const NISTEP_FIELD_OF_ESI: Readonly<Record<EsiFieldId, NistepFieldKey>> = Object.freeze(
  Object.fromEntries(NISTEP_FIELDS.flatMap((row) => row.esi.map((id) => [id, row.key]))) as Record<
    EsiFieldId,
    NistepFieldKey
  >,
);
