/**
 * The field assignment `φ(p)` of a paper (docs/methodology.md §7.4): its ESI fields and NISTEP broad
 * fields, with the step that decided them (`fieldSource`). A WoS export carries no ESI field, so
 * copub takes it from the user's journal table when there is one, reassigns Multidisciplinary
 * papers by their cited journals, and otherwise maps the paper's WoS Categories (the WoS Category table (`data/wc-to-esi.ts`)).
 * NISTEP needs one field per paper (`single`); CWTS splits a paper over its fields (`fractional`).
 */
import * as z from "zod";
import { checkOptions } from "../diagnostics/checked-options.ts";
import type { WosRecord } from "../read/wos-record.ts";
import { categoryField } from "./_category-field.ts";
import { createListCache } from "./_list-cache.ts";
import { nameKey } from "./_name-key.ts";
import { ESI_FIELDS, type EsiFieldId, EsiFieldIdSchema } from "./data/esi-fields.ts";
import { NISTEP_FIELD_OF_ESI, NISTEP_FIELDS, NistepFieldKeySchema } from "./data/nistep-fields.ts";
import { type JournalFieldTable, journalField, journalKey } from "./journal-fields.ts";

/** Field switches of §7.4 and §14, with their defaults. */
export const FieldOptionsSchema = z.object({
  /**
   * `"single"` (default; NISTEP): one field per paper, the field with most categories, ties by the
   * §7.1 order. `"fractional"` (CWTS): each mapped category gives 1/k of the paper to its field.
   */
  fieldAssignment: z.enum(["single", "fractional"]).default("single"),
  /** The user's journal table (§7.4 step 1), from `loadJournalFieldsCsv`; default `null`, none. */
  journalTable: z
    .custom<JournalFieldTable>((value) => value instanceof Map)
    .nullable()
    .default(null),
});

/** Field switches with every value filled in. */
export type FieldOptions = z.infer<typeof FieldOptionsSchema>;

/** Field switches as a caller gives them. */
export type FieldOptionsInput = z.input<typeof FieldOptionsSchema>;

/** The step of §7.4 that gave the paper its field. */
export const FieldSourceSchema = z.enum([
  /** Step 1: the user's journal table. */
  "journal-table",
  /** Step 2: a Multidisciplinary paper given the field most of its cited journals have. */
  "reassigned-by-references",
  /** Step 3: the paper's WoS Categories through the WoS Category table (`data/wc-to-esi.ts`). */
  "wc-default",
  /** Nothing matched; the paper has no field. */
  "unmapped",
]);

/** The step of §7.4 that gave the paper its field. */
export type FieldSource = z.infer<typeof FieldSourceSchema>;

const share = <T extends z.ZodType>(field: T) =>
  z.object({
    /** The field. */
    field,
    /** Mapped categories (or 1 for a journal-table field) that went to this field. */
    numerator: z.number().int().positive(),
    /** All mapped categories of the paper (1 in single mode). */
    denominator: z.number().int().positive(),
    /** `numerator / denominator`, in (0, 1]. */
    weight: z.number().positive().max(1),
  });

/** One ESI field of a paper with its share of the paper, as an exact fraction and a float. */
export const EsiShareSchema = share(EsiFieldIdSchema);

/** One ESI field of a paper with its share of the paper. */
export type EsiShare = z.infer<typeof EsiShareSchema>;

/** One NISTEP broad field of a paper with its share: the sum of its ESI fields' shares. */
export const NistepShareSchema = share(NistepFieldKeySchema);

/** One NISTEP broad field of a paper with its share. */
export type NistepShare = z.infer<typeof NistepShareSchema>;

/** The field assignment of one paper. */
export const FieldsSchema = z.object({
  /** ESI fields in §7.1 order; one entry in single mode, shares summing to 1 in fractional mode, empty when unmapped. */
  esi: z.array(EsiShareSchema),
  /** NISTEP broad fields (§7.2) in that table's order, derived from `esi`. */
  nistep: z.array(NistepShareSchema),
  /** The step that decided the field. */
  fieldSource: FieldSourceSchema,
  /** Which record field matched the journal table, or `null` when the table did not decide. */
  journalMatch: z.enum(["issn", "eissn", "J9", "source-title"]).nullable(),
  /** WC entries the category table does not map, as written, so the table can be extended. */
  unmappedCategories: z.array(z.string()),
  /** `field-unmapped` when the paper has no field; `detail` says what it had. */
  warnings: z.array(z.object({ code: z.literal("field-unmapped"), detail: z.string() })),
});

/** The field assignment of one paper. */
export type Fields = z.infer<typeof FieldsSchema>;

