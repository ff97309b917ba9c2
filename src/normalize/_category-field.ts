/**
 * The ESI field of one Web of Science Category (the category table of docs/methodology.md §7.4): the default, journal-free
 * way copub gives a paper a field (§7.4 step 3). It stands apart from `fields.ts` because the
 * lookup order of the table (B.1 first, then the SSCI rule of B.2) is a rule of its own, and
 * because reports of unmapped categories need it without a record.
 */
import * as z from "zod";
import { nameKey } from "./_name-key.ts";
import { EsiFieldIdSchema } from "./data/esi-fields.ts";
import {
  SSCI_OTHER_CATEGORIES,
  SSCI_OTHER_FIELD,
  SSCI_PSYCHOLOGY_PREFIX,
  WC_TO_ESI_B1,
  WC_TO_ESI_B2_NAMED,
  type WcEsiRow,
} from "./data/wc-to-esi.ts";

/** Which part of the category table gave the field. */
export const CategoryRuleSchema = z.enum([
  /** A row of B.1 (SCIE categories). */
  "B.1",
  /** A category B.2 names (ECO, PSY and CLI lists). */
  "B.2-named",
  /** B.2's "every `Psychology, …` category" rule. */
  "B.2-psychology",
  /** B.2's "every other SSCI category: SOC (M)" rule. */
  "B.2-other-ssci",
]);

/** Which part of the category table gave the field. */
export type CategoryRule = z.infer<typeof CategoryRuleSchema>;

/** The ESI field of one WoS Category, with how sure the category table is of it. */
export const CategoryFieldSchema = z.object({
  /** The category as the record writes it. */
  category: z.string(),
  /** ESI field id. */
  esi: EsiFieldIdSchema,
  /** The category table's confidence mark, or `null` where B.2 names the category without one. */
  confidence: z.enum(["H", "M", "L"]).nullable(),
  /** Which part of the category table gave the field. */
  rule: CategoryRuleSchema,
});

/** The ESI field of one WoS Category, with how sure the category table is of it. */
export type CategoryField = z.infer<typeof CategoryFieldSchema>;

const keyed = (rows: readonly WcEsiRow[]): ReadonlyMap<string, WcEsiRow> =>
  new Map(rows.map((row) => [nameKey(row[0]), row] as const));

const B1 = keyed(WC_TO_ESI_B1);
const B2_NAMED = keyed(WC_TO_ESI_B2_NAMED);
const SSCI_OTHER: ReadonlySet<string> = new Set(SSCI_OTHER_CATEGORIES.map(nameKey));
// Upper case only: nameKey would trim the trailing space, and "Psychology" alone is a B.1 row anyway.
const PSYCHOLOGY_PREFIX = SSCI_PSYCHOLOGY_PREFIX.toUpperCase();

/**
 * Looks a WoS Category up in the category table: B.1, then the categories B.2 names, then B.2's
 * `Psychology, …` rule, then B.2's other SSCI categories; names match ignoring case and extra
 * whitespace. Arts & Humanities categories and names the appendix does not know give `null`.
 * @param category - one WC entry, e.g. `"Chemistry, Physical"`
 * @example
 * categoryField("History Of Social Sciences")
 * // → { category: "History Of Social Sciences", esi: "SOC", confidence: "M", rule: "B.2-other-ssci" }
 */
export function categoryField(category: string): CategoryField | null {
  const key = nameKey(category);
  const row = B1.get(key);
  if (row !== undefined) return { category, esi: row[1], confidence: row[2], rule: "B.1" };
  const named = B2_NAMED.get(key);
  if (named !== undefined) return { category, esi: named[1], confidence: named[2], rule: "B.2-named" };
  if (key.startsWith(PSYCHOLOGY_PREFIX))
    return { category, esi: "PSY", confidence: null, rule: "B.2-psychology" };
  if (SSCI_OTHER.has(key)) {
    return { category, esi: SSCI_OTHER_FIELD[0], confidence: SSCI_OTHER_FIELD[1], rule: "B.2-other-ssci" };
  }
  return null;
}
