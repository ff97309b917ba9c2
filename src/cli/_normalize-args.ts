/**
 * The normalization switches as command-line options, shared by every command that reads
 * papers: `--uk-nations separate`, `--years 2015-2022`, `--doc-types article,review` and so on.
 * Values are checked as they are read, so a typo is a usage error naming the option and its
 * allowed values; the allowed values of each switch come from its schema. `--years`,
 * `--doc-types`, `--strict-doc-types` and `--retracted` are scope filters (corpus/scope.ts),
 * given with the switches because every command that normalizes papers also shows their scope.
 */
import type * as z from "zod";
import { DocTypeOptionsSchema } from "../corpus/doc-type-scope.ts";
import { ScopeFiltersSchema } from "../corpus/scope.ts";
import { ProfileNameSchema } from "../indicators/profiles/profiles.ts";
import { type DocumentType, DocumentTypeSchema } from "../normalize/document-types.ts";
import { loadJournalFieldsCsv } from "../normalize/journal-fields.ts";
import { NormalizeOptionsSchema } from "../normalize/normalize-options.ts";
import type { YearWindow } from "../normalize/publication-year.ts";
import type { HelpSection } from "./_help.ts";
import { type CliOption, choice, file, flag, type OptionValues, valueOption } from "./_options.ts";
import { usageError } from "./_usage-error.ts";

const SHAPE = NormalizeOptionsSchema.shape;

/**
 * `--profile nistep|cwts|incites` (methodology §14): the switches of one source. Every command
 * takes it; a command none of whose options a profile sets (`copub read`) checks the name and
 * records it.
 */
export const PROFILE_OPTION = choice(ProfileNameSchema.options, {
  help: `the switches of one source (§14): NISTEP, CWTS Leiden Ranking or
InCites; an option given explicitly wins over its profile value`,
});

/**
 * The normalization options; none has a default here, so the schema's defaults apply. `--profile`
 * sets those a source fixes (methodology §14), each yielding to the option given.
 */
export const NORMALIZE_OPTIONS = {
  profile: PROFILE_OPTION,
  "address-source": choice(SHAPE.addressSource.unwrap().options, {
    help: "addresses used (§2.3)",
    profile: (p) => p.addressSource,
  }),
  "uk-nations": choice(SHAPE.ukNations.unwrap().options, {
    help: "England, Scotland, Wales, N. Ireland (§3.2.2)",
    profile: (p) => p.ukNations,
  }),
  "hong-kong-macao": choice(SHAPE.hongKongMacao.unwrap().options, {
    help: "Hong Kong and Macao (§3.2.2)",
    profile: (p) => p.hongKongMacao,
  }),
  "historical-entities": choice(SHAPE.historicalEntities.unwrap().options, {
    help: "USSR, Yugoslavia, … (§3.2.2)",
  }),
  "us-territories": choice(SHAPE.usTerritories.unwrap().options, { help: "Puerto Rico, Guam, … (§3.2.2)" }),
  "year-basis": choice(SHAPE.yearBasis.unwrap().options, {
    help: "publication year (§1.3)",
    profile: (p) => p.yearBasis,
  }),
  years: yearRange({ value: "FROM-TO", help: "keep papers of these years, e.g. 2015-2022" }),
  "doc-types": valueOption(
    {
      value: "article,review|all",
      help: "document types in scope (§1.2)",
      profile: ({ docTypes: { include } }) => (include === "all" ? "all" : include.join(",")),
    },
    "document types such as article,review, or all",
    (text) => parseDocTypes(text),
  ),
  "strict-doc-types": flag({ help: "drop records with any other type too" }),
  retracted: choice(DocTypeOptionsSchema.shape.retracted.unwrap().options, {
    help: "retracted publications (§1.2)",
    profile: (p) => p.docTypes.retracted,
  }),
  "field-assignment": choice(SHAPE.fieldAssignment.unwrap().options, {
    help: "one field per paper, or shares (§7.4)",
    profile: (p) => p.fieldAssignment,
  }),
  "journal-table": file("CSV journalKey,esiField overriding WC (§7.4)"),
};

/** The help section of the normalization options, in table order. */
export const NORMALIZE_HELP_SECTION: HelpSection<keyof typeof NORMALIZE_OPTIONS> = {
  title: "Normalization options (§: section of the methodology guide; defaults first):",
  column: 50,
  entries: Object.keys(NORMALIZE_OPTIONS) as (keyof typeof NORMALIZE_OPTIONS)[],
};

/** The normalization switches with the document-type and year filters. */
const NormalizeArgsSchema = NormalizeOptionsSchema.extend(
  ScopeFiltersSchema.pick({ docTypes: true, years: true }).shape,
);

/**
 * Turns the normalization options read from the command line into validated normalization
 * options and document-type and year filters.
 * @param values - the values of a table that includes `NORMALIZE_OPTIONS`
 * @throws CopubError when the journal table cannot be read or has a bad row
 * @example
 * await normalizeOptionsFromArgs({ …, "uk-nations": "separate", years: { from: 2019, to: 2021 } })
 * // → { …, ukNations: "separate", years: { from: 2019, to: 2021 }, … }
 */
export async function normalizeOptionsFromArgs(
  values: OptionValues<typeof NORMALIZE_OPTIONS>,
): Promise<z.infer<typeof NormalizeArgsSchema>> {
  const journalTable = values["journal-table"];
  return NormalizeArgsSchema.parse({
    addressSource: values["address-source"],
    ukNations: values["uk-nations"],
    hongKongMacao: values["hong-kong-macao"],
    historicalEntities: values["historical-entities"],
    usTerritories: values["us-territories"],
    yearBasis: values["year-basis"],
    years: values.years,
    docTypes: {
      include: values["doc-types"],
      strict: values["strict-doc-types"],
      retracted: values.retracted,
    },
    fieldAssignment: values["field-assignment"],
    journalTable: journalTable === undefined ? undefined : await loadJournalFieldsCsv(journalTable),
  });
}

/**
 * An option that takes an inclusive year range, `2019-2021` or `2020`.
 * @example
 * yearRange({ value: "FROM-TO", help: "…" }).parse("2019-2021", "years") // → { from: 2019, to: 2021 }
 */
export function yearRange(spec: {
  readonly value: string;
  readonly help: string;
}): CliOption<YearWindow | undefined> {
  return valueOption(spec, "years like 2019-2021 or 2020", (text) => parseYears(text));
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
export function parseDocTypes(text: string): "all" | DocumentType[] {
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
