/**
 * One synthetic paper, independent of any export format: what a WoS record says, drawn from
 * the record's own seeded stream (`recordRandom(seed, index)`). The three writers (plain text,
 * tab-delimited, XML) only lay this out, so the same seed gives the same papers in every format.
 * Distributions: fields and countries by WoS-like shares (countries moving over the years when
 * given a `world`, see world.ts); authors per paper log-normal with a long tail and rare
 * hyper-authored papers (200–3,000 authors); citations zero-inflated and Pareto-tailed (many ties
 * at 0, 1, 2…), growing with age; output growing ~4.5% a year.
 */
import {
  type AffiliationRequest,
  addressCount,
  affiliations,
  type SyntheticAddress,
  type SyntheticAuthor,
} from "./affiliations.ts";
import { authorCount, referenceCount, timesCited } from "./counts.ts";
import { type Category, categoriesOf, FIELDS, type Field } from "./fields.ts";
import { fundingText, grants, type SyntheticGrant } from "./funding.ts";
import { accessionCode, utFor } from "./identifiers.ts";
import { type Issue, issueOf } from "./issue.ts";
import { createJournalDrawer, type Journal } from "./journals.ts";
import { pareto, type Random, recordRandom, type Weighted, weighted } from "./random.ts";
import { type CitedReference, citedReferences } from "./references.ts";
import { type Reprint, reprints } from "./reprints.ts";
import { abstract, authorKeywords, keywordsPlus, title } from "./text.ts";
import {
  DOCUMENT_TYPES,
  type DocumentType,
  EDITIONS,
  type Edition,
  GROUP_AUTHORS,
  LANGUAGES,
  MONTHS,
  OPEN_ACCESS,
} from "./vocabulary.ts";
import { createCountryDrawer, STATIC_WORLD, type WorldTrends } from "./world.ts";

export type { SyntheticAddress, SyntheticAuthor } from "./affiliations.ts";
export type { SyntheticGrant } from "./funding.ts";
export type { Reprint } from "./reprints.ts";

/** One synthetic WoS record, before it is written in any format. */
export interface SyntheticPaper extends Issue {
  /** 0-based position in the data set. */
  readonly index: number;
  /** UT, `WOS:` + 15 digits, unique within the seed. */
  readonly ut: string;
  /** DOI, or `null`. */
  readonly doi: string | null;
  /** Document type, PT code and the shape of the paper. */
  readonly documentType: DocumentType;
  /** DT values: the type's, plus `Early Access` for early-access records. */
  readonly documentTypes: readonly string[];
  /** Publication year (PY); `null` for early-access records, which WoS exports without PY. */
  readonly year: number | null;
  /** The year the paper belongs to (PY, or the early-access year). */
  readonly coverYear: number;
  /** Early-access date (EA, `OCT 2025`), or `null`. */
  readonly earlyAccess: string | null;
  /** TI. */
  readonly title: string;
  /** The journal (SO, J9, JI, SN, EI, PU, PI, PA). */
  readonly journal: Journal;
  /** LA. */
  readonly language: string;
  /** The paper's ESI field. */
  readonly field: Field;
  /** WC and SC, sorted by WC as WoS sorts them. */
  readonly categories: readonly Category[];
  /** WE and the XML edition code. */
  readonly edition: Edition;
  /** Authors in byline order. */
  readonly authors: readonly SyntheticAuthor[];
  /** Group authors (CA). */
  readonly groupAuthors: readonly string[];
  /** Addresses in C1 order. */
  readonly addresses: readonly SyntheticAddress[];
  /** Corresponding authors, at one of their addresses. */
  readonly reprints: readonly Reprint[];
  /** AB, or `null`. */
  readonly abstract: string | null;
  /** DE. */
  readonly authorKeywords: readonly string[];
  /** ID. */
  readonly keywordsPlus: readonly string[];
  /** FU. */
  readonly grants: readonly SyntheticGrant[];
  /** FX, or `null`. */
  readonly fundingText: string | null;
  /** CR, in order; empty when the generator was told to leave them out. */
  readonly references: readonly CitedReference[];
  /** NR (the count even when the references are left out). */
  readonly referenceCount: number;
  /** TC, Z9, U1, U2. */
  readonly timesCited: number;
  readonly timesCitedAllDatabases: number;
  readonly usage180Days: number;
  readonly usageSince2013: number;
  /** GA. */
  readonly accession: string;
  /** PM, or `null`. */
  readonly pubmedId: string | null;
  /** OA, or `null`. */
  readonly openAccess: string | null;
  /** HC: highly cited. */
  readonly highlyCited: boolean;
  /** DA. */
  readonly exportDate: string;
}