/** The record fields that field assignment reads. */
export type FieldInput = Pick<
  WosRecord,
  "categories" | "issn" | "eissn" | "sourceAbbreviation" | "sourceTitle"
> &
  Partial<Pick<WosRecord, "citedReferences">>;

const ESI_ORDER: readonly EsiFieldId[] = ESI_FIELDS.map((field) => field.id);

/**
 * The cited journal of a WoS cited reference: its third comma-separated element (§7.4 step 2).
 * @example
 * citedSource("Smith J, 2010, NATURE, V465, P1") // → "NATURE"
 */
export function citedSource(reference: string): string | null {
  const source = reference.split(",")[2]?.trim() ?? "";
  return source === "" ? null : source;
}

/**
 * §7.4 step 2: the field most of the paper's cited journals have in the journal table, or `null`
 * on a tie, with no mapped reference, or when that field is Multidisciplinary itself.
 */
function fieldByReferences(table: JournalFieldTable, references: readonly string[]): EsiFieldId | null {
  const counts = new Map<EsiFieldId, number>();
  for (const reference of references) {
    const source = citedSource(reference);
    const esi = source === null ? undefined : table.get(journalKey(source));
    if (esi !== undefined) counts.set(esi, (counts.get(esi) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  const leaders = ESI_ORDER.filter((id) => counts.get(id) === top && top > 0);
  // The methodology counts every mapped reference, Multidisciplinary ones too: if they lead, the paper stays.
  return leaders.length === 1 && leaders[0] !== "MUL" ? (leaders[0] ?? null) : null;
}

function shares(
  counts: ReadonlyMap<EsiFieldId, number>,
  denominator: number,
): Pick<Fields, "esi" | "nistep"> {
  const esi = ESI_ORDER.flatMap((field) => {
    const numerator = counts.get(field) ?? 0;
    return numerator === 0 ? [] : [{ field, numerator, denominator, weight: numerator / denominator }];
  });
  const nistep = NISTEP_FIELDS.flatMap(({ key }) => {
    const numerator = esi.reduce(
      (sum, s) => sum + (NISTEP_FIELD_OF_ESI[s.field] === key ? s.numerator : 0),
      0,
    );
    return numerator === 0 ? [] : [{ field: key, numerator, denominator, weight: numerator / denominator }];
  });
  return { esi, nistep };
}

/** Mapped categories per ESI field (each distinct category once) and the categories the category table lacks. */
function categoryCounts(categories: readonly string[]): {
  counts: Map<EsiFieldId, number>;
  unmappedCategories: string[];
} {
  const seen = new Set<string>();
  const counts = new Map<EsiFieldId, number>();
  const unmappedCategories: string[] = [];
  for (const category of categories) {
    const key = nameKey(category);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    const mapped = categoryField(category);
    if (mapped === null) unmappedCategories.push(category);
    else counts.set(mapped.esi, (counts.get(mapped.esi) ?? 0) + 1);
  }
  return { counts, unmappedCategories };
}

/** §7.4 step 3 and 4: one winning field (ties by §7.1 order) at 1/1, or every field at count/k. */
function categoryShares(
  counts: ReadonlyMap<EsiFieldId, number>,
  fieldAssignment: FieldOptions["fieldAssignment"],
): { numerators: Map<EsiFieldId, number>; denominator: number } {
  if (fieldAssignment === "fractional") {
    return { numerators: new Map(counts), denominator: [...counts.values()].reduce((sum, n) => sum + n, 0) };
  }
  const top = Math.max(0, ...counts.values());
  const winner = ESI_ORDER.find((id) => top > 0 && counts.get(id) === top);
  return { numerators: new Map(winner === undefined ? [] : [[winner, 1]]), denominator: 1 };
}

/**
 * Assigns a paper its ESI and NISTEP fields by §7.4: journal table (ISSN, eISSN, J9, title), else
 * the WoS Categories through the category table; a Multidisciplinary result is reassigned by cited journals
 * when a journal table is given. The journal table gives one field in both modes (ESI puts each
 * journal in one field); in fractional mode reassignment moves the Multidisciplinary share [D].
 * @param record - the record's categories (WC), ISSN, eISSN, J9, source title and cited references
 * @param options - see `FieldOptions`; default `{ fieldAssignment: "single", journalTable: null }`
 * @example
 * assignFields({ categories: ["Ecology", "Zoology", "Biodiversity Conservation"], issn: null, eissn: null,
 *   sourceAbbreviation: null, sourceTitle: null })
 * // → { esi: [{ field: "ENV", numerator: 1, denominator: 1, weight: 1 }],
 * //     nistep: [{ field: "envgeo", numerator: 1, denominator: 1, weight: 1 }], fieldSource: "wc-default", … }
 */
export function assignFields(record: FieldInput, options: FieldOptionsInput = {}): Fields {
  return createFieldAssigner(options)(record);
}

/**
 * Validates the options once and returns the §7.4 field assignment for many records.
 * @param options - see `FieldOptions`
 * @example
 * createFieldAssigner({ fieldAssignment: "fractional" })(record).esi // → [{ field: "ENV", numerator: 2, denominator: 3, weight: 0.666… }, …]
 */
export function createFieldAssigner(options: FieldOptionsInput = {}): (record: FieldInput) => Fields {
  const assign = createSharedFieldAssigner(options);
  return (record) => assign(record).fields;
}

/** A paper's fields with its WoS Categories, each one instance per distinct WC list (`createSharedFieldAssigner`). */
export interface SharedFields {
  /** The WC list (the record's own with a journal table). */
  readonly categories: string[];
  /** The field assignment, with its warnings. */
  readonly fields: Fields;
  /** The part of `fields` a normalized paper keeps (`NormalizedPaper.fields`). */
  readonly kept: Pick<Fields, "esi" | "nistep" | "fieldSource">;
}

/**
 * `createFieldAssigner`, giving the record's WC list with the fields: without a journal table all
 * three come from one cache entry per distinct list, so the papers of a journal share one WC list
 * and one field assignment (nothing modifies either), and the corpus shares them on by identity
 * (`corpus/corpus-paper.ts`) instead of looking each category up again.
 * @param options - see `FieldOptions`
 * @example
 * const assign = createSharedFieldAssigner({});
 * assign(a).categories === assign(b).categories // → true when a and b have the same WC list
 */
export function createSharedFieldAssigner(
  options: FieldOptionsInput = {},
): (record: FieldInput) => SharedFields {
  const { fieldAssignment, journalTable } = checkOptions(FieldOptionsSchema, options, "field options");
  if (journalTable !== null)
    return (record) => sharedFields(record.categories, fieldsOf(record, fieldAssignment, journalTable));
  // Without a journal table the fields are a function of WC alone, and a journal's papers share
  // their WC: each list is mapped once (the list cache hands `make` its own copy of the list).
  const byCategories = createListCache(
    (categories) => sharedFields(categories, fieldsOf({ ...NO_JOURNAL, categories }, fieldAssignment, null)),
    CACHED_CATEGORY_LISTS,
  );
  return (record) => byCategories(record.categories);
}

function sharedFields(categories: string[], fields: Fields): SharedFields {
  const { esi, nistep, fieldSource } = fields;
  return { categories, fields, kept: { esi, nistep, fieldSource } };
}

/** The record fields that only a journal table reads. */
const NO_JOURNAL = { issn: null, eissn: null, sourceAbbreviation: null, sourceTitle: null } as const;

/** WC lists remembered by one field assigner before it starts afresh. */
const CACHED_CATEGORY_LISTS = 1 << 14;

function fieldsOf(
  record: FieldInput,
  fieldAssignment: FieldOptions["fieldAssignment"],
  journalTable: FieldOptions["journalTable"],
): Fields {
  const { counts, unmappedCategories } = categoryCounts(record.categories);
  const journal = journalTable === null ? null : journalField(journalTable, record);
  const { numerators, denominator } =
    journal === null
      ? categoryShares(counts, fieldAssignment)
      : { numerators: new Map([[journal.esi, 1]]), denominator: 1 };
  let fieldSource: FieldSource =
    journal !== null ? "journal-table" : counts.size > 0 ? "wc-default" : "unmapped";
  const multidisciplinary = numerators.get("MUL");
  const target =
    journalTable === null || multidisciplinary === undefined
      ? null
      : fieldByReferences(journalTable, record.citedReferences ?? []);
  if (target !== null && multidisciplinary !== undefined) {
    numerators.delete("MUL");
    numerators.set(target, (numerators.get(target) ?? 0) + multidisciplinary);
    fieldSource = "reassigned-by-references";
  }
  const what =
    record.categories.length === 0
      ? "no WC and no journal-table match"
      : `no field in copub's WoS Category table (methodology §7.4) for WC ${record.categories.join("; ")}`;
  return {
    ...shares(numerators, denominator),
    fieldSource,
    journalMatch: journal?.matchedBy ?? null,
    unmappedCategories,
    warnings: fieldSource === "unmapped" ? [{ code: "field-unmapped", detail: what }] : [],
  };
}
