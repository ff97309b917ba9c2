/**
 * A synthetic paper as the tags of the text exports (plain text and tab-delimited carry the
 * same tags; they only lay values out differently). A tag's value is either one text, which
 * plain text may wrap over continuation lines, or a list of values, which plain text writes one
 * per line and tab-delimited joins with `; ` (AU, AF, CA, C1, CR).
 */
import type { SyntheticPaper } from "./paper.ts";

/** One tag's value: one text, or one value per line. */
export type TagValue = string | readonly string[];

/**
 * The C1 line of an address: `[Author A; Author B] Address` (no prefix before WoS linked them, 2008),
 * without the final period, which only plain text writes.
 * @example
 * c1Line(paper, paper.addresses[0]) // → "[Wang, Wei; Li, Jing] Tsinghua Univ, Dept Phys, Beijing 100084, Peoples R China"
 */
export function c1Line(paper: SyntheticPaper, address: SyntheticPaper["addresses"][number]): string {
  if (address.authors.length === 0) return address.text;
  const names = address.authors.map((i) => paper.authors[i]?.fullName ?? "").join("; ");
  return `[${names}] ${address.text}`;
}

/**
 * The tags of a paper in plain-text export order, leaving out tags without a value.
 * @example
 * exportTags(paper)[0] // → ["PT", "J"]
 */
export function exportTags(paper: SyntheticPaper): [string, TagValue][] {
  const { authors, journal } = paper;
  const list = (values: readonly string[]): string | null => (values.length === 0 ? null : values.join("; "));
  const identified = (key: "orcid" | "researcherId"): string | null =>
    list(authors.filter((a) => a[key] !== null).map((a) => `${a.fullName}/${a[key]}`));
  const mark = paper.coverYear < 2010 ? "reprint author" : "corresponding author";
  const reprints = paper.reprints.map(({ author, address }) => {
    const name = authors[author]?.name ?? "";
    return `${name} (${mark}), ${paper.addresses[address]?.text ?? ""}.`;
  });
  const grants = paper.grants.map(({ agency, ids }) =>
    ids.length === 0 ? agency : `${agency} [${ids.join(", ")}]`,
  );
  const researchAreas = [...new Set(paper.categories.map((c) => c.sc))].sort();

  const tags: [string, TagValue | null][] = [
    ["PT", paper.documentType.publicationType],
    ["AU", authors.map((a) => a.name)],
    ["AF", authors.map((a) => a.fullName)],
    ["CA", paper.groupAuthors],
    ["TI", paper.title],
    ["SO", journal.title],
    ["LA", paper.language],
    ["DT", paper.documentTypes.join("; ")],
    ["DE", list(paper.authorKeywords)],
    ["ID", list(paper.keywordsPlus)],
    ["AB", paper.abstract],
    ["C1", paper.addresses.map((address) => c1Line(paper, address))],
    ["C3", list([...new Set(paper.addresses.map((a) => a.institution.preferred))])],
    ["RP", list(reprints)],
    ["EM", list(paper.reprints.map((r) => r.email))],
    ["RI", identified("researcherId")],
    ["OI", identified("orcid")],
    ["FU", list(grants)],
    ["FX", paper.fundingText],
    ["CR", paper.references.map((r) => r.line)],
    ["NR", String(paper.referenceCount)],
    ["TC", String(paper.timesCited)],
    ["Z9", String(paper.timesCitedAllDatabases)],
    ["U1", String(paper.usage180Days)],
    ["U2", String(paper.usageSince2013)],
    ["PU", journal.publisher.name],
    ["PI", journal.publisher.city],
    ["PA", journal.publisher.address],
    ["SN", journal.issn],
    ["EI", journal.eissn],
    ["J9", journal.abbreviation29],
    ["JI", journal.isoAbbreviation],
    ["PD", paper.publicationDate],
    ["PY", paper.year === null ? null : String(paper.year)],
    ["VL", paper.volume],
    ["IS", paper.issue],
    ["BP", paper.beginPage],
    ["EP", paper.endPage],
    ["AR", paper.articleNumber],
    ["DI", paper.doi],
    ["DL", paper.doi === null ? null : `http://dx.doi.org/${paper.doi}`],
    ["EA", paper.earlyAccess],
    ["PG", String(paper.pageCount)],
    ["WC", list(paper.categories.map((c) => c.wc))],
    ["WE", paper.edition.text],
    ["SC", list(researchAreas)],
    ["GA", paper.accession],
    ["UT", paper.ut],
    ["PM", paper.pubmedId],
    ["OA", paper.openAccess],
    ["HC", paper.highlyCited ? "Y" : null],
    ["DA", paper.exportDate],
  ];
  return tags.filter((entry): entry is [string, TagValue] => {
    const value = entry[1];
    return value !== null && value.length > 0;
  });
}