/** Options of the paper synthesizer; every one has a default in `DEFAULT_PAPER_OPTIONS`. */
export interface PaperOptions {
  /** Seed of the data set, a 32-bit unsigned integer. Default 1. */
  readonly seed: number;
  /** Publication years, inclusive. Default `{ from: 2000, to: 2025 }`. */
  readonly years: { readonly from: number; readonly to: number };
  /** Share of papers with 200–3,000 authors. Default 0.0005 (about 1 in 2,000, as in recent WoS years). */
  readonly hyperAuthoredShare: number;
  /** ESI fields whose papers may be hyper-authored (the share applies within them), or `null` for all. Default `null`. */
  readonly hyperAuthoredFields: readonly string[] | null;
  /** Share of papers that are early access, with EA and no PY. Default 0.02. */
  readonly earlyAccessShare: number;
  /** Whether to write cited references (CR); NR is written either way. Default `true`. */
  readonly citedReferences: boolean;
  /** Whether to write abstracts (AB); leaving them out changes nothing else in the record. Default `true`. */
  readonly abstracts: boolean;
  /** Export date (DA). Default `"2026-04-02"`. */
  readonly exportDate: string;
  /** How countries grow and collaborate over the years, or `null` for the static world of `countries.ts`. Default `null`. */
  readonly world: WorldTrends | null;
}

/** The defaults of `PaperOptions`. */
export const DEFAULT_PAPER_OPTIONS: PaperOptions = {
  seed: 1,
  years: { from: 2000, to: 2025 },
  hyperAuthoredShare: 0.0005,
  hyperAuthoredFields: null,
  earlyAccessShare: 0.02,
  citedReferences: true,
  abstracts: true,
  exportDate: "2026-04-02",
  world: null,
};

const FIELD_INDEX: Weighted<number> = weighted(FIELDS.map((f, i) => [i, f.weight] as const));
/** ESI fields whose papers are indexed in the social-science edition. */
const SOCIAL_FIELDS: ReadonlySet<string> = new Set([
  "Social Sciences, general",
  "Economics & Business",
  "Psychiatry/Psychology",
]);
/** ESI fields whose journals are mostly indexed in PubMed. */
const PUBMED_FIELDS: ReadonlySet<string> = new Set([
  "Clinical Medicine",
  "Biology & Biochemistry",
  "Molecular Biology & Genetics",
  "Neuroscience & Behavior",
  "Pharmacology & Toxicology",
  "Immunology",
  "Microbiology",
]);

/**
 * Creates the function that synthesizes paper `index` of a data set. It holds only immutable
 * tables and a cache of journals, so papers can be made in any order and come out the same.
 * @param options - seed and distributions; missing ones take `DEFAULT_PAPER_OPTIONS`
 * @throws Error when the seed is not a 32-bit unsigned integer or the years are reversed
 * @example
 * const paper = createPaperSynthesizer({ seed: 7 });
 * paper(0).ut === paper(0).ut // → true, and paper(0) never depends on paper(1)
 */
