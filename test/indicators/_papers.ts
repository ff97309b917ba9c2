// Corpus papers for indicator tests: data set C and the hand-written samples of
// data-samples/indicators/, loaded once per file, and a builder for papers written in code.

import { compareCodeUnits } from "../../src/common/compare-code-units.ts";
import type { Corpus } from "../../src/corpus/corpus.ts";
import type { CorpusOptionsInput } from "../../src/corpus/corpus-options.ts";
import type { CorpusPaper } from "../../src/corpus/corpus-paper.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import type { PaperWeights } from "../../src/indicators/counting/country-weights.ts";
import type { EsiFieldId } from "../../src/normalize/data/esi-fields.ts";
import { NISTEP_FIELD_OF_ESI } from "../../src/normalize/data/nistep-fields.ts";
import { sample } from "../_samples.ts";

/** Loads a sample of data-samples/ as a corpus with default options (or the given ones). */
export async function corpusOf(path: string, options: CorpusOptionsInput = {}): Promise<Corpus> {
  const { skipped: _, ...corpus } = await loadCorpus([sample(path)], options);
  return corpus;
}

/** Data set C (docs/methodology.md §4.5, data set C) by paper name, P1 … P8. */
export async function dataSetC(): Promise<{ corpus: Corpus; p: (name: string) => CorpusPaper }> {
  const corpus = await corpusOf("methodology/data-set-c.txt");
  const p = (name: string): CorpusPaper => {
    const paper = [...corpus.papers].find(
      (candidate) => candidate.ut === `WOS:00000000000000${name.slice(1)}`,
    );
    if (paper === undefined) throw new Error(`data set C has no ${name}`);
    return paper;
  };
  return { corpus, p };
}

/** Weights written the way docs/methodology.md's tables write them: `"JP 2/3, US 1/3"`. */
export function show(weights: PaperWeights): string {
  return weights.weights.map((w) => `${w.country} ${w.numerator}/${w.denominator}`).join(", ");
}

/** What a test paper is made of: its addresses as [country, organization] and its authors' address indexes. */
export interface PaperSpec {
  readonly ut?: string;
  readonly year?: number | null;
  readonly addresses: readonly (readonly [string | null, string])[];
  readonly authors?: readonly (readonly number[])[];
  readonly nistep?: readonly string[];
  /** ESI fields, each a 1/k share (the NISTEP fields then follow from them unless `nistep` is given). */
  readonly esi?: readonly string[];
  readonly citations?: number | null;
  readonly docTypes?: readonly CorpusPaper["docTypes"][number][];
  readonly categories?: readonly string[];
  readonly exportDate?: string | null;
  readonly doi?: string | null;
  readonly publicationDate?: string | null;
  readonly earlyAccessDate?: string | null;
  readonly grants?: CorpusPaper["grants"];
  readonly fundingText?: string | null;
  /** Author keys in byline order; default `name:AUTHOR<i>|A`, one per entry of `authors`. */
  readonly authorKeys?: readonly string[];
}

/** Builds a corpus paper: `C(p)` and `U(p)` are derived from the addresses as normalization derives them. */
export function paper(spec: PaperSpec): CorpusPaper {
  const addresses = spec.addresses.map(([country, orgKey]) => ({ source: "C1" as const, country, orgKey }));
  const countries = [...new Set(addresses.flatMap((a) => (a.country === null ? [] : [a.country])))].sort(
    compareCodeUnits,
  );
  const units = new Map(addresses.map((a) => [`${a.country ?? ""}\u0000${a.orgKey}`, a]));
  const institutions = [...units.keys()]
    .sort(compareCodeUnits)
    .map((key) => ({ country: units.get(key)?.country ?? null, orgKey: units.get(key)?.orgKey ?? "" }));
  const esi = spec.esi ?? [];
  const nistep =
    spec.nistep ??
    (esi.length > 0 ? [...new Set(esi.map((id) => NISTEP_FIELD_OF_ESI[id as EsiFieldId]))] : ["chem"]);
  return {
    ut: spec.ut ?? "WOS:000000000009999",
    doi: spec.doi ?? null,
    year: spec.year === undefined ? 2021 : spec.year,
    docTypes: [...(spec.docTypes ?? ["Article"])],
    earlyAccess: (spec.earlyAccessDate ?? null) !== null,
    publicationDate: spec.publicationDate ?? null,
    earlyAccessDate: spec.earlyAccessDate ?? null,
    countries,
    institutions,
    addresses,
    authorKeys: [...(spec.authorKeys ?? (spec.authors ?? []).map((_, i) => `name:AUTHOR${i}|A`))],
    authorAddresses: (spec.authors ?? []).map((addressIndexes) => [...addressIndexes]),
    unifiedOrganizations: [],
    crossAffiliationOnly: null,
    fields: {
      esi: esi.map((field) => ({
        field: field as EsiFieldId,
        numerator: 1,
        denominator: esi.length,
        weight: 1 / esi.length,
      })),
      nistep: nistep.map((field) => ({
        field: field as CorpusPaper["fields"]["nistep"][number]["field"],
        numerator: 1,
        denominator: nistep.length,
        weight: 1 / nistep.length,
      })),
      fieldSource: "wc-default",
    },
    citations: spec.citations ?? null,
    citationsAllDatabases: null,
    exportDate: spec.exportDate ?? null,
    categories: [...(spec.categories ?? [])],
    grants: (spec.grants ?? []).map((grant) => ({ agency: grant.agency, grantIds: [...grant.grantIds] })),
    fundingText: spec.fundingText ?? null,
    warnings: [],
    source: { file: "test", format: "plain", line: 1, recordIndex: 0 },
  };
}
