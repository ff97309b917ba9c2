/**
 * The one field vocabulary of copub's options and outputs. Fields have two schemes — ESI's 22
 * fields (ids `CHE`, `PHY`, …) and NISTEP's 8 broad fields (keys `chem`, `phys`, …, plus
 * `other`) — and people type either scheme's code or name. This module reads any of them into
 * the key copub uses (ESI ids upper case, NISTEP keys lower case, so the two never collide) and
 * names each key for tables and charts.
 *
 * Where a name belongs to both schemes with different contents ("Physics": NISTEP's holds ESI
 * Physics and Space Science; "Clinical Medicine": NISTEP's adds Psychiatry/Psychology), the name
 * means the NISTEP broad field, because copub's by-field tables are NISTEP's eight. The ESI
 * field is always reachable by its id.
 */

import { foldSpelling, nearestKeys } from "./_spelling.ts";
import { ESI_FIELDS, type EsiFieldId, EsiFieldIdSchema } from "./data/esi-fields.ts";
import { NISTEP_FIELDS, type NistepFieldKey, NistepFieldKeySchema } from "./data/nistep-fields.ts";

/** A field key: an ESI id (`CHE`) or a NISTEP key (`chem`, `other`). */
export type FieldKey = EsiFieldId | NistepFieldKey;

/** The key of every field's table rows over all fields. */
export const ALL_FIELDS = "all";

/** What the NISTEP `other` key and the all-fields rows are called in tables. */
const SPECIAL_NAMES: Readonly<Record<string, string>> = {
  other: "Other (not in the 8 fields)",
  [ALL_FIELDS]: "All fields",
};

const NAMES: ReadonlyMap<string, string> = new Map([
  ...ESI_FIELDS.map((field) => [field.id, field.name] as const),
  ...NISTEP_FIELDS.map((field) => [field.key, SPECIAL_NAMES[field.key] ?? field.name] as const),
  [ALL_FIELDS, SPECIAL_NAMES[ALL_FIELDS] as string],
]);

/**
 * The name of a field key for people: NISTEP's English name for a broad field, ESI's for an
 * ESI field, "All fields" for `all`.
 * @param key - a field key, or `all`
 * @returns the name, or the key itself when it is not a field key
 * @example
 * fieldName("chem") // → "Chemistry"
 * fieldName("csmath") // → "Computer Science & Mathematics"
 * fieldName("SPA") // → "Space Science"
 * fieldName("other") // → "Other (not in the 8 fields)"
 * fieldName("all") // → "All fields"
 */
export function fieldName(key: string): string {
  return NAMES.get(key) ?? key;
}

/** Folded names → key; NISTEP names are added last so a shared name means the broad field. */
const NAMED: ReadonlyMap<string, FieldKey> = new Map<string, FieldKey>([
  ...ESI_FIELDS.map((field) => [foldSpelling(field.name), field.id] as const),
  ...NISTEP_FIELDS.flatMap((field) => [
    [foldSpelling(field.name), field.key] as const,
    [foldSpelling(fieldName(field.key)), field.key] as const,
    ...(field.nameJa === null ? [] : [[field.nameJa, field.key] as const]),
  ]),
  [foldSpelling("other"), "other"],
]);

/** Every spelling with its key, for suggestions. */
const SPELLINGS: ReadonlyMap<string, string> = new Map<string, string>([
  ...EsiFieldIdSchema.options.map((id) => [id, id] as const),
  ...NistepFieldKeySchema.options.map((key) => [foldSpelling(key), key] as const),
  ...NAMED,
]);

/**
 * The field a person means: a NISTEP key as written (`chem`, `eng`, `other`), an ESI id in any
 * case (`CHE`, `che`), a NISTEP key in another case (`CSMATH`), or an English name of either
 * scheme (NISTEP's where both have it) or NISTEP's Japanese name.
 * @param text - the field as typed
 * @returns the key, or `null` when nothing matches
 * @example
 * fieldKeyOf("chem") // → "chem"
 * fieldKeyOf("CHE") // → "CHE"
 * fieldKeyOf("Chemistry") // → "chem"
 * fieldKeyOf("physics") // → "phys"   (NISTEP's Physics, which holds Space Science too)
 * fieldKeyOf("Space Science") // → "SPA"
 * fieldKeyOf("化学") // → "chem"
 * fieldKeyOf("Alchemy") // → null
 */
export function fieldKeyOf(text: string): FieldKey | null {
  const trimmed = text.trim();
  const nistep = NistepFieldKeySchema.safeParse(trimmed);
  if (nistep.success) return nistep.data;
  const esi = EsiFieldIdSchema.safeParse(trimmed.toUpperCase());
  if (esi.success) return esi.data;
  const lower = NistepFieldKeySchema.safeParse(trimmed.toLowerCase());
  if (lower.success) return lower.data;
  return NAMED.get(trimmed) ?? NAMED.get(foldSpelling(trimmed)) ?? null;
}

/**
 * The field keys whose codes or names are nearest to a misspelt one, nearest first.
 * @param text - the field as typed
 * @param count - how many to return; default 1
 * @example
 * nearestFields("Chemstry") // → ["chem"]
 */
export function nearestFields(text: string, count = 1): string[] {
  return nearestKeys(text, SPELLINGS, count);
}
