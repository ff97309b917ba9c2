/**
 * Normalized papers as the rows `copub normalize` prints, one per paper: the public JSON
 * Lines shape `{ ut, year, docTypes, inScope, countries, countryNames, institutions, fields,
 * citations, warnings }` (then `exclusions` and `addresses`, the evidence behind each country), or
 * CSV. Countries are keys for scripts, with their English names beside them for people.
 * `inScope` and `exclusions` are the scope filters' verdict, which the caller adds to each paper.
 */
import type { ScopeExclusion } from "../corpus/scope.ts";
import { countryName } from "../normalize/country-vocabulary.ts";
import type { NormalizedPaper } from "../normalize/paper.ts";
import { type CsvCell, csvChunks } from "./csv.ts";
import { lineChunks } from "./text-chunks.ts";

/** A normalized paper with why the scope filters leave it out (`createScopeTest`; empty when in scope). */
export type ScopedPaper = NormalizedPaper & { readonly exclusions: readonly ScopeExclusion[] };

/**
 * One paper as a row with a fixed key order.
 * @example
 * paperRow(paper) // → { ut: "WOS:000000000000001", year: 2021, docTypes: ["Article"], inScope: true, countries: ["JP", "US"], … }
 */
export function paperRow(paper: ScopedPaper) {
  return {
    ut: paper.ut,
    year: paper.year,
    docTypes: paper.docTypes,
    inScope: paper.exclusions.length === 0,
    countries: paper.countries,
    countryNames: paper.countries.map(countryName),
    institutions: paper.institutions.map(({ country, orgKey }) => ({ country, orgKey })),
    fields: {
      esi: paper.fields.esi.map(({ field, weight }) => ({ field, weight })),
      nistep: paper.fields.nistep.map(({ field, weight }) => ({ field, weight })),
      fieldSource: paper.fields.fieldSource,
    },
    citations: paper.citations,
    warnings: paper.warnings.map(({ code, detail }) => ({ code, detail })),
    exclusions: paper.exclusions,
    addresses: paper.addresses.map((a) => ({
      source: a.source,
      address: a.raw,
      countryToken: a.countryToken,
      country: a.country,
      countryInferred: a.countryInferred,
      orgKey: a.orgKey,
    })),
  };
}

/**
 * Papers as JSON Lines, one `paperRow` per line, in chunks (`output/text-chunks.ts`), a paper at a time.
 * @example
 * [...papersJsonlChunks([paper])].join("") // → '{"ut":"WOS:000000000000001","year":2021,…}\n'
 */
export function papersJsonlChunks(papers: Iterable<ScopedPaper>): Generator<string, void, undefined> {
  return lineChunks(paperLines(papers));
}

function* paperLines(papers: Iterable<ScopedPaper>): Generator<string> {
  for (const paper of papers) yield JSON.stringify(paperRow(paper));
}

const CSV_HEADER = [
  "ut",
  "year",
  "docTypes",
  "inScope",
  "exclusions",
  "countries",
  "countryNames",
  "institutions",
  "esiFields",
  "nistepFields",
  "fieldSource",
  "citations",
  "warnings",
] as const;

/**
 * Papers as CSV in chunks (`output/text-chunks.ts`), a batch of papers at a time: lists joined
 * with `;`, institutions as `country:orgKey`, fields as `field:weight`.
 * @example
 * [...papersCsvChunks([paper])].join("").split("\n")[1] // → "WOS:000000000000001,2021,Article,true,,JP;US,Japan;United States,JP:KYOTO UNIV;JP:UNIV TOKYO;US:HARVARD UNIV,CHE:1,chem:1,wc-default,10,"
 */
export function papersCsvChunks(papers: Iterable<ScopedPaper>): Generator<string, void, undefined> {
  return csvChunks(CSV_HEADER, csvRows(papers));
}

function* csvRows(papers: Iterable<ScopedPaper>): Generator<CsvCell[]> {
  for (const p of papers) {
    yield [
      p.ut,
      p.year,
      p.docTypes.join(";"),
      p.exclusions.length === 0,
      p.exclusions.join(";"),
      p.countries.join(";"),
      p.countries.map(countryName).join(";"),
      p.institutions.map((u) => `${u.country ?? ""}:${u.orgKey}`).join(";"),
      p.fields.esi.map((s) => `${s.field}:${s.weight}`).join(";"),
      p.fields.nistep.map((s) => `${s.field}:${s.weight}`).join(";"),
      p.fields.fieldSource,
      p.citations,
      p.warnings.map((w) => w.code).join(";"),
    ];
  }
}
