/**
 * The normalization switches as command-line options, shared by every command that reads
 * papers: `--uk-nations separate`, `--years 2015-2022`, `--doc-types article,review` and so on.
 * Values are checked here, so a typo is a usage error naming the option and its allowed values.
 * `--years`, `--doc-types`, `--strict-doc-types` and `--retracted` are scope filters (corpus/scope.ts),
 * given with the switches because every command that normalizes papers also shows their scope.
 */
import type * as z from "zod";
import { ScopeFiltersSchema } from "../corpus/scope.ts";
import { DocumentTypeSchema } from "../normalize/document-types.ts";
import { loadJournalFieldsCsv } from "../normalize/journal-fields.ts";
import { NormalizeOptionsSchema } from "../normalize/normalize-options.ts";
import { usageError } from "./usage-error.ts";

/** `parseArgs` definitions of the normalization options. */
export const NORMALIZE_ARGS = {
  "address-source": { type: "string" },
  "uk-nations": { type: "string" },
  "hong-kong-macao": { type: "string" },
  "historical-entities": { type: "string" },
  "us-territories": { type: "string" },
  "year-basis": { type: "string" },
  years: { type: "string" },
  "doc-types": { type: "string" },
  "strict-doc-types": { type: "boolean" },
  retracted: { type: "string" },
  "field-assignment": { type: "string" },
  "journal-table": { type: "string" },
} as const;

/** Help lines for the normalization options. */
export const NORMALIZE_HELP = `Normalization options (METHODOLOGY.md; defaults first):
  --address-source C1+RP-fallback|C1-only|C1+RP   addresses used (§2.3)
  --uk-nations merge|separate                     England, Scotland, Wales, N. Ireland (§3.2.2)
  --hong-kong-macao separate|china                Hong Kong and Macao (§3.2.2)
  --historical-entities keep|successor            USSR, Yugoslavia, … (§3.2.2)
  --us-territories as-usa|separate                Puerto Rico, Guam, … (§3.2.2)
  --year-basis PY|PY-strict|earliest              publication year (§1.3)
  --years FROM-TO                                 keep papers of these years, e.g. 2015-2022
  --doc-types article,review|all                  document types in scope (§1.2)
  --strict-doc-types                              drop records with any other type too
  --retracted keep|remove                         retracted publications (§1.2)
  --field-assignment single|fractional            one field per paper, or shares (§7.4)
  --journal-table FILE                            CSV journalKey,esiField overriding WC (§7.4)
`;

/** The normalization switches with the document-type and year filters. */
const NormalizeArgsSchema = NormalizeOptionsSchema.extend(
  ScopeFiltersSchema.pick({ docTypes: true, years: true }).shape,
);

type NormalizeArgValues = {
  readonly [K in keyof typeof NORMALIZE_ARGS]?: (typeof NORMALIZE_ARGS)[K] extends { type: "boolean" }
    ? boolean
    : string;
};

/**
 * Turns parsed command-line values into validated normalization options and document-type and year filters.
 * @param values - the `values` of `parseArgs` with `NORMALIZE_ARGS` among its options
 * @throws UsageError naming the option and its allowed values
 * @throws CopubError when the journal table cannot be read or has a bad row
 * @example
 * await normalizeOptionsFromArgs({ "uk-nations": "separate", years: "2019-2021" })
 * // → { ukNations: "separate", years: { from: 2019, to: 2021 } }
 */
export async function normalizeOptionsFromArgs(
  values: NormalizeArgValues,
): Promise<z.infer<typeof NormalizeArgsSchema>> {
  const shape = NormalizeOptionsSchema.shape;
  const options: Record<string, unknown> = {};
  const choice = (flag: keyof typeof NORMALIZE_ARGS, key: string, allowed: readonly string[]): void => {
    const value = values[flag];
    if (value === undefined) return;
    if (typeof value !== "string" || !allowed.includes(value)) {
      throw usageError(`--${flag} must be one of ${allowed.join(", ")}, not "${String(value)}"`);
    }
    options[key] = value;
  };
  choice("address-source", "addressSource", shape.addressSource.unwrap().options);
  choice("uk-nations", "ukNations", shape.ukNations.unwrap().options);
  choice("hong-kong-macao", "hongKongMacao", shape.hongKongMacao.unwrap().options);
  choice("historical-entities", "historicalEntities", shape.historicalEntities.unwrap().options);
  choice("us-territories", "usTerritories", shape.usTerritories.unwrap().options);
  choice("year-basis", "yearBasis", shape.yearBasis.unwrap().options);
  choice("field-assignment", "fieldAssignment", shape.fieldAssignment.unwrap().options);
  if (values.years !== undefined) options.years = parseYears(values.years);
  const docTypes: Record<string, unknown> = {};
  if (values["doc-types"] !== undefined) docTypes.include = parseDocTypes(values["doc-types"]);
  if (values["strict-doc-types"] === true) docTypes.strict = true;
  if (values.retracted !== undefined) {
    if (values.retracted !== "keep" && values.retracted !== "remove") {
      throw usageError(`--retracted must be one of keep, remove, not "${values.retracted}"`);
    }
    docTypes.retracted = values.retracted;
  }
  if (Object.keys(docTypes).length > 0) options.docTypes = docTypes;
  if (values["journal-table"] !== undefined)
    options.journalTable = await loadJournalFieldsCsv(values["journal-table"]);
  return NormalizeArgsSchema.parse(options);
}

/**
 * Parses `2019-2021` or `2020` into an inclusive year window.
 * @throws UsageError for anything else, or a window that ends before it starts
 * @example
 * parseYears("2019-2021") // → { from: 2019, to: 2021 }
 */
export function parseYears(text: string): { from: number; to: number } {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (match === null) throw usageError(`--years must look like 2019-2021 or 2020, not "${text}"`);
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (to < from) throw usageError(`--years ${text} ends before it starts`);
  return { from, to };
}

/**
 * Parses `article,review` (document types in any case, spaces or hyphens) or `all`.
 * @throws UsageError naming an unknown type and the known ones
 * @example
 * parseDocTypes("article, proceedings-paper") // → ["Article", "Proceedings Paper"]
 */
export function parseDocTypes(text: string): "all" | string[] {
  if (text.trim().toLowerCase() === "all") return "all";
  const known = new Map(DocumentTypeSchema.options.map((type) => [typeKey(type), type]));
  return text.split(",").map((part) => {
    const type = known.get(typeKey(part));
    if (type === undefined) {
      throw usageError(
        `--doc-types: unknown document type "${part.trim()}" (known: ${DocumentTypeSchema.options.join(", ")})`,
      );
    }
    return type;
  });
}

function typeKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}