export function createPaperSynthesizer(
  options: Partial<PaperOptions> = {},
): (index: number) => SyntheticPaper {
  const settings: PaperOptions = { ...DEFAULT_PAPER_OPTIONS, ...options };
  const { seed, years } = settings;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`seed must be a 32-bit unsigned integer, got ${seed}`);
  if (!(years.from <= years.to)) throw new Error(`years must run forward, got ${years.from}–${years.to}`);
  const countries = settings.world === null ? STATIC_WORLD : createCountryDrawer(settings.world, years);
  const hyperAuthoredFields =
    settings.hyperAuthoredFields === null ? null : new Set(settings.hyperAuthoredFields);
  const journals = createJournalDrawer();
  // Output grows about 4.5% a year.
  const yearDraw = weighted(
    Array.from({ length: years.to - years.from + 1 }, (_, i) => [years.from + i, 1.045 ** i] as const),
  );
  const exportYear = Number(settings.exportDate.slice(0, 4));

  return (index) => {
    const random = recordRandom(seed, index);
    const ut = utFor(seed, index);
    const fieldIndex = FIELD_INDEX.draw(random);
    const field = FIELDS[fieldIndex] as Field;
    const documentType = DOCUMENT_TYPES.draw(random);
    const earlyAccess = !documentType.short && random.chance(settings.earlyAccessShare);
    const year = earlyAccess ? null : yearDraw.draw(random);
    const coverYear = year ?? years.to;
    const journal = journals.draw(random, field, fieldIndex);

    const hyperAuthored =
      !documentType.short &&
      (hyperAuthoredFields === null || hyperAuthoredFields.has(field.name)) &&
      random.chance(settings.hyperAuthoredShare);
    const authorsWanted = authorCount(random, documentType, hyperAuthored, coverYear);
    const request: AffiliationRequest = {
      authorCount: authorsWanted,
      addressCount: random.chance(documentType.noAddressShare)
        ? 0
        : addressCount(random, authorsWanted, hyperAuthored),
      hyperAuthored,
      year: coverYear,
      field,
      linked: coverYear >= 2008,
      countries,
    };
    const { authors, addresses } = affiliations(random, request);

    const age = Math.max(0, exportYear - coverYear);
    const cited = timesCited(random, documentType, age);
    const usage180Days = Math.floor((pareto(random, 1, 1.4) - 1) * (age <= 1 ? 8 : 2));
    const references = referenceCount(random, documentType);
    const issue = issueOf(random, documentType, journal, year);
    const doi = random.chance(0.92) ? `${journal.doiStem}.${coverYear}.${ut.slice(-7)}` : null;
    const funded =
      !documentType.short && random.chance(coverYear >= 2008 ? 0.65 : 0.2) ? grants(random, addresses) : [];
    const earlyAccessDate = earlyAccess ? `${random.pick(MONTHS)} ${years.to}` : null;
    const titleText = title(random, field);
    const language = LANGUAGES.draw(random);
    const categories = categoriesOf(random, field);
    const groupAuthors = groupAuthorsOf(random, field, hyperAuthored);
    const reprinted = reprints(random, authors, addresses, coverYear);
    // Drawn whether or not it is written, so that leaving abstracts out changes nothing else.
    const drawnAbstract = documentType.short && random.chance(0.7) ? null : abstract(random, field);

    return {
      index,
      ut,
      doi,
      documentType,
      documentTypes: earlyAccess ? [...documentType.types, "Early Access"] : documentType.types,
      year,
      coverYear,
      earlyAccess: earlyAccessDate,
      ...issue,
      title: titleText,
      journal,
      language,
      field,
      categories,
      edition:
        documentType.publicationType === "C"
          ? EDITIONS.proceedings
          : SOCIAL_FIELDS.has(field.name)
            ? EDITIONS.social
            : EDITIONS.science,
      authors,
      groupAuthors,
      addresses,
      reprints: reprinted,
      abstract: settings.abstracts ? drawnAbstract : null,
      authorKeywords: documentType.short || random.chance(0.15) ? [] : authorKeywords(random, field),
      keywordsPlus: documentType.short ? [] : keywordsPlus(random, field),
      grants: funded,
      fundingText: funded.length === 0 ? null : fundingText(funded),
      timesCited: cited,
      timesCitedAllDatabases: cited + Math.floor(cited * 0.12 * random.next()) + (random.chance(0.1) ? 1 : 0),
      usage180Days,
      usageSince2013: usage180Days + Math.floor((pareto(random, 1, 1.3) - 1) * (2 + age)),
      accession: accessionCode(random),
      pubmedId:
        PUBMED_FIELDS.has(field.name) && random.chance(0.7)
          ? String(random.int(10_000_000, 39_999_999))
          : null,
      openAccess: random.chance(0.35) ? OPEN_ACCESS.draw(random) : null,
      highlyCited: cited >= 400,
      exportDate: settings.exportDate,
      // Drawn last, so leaving cited references out changes nothing else in the record.
      referenceCount: references,
      references: settings.citedReferences
        ? citedReferences(random, journals, field, fieldIndex, coverYear, references)
        : [],
    };
  };
}

function groupAuthorsOf(random: Random, field: Field, hyperAuthored: boolean): string[] {
  if (hyperAuthored) return random.chance(0.7) ? [random.pick(GROUP_AUTHORS)] : [];
  return random.chance(0.003) ? [`${random.pick(field.topics).toUpperCase()} Study Group`] : [];
}
